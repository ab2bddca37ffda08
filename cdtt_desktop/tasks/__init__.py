"""The only Qt threading code: background work with results delivered on the GUI thread."""
