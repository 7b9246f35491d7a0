"""The whole flow in headless Chromium, once with scripts on and once with scripts off: the
resident applies with photos, the officer asks for a revision, the resident fixes it, the
officer approves."""

import pytest

from adminduk.accounts.models import Role
from tests.factories import (
    PASSWORD,
    SHARED_FIXTURES,
    make_account,
    make_family,
    make_resident,
)

PHOTO = SHARED_FIXTURES / "photos" / "jpg_orientation_portrait_6.jpg"
SECOND_PHOTO = SHARED_FIXTURES / "photos" / "jpg_gps_DSCN0010.jpg"
LETTER = SHARED_FIXTURES / "pdf" / "minimal-document.pdf"


async def _signed_in_page(browser, live_server, identifier: str, scripts: bool):
    context = await browser.new_context(java_script_enabled=scripts, base_url=live_server)
    page = await context.new_page()
    await page.goto("/masuk")
    await page.fill("#identifier", identifier)
    await page.fill("#password", PASSWORD)
    await page.click("form.stack button")
    return context, page


async def _upload(page, requirement: str, path, scripts: bool) -> None:
    """With scripts, upload.js sends the photo in pieces and submits the form itself."""
    await page.click(f'a[href$="/berkas/{requirement}"]')
    await page.set_input_files("#berkas", str(path))
    if not scripts:
        await page.click("form.stack button")
    await page.wait_for_url("**/permohonan/*?diunggah=*")


@pytest.mark.parametrize("scripts", [True, False], ids=["scripts-on", "scripts-off"])
async def test_resident_and_officer_walk_the_whole_flow(browser, live_server, scripts):
    _, resident = await make_resident(await make_family(), "Warga Peramban Uji")
    officer = await make_account(Role.OFFICER)
    resident_context, page = await _signed_in_page(browser, live_server, resident.nik, scripts)
    pieces = []
    page.on(
        "request",
        lambda request: pieces.append(request.url) if "/potongan" in request.url else None,
    )

    await page.goto("/permohonan/baru?layanan=kk-hilang-rusak")
    await page.click("text=Mulai permohonan")
    overview = page.url
    await page.click("text=KK yang diganti")
    await page.select_option("#keadaan", "hilang")
    await page.click("text=Simpan dan lanjut")
    await page.check("input[value=dokumen_hilang]")
    await page.click("text=Simpan dan lanjut")
    await _upload(page, "ktp_el", PHOTO, scripts)
    await _upload(page, "surat_kehilangan", LETTER, scripts)
    assert bool(pieces) is scripts
    await page.click("text=Kirim permohonan")
    assert "Diajukan" in await page.inner_text("main")

    officer_context, desk = await _signed_in_page(browser, live_server, officer.username, scripts)
    review = overview.replace("/permohonan/", "/petugas/permohonan/")
    await desk.goto(review)
    await desk.click("text=Ambil untuk diperiksa")
    first_paper = desk.locator("section.paper").first
    await first_paper.locator("input[name=alasan]").fill("Foto terlalu gelap")
    await first_paper.locator("button[value=tolak]").click()
    await desk.fill("#alasan", "Foto ulang KTP-el di tempat terang")
    await desk.click("button[value=perbaikan]")

    await page.goto(overview)
    assert "Foto ulang KTP-el di tempat terang" in await page.inner_text("main")
    await _upload(page, "ktp_el", SECOND_PHOTO, scripts)
    await page.click("text=Kirim perbaikan")
    assert "Diajukan ulang" in await page.inner_text("main")

    await desk.goto(review)
    await desk.click("text=Ambil untuk diperiksa")
    for index in range(await desk.locator("section.paper").count()):
        # Each verdict reloads the page: find the paper again every time.
        await desk.locator("section.paper").nth(index).locator("button[value=terima]").click()
    await desk.click("button[value=setujui]")

    await page.goto(overview)
    assert "Disetujui" in await page.inner_text("main")
    await resident_context.close()
    await officer_context.close()
