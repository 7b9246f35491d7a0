"""Moving an application from one state to another, once, with the event that records it."""

import logging

from tortoise.timezone import now
from tortoise.transactions import in_transaction

from adminduk.accounts.models import Account
from adminduk.applications.models import Application, ApplicationEvent
from adminduk.applications.notify import notify_applicant
from adminduk.applications.states import Status, check_transition

log = logging.getLogger(__name__)


class StaleApplication(Exception):
    """Someone else changed the application first (another officer, another tab)."""


async def record(
    application: Application, action: str, actor: Account | None, reason: str = ""
) -> ApplicationEvent:
    return await ApplicationEvent.create(
        application=application, action=action, actor=actor, reason=reason
    )


async def move(
    application: Application,
    target: Status,
    actor: Account | None,
    reason: str = "",
    *,
    notify: bool = True,
    **changes: object,
) -> None:
    """Changes the status only if nobody changed it meanwhile: a conditional UPDATE, which
    holds on SQLite and PostgreSQL alike."""
    current = application.status
    check_transition(current, target)

    async with in_transaction():
        moment = now()
        updated = await Application.filter(id=application.id, status=current).update(
            status=target, last_activity_at=moment, updated_at=moment, **changes
        )
        if not updated:
            raise StaleApplication(str(application.id))
        await ApplicationEvent.create(
            application=application,
            action="status",
            from_status=current,
            to_status=target,
            actor=actor,
            reason=reason,
        )

    application.status = target
    application.last_activity_at = moment
    for name, value in changes.items():
        setattr(application, name, value)
    log.info("Application %s: %s -> %s", application.id, current.value, target.value)
    if notify:
        await notify_applicant(application, target, reason)
