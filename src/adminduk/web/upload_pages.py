"""Uploading the papers an application needs, and showing them to those who may see them."""

import asyncio
import logging
import uuid
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.applications.access import can_view
from adminduk.applications.drafts import DraftRefused
from adminduk.applications.files import store_upload
from adminduk.applications.history import record
from adminduk.applications.models import RequirementFile
from adminduk.i18n import gettext as _
from adminduk.storage import file_store
from adminduk.uploads.errors import UploadRefused
from adminduk.uploads.limits import MAX_FILE_BYTES
from adminduk.uploads.store import StoredFileMissing
from adminduk.web.application_access import application_in, requirement_of, service_of
from adminduk.web.templating import render

log = logging.getLogger(__name__)


def _render(request, application, requirement, error=None, status=200) -> Response:
    piece_url = request.app.url_path_for(
        "upload_pieces", application_id=str(application.id), requirement=requirement.key
    )
    context = {
        "piece_url": str(piece_url),
        "application": application,
        "requirement": requirement,
        "error": error,
        "max_megabytes": MAX_FILE_BYTES // 1_000_000,
    }
    return render(request, "applications/upload.html", context, status_code=status)


async def upload_form(request: Request) -> Response:
    application = await application_in(request, edit=True)
    requirement = requirement_of(service_of(application), request.path_params["requirement"])
    return _render(request, application, requirement)


async def upload(request: Request) -> Response:
    application = await application_in(request, edit=True)
    requirement = requirement_of(service_of(application), request.path_params["requirement"])
    form = await request.form()
    sent = form.get("berkas")
    finished = str(form.get("berkas_upload", ""))
    if finished and await finished_file(application, requirement.key, finished):
        # upload.js already sent the file in pieces and it is attached.
        url = request.app.url_path_for("application", application_id=str(application.id))
        return RedirectResponse(f"{url}?diunggah={requirement.key}", 303)
    if sent is None or isinstance(sent, str) or not sent.filename:
        message = _("Pilih foto atau berkas PDF dulu, lalu tekan Unggah.")
        return _render(request, application, requirement, message, 400)

    try:
        # One byte over the limit is enough to refuse it as too large.
        data = await sent.read(MAX_FILE_BYTES + 1)
        _file, notices = await store_upload(application, requirement, data, request.state.account)
    except UploadRefused as refused:
        return _render(request, application, requirement, refused.text(), 400)
    except DraftRefused as refused:
        return _render(request, application, requirement, _(refused.message), 400)
    url = request.app.url_path_for("application", application_id=str(application.id))
    query = urlencode({"diunggah": requirement.key, "catatan": notices}, doseq=True)
    return RedirectResponse(f"{url}?{query}", 303)


async def finished_file(application, requirement: str, file_id: str) -> RequirementFile | None:
    """The file a finished piecewise upload attached, named by the form the script submits."""
    try:
        file_uuid = uuid.UUID(file_id)
    except ValueError:
        return None
    return await RequirementFile.get_or_none(
        id=file_uuid, application=application, requirement=requirement
    )


async def show_file(request: Request) -> Response:
    """The stored file, to the applicant, the family's adults and staff; staff views recorded."""
    try:
        file_id = uuid.UUID(request.path_params["file_id"])
    except ValueError:
        raise HTTPException(404) from None
    file = await RequirementFile.get_or_none(id=file_id, deleted_at=None).select_related(
        "application"
    )
    account = request.state.account
    if file is None or not await can_view(account, file.application):
        raise HTTPException(404)

    try:
        data = await asyncio.to_thread(file_store().open, file.store_id)
    except StoredFileMissing:
        log.error("Stored file missing for requirement file %s", file.id)
        raise HTTPException(404) from None
    if account.is_staff:
        await record(file.application, "file_viewed", account, file.requirement)
    is_photo = file.content_type == "image/jpeg"
    disposition = "inline" if is_photo else "attachment"
    name = f"{file.requirement}.{'jpg' if is_photo else 'pdf'}"
    headers = {
        "Content-Disposition": f'{disposition}; filename="{name}"',
        "Cache-Control": "private, no-store",
    }
    return Response(data, media_type=file.content_type, headers=headers)
