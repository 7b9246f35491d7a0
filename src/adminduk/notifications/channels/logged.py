"""The development channel: a message goes to the log, its recipient masked."""

import logging

from adminduk.notifications.models import Notification
from adminduk.notifications.recipients import mask_recipient

log = logging.getLogger(__name__)


class LogChannel:
    def __init__(self, *, log_bodies: bool = False) -> None:
        # Bodies carry one-time codes: only a developer's own machine shows them.
        self.log_bodies = log_bodies

    async def send(self, message: Notification) -> None:
        log.info(
            "Notification %s (%s) for %s written to the log",
            message.id,
            message.purpose,
            mask_recipient(message.recipient),
        )
        if self.log_bodies:
            log.info("Notification %s says: %s", message.id, message.body)
