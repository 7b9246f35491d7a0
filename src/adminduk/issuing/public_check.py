"""What the public check shows: the least a bank or school needs to tell a fake."""

from dataclasses import dataclass
from datetime import date, datetime

from adminduk.identity import mask_nik
from adminduk.issuing.models import IssuedDocument
from adminduk.registry.choices import DocumentKind, DocumentStatus


@dataclass(frozen=True)
class CheckResult:
    status: DocumentStatus | None  # None: not found
    kind: DocumentKind | None = None
    number: str = ""
    issued_on: date | None = None
    holder: str = ""
    revoked_at: datetime | None = None


def mask_name(name: str) -> str:
    """SITI AMINAH CONTOH -> S*** A***** C*****: enough to match the paper, not to learn it."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())


async def check(code: str) -> CheckResult:
    document = await IssuedDocument.get_or_none(verification_code=code.strip().upper())
    if document is None:
        return CheckResult(None)
    return CheckResult(
        status=document.status,
        kind=document.kind,
        # A KK number is one of the three things an account asks for: not for the public.
        number=mask_nik(document.number)
        if document.kind is DocumentKind.FAMILY_CARD
        else document.number,
        issued_on=document.issued_on,
        holder=mask_name(document.holder_name),
        revoked_at=document.revoked_at,
    )
