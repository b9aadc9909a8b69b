"""The Compare tab: the chooser, the aligned table and its model."""
