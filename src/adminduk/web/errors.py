"""Errors handled in one place: each status gets a page that says what happened and what to do."""

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from adminduk.web.templating import render

log = logging.getLogger(__name__)

PAGES = {403: "errors/403.html", 404: "errors/404.html", 405: "errors/404.html"}


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    template = PAGES.get(exc.status_code)
    if template is None:
        return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)
    context = {"expired_form": exc.detail == "csrf"}
    return render(request, template, context, status_code=exc.status_code, headers=exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("Unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    try:
        return render(request, "errors/500.html", status_code=500)
    except Exception:
        log.exception("The error page itself failed")
        return PlainTextResponse("Terjadi kesalahan pada layanan.", status_code=500)
