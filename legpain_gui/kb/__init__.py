"""The knowledge base at run time: schema, opening and checking the file, the first-screen reader, records, search."""
