"""A resident's applications: start one, see where it stands, send it, cancel it."""

import secrets

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts.models import IdentityStatus
from adminduk.applications.completeness import missing_fields, missing_files
from adminduk.applications.drafts import DraftRefused, create_draft, current_files, submit
from adminduk.applications.models import Application
from adminduk.applications.overview import overview_of
from adminduk.applications.review import ReviewRefused, cancel
from adminduk.applications.states import LABELS, IllegalTransition
from adminduk.applications.tracking import formatted
from adminduk.catalogue import load_catalogue
from adminduk.i18n import gettext as _
from adminduk.registry.models import Person
from adminduk.uploads.errors import NOTICES
from adminduk.web.application_access import application_in, service_of
from adminduk.web.templating import render


def _overview_url(request: Request, application: Application) -> str:
    return str(request.app.url_path_for("application", application_id=str(application.id)))


async def my_applications(request: Request) -> Response:
    applications = await Application.filter(applicant=request.state.account).order_by("-created_at")
    catalogue = load_catalogue()
    rows = [
        {
            "application": application,
            "number": formatted(application.tracking_number),
            "service": catalogue.by_slug(application.service),
            "status": _(LABELS[application.status]),
        }
        for application in applications
    ]
    return render(request, "applications/list.html", {"rows": rows})


def _startable(request: Request):
    service = load_catalogue().by_slug(request.query_params.get("layanan", ""))
    if service is None:
        raise HTTPException(404)
    return service


async def new_application_form(request: Request) -> Response:
    account = request.state.account
    service = _startable(request)
    if not account.contacts_confirmed:
        return RedirectResponse(request.app.url_path_for("confirm_contacts"), 303)
    context = {
        "service": service,
        "form_token": secrets.token_urlsafe(24),
        "refused": account.identity is IdentityStatus.UNCONFIRMED
        and not service.open_to_unconfirmed,
    }
    return render(request, "applications/new.html", context)


async def start_application(request: Request) -> Response:
    account = request.state.account
    form = await request.form()
    service = load_catalogue().by_slug(str(form.get("layanan", "")))
    if service is None:
        raise HTTPException(404)
    if not account.contacts_confirmed:
        return RedirectResponse(request.app.url_path_for("confirm_contacts"), 303)
    if account.identity is IdentityStatus.UNCONFIRMED and not service.open_to_unconfirmed:
        raise HTTPException(403)

    subject = await Person.get_or_none(id=account.person_id) if account.person_id else None
    try:
        application = await create_draft(
            account, service.slug, str(form.get("form_token", ""))[:64] or secrets.token_hex(8),
            subject=subject,
        )  # fmt: skip
    except DraftRefused:
        raise HTTPException(403, "csrf") from None
    return RedirectResponse(_overview_url(request, application), 303)


def _notice(request: Request) -> str | None:
    """What the last step did, said once on the page it led to."""
    query = request.query_params
    if query.get("terkirim"):
        return _(
            "Permohonan terkirim. Petugas akan memeriksanya; Anda diberi tahu lewat SMS/email."
        )
    if query.get("diunggah"):
        notes = [_(NOTICES[code]) for code in query.getlist("catatan") if code in NOTICES]
        return " ".join([_("Berkas terunggah."), *notes])
    return None


async def overview_page(
    request: Request, application: Application, errors: dict | None = None, status: int = 200
) -> Response:
    context = await overview_of(application, service_of(application))
    context["errors"] = errors or {}
    context["notice"] = None if errors else _notice(request)
    return render(request, "applications/overview.html", context, status_code=status)


async def application(request: Request) -> Response:
    return await overview_page(request, await application_in(request))


async def send(request: Request) -> Response:
    found = await application_in(request, edit=True)
    service = service_of(found)
    files = await current_files(found)
    try:
        await submit(
            found, request.state.account, missing_fields(service, found.data),
            missing_files(service, found.data, set(files)),
        )  # fmt: skip
    except DraftRefused as refused:
        return await overview_page(request, found, {"form": _(refused.message)}, 400)
    return RedirectResponse(_overview_url(request, found) + "?terkirim=1", 303)


async def confirm_withdraw(request: Request) -> Response:
    found = await application_in(request, edit=True)
    context = {"application": found, "number": formatted(found.tracking_number)}
    return render(request, "applications/cancel.html", context)


async def withdraw(request: Request) -> Response:
    found = await application_in(request, edit=True)
    try:
        await cancel(found, request.state.account)
    except (ReviewRefused, IllegalTransition) as refused:
        message = (
            _(refused.message)
            if isinstance(refused, ReviewRefused)
            else _("Permohonan yang sudah disetujui atau selesai tidak dapat dibatalkan.")
        )
        return await overview_page(request, found, {"form": message}, 400)
    return RedirectResponse(_overview_url(request, found), 303)
