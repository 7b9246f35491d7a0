"""The registrar signs off an approved application and the service issues its document.

Render and sign first (the slow part), then, in one transaction: move the application to
issued (a conditional update: two registrars cannot issue it twice), keep the document,
mark the one it replaces superseded, record the registry events, and complete the
application, since a self-printed document needs nothing more.
"""

import asyncio
import logging
from dataclasses import asdict, dataclass
from datetime import date

from tortoise.timezone import now
from tortoise.transactions import in_transaction

from adminduk.accounts.models import Account
from adminduk.applications.history import StaleApplication, move
from adminduk.applications.models import Application, ApplicationEvent
from adminduk.applications.review import is_own_family
from adminduk.applications.states import Status
from adminduk.catalogue import load_catalogue
from adminduk.clock import local_today
from adminduk.documents import Issue, Office, render
from adminduk.i18n import N_
from adminduk.issuing import builders, effects
from adminduk.issuing.models import IssuedDocument
from adminduk.issuing.numbers import certificate_number, new_verification_code
from adminduk.issuing.signer import configured_signer
from adminduk.registry.choices import DocumentKind, DocumentSource, DocumentStatus, EventKind
from adminduk.registry.models import Family, HeldDocument, Person, RegistryEvent
from adminduk.settings import get_settings
from adminduk.storage import file_store

log = logging.getLogger(__name__)


class IssueRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class _Prepared:
    kind: DocumentKind
    number: str
    document: object
    family: Family | None
    person: Person | None
    holder_name: str


async def approving_officer(application: Application) -> int | None:
    event = (
        await ApplicationEvent.filter(application=application, to_status=Status.APPROVED)
        .order_by("-at", "-id")
        .first()
    )
    return event.actor_id if event else None


async def _check(application: Application, registrar: Account) -> None:
    if application.status is not Status.APPROVED:
        raise IssueRefused(N_("Hanya permohonan yang sudah disetujui yang dapat diterbitkan."))
    # Separation of duties against illegal fees: who checked it does not also sign it.
    if await approving_officer(application) == registrar.id:
        raise IssueRefused(
            N_("Anda menyetujui permohonan ini sebagai petugas; pejabat lain yang menerbitkannya.")
        )
    if application.applicant_id == registrar.id or await is_own_family(registrar, application):
        raise IssueRefused(N_("Anda tidak boleh menerbitkan dokumen untuk keluarga Anda sendiri."))


async def _prepare(application: Application, issued_on: date) -> _Prepared:
    service = load_catalogue().by_slug(application.service)
    if service is None or not service.self_printed:
        raise IssueRefused(
            N_("Layanan ini menghasilkan kartu, yang dicetak kantor, bukan dokumen.")
        )
    kind = service.yields
    try:
        built = await builders.build(service, application, issued_on)
    except builders.NotIssuable as problem:
        raise IssueRefused(str(problem)) from None

    # A KK's number is its No. KK; every other document has its own, and the public check
    # shows the number, never a NIK.
    if kind is DocumentKind.FAMILY_CARD:
        number = built.document.kk_number
    else:
        number = await certificate_number(kind, get_settings().regency_code, issued_on)
    document = builders.numbered(built.document, number)
    return _Prepared(kind, number, document, built.family, built.person, built.holder_name)


def _render_and_sign(prepared: _Prepared, issue: Issue) -> bytes:
    return configured_signer().sign(render(prepared.document, issue))


async def reject_approved(application: Application, registrar: Account, reason: str) -> None:
    """An approved application whose document cannot be issued ends here, with the reason the
    resident reads; they may apply again with the right data."""
    if application.status is not Status.APPROVED:
        raise IssueRefused(N_("Hanya permohonan yang sudah disetujui yang dapat ditolak di sini."))
    if not reason.strip():
        raise IssueRefused(N_("Tulis alasannya: pemohon membacanya di riwayat permohonan."))
    try:
        await move(application, Status.REJECTED, registrar, reason.strip())
    except StaleApplication:
        raise IssueRefused(N_("Permohonan ini baru saja diubah. Muat ulang halaman.")) from None


