"""Every page's first visit (HTML plus the stylesheet) fits in one round trip: 14 KB compressed.

htmx is excluded: it is cached forever after the first visit and no page needs it to work.
"""

import gzip
import re

import pytest

from adminduk.accounts.models import Role
from adminduk.registry.choices import FamilyRelation
from tests.factories import make_account, make_family, make_person, sign_in

BUDGET = 14_000
# Caddy compresses with gzip at level 5 by default (zstd does better); measure the worse one.
GZIP_LEVEL = 5


def _compressed(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=GZIP_LEVEL))


async def _first_visit_weight(client, path: str) -> int:
    page = await client.get(path)
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page.text)
    css = [await client.get(href) for href in stylesheets]
    return _compressed(page.content) + sum(_compressed(sheet.content) for sheet in css)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/masuk",
        "/daftar",
        "/lupa-sandi",
        "/lacak",
        "/cek",
        "/tidak-ada",
        "/bahasa/en?kembali=/",
    ],
)
async def test_public_pages_fit_in_one_round_trip(client, path):
    assert await _first_visit_weight(client, path) <= BUDGET


async def test_registry_pages_with_a_full_page_of_results_fit_in_one_round_trip(client):
    family = await make_family()
    for number in range(60):
        await make_person(family, f"Anggota Berat Halaman {number}", relation=FamilyRelation.CHILD)
    await sign_in(client, await make_account(Role.OFFICER))

    search = await _first_visit_weight(client, "/petugas/penduduk?q=berat+halaman")
    family_page = await _first_visit_weight(client, f"/petugas/keluarga/{family.id}")

    assert search <= BUDGET
    assert family_page <= BUDGET


async def test_the_verification_page_is_at_most_5_kb_and_needs_no_script(client):
    from adminduk.accounts.models import Role as Roles
    from adminduk.issuing.issue import issue_document
    from tests.test_issuing import approved_application

    application, _, _ = await approved_application()
    document = await issue_document(application, await make_account(Roles.REGISTRAR))

    path = f"/cek/{document.verification_code}"
    page = await client.get(path)

    assert await _first_visit_weight(client, path) <= 5_000
    assert "<noscript" not in page.text
    assert "hx-" not in page.text.split("<main", 1)[1]
