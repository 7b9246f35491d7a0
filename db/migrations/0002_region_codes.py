"""Loads the official region codes: every national province, regency and kecamatan code since
2016 (retired ones included), and the regency's own kecamatan and desa/kelurahan."""

import csv
from importlib.resources import files

from tortoise import migrations
from tortoise.migrations import operations as ops

BATCH = 1000


def _read(name: str) -> list[dict[str, str]]:
    text = files("adminduk").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _region_rows() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for row in _read("wilayah_kode_nasional.csv"):
        rows[row["kode"]] = {
            "name": row["nama"],
            "level": row["tingkat"],
            "first_listed": int(row["tercatat_sejak"]),
            "last_listed": int(row["tercatat_sampai"]),
        }
    for row in _read("wilayah_kabupaten_bekasi.csv"):
        rows.setdefault(row["kode"], {"name": row["nama"], "level": row["tingkat"]})
    return rows


async def load_regions(apps, schema_editor) -> None:
    region = apps.get_model("adminduk", "Region")
    regions = [
        region(code=code, parent_code=code.rpartition(".")[0] or None, **fields)
        for code, fields in _region_rows().items()
    ]
    for start in range(0, len(regions), BATCH):
        await region.bulk_create(regions[start : start + BATCH], using_db=schema_editor.client)


async def unload_regions(apps, schema_editor) -> None:
    await apps.get_model("adminduk", "Region").all().using_db(schema_editor.client).delete()


class Migration(migrations.Migration):
    dependencies = [("adminduk", "0001_initial")]

    operations = [ops.RunPython(load_regions, unload_regions)]
