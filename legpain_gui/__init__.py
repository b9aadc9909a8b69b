"""legpain-gui: an offline reference on the autoimmune diseases that cause severe leg pain."""
__version__ = "0.1.0"
