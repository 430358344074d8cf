"""The in-app preview of printed documents and the print buttons ' shared helper."""
