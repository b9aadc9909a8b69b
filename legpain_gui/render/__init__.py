"""HTML and text renderers shared by the GUI and the command line (no Qt)."""
