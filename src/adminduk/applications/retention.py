"""Personal data kept no longer than needed (UU PDP 27/2022): uploaded scans are deleted a
configured time after their application ended, and the deletion is recorded; sent messages
are removed from the outbox."""

import asyncio
import logging
from datetime import datetime, timedelta

from tortoise.timezone import now

from adminduk.applications.history import record
from adminduk.applications.models import RequirementFile
from adminduk.applications.states import Status
from adminduk.notifications.models import Notification, NotificationStatus
from adminduk.settings import get_settings
from adminduk.storage import chunked_uploads, file_store

log = logging.getLogger(__name__)

# A draft never sent and left alone as long counts as ended too: its scans go the same way.
ENDED = [Status.COMPLETED, Status.REJECTED, Status.CANCELLED, Status.DRAFT]


async def purge_scans(moment: datetime | None = None) -> int:
    cutoff = (moment or now()) - timedelta(days=get_settings().scan_retention_days)
    files = await RequirementFile.filter(
        deleted_at=None, application__status__in=ENDED, application__updated_at__lt=cutoff
    ).select_related("application")
    by_application: dict = {}
    for file in files:
        by_application.setdefault(file.application_id, []).append(file)

    for group in by_application.values():
        for file in group:
            await asyncio.to_thread(file_store().delete, file.store_id)
        await RequirementFile.filter(id__in=[file.id for file in group]).update(deleted_at=now())
        await record(group[0].application, "files_deleted", None, str(len(group)))
    log.info("Deleted %d uploaded scans of applications ended before %s", len(files), cutoff.date())
    return len(files)


async def purge_abandoned_uploads() -> int:
    removed = await asyncio.to_thread(chunked_uploads().remove_abandoned)
    log.info("Removed %d abandoned piecewise uploads", removed)
    return removed


async def purge_notifications(moment: datetime | None = None) -> int:
    cutoff = (moment or now()) - timedelta(days=get_settings().notification_retention_days)
    done = [NotificationStatus.SENT, NotificationStatus.FAILED]
    removed = await Notification.filter(status__in=done, created_at__lt=cutoff).delete()
    log.info("Removed %d old messages from the outbox", removed)
    return removed
