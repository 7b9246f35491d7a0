"""Proving the email address and phone number with the codes sent to them."""

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import NoMatchFound, Route

from adminduk.accounts.codes import CodeRefused, pending_code
from adminduk.accounts.confirmation import confirm_contact
from adminduk.accounts.delivery import (
    TooManyCodes,
    code_by_id,
    read_confirmation_token,
    send_email_code,
    send_phone_code,
)
from adminduk.accounts.models import Account, CodePurpose
from adminduk.i18n import gettext as _
from adminduk.notifications.recipients import mask_recipient
from adminduk.settings import get_settings
from adminduk.web.templating import render

PURPOSES = {"email": CodePurpose.CONFIRM_EMAIL, "ponsel": CodePurpose.CONFIRM_PHONE}


def confirmation_link_base(request: Request) -> str:
    """The public address the emailed links start with; accounts.delivery appends the token.

    Read from the `confirm_link` route's own path, so the link follows the route table.
    """
    name, suffix = "confirm_link", "/{token}"
    for route in request.app.routes:
        if isinstance(route, Route) and route.name == name and route.path.endswith(suffix):
            return get_settings().public_url + route.path.removesuffix(suffix)
    raise NoMatchFound(name, {"token": None})


def _purpose(request: Request) -> CodePurpose:
    purpose = PURPOSES.get(request.path_params["contact"])
    if purpose is None:
        raise HTTPException(404)
    return purpose


async def _targets(account: Account) -> dict[str, str]:
    """Where the pending codes went (a new address while a change waits), masked."""
    targets = {}
    for name, purpose in PURPOSES.items():
        code = await pending_code(account, purpose)
        target = code.target if code else (account.email if name == "email" else account.phone)
        targets[name] = mask_recipient(target) if target else ""
    return targets


async def _page(request: Request, errors: dict | None = None, status: int = 200, notice=None):
    account = request.state.account
    context = {
        "targets": await _targets(account),
        "email_done": account.email_confirmed_at is not None,
        "phone_done": account.phone_confirmed_at is not None,
        "errors": errors or {},
        "notice": notice,
    }
    return render(request, "accounts/confirm.html", context, status_code=status)


async def confirm_contacts(request: Request) -> Response:
    notice = _("Kode baru sudah dikirim.") if request.query_params.get("terkirim") else None
    return await _page(request, notice=notice)


async def confirm_code(request: Request) -> Response:
    purpose = _purpose(request)
    typed = str((await request.form()).get("code", ""))
    try:
        await confirm_contact(request.state.account, purpose, typed)
    except CodeRefused as refused:
        field = "email_code" if purpose is CodePurpose.CONFIRM_EMAIL else "phone_code"
        return await _page(request, {field: _(refused.message)}, status=400)

    account = request.state.account
    if account.contacts_confirmed:
        return RedirectResponse(request.app.url_path_for("account") + "?selesai=1", 303)
    return RedirectResponse(request.app.url_path_for("confirm_contacts"), 303)


async def resend_code(request: Request) -> Response:
    purpose = _purpose(request)
    account = request.state.account
    pending = await _pending_target(account, purpose)
    if not pending:
        message = _("Akun ini belum punya email atau nomor ponsel. Isi dulu di halaman Akun saya.")
        return await _page(request, {"form": message}, status=400)
    try:
        if purpose is CodePurpose.CONFIRM_EMAIL:
            base = confirmation_link_base(request)
            await send_email_code(account, pending, request.state.address, base)
        else:
            await send_phone_code(account, pending, request.state.address)
    except TooManyCodes:
        message = _("Terlalu banyak kode diminta. Tunggu satu jam, lalu minta lagi.")
        return await _page(request, {"form": message}, status=429)
    return RedirectResponse(request.app.url_path_for("confirm_contacts") + "?terkirim=1", 303)


async def _pending_target(account: Account, purpose: CodePurpose) -> str:
    code = await pending_code(account, purpose)
    if code is not None:
        return code.target
    return (account.email if purpose is CodePurpose.CONFIRM_EMAIL else account.phone) or ""


async def confirm_link(request: Request) -> Response:
    """The link in the confirmation email: works on any device, without signing in."""
    found = read_confirmation_token(request.path_params["token"])
    record = await code_by_id(found[0]) if found else None
    if record is None or record.purpose is not CodePurpose.CONFIRM_EMAIL:
        return render(request, "errors/link.html", status_code=400)
    try:
        await confirm_contact(record.account, CodePurpose.CONFIRM_EMAIL, found[1])
    except CodeRefused:
        return render(request, "errors/link.html", status_code=400)
    return render(request, "accounts/email-confirmed.html")
