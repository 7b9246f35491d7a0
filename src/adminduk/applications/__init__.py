"""Applications for population documents: their states, history, subjects and files."""
