"""Creating staff accounts (from the command line now, from an admin page later)."""

import logging

from adminduk.accounts.models import Account, Role
from adminduk.accounts.passwords import MIN_LENGTH, hash_password
from adminduk.registry.models import Region

log = logging.getLogger(__name__)


class StaffAccountError(ValueError):
    pass


async def create_staff_account(
    username: str,
    display_name: str,
    role: Role,
    password: str,
    region_code: str | None = None,
) -> Account:
    username = username.strip().lower()
    if len(password) < MIN_LENGTH:
        raise StaffAccountError(f"The password needs at least {MIN_LENGTH} characters.")
    if await Account.exists(username=username):
        raise StaffAccountError(f"An account named {username!r} already exists.")

    region = await Region.get_or_none(code=region_code) if region_code else None
    if region_code and region is None:
        raise StaffAccountError(f"Region code {region_code!r} is not in the registry.")
    is_village = region is not None and region.level in ("desa", "kelurahan")
    if role is Role.KIOSK_OPERATOR and not is_village:
        raise StaffAccountError("A kiosk operator must be tied to a desa or kelurahan code.")

    account = await Account.create(
        username=username,
        display_name=display_name,
        role=role,
        region=region,
        password_hash=hash_password(password),
    )
    log.info("Created %s account %s", role.value, account.id)
    return account
