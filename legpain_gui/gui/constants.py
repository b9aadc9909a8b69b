"""Small GUI constants, importable without loading any Qt module."""

THEMES = ("system", "light", "dark")
