"""Resumable uploads in pieces, for static/upload.js: a dropped link resumes from the last
piece the server confirmed, and the finished file is attached to the requirement at once,
so closing the browser afterwards loses nothing."""

import asyncio
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from adminduk.accounts import throttle
from adminduk.applications.drafts import DraftRefused
from adminduk.applications.files import store_upload
from adminduk.i18n import gettext as _
from adminduk.storage import chunked_uploads
from adminduk.uploads import OffsetConflict, UploadRefused, refuse_early
from adminduk.uploads.limits import MAX_CHUNK_BYTES
from adminduk.web.application_access import application_in, requirement_of, service_of

log = logging.getLogger(__name__)

UPLOADS_PER_ACCOUNT = throttle.Limit("unggah-akun", 120, throttle.CODES_PER_ACCOUNT.window)


def _refused(refusal: UploadRefused) -> JSONResponse:
    status = {"upload_offset": 409, "upload_unknown": 404, "too_large": 413}.get(refusal.code, 422)
    body = {"error": refusal.code, "message": refusal.text()}
    if isinstance(refusal, OffsetConflict):
        body["offset"] = refusal.offset
    return JSONResponse(body, status_code=status)


async def _body(request: Request) -> bytes:
    """The piece, read with a cap: a client cannot make the server hold more than a piece."""
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > MAX_CHUNK_BYTES:
            raise UploadRefused("too_large")
    return bytes(body)


def _owner(request: Request, application, requirement) -> str:
    return f"{application.id}:{requirement.key}:{request.state.account.id}"


def _offset(request: Request, name: str) -> int:
    try:
        return int(request.headers[name])
    except (KeyError, ValueError):
        raise UploadRefused("upload_unknown") from None


async def _after_piece(request, application, requirement, upload_id: str, offset: int) -> dict:
    uploads = chunked_uploads()
    status = await asyncio.to_thread(uploads.status, upload_id)
    answer: dict = {"offset": offset}
    if status.complete and status.result is None:
        data = await asyncio.to_thread(uploads.finish, upload_id)
        try:
            file, _notices = await store_upload(
                application, requirement, data, request.state.account
            )
        except UploadRefused:
            await asyncio.to_thread(uploads.discard, upload_id)
            raise
        await asyncio.to_thread(uploads.complete, upload_id, str(file.id))
        status = await asyncio.to_thread(uploads.status, upload_id)
    if status.result:
        answer["file"] = status.result
    return answer


async def start_piece(request: Request) -> Response:
    application = await application_in(request, edit=True)
    requirement = requirement_of(service_of(application), request.path_params["requirement"])
    account_key = str(request.state.account.id)
    try:
        if await throttle.is_exceeded(UPLOADS_PER_ACCOUNT, account_key):
            raise UploadRefused("too_many_uploads")
        body = await _body(request)
        refuse_early(body)
        upload_id = await asyncio.to_thread(
            chunked_uploads().start,
            _offset(request, "upload-length"),
            None,
            _owner(request, application, requirement),
        )
    except UploadRefused as refusal:
        return _refused(refusal)
    await throttle.count(UPLOADS_PER_ACCOUNT, account_key)
    try:
        offset = await asyncio.to_thread(chunked_uploads().append, upload_id, 0, body)
        answer = await _after_piece(request, application, requirement, upload_id, offset)
    except (UploadRefused, DraftRefused) as refusal:
        # Nothing of a refused start stays on disk.
        await asyncio.to_thread(chunked_uploads().discard, upload_id)
        if isinstance(refusal, DraftRefused):
            return JSONResponse({"message": _(refusal.message)}, status_code=409)
        return _refused(refusal)
    url = request.app.url_path_for(
        "upload_piece", application_id=str(application.id), requirement=requirement.key,
        upload_id=upload_id,
    )  # fmt: skip
    return JSONResponse({**answer, "url": str(url)}, status_code=201)


async def next_piece(request: Request) -> Response:
    application = await application_in(request, edit=True)
    requirement = requirement_of(service_of(application), request.path_params["requirement"])
    upload_id = request.path_params["upload_id"]
    try:
        chunked_uploads().check_owner(upload_id, _owner(request, application, requirement))
        body = await _body(request)
        offset = _offset(request, "upload-offset")
        offset = await asyncio.to_thread(chunked_uploads().append, upload_id, offset, body)
        answer = await _after_piece(request, application, requirement, upload_id, offset)
    except UploadRefused as refusal:
        return _refused(refusal)
    except DraftRefused as refused:
        return JSONResponse({"message": _(refused.message)}, status_code=409)
    return JSONResponse(answer)


async def piece_status(request: Request) -> Response:
    application = await application_in(request, edit=True)
    requirement = requirement_of(service_of(application), request.path_params["requirement"])
    try:
        upload_id = request.path_params["upload_id"]
        chunked_uploads().check_owner(upload_id, _owner(request, application, requirement))
        status = await asyncio.to_thread(chunked_uploads().status, upload_id)
    except UploadRefused as refusal:
        return _refused(refusal)
    answer = {"offset": status.offset}
    if status.result:
        answer["file"] = status.result
    return JSONResponse(answer)
