"""Who is signing in: checks a user name and password against the account table."""

import logging

from tortoise.timezone import now

from adminduk.accounts.models import Account
from adminduk.accounts.passwords import verify_password

log = logging.getLogger(__name__)


async def authenticate(username: str, password: str, client: str) -> Account | None:
    account = await Account.get_or_none(username=username.strip().lower(), is_active=True)
    if not verify_password(account.password_hash if account else None, password):
        # A security event: the address is logged, never the name or password typed.
        log.warning("Sign-in failed from %s", client)
        return None

    account.last_signed_in_at = now()
    await account.save(update_fields=["last_signed_in_at"])
    log.info("Account %s signed in (%s)", account.id, account.role)
    return account
