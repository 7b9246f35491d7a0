"""A registrar withdraws an issued document; the public check then says so, with the date."""

import logging

from tortoise.timezone import now

from adminduk.accounts.models import Account
from adminduk.applications.history import record
from adminduk.i18n import N_
from adminduk.issuing.models import IssuedDocument
from adminduk.registry.choices import DocumentStatus
from adminduk.registry.models import HeldDocument

log = logging.getLogger(__name__)


class RevocationRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


async def revoke(document: IssuedDocument, registrar: Account, reason: str) -> None:
    if not reason.strip():
        raise RevocationRefused(N_("Tulis alasan pencabutan."))
    if document.status is not DocumentStatus.VALID:
        raise RevocationRefused(N_("Dokumen ini sudah tidak berlaku."))

    moment = now()
    changed = await IssuedDocument.filter(id=document.id, status=DocumentStatus.VALID).update(
        status=DocumentStatus.REVOKED, revoked_at=moment, revoke_reason=reason.strip()
    )
    if not changed:
        raise RevocationRefused(N_("Dokumen ini sudah tidak berlaku."))
    await HeldDocument.filter(
        kind=document.kind, number=document.number, issued_on=document.issued_on
    ).update(status=DocumentStatus.REVOKED)
    if document.application_id:
        await document.fetch_related("application")
        await record(document.application, "document_revoked", registrar, reason.strip())
    document.status, document.revoked_at = DocumentStatus.REVOKED, moment
    log.info("Document %s revoked by %s", document.id, registrar.id)
