"""Personal data kept no longer than needed (UU PDP 27/2022): uploaded scans are deleted a
configured time after their application ended, and the deletion is recorded; sent messages
are removed from the outbox."""

import asyncio
import logging
from datetime import datetime, timedelta

from tortoise.timezone import now

from adminduk.applications.history import record
from adminduk.applications.models import Application, RequirementFile
from adminduk.applications.states import Status
from adminduk.notifications.models import Notification, NotificationStatus
from adminduk.settings import get_settings
from adminduk.storage import file_store

log = logging.getLogger(__name__)

# A draft never sent and left alone as long counts as ended too: its scans go the same way.
ENDED = [Status.COMPLETED, Status.REJECTED, Status.CANCELLED, Status.DRAFT]


async def purge_scans(moment: datetime | None = None) -> int:
    cutoff = (moment or now()) - timedelta(days=get_settings().scan_retention_days)
    ended = await Application.filter(status__in=ENDED, updated_at__lt=cutoff)
    deleted = 0
    for application in ended:
        files = await RequirementFile.filter(application=application, deleted_at=None)
        if not files:
            continue
        for file in files:
            await asyncio.to_thread(file_store().delete, file.store_id)
        await RequirementFile.filter(id__in=[file.id for file in files]).update(deleted_at=now())
        await record(application, "files_deleted", None, str(len(files)))
        deleted += len(files)
    log.info("Deleted %d uploaded scans of applications ended before %s", deleted, cutoff.date())
    return deleted


async def purge_abandoned_uploads() -> int:
    from adminduk.uploads import ChunkedUploads

    removed = await asyncio.to_thread(
        ChunkedUploads(get_settings().data_dir / "uploads").remove_abandoned
    )
    log.info("Removed %d abandoned piecewise uploads", removed)
    return removed


async def purge_notifications(moment: datetime | None = None) -> int:
    cutoff = (moment or now()) - timedelta(days=get_settings().notification_retention_days)
    done = [NotificationStatus.SENT, NotificationStatus.FAILED]
    removed = await Notification.filter(status__in=done, created_at__lt=cutoff).delete()
    log.info("Removed %d old messages from the outbox", removed)
    return removed
