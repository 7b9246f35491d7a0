"""The database: Tortoise ORM over SQLite (the embedded default) or PostgreSQL."""

import logging
from typing import Any

from tortoise import Tortoise
from tortoise.migrations.api import migrate

from adminduk.settings import Settings

log = logging.getLogger(__name__)

MODEL_MODULES = ["adminduk.registry.models", "adminduk.accounts.models"]


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
        __import__("pathlib").Path(settings_path).parent.mkdir(parents=True, exist_ok=True)
    await migrate(config=tortoise_config(settings.database_url))
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
