"""One layout per kind of document."""
