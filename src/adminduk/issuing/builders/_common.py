"""What every builder shares: the issuing office's rules, reading the application's data,
and looking people and families up in the registry."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date

from adminduk.accounts.models import Account
from adminduk.applications.models import Application
from adminduk.catalogue import load_catalogue
from adminduk.documents import content
from adminduk.i18n import N_
from adminduk.registry.choices import (
    DocumentKind,
    DocumentStatus,
    FamilyRelation,
    FamilyStatus,
    MaritalStatus,
    PersonStatus,
    Sex,
)
from adminduk.registry.models import Family, HeldDocument, Marriage, Person, Region
from adminduk.registry.names import name_key
from adminduk.settings import get_settings

# Marriages of Muslim couples are registered by the KUA, all others by Disdukcapil.
KUA = "KUA"
DISDUKCAPIL = "Disdukcapil"
# A baby born without signs of life is registered as stillborn from 28 weeks of pregnancy.
STILLBIRTH_WEEKS = 28
# The last four digits of a NIK and of a No. KK.
MAX_SERIAL = 9999
# Family.address holds this many characters.
STREET_LENGTH = 200
MARRIED = frozenset({MaritalStatus.MARRIED_REGISTERED, MaritalStatus.MARRIED_UNREGISTERED})
_NIK_LIST = re.compile(r"[\s,;]+")

_NOT_REGISTERED = {
    "nik_ibu": N_("NIK ibu tidak ada dalam data penduduk."),
    "nik_ayah": N_("NIK ayah tidak ada dalam data penduduk."),
    "nik_almarhum": N_("NIK yang meninggal tidak ada dalam data penduduk."),
    "nik_suami": N_("NIK suami tidak ada dalam data penduduk."),
    "nik_istri": N_("NIK istri tidak ada dalam data penduduk."),
    "nik_mantan_pasangan": N_("NIK mantan suami atau istri tidak ada dalam data penduduk."),
    "nik_anak": N_("NIK anak tidak ada dalam data penduduk."),
    "nik_ayah_angkat": N_("NIK ayah angkat tidak ada dalam data penduduk."),
    "nik_ibu_angkat": N_("NIK ibu angkat tidak ada dalam data penduduk."),
    "nik_kepala_keluarga": N_("NIK kepala keluarga baru tidak ada dalam data penduduk."),
    "nik": N_("NIK yang biodatanya diminta tidak ada dalam data penduduk."),
}
INCOMPLETE = N_(
    "Isian permohonan belum lengkap atau tidak sah. Tolak permohonan ini dengan alasannya, "
    "supaya pemohon mengajukannya lagi dengan data yang benar."
)
UNKNOWN_FAMILY = N_("Nomor KK yang diisi tidak ada dalam data penduduk, atau keluarganya pindah.")
NOT_LIVING = N_("Menurut data penduduk, ada orang dalam permohonan ini yang meninggal atau pindah.")
WRONG_SEX = N_("Suami atau ayah harus laki-laki, istri atau ibu perempuan, menurut data penduduk.")


class NotIssuable(Exception):
    """The application lacks what the document needs; the message says what."""


@dataclass(frozen=True, slots=True)
class Built:
    document: content.Document
    # Who holds it: the family (a KK) or the person the certificate is about. A family that
    # does not exist yet (a new KK) and a newborn's person are made when it is issued.
    family: Family | None
    person: Person | None
    holder_name: str


def numbered(document: content.Document, number: str) -> content.Document:
    """The document with its register number; the SKPWNI and the Biodata carry theirs only
    in the issue block."""
    if "register_number" in {field.name for field in fields(document)}:
        return replace(document, register_number=number)
    return document


async def address_of(family: Family) -> content.Address:
    return await _address(family.desa_id, family.address, family.rt, family.rw, family.postal_code)


async def _address(desa_code: str, street: str, rt: str, rw: str, postal: str) -> content.Address:
    desa = await Region.get(code=desa_code)
    kecamatan = await Region.get(code=desa.parent_code)
    province = await Region.get_or_none(code=desa.code.split(".")[0])
    return content.Address(
        street=street,
        rt=rt,
        rw=rw,
        desa=desa.name,
        kecamatan=kecamatan.name,
        regency=get_settings().regency_name,
        province=province.name if province else "",
        postal_code=postal,
    )


async def _marriage_date(person: Person) -> date | None:
    column = "husband" if person.sex == Sex.MALE else "wife"
    marriage = (
        await Marriage.filter(**{column: person}, ended_on=None).order_by("-married_on").first()
    )
    return marriage.married_on if marriage and marriage.registered_by else None


async def member_of(person: Person) -> content.FamilyMember:
    return content.FamilyMember(
        full_name=person.full_name,
        nik=person.nik,
        sex=person.sex,
        birth_place=person.birth_place,
        birth_date=person.birth_date,
        religion=person.religion,
        education=person.education,
        occupation=person.occupation,
        blood_type=person.blood_type,
        marital_status=person.marital_status,
        relation=person.relation,
        father_name=person.father_name,
        mother_name=person.mother_name,
        marriage_date=await _marriage_date(person),
        citizenship=person.citizenship,
        passport_number=person.passport_number,
        kitap_number=person.kitap_number,
    )


async def living_members(family: Family) -> list[Person]:
    members = await Person.filter(family=family, status=PersonStatus.ALIVE).order_by("birth_date")
    return sorted(members, key=lambda p: (p.relation != FamilyRelation.HEAD, p.birth_date))


def _choice_label(application: Application, key: str) -> str:
    service = load_catalogue().by_slug(application.service)
    field = next((f for f in service.fields if f.key == key), None) if service else None
    value = application.data.get(key)
    choice = next((c for c in field.choices if c.value == value), None) if field else None
    if choice is None:
        raise NotIssuable(INCOMPLETE)
    return choice.label


async def _applicant_name(application: Application) -> str:
    account = await Account.get(id=application.applicant_id)
    nik = application.on_behalf_nik or account.nik
    person = await Person.get_or_none(nik=nik) if nik else None
    return person.full_name if person else account.display_name


async def _registered(data: dict, key: str, *, optional: bool = False) -> Person | None:
    nik = str(data.get(key) or "").strip()
    if not nik and optional:
        return None
    person = await Person.get_or_none(nik=nik) if nik else None
    if person is None:
        raise NotIssuable(_NOT_REGISTERED[key])
    return person


async def _family(data: dict, key: str) -> Family:
    family = await Family.get_or_none(kk_number=str(data.get(key) or "").strip())
    if family is None or family.status is not FamilyStatus.ACTIVE:
        raise NotIssuable(UNKNOWN_FAMILY)
    return family


async def family_of(person: Person) -> Family | None:
    return await Family.get_or_none(id=person.family_id) if person.family_id else None


def _check_sexes(*, husbands: Iterable[Person | None], wives: Iterable[Person | None]) -> None:
    wrong = [p for p in husbands if p and p.sex is not Sex.MALE]
    wrong += [p for p in wives if p and p.sex is not Sex.FEMALE]
    if wrong:
        raise NotIssuable(WRONG_SEX)


def _check_living(*people: Person) -> None:
    if any(person.status is not PersonStatus.ALIVE for person in people):
        raise NotIssuable(NOT_LIVING)


async def _check_held(
    kind: DocumentKind, holders: Iterable[Person], number: str, message: str
) -> None:
    """A number the resident typed must be that of the certificate the registry knows, if it
    knows one."""
    held = await HeldDocument.filter(
        kind=kind, person_id__in=[holder.id for holder in holders], status=DocumentStatus.VALID
    ).values_list("number", flat=True)
    if held and name_key(number) not in {name_key(known) for known in held}:
        raise NotIssuable(message)


def text_of(data: dict, key: str) -> str:
    """A text field as typed, spaces folded; a missing one is refused."""
    value = " ".join(str(data.get(key) or "").split())
    if not value:
        raise NotIssuable(INCOMPLETE)
    return value


def niks_in(value: object) -> list[str]:
    """NIKs typed in one field, separated by commas, semicolons or spaces."""
    niks = [nik for nik in _NIK_LIST.split(str(value or "")) if nik]
    if any(not (nik.isdigit() and len(nik) == 16) for nik in niks):
        raise NotIssuable(N_("Daftar NIK harus berisi NIK 16 angka, dipisahkan koma."))
    return niks


def date_of(data: dict, key: str) -> date:
    try:
        return date.fromisoformat(str(data.get(key) or ""))
    except ValueError:
        raise NotIssuable(INCOMPLETE) from None


def _number(data: dict, key: str) -> int:
    value = str(data.get(key) or "").strip()
    if not value.isdigit():
        raise NotIssuable(INCOMPLETE)
    return int(value)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _registration(issued_on: date) -> content.Registration:
    return content.Registration(place=get_settings().regency_name, registered_on=issued_on)


async def couple(data: dict) -> tuple[Person, Person]:
    husband = await _registered(data, "nik_suami")
    wife = await _registered(data, "nik_istri")
    _check_sexes(husbands=[husband], wives=[wife])
    _check_living(husband, wife)
    return husband, wife
