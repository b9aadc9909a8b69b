"""The clinic pane under the condition page and the clinic server setting (legpain_gui/clinic underneath)."""
