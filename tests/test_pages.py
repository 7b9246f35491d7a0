"""The public pages, the error pages and /healthz."""

from unittest.mock import patch

from starlette.routing import Route
from tortoise import Tortoise


async def test_home_page_explains_the_service_and_says_it_is_free(client):
    response = await client.get("/")

    assert response.status_code == 200
    assert "Urus dokumen kependudukan dari rumah" in response.text
    assert "Gratis." in response.text
    assert "Pasal 79A" in response.text


async def test_home_page_works_without_scripts_and_loads_htmx_from_this_site(client):
    response = await client.get("/")

    assert '<script src="/static/htmx-2.0.11.min.js' in response.text
    assert "<script>" not in response.text
    assert "includeIndicatorStyles" in response.text


async def test_healthz_answers_200_when_the_database_answers(client):
    response = await client.get("/healthz")

    assert response.status_code == 200
    assert response.text == "ok"


async def test_healthz_answers_503_when_the_database_does_not(client):
    connection = Tortoise.get_connection("default")
    refused = OSError("connection refused")
    with patch.object(type(connection), "execute_query", side_effect=refused):
        response = await client.get("/healthz")

    assert response.status_code == 503


async def test_unknown_address_shows_the_not_found_page(client):
    response = await client.get("/tidak-ada-halaman-ini")

    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.text
    assert "Kembali ke beranda" in response.text


async def test_unexpected_error_shows_the_error_page_without_details(app, database):
    import httpx

    async def broken(request):
        raise RuntimeError("secret internal detail")

    app.router.routes.append(Route("/uji-galat", broken))
    try:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await client.get("/uji-galat")
    finally:
        app.router.routes.pop()

    assert response.status_code == 500
    assert "Terjadi kesalahan pada layanan" in response.text
    assert "secret internal detail" not in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"


async def test_static_files_are_cached_forever(client):
    response = await client.get("/static/htmx-2.0.11.min.js")

    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"


async def test_pages_are_not_cached_and_carry_security_headers(client):
    response = await client.get("/")

    assert response.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


async def test_english_switch_translates_the_page_and_returns_to_it(client):
    switched = await client.get("/bahasa/en", params={"kembali": "/"})

    assert switched.status_code == 303
    assert switched.headers["location"] == "/"
    page = await client.get("/")
    assert '<html lang="en">' in page.text
    assert "Free." in page.text
    assert "Bahasa Indonesia" in page.text


async def test_language_switch_never_redirects_to_another_site(client):
    response = await client.get("/bahasa/en", params={"kembali": "//contoh.invalid/"})

    assert response.headers["location"] == "/"
