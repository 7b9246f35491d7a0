"""The schema comes from migrations, with its indexes, and holds the official region codes."""

from tortoise import Tortoise

from adminduk.registry.models import Region
from adminduk.settings import get_settings

EXPECTED_INDEXES = {
    ("person", "name_key"),
    ("person", "family_id"),
    ("family", "desa_id"),
    ("region", "parent_code"),
    ("held_document", "person_id"),
    ("registry_event", "sent_to_siak_at"),
}


async def _indexed_columns() -> set[tuple[str, str]]:
    connection = Tortoise.get_connection("default")
    if get_settings().database_kind == "postgres":
        rows = await connection.execute_query_dict(
            "SELECT t.relname AS tbl, a.attname AS col FROM pg_index i "
            "JOIN pg_class t ON t.oid = i.indrelid "
            "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)"
        )
        return {(row["tbl"], row["col"]) for row in rows}

    columns = set()
    for index in await connection.execute_query_dict(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"
    ):
        info = await connection.execute_query_dict(f"PRAGMA index_info('{index['name']}')")
        columns |= {(index["tbl_name"], row["name"]) for row in info}
    return columns


async def test_migrations_create_the_declared_indexes(database):
    assert await _indexed_columns() >= EXPECTED_INDEXES


async def test_region_codes_are_loaded_with_retired_codes_kept(database):
    assert await Region.filter(level="provinsi").count() == 38
    assert await Region.filter(level="kecamatan", parent_code="32.16").count() == 23
    assert await Region.filter(level__in=["desa", "kelurahan"]).count() == 187
    merauke = await Region.get(code="91.01")
    assert merauke.last_listed == 2022
