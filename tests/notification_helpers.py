"""Helpers for the notification tests: an empty outbox, a channel that records what it gets, a
free local port, and a guard that makes any connection beyond this machine fail loudly."""

import asyncio
import contextlib
import ipaddress
import socket
from collections.abc import AsyncIterator

from adminduk.notifications.channels import ChannelError, Channels
from adminduk.notifications.models import Notification, NotificationChannel

# Synthetic people only: example.invalid never resolves, 0812-0000-xxxx is made up.
EMAIL = "siti.rahma@example.invalid"
PHONE = "+6281200005678"


class LeftThisMachine(RuntimeError):
    """Not an OSError on purpose: no retry logic may swallow it."""


def _is_local(host: object) -> bool:
    if host in (None, "localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def stay_on_this_machine(monkeypatch) -> list[str]:
    """From now on, resolving or connecting to anything but loopback raises LeftThisMachine.
    Returns the list of attempts, for a test's teardown to check it stayed empty."""
    attempts: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(target: object) -> None:
        attempts.append(str(target))
        raise LeftThisMachine(f"a test tried to reach {target}: tests stay on 127.0.0.1")

    def getaddrinfo(host, *args, **kwargs):
        if not _is_local(host):
            refuse(host)
        return real_getaddrinfo(host, *args, **kwargs)

    def checked(real):
        def connect(sock, address):
            if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
                refuse(address[0])
            return real(sock, address)

        return connect

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", checked(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", checked(real_connect_ex))
    return attempts


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (just now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.asynccontextmanager
async def empty_outbox_on_this_machine(monkeypatch) -> AsyncIterator[list[str]]:
    """An empty outbox for one test, and no connection beyond loopback (checked at the end)."""
    attempts = stay_on_this_machine(monkeypatch)
    await Notification.all().delete()
    yield attempts
    await Notification.all().delete()
    assert not attempts, f"a test tried to leave this machine: {attempts}"


class RecordingChannel:
    """Records every message it is given; fails with the reasons it is told to, in order."""

    def __init__(self, *failures: ChannelError | Exception) -> None:
        self.failures = list(failures)
        self.sent: list[Notification] = []

    async def send(self, message: Notification) -> None:
        # Gives other tasks a turn, as a real network call would.
        await asyncio.sleep(0)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(message)


def every_channel(channel) -> Channels:
    return {kind: channel for kind in NotificationChannel}
