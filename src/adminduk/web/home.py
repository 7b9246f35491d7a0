"""The public home page and the language switch."""

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk import i18n
from adminduk.web.redirects import safe_local_path
from adminduk.web.templating import render

ONE_YEAR = 365 * 24 * 3600


async def home(request: Request) -> Response:
    return render(request, "home.html")


async def switch_language(request: Request) -> Response:
    locale = request.path_params["locale"]
    if locale not in i18n.LOCALES:
        locale = i18n.DEFAULT_LOCALE
    response = RedirectResponse(safe_local_path(request.query_params.get("kembali")), 303)
    response.set_cookie(i18n.LOCALE_COOKIE, locale, max_age=ONE_YEAR, samesite="lax")
    return response
