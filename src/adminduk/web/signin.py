"""Signing in (by NIK, email, phone or staff user name) and out."""

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from tortoise.timezone import now

from adminduk.accounts.models import Account
from adminduk.accounts.signin import authenticate
from adminduk.i18n import gettext as _
from adminduk.web.access import start_session
from adminduk.web.redirects import safe_local_path
from adminduk.web.templating import render


def landing_page(request: Request, account: Account) -> str:
    if account.is_staff:
        name = "registry" if account.role.value in ("petugas", "pejabat", "admin") else "home"
    elif not account.contacts_confirmed:
        name = "confirm_contacts"
    else:
        name = "account"
    return str(request.app.url_path_for(name))


def _next(request: Request, form: dict | None = None) -> str:
    value = (form or {}).get("kembali") or request.query_params.get("kembali")
    return safe_local_path(value if isinstance(value, str) else None, "")


async def sign_in_form(request: Request) -> Response:
    if request.state.account is not None:
        return RedirectResponse(landing_page(request, request.state.account), 303)
    context = {"identifier": "", "error": None, "next": _next(request)}
    if request.query_params.get("sandi") == "baru":
        context["notice"] = _("Kata sandi baru tersimpan. Silakan masuk.")
    return render(request, "signin.html", context)


async def sign_in(request: Request) -> Response:
    form = dict(await request.form())
    identifier = str(form.get("identifier", ""))
    result = await authenticate(identifier, str(form.get("password", "")), request.state.address)

    if result.account is None:
        if result.throttled:
            error = _(
                "Terlalu banyak percobaan masuk yang gagal. Tunggu 15 menit, lalu coba lagi, "
                "atau buat kata sandi baru lewat \u201cLupa kata sandi\u201d."
            )
        else:
            # Vague on purpose: it does not say whether the account or the password was wrong.
            error = _("NIK, email, nomor ponsel atau kata sandi salah. Periksa lalu coba lagi.")
        context = {"identifier": identifier, "error": error, "next": _next(request, form)}
        return render(request, "signin.html", context, status_code=429 if result.throttled else 400)

    start_session(request, result.account)
    target = safe_local_path(_next(request, form), landing_page(request, result.account))
    return RedirectResponse(target, 303)


async def sign_out(request: Request) -> Response:
    account = request.state.account
    if account is not None:
        account.sessions_ended_at = now()
        await account.save(update_fields=["sessions_ended_at"])
    request.session.clear()
    return RedirectResponse(request.app.url_path_for("home"), 303)
