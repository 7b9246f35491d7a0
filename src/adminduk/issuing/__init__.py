"""Issuing self-printed documents: the registrar's sign-off, numbers, signed PDFs, the
public check, downloads, supersession and revocation."""
