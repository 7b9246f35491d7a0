"""The officer's pages: the queue, and one application under review."""

import uuid
from datetime import date

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts.models import Account
from adminduk.applications.models import Application, RequirementFile
from adminduk.applications.overview import overview_of
from adminduk.applications.review import (
    ReviewRefused,
    claim_is_live,
    decide,
    release,
    review_file,
    take,
)
from adminduk.applications.states import LABELS, WAITING_FOR_OFFICER, Status
from adminduk.applications.tracking import formatted
from adminduk.applications.working_days import working_days_between
from adminduk.catalogue import FieldType, load_catalogue
from adminduk.clock import local_date, local_today
from adminduk.i18n import gettext as _
from adminduk.registry.models import Region
from adminduk.settings import get_settings
from adminduk.web.application_access import application_in, service_of
from adminduk.web.templating import long_date, render

QUEUE_STATUSES = [Status.SUBMITTED, Status.RESUBMITTED, Status.IN_REVIEW, Status.REVISION_REQUESTED]
DECISIONS = {
    "perbaikan": Status.REVISION_REQUESTED,
    "setujui": Status.APPROVED,
    "tolak": Status.REJECTED,
}
QUEUE_LIMIT = 100


def _filters(request: Request) -> dict[str, str]:
    filters = {key: request.query_params.get(key, "") for key in ("layanan", "status", "kecamatan")}
    # An officer tied to a kecamatan starts from its queue; "Semua" shows the whole office's.
    region = request.state.account.region_id
    if "kecamatan" not in request.query_params and region and region.count(".") == 2:
        filters["kecamatan"] = region
    return filters


async def queue(request: Request) -> Response:
    filters = _filters(request)
    query = Application.filter(status__in=QUEUE_STATUSES)
    if filters["layanan"]:
        query = query.filter(service=filters["layanan"])
    if filters["status"] in {status.value for status in QUEUE_STATUSES}:
        query = query.filter(status=filters["status"])
    if filters["kecamatan"]:
        query = query.filter(kecamatan_code=filters["kecamatan"])
    applications = await query.order_by("submitted_at", "id").limit(QUEUE_LIMIT)

    catalogue = load_catalogue()
    today = local_today()
    holidays = get_settings().holidays
    rows = []
    for application in applications:
        service = catalogue.by_slug(application.service)
        submitted = local_date(application.submitted_at or application.created_at)
        waited = working_days_between(submitted, today, holidays)
        rows.append(
            {
                "application": application,
                "number": formatted(application.tracking_number),
                "service": service.name if service else application.service,
                "status": _(LABELS[application.status]),
                "waited": waited,
                "target": service.target_days if service else 0,
                "late": bool(service) and waited > service.target_days,
                "waiting": application.status in WAITING_FOR_OFFICER
                or (application.status is Status.IN_REVIEW and not claim_is_live(application)),
            }
        )
    context = {
        "rows": rows,
        "filters": filters,
        "services": catalogue.services,
        "statuses": [(status.value, _(LABELS[status])) for status in QUEUE_STATUSES],
        "kecamatan": await Region.filter(
            level="kecamatan", parent_code=get_settings().regency_code
        ).order_by("name"),
    }
    return render(request, "review/queue.html", context, fragment="review/_queue_rows.html")


def _review_url(request: Request, application: Application, query: str = "") -> str:
    path = request.app.url_path_for("review", application_id=str(application.id))
    return f"{path}{query}"


async def review(request: Request, errors: dict | None = None, status: int = 200) -> Response:
    application = await application_in(request)
    if application.status is Status.DRAFT:
        # A draft is the resident's own until it is sent.
        raise HTTPException(404)
    context = await overview_of(application, service_of(application))
    account = request.state.account
    context.update(
        holds=application.status is Status.IN_REVIEW and application.claimed_by_id == account.id,
        can_take=application.status in WAITING_FOR_OFFICER
        or (application.status is Status.IN_REVIEW and not claim_is_live(application)),
        errors=errors or {},
        data_fields=[
            (field.label, shown_value(field, application.data.get(field.key, "")))
            for field in service_of(application).fields
        ],
        applicant=await Account.get(id=application.applicant_id),
    )
    return render(request, "review/application.html", context, status_code=status)


def shown_value(field, value: object) -> str:
    """A value as a person reads it: the choice's label, a date in words."""
    if not isinstance(value, str) or not value:
        return str(value or "")
    if field.type is FieldType.CHOICE:
        return next((choice.label for choice in field.choices if choice.value == value), value)
    if field.type is FieldType.DATE:
        try:
            return long_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value


async def take_application(request: Request) -> Response:
    application = await application_in(request)
    try:
        await take(application, request.state.account)
    except ReviewRefused as refused:
        return await review(request, {"form": _(refused.message)}, 409)
    return RedirectResponse(_review_url(request, application), 303)


async def judge_file(request: Request) -> Response:
    application = await application_in(request)
    try:
        file_id = uuid.UUID(request.path_params["file_id"])
    except ValueError:
        raise HTTPException(404) from None
    file = await RequirementFile.get_or_none(id=file_id, application=application)
    if file is None:
        raise HTTPException(404)

    form = await request.form()
    accepted = form.get("putusan") == "terima"
    try:
        await review_file(
            application, request.state.account, file, accepted, str(form.get("alasan", ""))
        )
    except ReviewRefused as refused:
        return await review(request, {f"file-{file.id}": _(refused.message)}, 400)
    return RedirectResponse(_review_url(request, application), 303)


async def decide_application(request: Request) -> Response:
    application = await application_in(request)
    form = await request.form()
    target = DECISIONS.get(str(form.get("putusan", "")))
    if target is None:
        return await review(request, {"decision": _("Pilih salah satu putusan.")}, 400)
    try:
        await decide(application, request.state.account, target, str(form.get("alasan", "")))
    except ReviewRefused as refused:
        return await review(request, {"decision": _(refused.message)}, 400)
    return RedirectResponse(request.app.url_path_for("queue"), 303)


async def release_application(request: Request) -> Response:
    application = await application_in(request)
    try:
        await release(application, request.state.account)
    except ReviewRefused as refused:
        return await review(request, {"form": _(refused.message)}, 400)
    return RedirectResponse(_review_url(request, application), 303)
