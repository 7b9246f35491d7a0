"""Who may use which route: every route is declared with its audience in routes.py.

`page()` wraps a handler so that it loads the signed-in account, refuses the wrong role,
and checks the CSRF token of every state-changing request.
"""

import hmac
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Collection
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from adminduk.accounts.models import STAFF_ROLES, Account, Role
from adminduk.settings import get_settings
from adminduk.web.client_address import client_address

log = logging.getLogger(__name__)

Handler = Callable[[Request], Awaitable[Response]]

ANYONE: frozenset[Role] = frozenset()
SIGNED_IN = frozenset(Role)
STAFF = STAFF_ROLES
RESIDENT = frozenset({Role.RESIDENT})
ADMIN = frozenset({Role.ADMIN})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
# A shared kiosk PC at the village office: the next person must not find the last one's session.
KIOSK_IDLE_SECONDS = 10 * 60


class GuardedRoute(Route):
    """A route that knows who may use it (read by the test that walks every route)."""

    allow: frozenset[Role]


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def _csrf_passes(request: Request) -> bool:
    expected = request.session.get("csrf", "")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get(CSRF_FIELD)
    return bool(expected) and isinstance(sent, str) and hmac.compare_digest(sent, expected)


def start_session(request: Request, account: Account) -> None:
    """A fresh session for the account: a new CSRF token, and the moment it began."""
    request.session.clear()
    moment = int(time.time())
    request.session.update(account=str(account.id), since=moment, seen=moment)


def _session_is_current(request: Request, account: Account) -> bool:
    moment = int(time.time())
    idle_limit = KIOSK_IDLE_SECONDS if account.role is Role.KIOSK_OPERATOR else None
    if idle_limit and moment - request.session.get("seen", 0) > idle_limit:
        return False
    since = request.session.get("since", 0)
    ended = [
        moment for moment in (account.password_changed_at, account.sessions_ended_at) if moment
    ]
    # Whole seconds on both sides: a session begun in the same second as the end still ends.
    return not any(int(moment.timestamp()) >= since for moment in ended)


async def load_account(request: Request) -> Account | None:
    account_id = request.session.get("account")
    if not account_id:
        return None

    account = await Account.get_or_none(id=account_id, is_active=True)
    if account is None or not _session_is_current(request, account):
        request.session.clear()
        return None
    request.session["seen"] = int(time.time())
    return account


def sign_in_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    query = urlencode({"kembali": target})
    return RedirectResponse(f"{request.app.url_path_for('sign_in')}?{query}", status_code=303)


def _guard(handler: Handler, allow: frozenset[Role]) -> Handler:
    async def guarded(request: Request) -> Response:
        try:
            return await _checked(request, handler, allow)
        finally:
            # Closes the uploaded files' temporary spools, if a form was read.
            await request.close()

    return guarded


async def _checked(request: Request, handler: Handler, allow: frozenset[Role]) -> Response:
    request.state.account = account = await load_account(request)
    request.state.csrf_token = csrf_token(request)
    request.state.address = client_address(request, get_settings().trusted_proxies)

    if request.method not in SAFE_METHODS and not await _csrf_passes(request):
        address = request.state.address
        log.warning("CSRF check failed on %s from %s", request.url.path, address)
        raise HTTPException(403, "csrf")
    if allow:
        if account is None:
            return sign_in_redirect(request)
        if account.role not in allow:
            log.warning("Account %s refused on %s", account.id, request.url.path)
            raise HTTPException(403)
    return await handler(request)


def page(
    path: str,
    handler: Handler,
    *,
    name: str,
    allow: Collection[Role],
    methods: Collection[str] = ("GET",),
) -> GuardedRoute:
    route = GuardedRoute(path, _guard(handler, frozenset(allow)), name=name, methods=list(methods))
    route.allow = frozenset(allow)
    return route
