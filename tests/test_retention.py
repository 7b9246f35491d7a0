"""Scans are deleted a set time after the application ended, and the deletion is recorded."""

import uuid
from datetime import timedelta

from tortoise.timezone import now

from adminduk.applications.drafts import attach_file, create_draft
from adminduk.applications.models import Application, ApplicationEvent, RequirementFile
from adminduk.applications.retention import purge_scans
from adminduk.applications.review import cancel
from adminduk.storage import file_store
from tests.factories import make_family, make_resident


async def test_scans_of_a_long_ended_application_are_deleted_and_it_is_recorded(database):
    person, account = await make_resident(await make_family(), "Warga Data Lama")
    application = await create_draft(account, "kk-hilang-rusak", uuid.uuid4().hex, subject=person)
    store_id = file_store().save(b"%PDF-1.4 contoh")
    await attach_file(application, "ktp_el", store_id, "application/pdf", 15, account)
    await cancel(application, account)

    assert (
        await purge_scans() == 0
        or await RequirementFile.filter(application=application, deleted_at=None).exists()
    )
    await Application.filter(id=application.id).update(updated_at=now() - timedelta(days=400))
    deleted = await purge_scans()

    assert deleted >= 1
    assert not file_store().exists(store_id)
    assert not await RequirementFile.filter(application=application, deleted_at=None).exists()
    assert await ApplicationEvent.filter(application=application, action="files_deleted").exists()


async def test_scans_of_a_draft_abandoned_for_the_retention_period_are_deleted(database):
    person, account = await make_resident(await make_family(), "Warga Draf Terlupa")
    application = await create_draft(account, "kk-hilang-rusak", uuid.uuid4().hex, subject=person)
    store_id = file_store().save(b"%PDF-1.4 draf")
    await attach_file(application, "ktp_el", store_id, "application/pdf", 13, account)
    await Application.filter(id=application.id).update(updated_at=now() - timedelta(days=400))

    await purge_scans()

    assert not file_store().exists(store_id)
