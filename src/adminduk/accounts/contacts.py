"""Email addresses and mobile numbers as people write them, stored in one form."""

import re

from adminduk.i18n import N_

_PHONE_NOISE = re.compile(r"[\s\-.()/]")
# Indonesian mobile numbers: 08 followed by 8 to 11 digits (0812 3456 7890).
_MOBILE = re.compile(r"^8\d{8,11}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class InvalidContact(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def normalize_phone(value: str) -> str:
    """`0812-3456-7890`, `+62 812 3456 7890` and `6281234567890` all give +6281234567890."""
    digits = _PHONE_NOISE.sub("", value)
    if digits.startswith("+62"):
        national = digits[3:]
    elif digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = ""

    if not _MOBILE.match(national):
        raise InvalidContact(
            N_(
                "Nomor ponsel tidak dikenali. Tulis nomor ponsel Indonesia Anda, "
                "misalnya 0812 3456 7890."
            )
        )
    return f"+62{national}"


def normalize_email(value: str) -> str:
    # Mail systems treat the local part case-insensitively in practice; one form avoids
    # "Siti@..." and "siti@..." counting as two addresses.
    email = value.strip().lower()
    if len(email) > 254 or not _EMAIL.match(email):
        raise InvalidContact(
            N_("Alamat email tidak dikenali. Tulis lengkap, misalnya nama@contoh.id.")
        )
    return email
