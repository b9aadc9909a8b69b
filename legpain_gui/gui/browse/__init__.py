"""The Browse tab: the condition list, search and the condition page."""
