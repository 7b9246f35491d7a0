"""Tracking numbers: short enough to read out at a kiosk, too many to guess."""

import secrets

# Crockford's base32 letters: no I, L, O or U, so nothing is misread on a phone screen.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 10  # 32**10, about 10**15 numbers


def new_tracking_number() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalize_tracking_number(typed: str) -> str:
    """What a person typed, in the stored form: upper case, no spaces or dashes, and the
    letters people confuse with digits read as those digits."""
    cleaned = "".join(typed.split()).replace("-", "").upper()
    # People copy "Nomor ABCDE-FGHJK" whole: keep the last ten characters that can be one.
    cleaned = "".join(ch for ch in cleaned if ch.isalnum())[-LENGTH:]
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def formatted(tracking_number: str) -> str:
    return f"{tracking_number[:5]}-{tracking_number[5:]}"
