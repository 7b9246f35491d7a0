"""Keeping the papers a resident uploads: cleaned, stored, and attached to the requirement."""

import asyncio

from adminduk.accounts.models import Account
from adminduk.applications.drafts import attach_file, ensure_editable
from adminduk.applications.models import Application, RequirementFile
from adminduk.catalogue import Requirement, Service
from adminduk.storage import file_store
from adminduk.uploads.intake import accept_upload


def uploadable_requirement(service: Service, key: str) -> Requirement | None:
    """The requirement a file is uploaded for; None for an unknown key or one filled online."""
    requirement = next((r for r in service.requirements if r.key == key), None)
    if requirement is None or requirement.filled_online:
        return None
    return requirement


async def store_upload(
    application: Application, requirement: Requirement, data: bytes, account: Account
) -> tuple[RequirementFile, list[str]]:
    """Clean the file off the event loop, keep it, and attach it to the requirement.

    Returns the attached file and the codes of the notices cleaning left (see uploads.errors).
    """
    ensure_editable(application)
    cleaned = await asyncio.to_thread(accept_upload, data)
    store_id = await asyncio.to_thread(file_store().save, cleaned.data)
    file = await attach_file(
        application, requirement.key, store_id, cleaned.media_type, cleaned.size, account
    )
    return file, [notice.code for notice in cleaned.notices]
