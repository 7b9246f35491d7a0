"""static/upload.js in Debian's Chromium: shrinking on the phone, pieces, resuming, refusals."""

import asyncio
import re
import time
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from adminduk.uploads.limits import CHUNK_BYTES
from tests.uploads.samples import jpeg_segments, photo
from tests.uploads.upload_routes import CSRF_TOKEN, ORIGIN, UploadRoutes

CHROMIUM = Path("/usr/lib/chromium/chromium")
DONE = r"Terunggah|ditolak|HEIC|dikirim bersama"


@pytest.fixture(autouse=True)
def chromium_is_installed():
    assert CHROMIUM.exists(), "Debian's chromium is missing: `make test` installs it"


async def open_form(routes: UploadRoutes):
    from playwright.async_api import async_playwright

    playwright = await async_playwright().start()
    browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
    page = await browser.new_page()
    # Every request is answered here: nothing leaves the browser.
    await page.route("**/*", routes.handle)
    await page.goto(f"{ORIGIN}/formulir")

    async def close() -> None:
        await browser.close()
        await playwright.stop()

    return page, close


async def upload(page, path: Path) -> str:
    """Choose `path` in the form; the status line once the upload is done or refused."""
    await page.set_input_files("#kk", str(path))
    # Polled from here: the page's strict CSP forbids Playwright's evaluated predicates.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        # The script sets the hidden field and the status line together: read them in order.
        uploaded = await page.get_attribute("[name=kk_upload]", "value")
        status = await page.text_content("[role=status]") or ""
        if uploaded or re.search(DONE, status):
            return status
        await asyncio.sleep(0.1)
    raise AssertionError(f"The upload did not end: {status!r}")


async def test_photo_is_shrunk_in_the_browser_and_resumed_after_a_lost_answer(tmp_path):
    routes = UploadRoutes(tmp_path, max_side=3000, lose_answers={2})
    page, close = await open_form(routes)
    try:
        status = await upload(page, photo("jpg_mobile_jolla.jpg"))
        file_id = await page.get_attribute("[name=kk_upload]", "value")
        file_input_name = await page.get_attribute("#kk", "name")
        progress = await page.eval_on_selector("progress", "bar => [bar.value, bar.max]")
    finally:
        await close()

    (sent,) = routes.received
    pieces = -(-len(sent) // CHUNK_BYTES)
    assert pieces >= 3
    # The second piece arrived but its answer was lost: the browser asks, and is not resent.
    methods = [method for method, _, _ in routes.requests]
    assert methods == ["POST", "POST", "GET"] + ["POST"] * (pieces - 2)
    assert all(headers.get("x-csrf-token") == CSRF_TOKEN for _, _, headers in routes.requests)
    assert Image.open(BytesIO(sent)).size == (3000, 2250)
    assert 0xE1 not in jpeg_segments(sent)
    assert Image.open(BytesIO(routes.store.open(file_id))).size == (2000, 1500)
    assert status == "Terunggah."
    assert file_input_name is None  # the file itself is not sent again with the form
    assert progress == [len(sent), len(sent)]


async def test_sideways_photo_leaves_the_phone_upright(tmp_path):
    routes = UploadRoutes(tmp_path)
    page, close = await open_form(routes)
    try:
        await upload(page, photo("jpg_orientation_portrait_6.jpg"))
    finally:
        await close()

    (sent,) = routes.received
    assert Image.open(BytesIO(sent)).size == (450, 600)
    assert 0xE1 not in jpeg_segments(sent)


async def test_heif_photo_is_refused_at_its_first_piece_with_the_message(tmp_path):
    routes = UploadRoutes(tmp_path)
    page, close = await open_form(routes)
    try:
        status = await upload(page, photo("heic_samplefilehub.heif"))
        chosen = await page.eval_on_selector("#kk", "input => [input.name, input.files.length]")
        uploaded = await page.get_attribute("[name=kk_upload]", "value")
    finally:
        await close()

    assert "HEIC/HEIF" in status and "Paling Kompatibel" in status
    assert len(routes.requests) == 1 and routes.received == []
    assert chosen == ["kk", 0] and uploaded == ""
