"""The side-by-side comparison of conditions, as data."""
