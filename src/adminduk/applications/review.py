"""The officer's side: take an application, check each requirement, then decide."""

import logging
from datetime import timedelta

from tortoise.expressions import Q
from tortoise.timezone import now
from tortoise.transactions import in_transaction

from adminduk.accounts.models import Account, Role
from adminduk.applications.history import StaleApplication, move, record
from adminduk.applications.models import (
    Application,
    ApplicationEvent,
    ApplicationSubject,
    RequirementFile,
    ReviewVerdict,
)
from adminduk.applications.notify import notify_applicant
from adminduk.applications.states import WAITING_FOR_OFFICER, IllegalTransition, Status
from adminduk.i18n import N_

log = logging.getLogger(__name__)

# A claim without activity for this long lapses: another officer may take the application.
CLAIM_LAPSE = timedelta(minutes=30)


class ReviewRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


async def is_own_family(officer: Account, application: Application) -> bool:
    """Against illegal fees: nobody handles an application of their own family."""
    if officer.person_id is None:
        return False
    await officer.fetch_related("person")
    if application.family_id and officer.person.family_id == application.family_id:
        return True
    return await ApplicationSubject.filter(
        application=application, person_id=officer.person_id
    ).exists()


def claim_is_live(application: Application) -> bool:
    activity = application.last_activity_at or application.claimed_at
    return (
        application.status is Status.IN_REVIEW
        and activity is not None
        and now() - activity < CLAIM_LAPSE
    )


async def take(application: Application, officer: Account) -> None:
    """Submitted or resubmitted -> in review, held by this officer; exactly one officer wins."""
    if application.claimed_by_id == officer.id and claim_is_live(application):
        return
    if application.applicant_id == officer.id:
        raise ReviewRefused(
            N_("Anda yang mengajukan permohonan ini; petugas lain yang memeriksanya.")
        )
    if await is_own_family(officer, application):
        raise ReviewRefused(
            N_("Anda tidak boleh memeriksa permohonan keluarga Anda sendiri. Biarkan petugas lain.")
        )

    moment = now()
    lapsed = Q(status=Status.IN_REVIEW, last_activity_at__lt=moment - CLAIM_LAPSE)
    waiting = Q(status__in=list(WAITING_FOR_OFFICER))
    async with in_transaction():
        taken = await Application.filter(Q(id=application.id) & (waiting | lapsed)).update(
            status=Status.IN_REVIEW, claimed_by_id=officer.id, claimed_at=moment,
            last_activity_at=moment, updated_at=moment,
        )  # fmt: skip
        if not taken:
            raise ReviewRefused(N_("Permohonan ini sudah diambil petugas lain."))
        await ApplicationEvent.create(
            application=application, action="status", from_status=application.status,
            to_status=Status.IN_REVIEW, actor=officer,
        )  # fmt: skip
    application.status, application.claimed_by_id = Status.IN_REVIEW, officer.id
    application.claimed_at = application.last_activity_at = moment
    await notify_applicant(application, Status.IN_REVIEW)
    log.info("Application %s taken by officer %s", application.id, officer.id)


def _holds(application: Application, officer: Account) -> None:
    if application.status is not Status.IN_REVIEW or application.claimed_by_id != officer.id:
        raise ReviewRefused(N_("Ambil permohonan ini dulu sebelum memeriksa atau memutuskan."))


async def review_file(
    application: Application, officer: Account, file: RequirementFile, accepted: bool, reason: str
) -> None:
    _holds(application, officer)
    if not accepted and not reason.strip():
        raise ReviewRefused(N_("Tulis alasan penolakan, supaya pemohon tahu apa yang diperbaiki."))
    file.verdict = ReviewVerdict.ACCEPTED if accepted else ReviewVerdict.REJECTED
    file.verdict_reason = reason.strip()
    file.reviewed_by, file.reviewed_at = officer, now()
    await file.save(update_fields=["verdict", "verdict_reason", "reviewed_by_id", "reviewed_at"])
    await Application.filter(id=application.id).update(last_activity_at=now())
    await record(application, f"file_{file.verdict.value}", officer, reason.strip())


async def decide(application: Application, officer: Account, target: Status, reason: str) -> None:
    """Request a revision, approve or reject, while holding the application."""
    _holds(application, officer)
    if target in (Status.REVISION_REQUESTED, Status.REJECTED) and not reason.strip():
        raise ReviewRefused(N_("Tulis alasannya: pemohon membacanya di riwayat permohonan."))
    if target is Status.APPROVED:
        pending = (
            await RequirementFile.filter(application=application, replaced_at=None)
            .exclude(verdict=ReviewVerdict.ACCEPTED)
            .exists()
        )
        if pending:
            raise ReviewRefused(N_("Terima semua persyaratan dulu sebelum menyetujui."))
    try:
        await move(application, target, officer, reason.strip(), claimed_by_id=None)
    except StaleApplication:
        raise ReviewRefused(N_("Permohonan ini baru saja diubah. Muat ulang halaman.")) from None


async def release(application: Application, admin: Account) -> None:
    """An admin hands a held application back to the queue."""
    if admin.role is not Role.ADMIN:
        raise ReviewRefused(N_("Hanya admin yang dapat melepas permohonan."))
    previous = (
        await ApplicationEvent.filter(
            application=application,
            to_status=Status.IN_REVIEW,
            from_status__in=list(WAITING_FOR_OFFICER),
        )
        .order_by("-at", "-id")
        .first()
    )
    # A lapsed claim taken over went in review -> in review: look past it to the waiting state.
    back = previous.from_status if previous else Status.SUBMITTED
    if application.status is not Status.IN_REVIEW:
        raise ReviewRefused(N_("Permohonan ini tidak sedang dipegang petugas."))
    try:
        await move(
            application, back, admin, N_("Dilepas oleh admin"), notify=False, claimed_by_id=None
        )
    except (StaleApplication, IllegalTransition):
        raise ReviewRefused(N_("Permohonan ini baru saja diubah. Muat ulang halaman.")) from None


async def cancel(application: Application, resident: Account) -> None:
    """The resident may cancel until the application is approved."""
    if application.status is Status.CANCELLED:
        raise ReviewRefused(N_("Permohonan ini sudah dibatalkan."))
    try:
        await move(application, Status.CANCELLED, resident, claimed_by_id=None)
    except StaleApplication:
        raise ReviewRefused(N_("Permohonan ini baru saja diubah. Muat ulang halaman.")) from None
