"""Dialogs shared by the whole application."""
