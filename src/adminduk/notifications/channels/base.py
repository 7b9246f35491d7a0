"""What every channel offers: send one message, or say briefly why it could not."""

from typing import Protocol

from adminduk.notifications.models import Notification


class ChannelError(Exception):
    """A message was not delivered. The reason is short and names no person: it is logged and
    kept on the row. A permanent failure is not retried (a refused address, a rejected body)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Channel(Protocol):
    async def send(self, message: Notification) -> None:
        """Deliver the message or raise ChannelError."""
        ...
