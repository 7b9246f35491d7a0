"""Check a PDF file offline: is it signed, unchanged, by a certificate of the configured
authority, and which record does it claim to be?

Nothing is fetched: no OCSP, no CRL, no timestamp server. A file that cannot be read or holds
no signature gets a verdict, never an exception. Like signing, this runs pyHanko on a private
event loop: call it from a worker thread, with a time limit set by the caller.
"""

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import SignatureCoverageLevel, async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from adminduk.documents import _loop
from adminduk.documents.page import SUBJECT_PREFIX

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024

NOT_SIGNED = "not_signed"
TOO_LARGE = "too_large"


@dataclass(frozen=True, slots=True)
class Verdict:
    signed: bool
    intact: bool
    trusted: bool
    covers_whole_file: bool
    signer_name: str | None = None
    signed_at: datetime | None = None
    # The verification code the file says it carries (from its signed revision).
    verification_code: str | None = None
    # Why the file could not be checked: NOT_SIGNED or TOO_LARGE.
    problem: str | None = None

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.trusted and self.covers_whole_file


def verify_pdf(data: bytes, trust_roots: Iterable[x509.Certificate]) -> Verdict:
    if len(data) > MAX_BYTES:
        return _refused(TOO_LARGE)

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
    except Exception as error:  # any damage to an untrusted file
        log.warning("Unreadable PDF given for verification: %s", type(error).__name__)
        return _refused(NOT_SIGNED)
    if not signatures:
        return _refused(NOT_SIGNED)

    signature = signatures[0]
    context = ValidationContext(
        trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        status = _loop.run(_validate(signature, context))
    except Exception as error:  # a malformed signature is not signed
        log.warning("Unverifiable signature given for verification: %s", type(error).__name__)
        return _refused(NOT_SIGNED)

    return Verdict(
        signed=True,
        intact=status.intact and status.valid,
        trusted=status.trusted,
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        signer_name=status.signing_cert.subject.native.get("common_name"),
        signed_at=status.signer_reported_dt,
        verification_code=_signed_code(signature),
    )


async def _validate(signature, context: ValidationContext):
    try:
        return await async_validate_pdf_signature(signature, context)
    finally:
        await context.aclose()


def load_certificates(path: Path) -> list[x509.Certificate]:
    """Trust roots from a PEM or DER file (e.g. the development authority's authority.pem)."""
    data = Path(path).read_bytes()
    if pem.detect(data):
        return [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
    return [x509.Certificate.load(data)]


def _signed_code(signature) -> str | None:
    """The code in the document information of the revision the signature covers."""
    try:
        resolver = signature.reader.get_historical_resolver(signature.signed_revision)
        subject = str(resolver.trailer_view["/Info"]["/Subject"])
    except (KeyError, TypeError, ValueError):
        return None
    if not subject.startswith(SUBJECT_PREFIX):
        return None
    return subject.removeprefix(SUBJECT_PREFIX).strip() or None


def _refused(problem: str) -> Verdict:
    return Verdict(
        signed=False, intact=False, trusted=False, covers_whole_file=False, problem=problem
    )
