"""Who is signing in: an identifier (NIK, email, phone or a staff user name) and a password,
under per-account and per-address limits."""

import logging
import re
from dataclasses import dataclass

from tortoise.timezone import now

from adminduk.accounts import throttle
from adminduk.accounts.contacts import InvalidContact, normalize_email, normalize_phone
from adminduk.accounts.models import Account
from adminduk.accounts.passwords import verify_password

log = logging.getLogger(__name__)

# Members of one family may share an email or phone; each has their own password.
MAX_SHARED_ACCOUNTS = 8


@dataclass(frozen=True)
class SignInResult:
    account: Account | None
    throttled: bool = False


async def accounts_for(identifier: str) -> list[Account]:
    """The active accounts an identifier may name, by its shape."""
    value = identifier.strip()
    compact = re.sub(r"[\s.\-]", "", value)
    query = Account.filter(is_active=True)
    if re.fullmatch(r"\d{16}", compact):
        return await query.filter(nik=compact)
    if "@" in value:
        try:
            return await query.filter(email=normalize_email(value)).limit(MAX_SHARED_ACCOUNTS)
        except InvalidContact:
            return []
    if re.fullmatch(r"\+?\d{9,15}", compact):
        try:
            return await query.filter(phone=normalize_phone(value)).limit(MAX_SHARED_ACCOUNTS)
        except InvalidContact:
            return []
    return await query.filter(username=value.lower())


async def authenticate(identifier: str, password: str, address: str) -> SignInResult:
    if await throttle.is_exceeded(throttle.SIGN_IN_PER_ADDRESS, address):
        log.warning("Sign-in refused: too many failures from %s", address)
        return SignInResult(None, throttled=True)

    candidates = await accounts_for(identifier)
    open_candidates = [
        account
        for account in candidates
        if not await throttle.is_exceeded(throttle.SIGN_IN_PER_ACCOUNT, str(account.id))
    ]
    if candidates and not open_candidates:
        log.warning("Sign-in refused: account locked for a while, from %s", address)
        return SignInResult(None, throttled=True)

    account = next((a for a in open_candidates if verify_password(a.password_hash, password)), None)
    if account is None:
        if not candidates:
            verify_password(None, password)
        await _count_failure(open_candidates, address)
        return SignInResult(None)

    await throttle.reset(throttle.SIGN_IN_PER_ACCOUNT, str(account.id))
    account.last_signed_in_at = now()
    await account.save(update_fields=["last_signed_in_at"])
    log.info("Account %s signed in (%s) from %s", account.id, account.role.value, address)
    return SignInResult(account)


async def _count_failure(candidates: list[Account], address: str) -> None:
    # A security event: the address and account ids, never the identifier or password typed.
    ids = ",".join(str(account.id) for account in candidates) or "none"
    log.warning("Sign-in failed from %s (account %s)", address, ids)
    await throttle.count(throttle.SIGN_IN_PER_ADDRESS, address)
    for account in candidates:
        await throttle.count(throttle.SIGN_IN_PER_ACCOUNT, str(account.id))
