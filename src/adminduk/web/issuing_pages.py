"""The registrar's pages: approved applications to sign off, one at a time or as a batch,
and revoking an issued document."""

import uuid

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.applications.models import Application, ApplicationEvent
from adminduk.applications.states import Status
from adminduk.applications.tracking import formatted
from adminduk.catalogue import load_catalogue
from adminduk.i18n import gettext as _
from adminduk.issuing.issue import (
    IssueRefused,
    issue_document,
    reject_approved,
)
from adminduk.issuing.models import IssuedDocument
from adminduk.issuing.revocation import RevocationRefused, revoke
from adminduk.issuing.signer import uses_development_authority
from adminduk.web.application_pages import overview_page
from adminduk.web.templating import render

BATCH_LIMIT = 50


async def _rows(account) -> list[dict]:
    catalogue = load_catalogue()
    applications = (
        await Application.filter(status=Status.APPROVED)
        .order_by("updated_at", "id")
        .limit(BATCH_LIMIT)
    )
    own = set(
        await ApplicationEvent.filter(
            application_id__in=[a.id for a in applications],
            to_status=Status.APPROVED,
            actor_id=account.id,
        ).values_list("application_id", flat=True)
    )
    rows = []
    for application in applications:
        service = catalogue.by_slug(application.service)
        rows.append(
            {
                "application": application,
                "number": formatted(application.tracking_number),
                "service": service.name if service else application.service,
                "own_approval": application.id in own,
            }
        )
    return rows


async def to_issue(request: Request, results: list | None = None, status: int = 200) -> Response:
    context = {
        "rows": await _rows(request.state.account),
        "results": results or [],
        "development": uses_development_authority(),
    }
    return render(request, "issuing/queue.html", context, status_code=status)


async def issue_selected(request: Request) -> Response:
    """Issues each selected application; one that cannot be issued does not stop the rest."""
    form = await request.form()
    results = []
    for value in form.getlist("permohonan")[:BATCH_LIMIT]:
        try:
            application = await Application.get_or_none(id=uuid.UUID(str(value)))
        except ValueError:
            application = None
        if application is None:
            continue
        number = formatted(application.tracking_number)
        try:
            document = await issue_document(application, request.state.account)
        except IssueRefused as refused:
            results.append({"number": number, "ok": False, "message": _(refused.message)})
        else:
            results.append({"number": number, "ok": True, "message": document.number})
    if not results:
        results.append(
            {"number": "", "ok": False, "message": _("Pilih permohonan yang akan diterbitkan.")}
        )
    failed = any(not result["ok"] for result in results)
    return await to_issue(request, results, status=400 if failed else 200)


async def reject_application(request: Request) -> Response:
    try:
        application = await Application.get_or_none(
            id=uuid.UUID(request.path_params["application_id"])
        )
    except ValueError:
        application = None
    if application is None:
        raise HTTPException(404)
    reason = str((await request.form()).get("alasan", ""))
    try:
        await reject_approved(application, request.state.account, reason)
    except IssueRefused as refused:
        results = [{"number": formatted(application.tracking_number), "ok": False,
                    "message": _(refused.message)}]  # fmt: skip
        return await to_issue(request, results, status=400)
    return RedirectResponse(request.app.url_path_for("to_issue"), 303)


async def revoke_document(request: Request) -> Response:
    try:
        document = await IssuedDocument.get_or_none(
            id=uuid.UUID(request.path_params["document_id"])
        )
    except ValueError:
        document = None
    if document is None:
        raise HTTPException(404)
    reason = str((await request.form()).get("alasan", ""))
    application = await Application.get(id=document.application_id)
    try:
        await revoke(document, request.state.account, reason)
    except RevocationRefused as refused:
        return await overview_page(request, application, {"form": _(refused.message)}, 400)
    url = request.app.url_path_for("application", application_id=str(application.id))
    return RedirectResponse(url, 303)
