"""Shared fixtures: one migrated database per test session (SQLite file, or a fresh PostgreSQL
database when TEST_DATABASE=postgres), the app, and a client that checks every page it gets."""

import os
import tempfile
import uuid
from pathlib import Path

import pytest

_TMP = Path(tempfile.mkdtemp(prefix="adminduk-test-"))
_PG_DATABASE = f"adminduk_test_{uuid.uuid4().hex[:8]}"


def _postgres_url() -> str:
    server = os.environ.get("TEST_POSTGRES_URL")
    if not server:
        raise pytest.UsageError("TEST_DATABASE=postgres needs TEST_POSTGRES_URL")
    return server.rsplit("/", 1)[0] + "/" + _PG_DATABASE


async def _postgres_admin(statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(
        os.environ["TEST_POSTGRES_URL"].replace("postgres://", "postgresql://", 1)
    )
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


# Settings are read once: the test environment is set before anything imports them.
TEST_DATABASE = os.environ.get("TEST_DATABASE", "sqlite")
os.environ.update(
    DATABASE_URL=_postgres_url()
    if TEST_DATABASE == "postgres"
    else f"sqlite://{_TMP / 'test.sqlite3'}",
    SECRET_KEY="test-secret-key-not-for-production",
    DATA_DIR=str(_TMP / "data"),
    DEMO_DATA="false",
    PUBLIC_URL="http://testserver",
)


def pytest_sessionfinish(session, exitstatus) -> None:
    import shutil

    shutil.rmtree(_TMP, ignore_errors=True)


def pytest_report_header() -> str:
    return f"database: {TEST_DATABASE}"


@pytest.fixture(scope="session")
async def database():
    from tortoise import Tortoise

    from adminduk.database import apply_migrations, tortoise_config
    from adminduk.settings import get_settings

    settings = get_settings()
    if TEST_DATABASE == "postgres":
        await _postgres_admin(f'CREATE DATABASE "{_PG_DATABASE}"')
    await apply_migrations(settings)
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    yield
    await Tortoise.close_connections()
    if TEST_DATABASE == "postgres":
        await _postgres_admin(f'DROP DATABASE IF EXISTS "{_PG_DATABASE}"')


@pytest.fixture(scope="session")
def app(database):
    from adminduk.web.app import create_app

    return create_app()


@pytest.fixture
async def client(app):
    import httpx

    from tests.pages import check_page

    async def check(response: httpx.Response) -> None:
        if response.headers.get("content-type", "").startswith("text/html"):
            await response.aread()
            whole = response.text.lstrip().lower().startswith("<!doctype html>")
            fragment = response.request.headers.get("HX-Request") == "true" and not whole
            check_page(response.text, str(response.url), fragment=fragment)

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", event_hooks={"response": [check]}
    ) as client:
        yield client
