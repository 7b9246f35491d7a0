"""Limits on sign-in attempts and code requests, counted in the database so that several
app processes share them.

Each account has a tight limit; an address has a generous one, because a whole village can
sit behind one carrier address or one kiosk.
"""

from dataclasses import dataclass
from datetime import timedelta

from tortoise.timezone import now

from adminduk.accounts.models import ThrottleEvent


@dataclass(frozen=True)
class Limit:
    name: str
    count: int
    window: timedelta


SIGN_IN_PER_ACCOUNT = Limit("masuk-akun", 5, timedelta(minutes=15))
SIGN_IN_PER_ADDRESS = Limit("masuk-alamat", 100, timedelta(minutes=15))
CODES_PER_ACCOUNT = Limit("kode-akun", 5, timedelta(hours=1))
CODES_PER_ADDRESS = Limit("kode-alamat", 60, timedelta(hours=1))
# Refused registrations only; a kiosk or a carrier address serves a whole village.
REGISTRATIONS_PER_ADDRESS = Limit("daftar-alamat", 200, timedelta(hours=1))


def _key(limit: Limit, subject: str) -> str:
    return f"{limit.name}:{subject}"


async def is_exceeded(limit: Limit, subject: str) -> bool:
    since = now() - limit.window
    return await ThrottleEvent.filter(key=_key(limit, subject), at__gt=since).count() >= limit.count


async def count(limit: Limit, subject: str) -> None:
    key = _key(limit, subject)
    moment = now()
    await ThrottleEvent.create(key=key, at=moment)
    await ThrottleEvent.filter(key=key, at__lt=moment - limit.window).delete()


async def reset(limit: Limit, subject: str) -> None:
    await ThrottleEvent.filter(key=_key(limit, subject)).delete()
