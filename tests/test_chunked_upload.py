"""Uploading in pieces: an upload cut in the middle resumes from the confirmed offset, and the
finished file is attached to the requirement at once."""

import pytest

from adminduk.applications.drafts import create_draft
from adminduk.applications.models import RequirementFile
from tests.factories import csrf_from, fixture_file, make_family, make_resident, sign_in_as

PIECE = 64 * 1024


@pytest.fixture
async def draft(client):
    person, account = await make_resident(await make_family(), "Pengunggah Potongan")
    await sign_in_as(client, account.nik)
    application = await create_draft(
        account, "kk-hilang-rusak", f"potong-{account.id}", subject=person
    )
    token = csrf_from((await client.get("/")).text)
    return application, token


def _headers(token: str, offset: int, total: int) -> dict:
    return {
        "X-CSRF-Token": token,
        "Upload-Offset": str(offset),
        "Upload-Length": str(total),
        "Content-Type": "application/offset+octet-stream",
    }


async def test_an_upload_cut_in_the_middle_resumes_from_the_confirmed_offset(client, draft):
    application, token = draft
    photo = fixture_file("photos/jpg_mobile_jolla.jpg")
    start = f"/permohonan/{application.id}/berkas/ktp_el/potongan"

    first = await client.post(start, content=photo[:PIECE], headers=_headers(token, 0, len(photo)))
    assert first.status_code == 201
    url = first.json()["url"]
    second = await client.post(
        url, content=photo[PIECE : 2 * PIECE], headers=_headers(token, PIECE, len(photo))
    )
    assert second.json()["offset"] == 2 * PIECE

    # The link drops; the phone asks where the server stands and goes on from there.
    status = await client.get(url)
    offset = status.json()["offset"]
    assert offset == 2 * PIECE
    repeated = await client.post(
        url, content=photo[PIECE : 2 * PIECE], headers=_headers(token, PIECE, len(photo))
    )
    assert repeated.json()["offset"] == 2 * PIECE
    while offset < len(photo):
        piece = photo[offset : offset + PIECE]
        answer = await client.post(url, content=piece, headers=_headers(token, offset, len(photo)))
        offset = answer.json()["offset"]

    file_id = answer.json()["file"]
    stored = await RequirementFile.get(id=file_id)
    assert stored.application_id == application.id
    assert stored.requirement == "ktp_el"
    assert stored.size < len(photo)
    page = await client.get(f"/permohonan/{application.id}")
    assert "terunggah" in page.text


async def test_a_piece_at_a_gap_is_refused_with_the_offset_to_resume_from(client, draft):
    application, token = draft
    data = fixture_file("pdf/minimal-document.pdf")
    start = f"/permohonan/{application.id}/berkas/ktp_el/potongan"
    first = await client.post(start, content=data[:1000], headers=_headers(token, 0, len(data)))

    gap = await client.post(
        first.json()["url"], content=data[2000:3000], headers=_headers(token, 2000, len(data))
    )

    assert gap.status_code == 409
    assert gap.json()["offset"] == 1000


async def test_a_heic_photo_is_refused_at_the_first_piece(client, draft):
    application, token = draft
    data = fixture_file("photos/heic_samplefilehub.heif")

    response = await client.post(
        f"/permohonan/{application.id}/berkas/ktp_el/potongan",
        content=data,
        headers=_headers(token, 0, len(data)),
    )

    assert response.status_code == 422
    assert "HEIC" in response.json()["message"]
    assert not await RequirementFile.filter(application=application).exists()


async def test_a_piece_without_the_csrf_header_is_refused(client, draft):
    application, token = draft
    headers = _headers(token, 0, 10)
    del headers["X-CSRF-Token"]

    response = await client.post(
        f"/permohonan/{application.id}/berkas/ktp_el/potongan",
        content=b"0123456789",
        headers=headers,
    )

    assert response.status_code == 403
