"""Widgets and item models shared by the panels."""
