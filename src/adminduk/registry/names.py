"""How names are compared: ignoring case, spacing and punctuation."""

import re
import unicodedata

_NOT_LETTERS = re.compile(r"[^A-Z0-9 ]+")
_SPACES = re.compile(r"\s+")


def name_key(name: str) -> str:
    """`Siti  Nur'aini, S.Pd.` and `SITI NURAINI SPD` give the same key."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    letters = _NOT_LETTERS.sub("", ascii_name.upper().replace("-", " "))
    return _SPACES.sub(" ", letters).strip()
