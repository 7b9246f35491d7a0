"""Signing in and out."""

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts.signin import authenticate
from adminduk.i18n import gettext as _
from adminduk.web.home import safe_local_path
from adminduk.web.templating import render


async def sign_in_form(request: Request) -> Response:
    if request.state.account is not None:
        return RedirectResponse(request.app.url_path_for("home"), 303)
    return render(request, "signin.html", {"username": "", "error": None, "next": _next(request)})


def _next(request: Request, form: dict | None = None) -> str:
    value = (form or {}).get("kembali") or request.query_params.get("kembali")
    return safe_local_path(value if isinstance(value, str) else None, "")


async def sign_in(request: Request) -> Response:
    form = await request.form()
    username = str(form.get("username", ""))
    client = request.client.host if request.client else "unknown"
    account = await authenticate(username, str(form.get("password", "")), client)

    if account is None:
        # Vague on purpose: it does not say whether the name or the password was wrong.
        error = _("Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.")
        context = {"username": username, "error": error, "next": _next(request, dict(form))}
        return render(request, "signin.html", context, status_code=400)

    request.session.clear()
    request.session["account"] = str(account.id)
    fallback = request.app.url_path_for("registry" if account.is_staff else "home")
    return RedirectResponse(safe_local_path(_next(request, dict(form)), str(fallback)), 303)


async def sign_out(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse(request.app.url_path_for("home"), 303)
