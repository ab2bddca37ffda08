"""Widgets, item models, wizards and dialogs. Never runs SQL: everything goes through services."""
