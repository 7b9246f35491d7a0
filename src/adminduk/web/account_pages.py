"""A resident's own account: who it belongs to, its contacts, and changing them."""

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts.contacts import InvalidContact, normalize_email, normalize_phone
from adminduk.accounts.delivery import TooManyCodes, send_email_code, send_phone_code
from adminduk.accounts.registration import EMAIL_TAKEN, PHONE_TAKEN, shared_outside_family
from adminduk.i18n import gettext as _
from adminduk.web.confirmation_pages import confirmation_link_base
from adminduk.web.templating import render


async def _page(request: Request, errors: dict | None = None, form=None, status: int = 200):
    context = {
        "done": request.query_params.get("selesai") == "1",
        "errors": errors or {},
        "form": form or {"email": "", "phone": ""},
    }
    return render(request, "accounts/account.html", context, status_code=status)


async def account(request: Request) -> Response:
    return await _page(request)


async def change_contact(request: Request) -> Response:
    """A new email or phone takes effect only once the code sent to it is confirmed."""
    data = await request.form()
    form = {
        "email": str(data.get("email", "")).strip(),
        "phone": str(data.get("phone", "")).strip(),
    }
    account = request.state.account
    errors: dict[str, str] = {}
    changes: dict[str, str] = {}
    for name, normalize, taken in (
        ("email", normalize_email, EMAIL_TAKEN),
        ("phone", normalize_phone, PHONE_TAKEN),
    ):
        if not form[name]:
            continue
        try:
            value = normalize(form[name])
        except InvalidContact as error:
            errors[name] = _(error.message)
            continue
        if await shared_outside_family(name, value, account.kk_number, account.id):
            errors[name] = _(taken)
        else:
            changes[name] = value
    if not changes and not errors:
        errors["email"] = _("Isi email baru, nomor ponsel baru, atau keduanya.")
    if errors:
        return await _page(request, errors, form, status=400)

    try:
        if "email" in changes:
            base = confirmation_link_base(request)
            await send_email_code(account, changes["email"], request.state.address, base)
        if "phone" in changes:
            await send_phone_code(account, changes["phone"], request.state.address)
    except TooManyCodes:
        message = _("Terlalu banyak kode diminta. Tunggu satu jam, lalu coba lagi.")
        return await _page(request, {"form": message}, form, status=429)
    return RedirectResponse(request.app.url_path_for("confirm_contacts") + "?terkirim=1", 303)
