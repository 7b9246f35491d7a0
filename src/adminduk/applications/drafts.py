"""A resident's draft: created once per form, saved step by step, submitted when complete."""

import logging

from tortoise.exceptions import IntegrityError
from tortoise.timezone import now

from adminduk.accounts.models import Account
from adminduk.applications.history import move, record
from adminduk.applications.models import (
    Application,
    ApplicationSubject,
    RequirementFile,
    SubjectRole,
)
from adminduk.applications.states import RESIDENT_EDITABLE, Status
from adminduk.applications.tracking import new_tracking_number
from adminduk.i18n import N_
from adminduk.registry.models import Person

log = logging.getLogger(__name__)


class DraftRefused(Exception):
    def __init__(self, message: str, missing: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.missing = missing or []


async def create_draft(
    applicant: Account,
    service: str,
    form_token: str,
    *,
    subject: Person | None = None,
    on_behalf_nik: str | None = None,
    consent: bool = False,
) -> Application:
    """The draft for this form; the same form sent twice gives the same draft."""
    existing = await Application.get_or_none(form_token=form_token)
    if existing is not None:
        if existing.applicant_id != applicant.id:
            raise DraftRefused(N_("Formulir ini sudah dipakai. Muat ulang halaman."))
        return existing

    family = None
    if subject is not None:
        await subject.fetch_related("family", "family__desa")
        family = subject.family
    try:
        application = await Application.create(
            tracking_number=new_tracking_number(),
            service=service,
            applicant=applicant,
            on_behalf_nik=on_behalf_nik,
            consent_recorded_at=now() if consent else None,
            family=family,
            kecamatan_code=family.desa.parent_code if family else None,
            form_token=form_token,
        )
    except IntegrityError:
        # The same form arrived twice at the same moment: the unique token kept one.
        existing = await Application.get_or_none(form_token=form_token)
        if existing is None or existing.applicant_id != applicant.id:
            raise
        return existing

    if subject is not None:
        await ApplicationSubject.create(
            application=application, person=subject, role=SubjectRole.SELF
        )
    await record(application, "created", applicant, "assisted" if on_behalf_nik else "")
    log.info("Application %s created for service %s", application.id, service)
    return application


def ensure_editable(application: Application) -> None:
    if application.status not in RESIDENT_EDITABLE:
        raise DraftRefused(
            N_("Permohonan ini sedang diperiksa atau sudah diputuskan, dan tidak dapat diubah.")
        )


async def save_step(application: Application, step: str, values: dict[str, str]) -> None:
    ensure_editable(application)
    application.data = {**application.data, **values}
    application.step = step
    application.last_activity_at = now()
    await application.save(update_fields=["data", "step", "last_activity_at", "updated_at"])


async def current_files(application: Application) -> dict[str, RequirementFile]:
    files = await RequirementFile.filter(
        application=application, replaced_at=None, deleted_at=None
    ).order_by("uploaded_at")
    return {file.requirement: file for file in files}


async def attach_file(
    application: Application,
    requirement: str,
    store_id: str,
    content_type: str,
    size: int,
    uploaded_by: Account,
) -> RequirementFile:
    """The newest upload for a requirement counts; the earlier one is kept, marked replaced."""
    ensure_editable(application)
    moment = now()
    await RequirementFile.filter(
        application=application, requirement=requirement, replaced_at=None
    ).update(replaced_at=moment)
    file = await RequirementFile.create(
        application=application,
        requirement=requirement,
        store_id=store_id,
        content_type=content_type,
        size=size,
        uploaded_by=uploaded_by,
    )
    application.last_activity_at = moment
    await application.save(update_fields=["last_activity_at", "updated_at"])
    return file


async def submit(
    application: Application, actor: Account, missing_fields: list[str], missing_files: list[str]
) -> None:
    """Draft -> submitted, or revision requested -> resubmitted, once nothing is missing."""
    ensure_editable(application)
    if missing_fields or missing_files:
        raise DraftRefused(
            N_("Permohonan belum lengkap. Lengkapi yang ditandai, lalu kirim lagi."),
            missing_fields + missing_files,
        )
    if application.status is Status.DRAFT:
        await move(application, Status.SUBMITTED, actor, submitted_at=now())
    else:
        await move(application, Status.RESUBMITTED, actor)
