"""The admin's page for staff accounts."""

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts.models import ROLE_LABELS, STAFF_ROLES, Account, Role
from adminduk.accounts.staff import StaffAccountError, create_staff_account
from adminduk.i18n import gettext as _
from adminduk.web.templating import render

FIELDS = ("username", "display_name", "role", "region", "nik")


async def _page(request: Request, form: dict, errors: dict, status: int = 200) -> Response:
    staff = await Account.filter(role__in=list(STAFF_ROLES)).order_by("role", "username")
    roles = [(role.value, _(ROLE_LABELS[role])) for role in Role if role in STAFF_ROLES]
    context = {
        "staff": staff,
        "roles": roles,
        "form": form,
        "errors": errors,
        "created": request.query_params.get("dibuat"),
    }
    return render(request, "accounts/staff.html", context, status_code=status)


async def staff_list(request: Request) -> Response:
    return await _page(request, dict.fromkeys(FIELDS, ""), {})


async def create_staff(request: Request) -> Response:
    data = await request.form()
    form = {name: str(data.get(name, "")).strip() for name in FIELDS}
    try:
        role = Role(form["role"])
    except ValueError:
        return await _page(request, form, {"role": _("Pilih peran petugas.")}, 400)

    try:
        account = await create_staff_account(
            form["username"], form["display_name"], role, str(data.get("password", "")),
            form["region"], form["nik"],
        )  # fmt: skip
    except StaffAccountError as error:
        return await _page(request, form, {error.field: _(error.message)}, 400)
    return RedirectResponse(
        f"{request.app.url_path_for('staff_list')}?dibuat={account.username}", 303
    )
