"""A registrar withdraws an issued document; the public check then says so, with the date."""

import logging

from tortoise.timezone import now
from tortoise.transactions import in_transaction

from adminduk.accounts.models import Account
from adminduk.applications.history import record
from adminduk.applications.notify import notify_revoked
from adminduk.i18n import N_
from adminduk.issuing.models import IssuedDocument
from adminduk.registry.choices import DocumentStatus, EventKind
from adminduk.registry.models import HeldDocument, RegistryEvent

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
    async with in_transaction():
        changed = await IssuedDocument.filter(id=document.id, status=DocumentStatus.VALID).update(
            status=DocumentStatus.REVOKED, revoked_at=moment, revoke_reason=reason.strip()
        )
        if not changed:
            raise RevocationRefused(N_("Dokumen ini sudah tidak berlaku."))
        await HeldDocument.filter(
            kind=document.kind, number=document.number, issued_on=document.issued_on,
            status=DocumentStatus.VALID,
        ).update(status=DocumentStatus.REVOKED)  # fmt: skip
        await RegistryEvent.create(
            kind=EventKind.DOCUMENT_RECORDED, family_id=document.family_id,
            person_id=document.person_id, actor=f"pejabat:{registrar.id}",
            changes={"kind": document.kind.value, "number": document.number, "revoked": True},
        )  # fmt: skip
        if document.application_id:
            await document.fetch_related("application")
            await record(document.application, "document_revoked", registrar, reason.strip())
    document.status, document.revoked_at = DocumentStatus.REVOKED, moment
    if document.application_id:
        await notify_revoked(document.application, reason.strip())
    log.info("Document %s revoked by %s", document.id, registrar.id)
