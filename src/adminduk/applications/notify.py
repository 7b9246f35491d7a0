"""Tells the applicant of every change to their application through the outbox."""

import logging

from adminduk import notifications
from adminduk.accounts.models import Account
from adminduk.applications.models import Application
from adminduk.applications.states import LABELS, Status
from adminduk.applications.tracking import formatted
from adminduk.i18n import gettext as _

log = logging.getLogger(__name__)


async def notify_applicant(application: Application, status: Status, reason: str = "") -> None:
    text = _("Permohonan %(number)s: %(status)s.") % {
        "number": formatted(application.tracking_number),
        "status": _(LABELS[status]),
    }
    if reason:
        text += " " + _("Catatan petugas: %(reason)s") % {"reason": reason}
    await _send(application, text)


async def notify_revoked(application: Application, reason: str) -> None:
    text = _("Dokumen dari permohonan %(number)s dicabut dan tidak berlaku lagi: %(reason)s") % {
        "number": formatted(application.tracking_number),
        "reason": reason,
    }
    await _send(application, text)


async def _send(application: Application, text: str) -> None:
    applicant = await Account.get(id=application.applicant_id)
    if applicant.email and applicant.email_confirmed_at:
        subject = _("Kabar permohonan Adminduk Daring")
        await notifications.enqueue("email", applicant.email, subject, text, "application_status")
    if applicant.phone and applicant.phone_confirmed_at:
        await notifications.enqueue("sms", applicant.phone, None, text[:600], "application_status")
