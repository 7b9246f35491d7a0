"""The whole flow over HTTP: a resident applies with uploads, the officer asks for a revision,
the resident fixes it, the officer approves; every step in the resident's timeline."""

import re

import httpx
import pytest

from adminduk.accounts.models import Role
from adminduk.applications.models import Application, RequirementFile
from adminduk.applications.states import Status
from adminduk.notifications.models import Notification
from tests.factories import (
    csrf_from,
    fixture_file,
    make_account,
    make_family,
    make_resident,
    sign_in,
    sign_in_as,
)

SERVICE = "kk-hilang-rusak"


@pytest.fixture
async def resident(app):
    family = await make_family()
    person, account = await make_resident(family, "Ujang Pemohon Alur")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        await sign_in_as(client, account.nik)
        yield client, account


@pytest.fixture
async def officer(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        await sign_in(client, await make_account(Role.OFFICER))
        yield client


async def _post(client, path: str, data: dict | None = None, files: dict | None = None):
    page = await client.get("/")
    return await client.post(
        path, data={"csrf_token": csrf_from(page.text), **(data or {})}, files=files
    )


async def start(client) -> str:
    form = await client.get("/permohonan/baru", params={"layanan": SERVICE})
    token = re.search(r'name="form_token" value="([^"]+)"', form.text).group(1)
    data = {"csrf_token": csrf_from(form.text), "form_token": token, "layanan": SERVICE}
    first = await client.post("/permohonan/baru", data=data)
    again = await client.post("/permohonan/baru", data=data)
    assert first.headers["location"] == again.headers["location"]
    return first.headers["location"]


async def upload(client, url: str, requirement: str, name: str, content: bytes):
    return await _post(client, f"{url}/berkas/{requirement}", files={"berkas": (name, content)})


async def test_resident_applies_officer_asks_for_revision_then_approves(resident, officer):
    client, account = resident

    url = await start(client)
    assert (
        await _post(client, f"{url}/langkah/keluarga", {"keadaan": "hilang"})
    ).status_code == 303
    await _post(client, f"{url}/langkah/kondisi", {"kondisi": "dokumen_hilang"})
    photo = await upload(
        client, url, "ktp_el", "ktp.jpg", fixture_file("photos/jpg_gps_DSCN0010.jpg")
    )
    letter = await upload(
        client, url, "surat_kehilangan", "surat.pdf", fixture_file("pdf/minimal-document.pdf")
    )
    assert photo.status_code == letter.status_code == 303
    sent = await _post(client, f"{url}/kirim")
    assert sent.status_code == 303

    application = await Application.get(applicant=account)
    assert application.status is Status.SUBMITTED
    queue = await officer.get("/petugas/antrean")
    assert application.tracking_number[:5] in queue.text

    review = f"/petugas/permohonan/{application.id}"
    assert (await _post(officer, f"{review}/ambil")).status_code == 303
    ktp = await RequirementFile.get(application=application, requirement="ktp_el")
    shown = await officer.get(f"/berkas/{ktp.id}")
    assert shown.headers["content-type"] == "image/jpeg"
    await _post(officer, f"{review}/berkas/{ktp.id}", {"putusan": "tolak", "alasan": "Foto buram"})
    asked = await _post(
        officer, f"{review}/putusan", {"putusan": "perbaikan", "alasan": "Foto ulang KTP"}
    )
    assert asked.status_code == 303

    page = await client.get(url)
    assert "Perlu perbaikan" in page.text
    assert "Foto ulang KTP" in page.text
    assert "Foto buram" in page.text
    await upload(
        client, url, "ktp_el", "ktp2.jpg", fixture_file("photos/jpg_orientation_portrait_6.jpg")
    )
    assert (await _post(client, f"{url}/kirim")).status_code == 303
    await application.refresh_from_db()
    assert application.status is Status.RESUBMITTED

    await _post(officer, f"{review}/ambil")
    for file in await RequirementFile.filter(application=application, replaced_at=None):
        await _post(officer, f"{review}/berkas/{file.id}", {"putusan": "terima"})
    approved = await _post(officer, f"{review}/putusan", {"putusan": "setujui"})

    assert approved.status_code == 303
    await application.refresh_from_db()
    assert application.status is Status.APPROVED
    timeline = (await client.get(url)).text
    for label in ["Diajukan", "Sedang diperiksa", "Perlu perbaikan", "Diajukan ulang", "Disetujui"]:
        assert label in timeline
    assert (
        await Notification.filter(recipient=account.phone, purpose="application_status").count()
        >= 5
    )


async def test_an_incomplete_application_is_not_sent_and_says_what_is_missing(resident):
    client, account = resident
    url = await start(client)

    response = await _post(client, f"{url}/kirim")

    assert response.status_code == 400
    assert "Permohonan belum lengkap" in response.text
    assert "belum diunggah" in response.text
    application = await Application.get(applicant=account)
    assert application.status is Status.DRAFT


async def test_a_step_with_a_mistake_keeps_what_was_typed(resident):
    client, account = resident
    url = await start(client)

    response = await _post(
        client, f"{url}/langkah/keluarga", {"nomor_kk": "12345", "keadaan": "rusak"}
    )

    assert response.status_code == 400
    assert 'value="12345"' in response.text
    application = await Application.get(applicant=account)
    assert application.data["keadaan"] == "rusak"


async def test_a_refused_upload_says_why_and_keeps_nothing(resident):
    client, account = resident
    url = await start(client)

    response = await upload(
        client, url, "ktp_el", "ktp.jpg", fixture_file("photos/jpg_truncated.jpg")
    )

    assert response.status_code == 400
    assert "error-summary" in response.text
    application = await Application.get(applicant=account)
    assert not await RequirementFile.filter(application=application).exists()


async def test_a_date_typed_on_a_phone_without_a_date_picker_is_accepted(resident):
    client, account = resident
    form = await client.get("/permohonan/baru", params={"layanan": "akta-kelahiran"})
    token = re.search(r'name="form_token" value="([^"]+)"', form.text).group(1)
    data = {"csrf_token": csrf_from(form.text), "form_token": token, "layanan": "akta-kelahiran"}
    url = (await client.post("/permohonan/baru", data=data)).headers["location"]

    response = await _post(
        client, f"{url}/langkah/anak",
        {"nama_anak": "Bayi Contoh", "jenis_kelamin": "P", "tempat_lahir": "Bekasi",
         "tanggal_lahir": "17/08/2025"},
    )  # fmt: skip

    assert response.status_code == 303
    application = await Application.filter(applicant=account, service="akta-kelahiran").first()
    assert application.data["tanggal_lahir"] == "2025-08-17"
