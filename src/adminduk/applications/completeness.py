"""What an application still lacks: data fields to fill and papers to upload."""

from datetime import date

from adminduk.catalogue import FieldType, Requirement, Service
from adminduk.catalogue.model import Field
from adminduk.i18n import N_
from adminduk.identity import InvalidNumber, parse_kk_number, parse_nik

CONDITIONS_KEY = "kondisi"


def field_error(field: Field, value: str) -> str | None:
    """The message for a value that will not do, or None when it is fine."""
    value = value.strip()
    if not value:
        return N_("Wajib diisi.") if field.required else None
    try:
        if field.type is FieldType.NIK:
            parse_nik(value)
        elif field.type is FieldType.KK_NUMBER:
            parse_kk_number(value)
    except InvalidNumber as error:
        return error.message
    if field.type is FieldType.DATE:
        try:
            if date.fromisoformat(value) > date.today():
                return N_("Tanggal ini belum terjadi. Periksa lagi.")
        except ValueError:
            return N_("Tulis tanggal seperti 17-08-2020, atau pilih dari kalender.")
    if field.type is FieldType.NUMBER and not value.isdigit():
        return N_("Isi dengan angka saja.")
    if field.type is FieldType.CHOICE and value not in {choice.value for choice in field.choices}:
        return N_("Pilih salah satu pilihan yang ada.")
    return None


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
