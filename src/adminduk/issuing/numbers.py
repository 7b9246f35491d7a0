"""Document numbers and verification codes.

Serials come from a counter row per kind and year, advanced by a compare-and-set UPDATE: two
registrars issuing at the same moment never get the same number, on SQLite or PostgreSQL.
"""

import secrets
from datetime import date

from tortoise.exceptions import IntegrityError

from adminduk.issuing.models import DocumentNumberCounter
from adminduk.registry.choices import DocumentKind

# Register codes as they appear in civil-registry numbers.
REGISTER_CODES = {
    DocumentKind.BIRTH_CERTIFICATE: "LT",
    DocumentKind.DEATH_CERTIFICATE: "KM",
    DocumentKind.STILLBIRTH_CERTIFICATE: "LM",
    DocumentKind.MARRIAGE_CERTIFICATE: "KW",
    DocumentKind.DIVORCE_CERTIFICATE: "CR",
    DocumentKind.RECOGNITION_CERTIFICATE: "PA",
    DocumentKind.LEGITIMATION_CERTIFICATE: "PS",
    DocumentKind.ADOPTION_CERTIFICATE: "AN",
    DocumentKind.MOVING_LETTER: "SKPWNI",
    DocumentKind.BIODATA: "BIO",
}
# Crockford's base32 without look-alikes; 16 characters is 80 bits: unguessable.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16


def new_verification_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


async def next_serial(kind: DocumentKind, year: int) -> int:
    while True:
        counter = await DocumentNumberCounter.get_or_none(kind=kind, year=year)
        if counter is None:
            try:
                counter = await DocumentNumberCounter.create(kind=kind, year=year, last_serial=0)
            except IntegrityError:
                continue
        taken = await DocumentNumberCounter.filter(
            id=counter.id, last_serial=counter.last_serial
        ).update(last_serial=counter.last_serial + 1)
        if taken:
            return counter.last_serial + 1


async def certificate_number(kind: DocumentKind, regency_code: str, issued_on: date) -> str:
    """E.g. 3216-LT-04122026-0007: regency, register, date of issue, serial of the year."""
    serial = await next_serial(kind, issued_on.year)
    regency = regency_code.replace(".", "")
    return f"{regency}-{REGISTER_CODES[kind]}-{issued_on:%d%m%Y}-{serial:04d}"
