"""Logging for the operator: one line per event, named loggers, no personal data."""

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level, format=FORMAT)
    # The access log would write every request line; the proxy keeps one already.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    # fpdf2 warns about glyphs a font lacks, quoting the text: that would be a person's name.
    logging.getLogger("fpdf").setLevel(logging.ERROR)
