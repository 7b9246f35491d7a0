"""Sends one-time codes through the notification outbox, in the resident's language."""

from itsdangerous import BadSignature, URLSafeTimedSerializer

from adminduk import notifications
from adminduk.accounts import throttle
from adminduk.accounts.codes import LIFETIME, IssuedCode, issue_code
from adminduk.accounts.models import Account, CodePurpose, OneTimeCode
from adminduk.i18n import gettext as _
from adminduk.settings import get_settings

LINK_SALT = "konfirmasi-email"


class TooManyCodes(Exception):
    pass


def _link_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(str(get_settings().secret_key), salt=LINK_SALT)


def confirmation_token(issued: IssuedCode) -> str:
    return _link_serializer().dumps([str(issued.record.id), issued.code])


def read_confirmation_token(token: str) -> tuple[str, str] | None:
    """The code id and code a confirmation link carries, or None when it is expired or forged."""
    try:
        code_id, code = _link_serializer().loads(token, max_age=int(LIFETIME.total_seconds()))
    except (BadSignature, ValueError, TypeError):
        return None
    return str(code_id), str(code)


async def _allowed(account: Account, address: str) -> None:
    if await throttle.is_exceeded(
        throttle.CODES_PER_ACCOUNT, str(account.id)
    ) or await throttle.is_exceeded(throttle.CODES_PER_ADDRESS, address):
        raise TooManyCodes
    await throttle.count(throttle.CODES_PER_ACCOUNT, str(account.id))
    await throttle.count(throttle.CODES_PER_ADDRESS, address)


async def send_email_code(account: Account, email: str, address: str, link_base: str) -> None:
    await _allowed(account, address)
    issued = await issue_code(account, CodePurpose.CONFIRM_EMAIL, email)
    link = f"{link_base.rstrip('/')}/{confirmation_token(issued)}"
    body = _(
        "Kode konfirmasi email Anda: %(code)s\n\n"
        "Atau buka tautan ini: %(link)s\n\n"
        "Kode berlaku 15 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas."
    ) % {"code": issued.code, "link": link}
    await notifications.enqueue(
        "email", email, _("Kode konfirmasi Adminduk Daring"), body, "confirm_email"
    )


async def send_phone_code(account: Account, phone: str, address: str) -> None:
    await _allowed(account, address)
    issued = await issue_code(account, CodePurpose.CONFIRM_PHONE, phone)
    body = _("Kode Adminduk Daring: %(code)s. Berlaku 15 menit. Jangan berikan kepada siapa pun.")
    await notifications.enqueue("sms", phone, None, body % {"code": issued.code}, "confirm_phone")


async def send_reset_code(account: Account, address: str) -> None:
    """To the confirmed email and phone, whichever the account has; nothing without either."""
    if not account.email_confirmed_at and not account.phone_confirmed_at:
        return
    await _allowed(account, address)
    target = account.email if account.email_confirmed_at else account.phone or ""
    issued = await issue_code(account, CodePurpose.RESET_PASSWORD, target)
    body = _(
        "Kode untuk membuat kata sandi baru: %(code)s. Berlaku 15 menit. Bila Anda tidak "
        "memintanya, abaikan pesan ini."
    ) % {"code": issued.code}
    if account.email and account.email_confirmed_at:
        subject = _("Kode kata sandi baru Adminduk Daring")
        await notifications.enqueue("email", account.email, subject, body, "reset_password")
    if account.phone and account.phone_confirmed_at:
        await notifications.enqueue("sms", account.phone, None, body, "reset_password")


async def code_by_id(code_id: str) -> OneTimeCode | None:
    return await OneTimeCode.get_or_none(id=code_id).select_related("account")
