"""Errors handled in one place: each status gets a page that says what happened and what to do."""

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from adminduk.settings import get_settings
from adminduk.web.middleware import security_headers
from adminduk.web.templating import render

log = logging.getLogger(__name__)

PAGES = {
    400: "errors/400.html",
    403: "errors/403.html",
    404: "errors/404.html",
    405: "errors/404.html",
    413: "errors/400.html",
}


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    template = PAGES.get(exc.status_code)
    if template is None:
        return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)
    context = {"expired_form": exc.detail == "csrf"}
    return render(request, template, context, status_code=exc.status_code, headers=exc.headers)


async def invalid_value(request: Request, exc: Exception) -> Response:
    """A value the database would not take (too long, say) that no form check caught: a
    clear page, not an error; the value itself is not logged."""
    log.warning("Refused a value the database would not store on %s", request.url.path)
    return render(request, "errors/400.html", status_code=400)


async def server_error(request: Request, exc: Exception) -> Response:
    # This handler sits outside the middleware: it adds the security headers itself.
    headers = security_headers(get_settings().behind_https)
    log.error(
        "Unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path,
        exc_info=exc,
    )  # fmt: skip
    try:
        return render(request, "errors/500.html", status_code=500, headers=headers)
    except Exception:
        log.exception("The error page itself failed")
        return PlainTextResponse(
            "Terjadi kesalahan pada layanan.", status_code=500, headers=headers
        )
