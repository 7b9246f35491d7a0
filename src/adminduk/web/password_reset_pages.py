"""Choosing a new password with a code sent to the confirmed email or phone."""

import logging
import re
import uuid

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts.codes import WRONG_CODE, CodeRefused
from adminduk.accounts.confirmation import reset_password
from adminduk.accounts.delivery import TooManyCodes, send_reset_code
from adminduk.accounts.models import Account
from adminduk.i18n import gettext as _
from adminduk.web.templating import render

log = logging.getLogger(__name__)


async def reset_form(request: Request) -> Response:
    return render(request, "accounts/reset-request.html", {"nik": "", "errors": {}})


async def request_reset(request: Request) -> Response:
    nik = re.sub(r"\s", "", str((await request.form()).get("nik", "")))
    if not re.fullmatch(r"\d{16}", nik):
        errors = {"nik": _("NIK harus 16 angka, seperti pada KTP-el atau Kartu Keluarga.")}
        return render(
            request, "accounts/reset-request.html", {"nik": nik, "errors": errors}, status_code=400
        )

    account = await Account.get_or_none(nik=nik, is_active=True)
    # The next page looks the same whether or not the NIK has an account.
    request.session["reset"] = str(account.id) if account else str(uuid.uuid4())
    if account is not None:
        try:
            await send_reset_code(account, request.state.address)
        except TooManyCodes:
            log.warning("Reset code limit reached for account %s", account.id)
    return RedirectResponse(request.app.url_path_for("password_reset_code"), 303)


async def code_form(request: Request) -> Response:
    if "reset" not in request.session:
        return RedirectResponse(request.app.url_path_for("password_reset"), 303)
    return render(request, "accounts/reset-code.html", {"errors": {}})


async def choose_password(request: Request) -> Response:
    data = await request.form()
    account_id = request.session.get("reset")
    account = await Account.get_or_none(id=account_id, is_active=True) if account_id else None
    try:
        if account is None:
            raise CodeRefused("wrong", WRONG_CODE)
        await reset_password(account, str(data.get("code", "")), str(data.get("password", "")))
    except CodeRefused as refused:
        field = "password" if refused.reason == "password" else "code"
        context = {"errors": {field: _(refused.message)}}
        return render(request, "accounts/reset-code.html", context, status_code=400)

    request.session.clear()
    return RedirectResponse(request.app.url_path_for("sign_in") + "?sandi=baru", 303)
