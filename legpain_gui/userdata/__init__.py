"""The person's own data: favourites, notes, saved comparisons and checker sessions."""

MAX_NOTE_CHARS = 50_000  # about 20 pages; longer single lines make a text box crawl (here: the note box reads it at start-up)
