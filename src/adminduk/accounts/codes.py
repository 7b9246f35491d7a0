"""One-time codes that prove an email address or phone number, or allow a password reset.

Codes expire, are single-use and limited in attempts; only a keyed hash is stored.
"""

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from tortoise.expressions import F
from tortoise.timezone import now

from adminduk.accounts.models import Account, CodePurpose, OneTimeCode
from adminduk.i18n import N_
from adminduk.settings import get_settings

log = logging.getLogger(__name__)

DIGITS = 6
LIFETIME = timedelta(minutes=15)
MAX_ATTEMPTS = 5


WRONG_CODE = N_("Kode tidak cocok. Periksa lagi pesan yang kami kirim.")


class CodeRefused(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class IssuedCode:
    record: OneTimeCode
    code: str


def _hash(code_id: object, code: str) -> str:
    key = str(get_settings().secret_key).encode()
    return hmac.new(key, f"{code_id}:{code}".encode(), hashlib.sha256).hexdigest()


async def issue_code(account: Account, purpose: CodePurpose, target: str) -> IssuedCode:
    """A new code for the purpose; any earlier unused one stops working."""
    await OneTimeCode.filter(account=account, purpose=purpose, used_at=None).update(used_at=now())
    code = f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}"
    record = OneTimeCode(
        account=account, purpose=purpose, target=target, expires_at=now() + LIFETIME
    )
    record.code_hash = _hash(record.id, code)
    await record.save()
    return IssuedCode(record, code)


async def pending_code(account: Account, purpose: CodePurpose) -> OneTimeCode | None:
    return (
        await OneTimeCode.filter(account=account, purpose=purpose, used_at=None)
        .order_by("-created_at")
        .first()
    )


async def use_code(account: Account, purpose: CodePurpose, typed: str) -> OneTimeCode:
    """The code's record once the typed code matches; raises CodeRefused otherwise."""
    record = await pending_code(account, purpose)
    if record is None:
        raise CodeRefused("none", N_("Belum ada kode yang berlaku. Minta kode baru."))
    if record.expires_at <= now():
        raise CodeRefused("expired", N_("Kode ini sudah kedaluwarsa. Minta kode baru."))

    # Counting the attempt and checking the limit in one statement holds under concurrency.
    counted = await OneTimeCode.filter(
        id=record.id, used_at=None, attempts__lt=MAX_ATTEMPTS
    ).update(attempts=F("attempts") + 1)
    if not counted:
        raise CodeRefused("too_many", N_("Kode salah terlalu sering dimasukkan. Minta kode baru."))

    typed = "".join(typed.split())
    if not hmac.compare_digest(record.code_hash, _hash(record.id, typed)):
        log.warning("Wrong %s code for account %s", purpose.value, account.id)
        raise CodeRefused("wrong", WRONG_CODE)

    if not await OneTimeCode.filter(id=record.id, used_at=None).update(used_at=now()):
        raise CodeRefused("used", N_("Kode ini sudah dipakai. Minta kode baru bila perlu."))
    return record
