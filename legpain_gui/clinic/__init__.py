"""The optional clinic store: clinic notes, shared comparison sets and pathways on the clinic's PostgreSQL
server, shared by every workstation of a ward. No Qt here; the GUI reaches it through gui/clinic/."""
