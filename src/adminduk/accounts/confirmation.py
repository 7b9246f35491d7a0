"""What a correct code does: proves a contact, or lets the resident choose a new password."""

import logging

from tortoise.timezone import now

from adminduk.accounts.codes import CodeRefused, pending_code, use_code
from adminduk.accounts.models import Account, CodePurpose
from adminduk.accounts.passwords import MIN_LENGTH, hash_password
from adminduk.accounts.registration import EMAIL_TAKEN, PHONE_TAKEN, shared_outside_family
from adminduk.i18n import N_

log = logging.getLogger(__name__)


async def confirm_contact(account: Account, purpose: CodePurpose, typed: str) -> None:
    column = "email" if purpose is CodePurpose.CONFIRM_EMAIL else "phone"
    pending = await pending_code(account, purpose)
    if pending and await shared_outside_family(
        column, pending.target, account.kk_number, account.id
    ):
        # Someone of another family proved this contact first.
        raise CodeRefused("taken", EMAIL_TAKEN if column == "email" else PHONE_TAKEN)
    record = await use_code(account, purpose, typed)
    moment = now()
    if purpose is CodePurpose.CONFIRM_EMAIL:
        account.email, account.email_confirmed_at = record.target, moment
        fields = ["email", "email_confirmed_at"]
    else:
        account.phone, account.phone_confirmed_at = record.target, moment
        fields = ["phone", "phone_confirmed_at"]
    await account.save(update_fields=fields)
    log.info("Account %s confirmed its %s", account.id, fields[0])


async def reset_password(account: Account, typed: str, new_password: str) -> None:
    if len(new_password) < MIN_LENGTH:
        raise CodeRefused("password", N_("Kata sandi paling sedikit 8 karakter."))
    await use_code(account, CodePurpose.RESET_PASSWORD, typed)
    account.password_hash = hash_password(new_password)
    account.password_changed_at = now()
    await account.save(update_fields=["password_hash", "password_changed_at"])
    log.info("Account %s chose a new password with a reset code", account.id)
