"""Every route refuses whoever it was not declared for, and every change needs a CSRF token."""

import re
import uuid

import httpx
import pytest

from adminduk.accounts.models import Role
from adminduk.applications.drafts import create_draft
from adminduk.web.access import GuardedRoute
from adminduk.web.routes import routes
from tests.factories import csrf_from, make_account, make_family, make_resident, sign_in

VISITORS = [None, *Role]


async def _path_params(route: GuardedRoute) -> dict[str, str]:
    samples = {
        "locale": "id",
        "contact": "email",
        "token": "bukan-token",
        "service": "akta-kelahiran",
        "step": "keluarga",
        "requirement": "ktp_el",
        "file_id": str(uuid.uuid4()),
        "upload_id": "bukan-unggahan",
        "document_id": str(uuid.uuid4()),
        "code": "ZZZZZZZZZZZZZZZZ",
    }
    if "family_id" in route.param_convertors or "application_id" in route.param_convertors:
        family = await make_family()
        person, account = await make_resident(family, "Warga Jalan Rute")
        samples["family_id"] = str(family.id)
        application = await create_draft(
            account, "kk-hilang-rusak", uuid.uuid4().hex, subject=person
        )
        samples["application_id"] = str(application.id)
    return {name: samples[name] for name in route.param_convertors}


@pytest.mark.parametrize("visitor", VISITORS, ids=lambda v: v.value if v else "anonymous")
async def test_every_route_admits_exactly_the_roles_declared_for_it(app, visitor):
    guarded = [route for route in routes if isinstance(route, GuardedRoute)]
    assert guarded

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        if visitor is not None:
            await sign_in(client, await make_account(visitor))
        token = csrf_from((await client.get("/")).text)
        for route in guarded:
            path = route.url_path_for(route.name, **await _path_params(route))
            for method in route.methods - {"HEAD"}:
                response = await client.request(method, path, headers={"X-CSRF-Token": token})
                _assert_access(route, visitor, method, response)
                if route.name == "sign_out":
                    if visitor is not None:
                        await sign_in(client, await make_account(visitor))
                    token = csrf_from((await client.get("/")).text)


def _assert_access(route: GuardedRoute, visitor: Role | None, method: str, response) -> None:
    where = f"{method} {route.path} as {visitor or 'anonymous'}"
    assert response.status_code < 500, where
    if not route.allow:
        assert response.status_code != 403, where
    elif visitor is None:
        assert response.status_code == 303, where
        assert response.headers["location"].startswith("/masuk?kembali="), where
    elif visitor in route.allow:
        assert response.status_code != 403, where
        assert not response.headers.get("location", "").startswith("/masuk"), where
    else:
        assert response.status_code == 403, where
        assert "Tidak diizinkan" in response.text


async def test_a_form_post_without_csrf_token_is_refused(client):
    await client.get("/")

    response = await client.post("/keluar", data={})

    assert response.status_code == 403
    assert "Formulir ini sudah kedaluwarsa" in response.text


async def test_an_htmx_post_without_csrf_header_is_refused(client):
    await client.get("/")

    response = await client.post("/keluar", headers={"HX-Request": "true"})

    assert response.status_code == 403


async def test_an_htmx_post_with_the_csrf_header_passes(client):
    page = await client.get("/")
    token = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text).group(1)

    response = await client.post("/keluar", headers={"HX-Request": "true", "X-CSRF-Token": token})

    assert response.status_code == 303


async def test_a_csrf_token_from_another_session_is_refused(app, client):
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as other:
        foreign_token = csrf_from((await other.get("/masuk")).text)
    await client.get("/")

    response = await client.post("/keluar", data={"csrf_token": foreign_token})

    assert response.status_code == 403
