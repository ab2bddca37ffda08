"""Use cases over the store: what the window and the command line ask for. Imports no Qt."""
