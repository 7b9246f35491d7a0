"""The public check: /cek/<code> from the QR code, and checking a PDF file someone received.

No account needed; it shows the document type, number, date and the holder's name masked,
never a NIK, an address or the family."""

import asyncio
import logging

from starlette.requests import Request
from starlette.responses import Response

from adminduk.accounts import throttle
from adminduk.documents import verify_pdf
from adminduk.i18n import gettext as _
from adminduk.issuing.public_check import check
from adminduk.issuing.signer import configured_signer, uses_development_authority
from adminduk.web.templating import render

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 5 * 1000 * 1000
CHECK_SECONDS = 10
# A bank or school behind one address checks many files: generous, but not unlimited.
# Verifying is CPU work in a thread that a timeout cannot stop: at most two at once.
_VERIFYING = asyncio.Semaphore(2)
FILE_CHECKS = throttle.Limit("cek-berkas", 200, throttle.CODES_PER_ADDRESS.window)


async def check_form(request: Request) -> Response:
    return render(request, "check/form.html", {"error": None})


async def check_code(request: Request) -> Response:
    result = await check(request.path_params["code"])
    context = {"result": result, "development": uses_development_authority()}
    return render(request, "check/result.html", context, status_code=200 if result.status else 404)


async def check_file(request: Request) -> Response:
    address = request.state.address
    if await throttle.is_exceeded(FILE_CHECKS, address):
        message = _("Terlalu banyak pemeriksaan berkas dari jaringan ini. Coba lagi nanti.")
        return render(request, "check/form.html", {"error": message}, status_code=429)
    await throttle.count(FILE_CHECKS, address)

    sent = (await request.form()).get("berkas")
    data = (
        await sent.read(MAX_PDF_BYTES + 1)
        if sent is not None and not isinstance(sent, str)
        else b""
    )
    if not data or len(data) > MAX_PDF_BYTES:
        message = _("Pilih berkas PDF dokumen, paling besar 5 MB.")
        return render(request, "check/form.html", {"error": message}, status_code=400)

    if data.lstrip()[:5] != b"%PDF-":
        message = _(
            "Berkas ini bukan PDF. Untuk cetakan atau fotonya, pindai kode QR di pojok kanan "
            "bawah dokumen."
        )
        return render(request, "check/form.html", {"error": message}, status_code=400)

    roots = [configured_signer().authority_certificate()]
    try:
        async with _VERIFYING:
            verdict = await asyncio.wait_for(
                asyncio.to_thread(verify_pdf, data, roots), timeout=CHECK_SECONDS
            )
    except TimeoutError:
        log.warning("PDF check took longer than %s s", CHECK_SECONDS)
        message = _("Berkas ini terlalu lama diperiksa. Pindai kode QR-nya saja.")
        return render(request, "check/form.html", {"error": message}, status_code=400)

    result = await check(verdict.verification_code) if verdict.verification_code else None
    context = {"verdict": verdict, "result": result, "development": uses_development_authority()}
    return render(request, "check/file.html", context)
