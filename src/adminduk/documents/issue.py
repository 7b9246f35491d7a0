"""The facts every issued document carries: who issued it, when, under which number, and the
address its QR code opens."""

import re
from dataclasses import dataclass
from datetime import date

from adminduk.settings import Settings

# QR alphanumeric mode: upper-case letters, digits and these nine. A URL made only of them
# needs the smallest QR, which scans best from a cheap print.
_QR_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]+")
_CODE = re.compile(r"[0-9A-Z]{6,32}")


@dataclass(frozen=True, slots=True)
class Office:
    """The issuing office: configuration of one regency, the same on every document."""

    regency_name: str
    office_name: str
    head_name: str
    head_nip: str

    @property
    def head_title(self) -> str:
        """The head of office's title as printed above the name: "KEPALA DINAS ..."."""
        return f"KEPALA {self.office_name.upper()}"

    @classmethod
    def from_settings(cls, settings: Settings) -> "Office":
        return cls(
            regency_name=settings.regency_name,
            office_name=settings.office_name,
            head_name=settings.head_of_office_name,
            head_nip=settings.head_of_office_nip,
        )


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue of a document: its number, date, approving registrar and verification code.

    The QR holds `verification_url`: the public address plus "/cek/" plus the code, all in
    upper case (scheme and host are case-insensitive; the /cek route must accept "/CEK/").
    """

    number: str
    issued_on: date
    registrar_name: str
    verification_code: str
    public_url: str
    office: Office

    def __post_init__(self) -> None:
        if not _CODE.fullmatch(self.verification_code):
            raise ValueError("a verification code is 6-32 upper-case letters and digits")
        if not _QR_ALPHANUMERIC.fullmatch(self.verification_url):
            raise ValueError(
                "the public URL must fit a QR code's alphanumeric mode once upper-cased: "
                "letters, digits and $%*+-./: only"
            )

    @property
    def verification_url(self) -> str:
        return f"{self.public_url.rstrip('/')}/cek/{self.verification_code}".upper()
