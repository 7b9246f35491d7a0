"""Downloading an issued document, as often as needed; every download is logged."""

import asyncio
import logging
import uuid

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from adminduk.applications.access import can_download
from adminduk.issuing.models import DocumentDownload, IssuedDocument
from adminduk.registry.choices import DocumentStatus
from adminduk.storage import file_store
from adminduk.uploads.store import StoredFileMissing

log = logging.getLogger(__name__)


async def download(request: Request) -> Response:
    try:
        document_id = uuid.UUID(request.path_params["document_id"])
    except ValueError:
        raise HTTPException(404) from None
    document = await IssuedDocument.get_or_none(id=document_id).select_related("application")
    account = request.state.account
    applicant_id = document.application.applicant_id if document and document.application else None
    if document is None or not await can_download(account, document, applicant_id):
        raise HTTPException(404)
    if document.status is not DocumentStatus.VALID:
        # A withdrawn or replaced document is not printed again; the newer one is.
        raise HTTPException(404)

    try:
        data = await asyncio.to_thread(file_store().open, document.store_id)
    except StoredFileMissing:
        log.error("Signed file missing for issued document %s", document.id)
        raise HTTPException(404) from None
    await DocumentDownload.create(document=document, account=account)
    name = f"{document.kind.value}-{document.issued_on:%Y%m%d}.pdf"
    headers = {
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "private, no-store",
    }
    return Response(data, media_type="application/pdf", headers=headers)
