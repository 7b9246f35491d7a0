"""What an application page shows: where it stands, what is missing, and what happened to it."""

from adminduk.accounts.models import Role
from adminduk.applications.completeness import missing_fields, missing_files, needed_requirements
from adminduk.applications.drafts import current_files
from adminduk.applications.models import Application, ApplicationEvent
from adminduk.applications.states import LABELS, OPEN, RESIDENT_EDITABLE
from adminduk.applications.tracking import formatted
from adminduk.catalogue import Service
from adminduk.i18n import gettext as _
from adminduk.issuing.models import IssuedDocument


async def timeline_of(application: Application) -> list[dict]:
    events = await ApplicationEvent.filter(application=application).order_by("at", "id")
    await ApplicationEvent.fetch_for_list(events, "actor")
    return [
        {
            "at": event.at,
            "status": _(LABELS[event.to_status]) if event.to_status else None,
            "action": event.action,
            "reason": event.reason,
            "by_staff": bool(event.actor and event.actor.is_staff),
            "by_registrar": bool(event.actor and event.actor.role is Role.REGISTRAR),
            # Assisted mode names the operator who applied for the resident.
            "operator": event.actor.display_name
            if event.action == "created" and application.on_behalf_nik and event.actor
            else "",
        }
        for event in events
    ]


async def overview_of(application: Application, service: Service) -> dict:
    files = await current_files(application)
    return {
        "application": application,
        "number": formatted(application.tracking_number),
        "service": service,
        "status": _(LABELS[application.status]),
        "editable": application.status in RESIDENT_EDITABLE,
        "cancellable": application.status in OPEN,
        "requirements": needed_requirements(service, application.data),
        "files": files,
        "missing_fields": missing_fields(service, application.data),
        "missing_files": missing_files(service, application.data, set(files)),
        "timeline": await timeline_of(application),
        "documents": await IssuedDocument.filter(application=application).order_by("-created_at"),
    }
