"""The database: Tortoise ORM over SQLite (the embedded default) or PostgreSQL."""

import logging
from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.migrations.api import migrate

from adminduk.settings import Settings

log = logging.getLogger(__name__)

MODEL_MODULES = [
    "adminduk.registry.models",
    "adminduk.accounts.models",
    "adminduk.notifications.models",
    "adminduk.applications.models",
    "adminduk.issuing.models",
]


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": database_url},
        "apps": {
            "adminduk": {
                "models": MODEL_MODULES,
                "default_connection": "default",
                "migrations": "db.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


async def apply_migrations(settings: Settings) -> None:
    """Bring the schema up to date; migrations are the only way the schema changes."""
    if settings.uses_embedded_database:
        settings_path = settings.database_url.removeprefix("sqlite://")
        Path(settings_path).parent.mkdir(parents=True, exist_ok=True)
    try:
        await migrate(config=tortoise_config(settings.database_url))
    finally:
        # An open connection would keep the process alive after a failed migration.
        await Tortoise.close_connections()
    log.info("Database schema is up to date (%s)", settings.database_kind)


async def database_answers() -> bool:
    try:
        connection = Tortoise.get_connection("default")
        await connection.execute_query("SELECT 1")
    except Exception:
        log.exception("Database does not answer")
        return False
    return True
