"""Resident self-registration: the form, and what happens after it is sent."""

import logging

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts import throttle
from adminduk.accounts.delivery import TooManyCodes, send_email_code, send_phone_code
from adminduk.accounts.registration import RegistrationForm, RegistrationRefused, register_resident
from adminduk.i18n import gettext as _
from adminduk.web.access import start_session
from adminduk.web.confirmation_pages import confirmation_link_base
from adminduk.web.templating import render

log = logging.getLogger(__name__)

FIELDS = ("nik", "kk_number", "full_name", "email", "phone")


def _form_page(request: Request, form: RegistrationForm, errors: dict, status: int) -> Response:
    context = {"form": form, "errors": {key: _(text) for key, text in errors.items()}}
    return render(request, "accounts/register.html", context, status_code=status)


async def register_form(request: Request) -> Response:
    return _form_page(request, RegistrationForm(), {}, 200)


async def send_contact_codes(request: Request, account) -> None:
    address = request.state.address
    try:
        await send_email_code(account, account.email, address, confirmation_link_base(request))
        await send_phone_code(account, account.phone, address)
    except TooManyCodes:
        log.warning("Code limit reached for account %s", account.id)


async def register(request: Request) -> Response:
    data = await request.form()
    form = RegistrationForm(
        **{name: str(data.get(name, "")) for name in FIELDS},
        password=str(data.get("password", "")),
        newcomer=data.get("newcomer") == "ya",
    )
    address = request.state.address
    if await throttle.is_exceeded(throttle.REGISTRATIONS_PER_ADDRESS, address):
        message = _("Terlalu banyak pendaftaran dari jaringan ini. Coba lagi satu jam lagi.")
        return _form_page(request, form, {"form": message}, 429)

    try:
        account = await register_resident(form)
    except RegistrationRefused as refused:
        await throttle.count(throttle.REGISTRATIONS_PER_ADDRESS, address)
        return _form_page(request, form, refused.errors, 400)

    start_session(request, account)
    await send_contact_codes(request, account)
    return RedirectResponse(request.app.url_path_for("confirm_contacts"), 303)