async def issue_document(application: Application, registrar: Account) -> IssuedDocument:
    await _check(application, registrar)
    settings = get_settings()
    issued_on = local_today()
    prepared = await _prepare(application, issued_on)
    issue = Issue(
        number=prepared.number,
        issued_on=issued_on,
        registrar_name=registrar.display_name,
        verification_code=new_verification_code(),
        public_url=settings.public_url,
        office=Office.from_settings(settings),
    )
    signed = await asyncio.to_thread(_render_and_sign, prepared, issue)

    store_id = await asyncio.to_thread(file_store().save, signed)
    try:
        async with in_transaction():
            # One message for the resident: "completed", not "issued" a moment before.
            await move(application, Status.ISSUED, registrar, notify=False)
            document = await _keep(application, registrar, prepared, issue, store_id, len(signed))
            await move(application, Status.COMPLETED, registrar)
    except StaleApplication:
        await asyncio.to_thread(file_store().delete, store_id)
        raise IssueRefused(N_("Permohonan ini baru saja diterbitkan pejabat lain.")) from None
    except effects.RegistryChanged as changed:
        await asyncio.to_thread(file_store().delete, store_id)
        raise IssueRefused(changed.message) from None
    log.info("Issued %s %s for application %s", prepared.kind.value, document.id, application.id)
    return document


async def _keep(application, registrar, prepared: _Prepared, issue: Issue, store_id, size):
    actor = f"pejabat:{registrar.id}"
    # The registry first: a new family or a newborn must exist before they hold the document.
    prepared = await effects.apply(application, prepared, issue.issued_on, actor)
    previous = IssuedDocument.filter(kind=prepared.kind, status=DocumentStatus.VALID)
    # A newer document replaces the holder's earlier one of the same kind: a family's KK, a
    # person's Biodata, whatever its number.
    if prepared.kind is DocumentKind.FAMILY_CARD:
        previous = previous.filter(family=prepared.family)
    elif prepared.person is not None:
        previous = previous.filter(person=prepared.person)
    else:
        previous = previous.filter(number=prepared.number)
    await previous.update(status=DocumentStatus.SUPERSEDED, superseded_at=now())

    document = await IssuedDocument.create(
        kind=prepared.kind, number=prepared.number, verification_code=issue.verification_code,
        application=application, family=prepared.family, person=prepared.person,
        holder_name=prepared.holder_name, issued_on=issue.issued_on, registrar=registrar,
        store_id=store_id, size=size, data=_snapshot(prepared.document),
    )  # fmt: skip
    await _record_in_registry(prepared, issue, registrar)
    await effects.record_other_holders(application, prepared, issue.issued_on, actor)
    return document


async def _record_in_registry(prepared: _Prepared, issue: Issue, registrar: Account) -> None:
    """The registry holds what was issued: the held document, and its event for SIAK."""
    held = HeldDocument.filter(
        kind=prepared.kind, number=prepared.number, status=DocumentStatus.VALID
    )
    await held.update(status=DocumentStatus.SUPERSEDED)
    await HeldDocument.create(
        kind=prepared.kind, number=prepared.number, family=prepared.family,
        person=prepared.person, issued_on=issue.issued_on, source=DocumentSource.ISSUED,
    )  # fmt: skip
    await RegistryEvent.create(
        kind=EventKind.DOCUMENT_RECORDED, family=prepared.family, person=prepared.person,
        actor=f"pejabat:{registrar.id}",
        changes={"kind": prepared.kind.value, "number": prepared.number,
                 "issued_on": issue.issued_on.isoformat()},
    )  # fmt: skip


def _snapshot(document) -> dict:
    def plain(value):
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [plain(item) for item in value]
        if isinstance(value, date):
            return value.isoformat()
        return getattr(value, "value", value)

    return {"kind": document.kind.value, **plain(asdict(document))}
