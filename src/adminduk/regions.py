"""Official region codes (kode wilayah Kemendagri), read once from the package's CSV files.

`wilayah_kode_nasional.csv` holds every province, regency and kecamatan code in the official
lists from 2016 to 2025, retired codes included: a NIK keeps the code of the place that first
issued it, for life. Codes retired before 2016 are not in these lists.
`wilayah_kabupaten_bekasi.csv` holds the regency served here, its kecamatan and its desa.
"""

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

# Undotted lengths: province, regency, kecamatan, desa/kelurahan.
_CODE_LENGTHS = (2, 4, 6, 10)


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    level: str
    first_listed: int | None = None
    last_listed: int | None = None

    @property
    def digits(self) -> str:
        return self.code.replace(".", "")

    @property
    def retired(self) -> bool:
        return self.last_listed is not None and self.last_listed < latest_list_year()


def dotted(digits: str) -> str:
    """Write undotted digits ("321601") in the official dotted form ("32.16.01")."""
    if not (digits.isascii() and digits.isdigit()) or len(digits) not in _CODE_LENGTHS:
        raise ValueError("a region code has 2, 4, 6 or 10 digits")

    parts = (digits[:2], digits[2:4], digits[4:6], digits[6:])
    return ".".join(part for part in parts if part)


def national_regions() -> dict[str, Region]:
    """Every province, regency and kecamatan code listed since 2016, keyed by dotted code."""
    return dict(_national())


@cache
def _national() -> dict[str, Region]:
    rows = _read_rows("wilayah_kode_nasional.csv")
    return {
        row["kode"]: Region(
            code=row["kode"],
            name=row["nama"],
            level=row["tingkat"],
            first_listed=int(row["tercatat_sejak"]),
            last_listed=int(row["tercatat_sampai"]),
        )
        for row in rows
    }


def regency_regions() -> list[Region]:
    """The regency served here, its kecamatan and its desa/kelurahan, in file order."""
    return list(_regency())


@cache
def _regency() -> tuple[Region, ...]:
    rows = _read_rows("wilayah_kabupaten_bekasi.csv")
    return tuple(Region(code=row["kode"], name=row["nama"], level=row["tingkat"]) for row in rows)


@cache
def latest_list_year() -> int:
    """The year of the newest official list: codes last listed before it are retired."""
    return max(region.last_listed or 0 for region in _national().values())


def find_national(digits: str) -> Region | None:
    """The province, regency or kecamatan with these undotted digits (2, 4 or 6), if listed."""
    if len(digits) not in (2, 4, 6) or not (digits.isascii() and digits.isdigit()):
        return None
    return _national().get(dotted(digits))


def _read_rows(filename: str) -> list[dict[str, str]]:
    text = files("adminduk").joinpath("data", filename).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))
