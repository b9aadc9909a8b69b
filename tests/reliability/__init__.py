"""Scripts and helpers for the reliability tests (issue 18): what runs in a process of its own."""
