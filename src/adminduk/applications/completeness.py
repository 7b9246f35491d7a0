"""What an application still lacks: data fields to fill and papers to upload."""

from datetime import date

from adminduk.catalogue import FieldType, Requirement, Service
from adminduk.catalogue.model import Field
from adminduk.clock import local_today
from adminduk.i18n import N_
from adminduk.identity import InvalidNumber, parse_kk_number, parse_nik

CONDITIONS_KEY = "kondisi"
FIELD_MAX = 200


def field_error(field: Field, value: str) -> str | None:
    """The message for a value that will not do, or None when it is fine."""
    value = value.strip()
    if not value:
        return N_("Wajib diisi.") if field.required else None
    if len(value) > FIELD_MAX:
        return N_("Terlalu panjang: paling banyak 200 huruf.")
    return _TYPE_CHECKS.get(field.type, _no_check)(field, value)


def _no_check(field: Field, value: str) -> str | None:
    return None


def _number_check(parse):
    def check(field: Field, value: str) -> str | None:
        try:
            parse(value)
        except InvalidNumber as error:
            return error.message
        return None

    return check


def parse_date(value: str) -> date | None:
    """A browser's date picker sends 2020-08-17; an old phone without one lets people type
    17-08-2020 or 17/08/2020, as the hint asks. All three are the same day."""
    value = value.strip().replace("/", "-")
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        day, month, year = (int(part) for part in value.split("-"))
        return date(year, month, day)
    except ValueError:
        return None


def normalized(field: Field, value: str) -> str:
    """What is stored: dates in ISO form whatever way they were typed, other values as typed."""
    if field.type is FieldType.DATE and (day := parse_date(value)):
        return day.isoformat()
    return value


def _date_check(field: Field, value: str) -> str | None:
    day = parse_date(value)
    if day is None:
        return N_("Tulis tanggal seperti 17-08-2020, atau pilih dari kalender.")
    if day > local_today():
        return N_("Tanggal ini belum terjadi. Periksa lagi.")
    return None


def _digits_check(field: Field, value: str) -> str | None:
    return None if value.isdigit() else N_("Isi dengan angka saja.")


def _choice_check(field: Field, value: str) -> str | None:
    if value not in {choice.value for choice in field.choices}:
        return N_("Pilih salah satu pilihan yang ada.")
    return None


_TYPE_CHECKS = {
    FieldType.NIK: _number_check(parse_nik),
    FieldType.KK_NUMBER: _number_check(parse_kk_number),
    FieldType.DATE: _date_check,
    FieldType.NUMBER: _digits_check,
    FieldType.CHOICE: _choice_check,
}


def needed_requirements(service: Service, data: dict) -> list[Requirement]:
    """Papers to photograph: the required ones, and the conditional ones the resident said
    apply; forms filled online need no photo."""
    chosen = set(data.get(CONDITIONS_KEY, []))
    return [
        requirement
        for requirement in service.requirements
        if not requirement.filled_online
        and not requirement.optional
        and (requirement.applies_when is None or requirement.applies_when.key in chosen)
    ]


def missing_fields(service: Service, data: dict) -> list[str]:
    return [
        field.key for field in service.fields if field_error(field, str(data.get(field.key, "")))
    ]


def missing_files(service: Service, data: dict, uploaded: set[str]) -> list[str]:
    return [r.key for r in needed_requirements(service, data) if r.key not in uploaded]
