"""A few demo applications, so an officer and a registrar find work in a fresh demo: one
waiting in the queue, one approved and waiting to be signed off."""

import io
import uuid

from PIL import Image, ImageDraw

from adminduk.accounts.models import Account
from adminduk.applications.drafts import attach_file, create_draft, save_step, submit
from adminduk.applications.review import decide, review_file, take
from adminduk.applications.states import Status
from adminduk.registry.models import Person
from adminduk.storage import file_store


def _sample_scan(caption: str) -> bytes:
    """A drawn stand-in for a photographed paper: no real document, no real person."""
    image = Image.new("L", (900, 570), 235)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 880, 550), outline=40, width=6)
    draw.text((60, 60), f"CONTOH - {caption}", fill=20)
    draw.text((60, 120), "Dokumen demo, bukan dokumen asli", fill=60)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


async def _lost_card_application(resident: Account, subject: Person, situation: str):
    application = await create_draft(
        resident, "kk-hilang-rusak", f"demo-{uuid.uuid4().hex}", subject=subject
    )
    await save_step(application, "keluarga", {"keadaan": situation})
    data = _sample_scan("KTP-el")
    store_id = file_store().save(data)
    file = await attach_file(application, "ktp_el", store_id, "image/jpeg", len(data), resident)
    await submit(application, resident, [], [])
    return application, file


async def load_demo_applications() -> None:
    resident = await Account.get(username="warga")
    officer = await Account.get(username="petugas")
    subject = await Person.get(id=resident.person_id)

    await _lost_card_application(resident, subject, "rusak")
    approved, file = await _lost_card_application(resident, subject, "rusak")
    await take(approved, officer)
    await review_file(approved, officer, file, True, "")
    await decide(approved, officer, Status.APPROVED, "")
