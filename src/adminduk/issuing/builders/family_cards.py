"""Family cards (new, split, reissued, on arrival) and Biodata WNI."""

import re
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q

from adminduk.accounts.models import Account
from adminduk.applications.access import ADULT_AGE
from adminduk.applications.models import Application
from adminduk.documents import content
from adminduk.i18n import N_
from adminduk.identity import make_kk_number, make_nik
from adminduk.issuing.builders._common import (
    _NOT_REGISTERED,
    INCOMPLETE,
    MARRIED,
    MAX_SERIAL,
    NOT_LIVING,
    STREET_LENGTH,
    Built,
    NotIssuable,
    _address,
    _age,
    _family,
    _registered,
    address_of,
    couple,
    living_members,
    member_of,
    niks_in,
    text_of,
)
from adminduk.issuing.numbers import next_serial
from adminduk.registry.choices import (
    LABELS,
    Citizenship,
    DocumentKind,
    DocumentStatus,
    Education,
    FamilyRelation,
    MaritalStatus,
    PersonStatus,
    Religion,
    Sex,
)
from adminduk.registry.models import Birth, Family, HeldDocument, Marriage, Person, Region
from adminduk.registry.names import name_key
from adminduk.settings import get_settings


async def family_card(family: Family) -> content.FamilyCard:
    members = await living_members(family)
    if not members:
        raise NotIssuable(N_("Keluarga ini tidak punya anggota yang masih hidup."))
    return content.FamilyCard(
        kk_number=family.kk_number,
        head_name=members[0].full_name,
        address=await address_of(family),
        members=tuple([await member_of(person) for person in members]),
    )


async def biodata(person: Person) -> content.Biodata:
    family = await Family.get(id=person.family_id)
    members = await living_members(family)
    return content.Biodata(
        kk_number=family.kk_number,
        head_name=members[0].full_name if members else person.full_name,
        address=await address_of(family),
        person=await member_of(person),
        birth_certificate_number=await _held_number(person, DocumentKind.BIRTH_CERTIFICATE),
        marriage_certificate_number=await _held_number(person, DocumentKind.MARRIAGE_CERTIFICATE),
    )


async def _held_number(person: Person, kind: DocumentKind) -> str | None:
    """The number of the person's valid certificate of this kind, the latest if several."""
    held = (
        await HeldDocument.filter(person=person, kind=kind, status=DocumentStatus.VALID)
        .order_by("-issued_on", "-created_at")
        .first()
    )
    return held.number if held else None


async def subject_of(application: Application) -> Person | None:
    return await Person.filter(application_subjects__application=application).first()


async def biodata_of(application: Application) -> Built:
    """The biodata of the NIK asked for (a parent may ask for a child's), within the family
    the application concerns."""
    person = await _registered(application.data, "nik", optional=True)
    person = person or await subject_of(application)
    if person is None or person.family_id is None:
        raise NotIssuable(_NOT_REGISTERED["nik"])
    if application.family_id and person.family_id != application.family_id:
        raise NotIssuable(N_("Biodata hanya dapat diminta untuk anggota keluarga pemohon."))
    family = await Family.get(id=person.family_id)
    return Built(await biodata(person), family, person, person.full_name)


async def reissued_family_card(application: Application, issued_on: date) -> Built:
    """A reissued KK keeps its number; the issue block carries the new date."""
    family = await Family.get_or_none(id=application.family_id) if application.family_id else None
    if family is None and application.data.get("nomor_kk"):
        family = await Family.get_or_none(kk_number=str(application.data["nomor_kk"]).strip())
    if family is None:
        raise NotIssuable(N_("KK yang diterbitkan ulang tidak ada dalam data penduduk."))
    card = await family_card(family)
    if application.service == DATA_CHANGE:
        # The card shows the change asked for; `effects` makes it in the registry.
        person, changed = await requested_change(application, family, issued_on)
        members = [
            replace(member, **changed) if member.nik == person.nik else member
            for member in card.members
        ]
        card = _card(card.kk_number, card.address, members)
    return Built(card, family, None, card.head_name)


# kk-perubahan-data: one element of one member's data changes, from `data_lama` to `data_baru`.
DATA_CHANGE = "kk-perubahan-data"
# The element, and the column of Person (and of FamilyMember) it changes.
_FREE_TEXTS = {"nama": "full_name", "tempat_lahir": "birth_place", "pekerjaan": "occupation"}
_CHOICES: dict[str, tuple[str, type[StrEnum], str]] = {
    "jenis_kelamin": (
        "sex", Sex, N_("Jenis kelamin tidak dikenal. Tulis salah satu: Laki-laki, Perempuan."),
    ),
    "agama": (
        "religion", Religion,
        N_(
            "Agama tidak dikenal. Tulis salah satu: Islam, Kristen, Katolik, Hindu, Buddha, "
            "Khonghucu, Kepercayaan terhadap Tuhan YME."
        ),
    ),
    "pendidikan": (
        "education", Education,
        N_(
            "Pendidikan tidak dikenal. Tulis salah satu: Tidak/belum sekolah; Belum tamat "
            "SD/sederajat; Tamat SD/sederajat; SLTP/sederajat; SLTA/sederajat; Diploma I/II; "
            "Akademi/Diploma III/Sarjana Muda; Diploma IV/Strata I; Strata II; Strata III."
        ),
    ),
    "status_perkawinan": (
        "marital_status", MaritalStatus,
        N_(
            "Status perkawinan tidak dikenal. Tulis salah satu: Belum kawin, Kawin tercatat, "
            "Kawin belum tercatat, Cerai hidup, Cerai mati."
        ),
    ),
    "hubungan_keluarga": (
        "relation", FamilyRelation,
        N_(
            "Hubungan dalam keluarga tidak dikenal. Tulis salah satu: Kepala keluarga, Suami, "
            "Istri, Anak, Menantu, Cucu, Orang tua, Mertua, Famili lain, Pembantu, Lainnya."
        ),
    ),
    "kewarganegaraan": (
        "citizenship", Citizenship, N_("Kewarganegaraan tidak dikenal. Tulis WNI atau WNA."),
    ),
}  # fmt: skip
_PARENTS = {"ayah": "father_name", "ibu": "mother_name"}
_PARENT_PREFIX = re.compile(r"^(ayah|ibu)(?:\s*[:\-]\s*|\s+)", re.IGNORECASE)
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
# The columns of Person that hold the free texts.
_LENGTHS = {"full_name": 100, "birth_place": 60, "occupation": 60, "father_name": 100,
            "mother_name": 100}  # fmt: skip

NOT_A_LIVING_MEMBER = N_("NIK yang datanya berubah bukan anggota KK ini yang masih hidup.")
OLD_DATA_DIFFERS = N_(
    "Data lama yang diisi tidak sama dengan yang tercatat sekarang: data penduduk sudah "
    "berubah, atau pemohon salah menulis data lama. Tolak permohonan ini dengan alasannya, "
    "supaya pemohon mengajukannya lagi dengan data yang benar."
)
NOTHING_CHANGES = N_("Data baru sama dengan yang tercatat sekarang: tidak ada yang berubah.")
TOO_LONG = N_("Data baru terlalu panjang untuk data penduduk.")
BAD_BIRTH_DATE = N_(
    "Tanggal lahir baru tidak sah. Tulis tanggal seperti 17-08-1990 atau 1990-08-17, tidak "
    "sesudah hari ini."
)
WHICH_PARENT = N_(
    'Untuk nama orang tua, data lama dan data baru diawali "ayah:" atau "ibu:", misalnya '
    '"ibu: Siti Aminah"; satu permohonan untuk satu orang tua. Tolak permohonan ini dengan '
    "alasan itu, supaya pemohon mengajukannya lagi."
)
ONE_HEAD = N_(
    "Sesudah perubahan ini KK harus tetap mempunyai tepat satu kepala keluarga. Ajukan "
    "perubahan kepala keluarga untuk kedua anggota yang bersangkutan."
)


async def requested_change(
    application: Application, family: Family, issued_on: date
) -> tuple[Person, dict[str, Any]]:
    """kk-perubahan-data: the living member of `family` whose data change, and the columns of
    Person that change, with their new values, as the registry holds them now. Reads only."""
    data = application.data
    nik = str(data.get("nik") or "").strip()
    person = await Person.get_or_none(nik=nik) if nik else None
    if person is None or person.family_id != family.id or person.status is not PersonStatus.ALIVE:
        raise NotIssuable(NOT_A_LIVING_MEMBER)
    old = " ".join(str(data.get("data_lama") or "").split())
    column, value = _changed_column(
        person, data.get("elemen"), "" if old == "-" else old, text_of(data, "data_baru"),
        issued_on,
    )  # fmt: skip
    if column in _LENGTHS and len(value) > _LENGTHS[column]:
        raise NotIssuable(TOO_LONG)
    if getattr(person, column) == value:
        raise NotIssuable(NOTHING_CHANGES)
    if column == "relation":
        relations = [
            value if member.id == person.id else member.relation
            for member in await living_members(family)
        ]
        if relations.count(FamilyRelation.HEAD) != 1:
            raise NotIssuable(ONE_HEAD)
    return person, {column: value}


def _changed_column(
    person: Person, element: object, old: str, new: str, issued_on: date
) -> tuple[str, Any]:
    """The column of Person the element changes and its new value, when `old` is what the
    registry holds now."""
    if element in _FREE_TEXTS:
        column = _FREE_TEXTS[element]
        _check_old(_folded(old) == _folded(getattr(person, column)))
        return column, new
    if element in _CHOICES:
        column, choices, unknown = _CHOICES[element]
        _check_old(_choice(choices, old) == getattr(person, column))
        value = _choice(choices, new)
        if value is None:
            raise NotIssuable(unknown)
        return column, value
    if element == "tanggal_lahir":
        # The NIK keeps the date it was made with: the service's description says so.
        _check_old(_date(old) == person.birth_date)
        born = _date(new)
        if born is None or born > issued_on:
            raise NotIssuable(BAD_BIRTH_DATE)
        return "birth_date", born
    if element == "nama_orang_tua":
        column, name = _parent(new)
        old_column, old_name = _parent(old) if _PARENT_PREFIX.match(old) else (column, old)
        if old_column != column:
            raise NotIssuable(WHICH_PARENT)
        _check_old(_folded(old_name) == _folded(getattr(person, column)))
        return column, name
    raise NotIssuable(INCOMPLETE)


def _check_old(matches: bool) -> None:
    if not matches:
        raise NotIssuable(OLD_DATA_DIFFERS)


def _folded(text: str | None) -> str:
    return name_key(text or "")


def _spelled(text: str) -> str:
    """Typed text compared with a choice: case, spaces, hyphens and underscores ignored."""
    return re.sub(r"[\s_\-]+", "", text).casefold()


def _choice(choices: type[StrEnum], typed: str) -> StrEnum | None:
    """The choice whose value or label (registry.choices.LABELS) was typed."""
    wanted = _spelled(typed)
    if not wanted:
        return None
    for choice in choices:
        if wanted in (_spelled(choice.value), _spelled(LABELS.get(choice, choice.value))):
            return choice
    return None


def _date(typed: str) -> date | None:
    day_first = _DAY_FIRST.fullmatch(typed)
    try:
        if day_first:
            day, month, year = (int(part) for part in day_first.groups())
            return date(year, month, day)
        return date.fromisoformat(typed)
    except ValueError:
        return None


def _parent(typed: str) -> tuple[str, str]:
    """`ayah: X` or `ibu: Y`: the column of Person and the name."""
    prefix = _PARENT_PREFIX.match(typed)
    name = typed[prefix.end() :].strip() if prefix else ""
    if not name:
        raise NotIssuable(WHICH_PARENT)
    return _PARENTS[prefix.group(1).lower()], name


async def new_family_card(application: Application, issued_on: date) -> Built:
    """kk-baru: a married couple leave their families' KKs for one of their own, with a new
    number, at the address they give."""
    data = application.data
    husband, wife = await couple(data)
    for person, key in ((husband, "nomor_kk_asal_suami"), (wife, "nomor_kk_asal_istri")):
        origin = str(data.get(key) or "").strip()
        if origin and person.family_id != (await _family(data, key)).id:
            raise NotIssuable(N_("Suami atau istri tidak tercatat dalam Nomor KK asal yang diisi."))
        await _can_leave(person)
    try:
        status = MaritalStatus(data.get("status_perkawinan", ""))
    except ValueError:
        raise NotIssuable(INCOMPLETE) from None
    if status not in MARRIED:
        raise NotIssuable(INCOMPLETE)

    address, kecamatan = await _new_home(data)
    members = [
        replace(await member_of(husband), relation=FamilyRelation.HEAD, marital_status=status),
        replace(await member_of(wife), relation=FamilyRelation.WIFE, marital_status=status),
    ]
    card = _card(await new_kk_number(kecamatan, issued_on), address, members)
    return Built(card, None, None, card.head_name)


async def split_family_card(application: Application, issued_on: date) -> Built:
    """kk-pisah: a grown-up member heads a KK of their own, with a new number, at the same
    address, with the spouse and children who go along."""
    data = application.data
    old = await _family(data, "nomor_kk_lama")
    head = await _registered(data, "nik_kepala_keluarga")
    members = {person.nik: person for person in await living_members(old)}
    if head.nik not in members:
        raise NotIssuable(N_("Kepala keluarga baru tidak tercatat hidup dalam KK yang sekarang."))
    if head.relation is FamilyRelation.HEAD:
        raise NotIssuable(N_("Kepala keluarga tidak dapat memisahkan diri dari KK-nya sendiri."))
    if _age(head.birth_date, issued_on) < ADULT_AGE and head.marital_status is MaritalStatus.SINGLE:
        raise NotIssuable(
            N_("Kepala keluarga baru harus berumur 17 tahun atau sudah kawin atau pernah kawin.")
        )

    going = [replace(await member_of(head), relation=FamilyRelation.HEAD)]
    for nik in sorted(set(niks_in(data.get("nik_anggota_ikut"))) - {head.nik}):
        follower = members.get(nik)
        if follower is None or follower.relation is FamilyRelation.HEAD:
            raise NotIssuable(
                N_("Anggota yang ikut harus anggota KK yang sekarang, selain kepala keluarganya.")
            )
        relation = await _relation_to(head, follower)
        if relation is None:
            raise NotIssuable(
                N_(
                    "Hanya suami atau istri dan anak kepala keluarga baru yang dapat ikut ke KK "
                    "baru lewat layanan ini, menurut data penduduk."
                )
            )
        going.append(replace(await member_of(follower), relation=relation))

    kecamatan = _kecamatan_of(old)
    card = _card(await new_kk_number(kecamatan, issued_on), await address_of(old), going)
    return Built(card, None, None, card.head_name)


async def arrival_family_card(application: Application, issued_on: date) -> Built:
    """pindah-datang: the newcomers, recorded by an officer from their SKPWNI, get a KK of
    their own with a new number, or join the KK of the household that takes them in."""
    data = application.data
    arriving = await arrivals(application)
    heads = [person for person in arriving if person.relation is FamilyRelation.HEAD]
    members = [await member_of(person) for person in arriving]

    if data.get("status_kk") == "menumpang":
        if not str(data.get("nomor_kk_tujuan") or "").strip():
            raise NotIssuable(N_("Isi Nomor KK keluarga yang ditumpangi."))
        host = await _family(data, "nomor_kk_tujuan")
        if heads:
            raise NotIssuable(
                N_(
                    "Yang menumpang tidak dapat tercatat sebagai kepala keluarga. Catat "
                    "hubungannya dengan kepala keluarga yang ditumpangi lebih dulu."
                )
            )
        members += [await member_of(person) for person in await living_members(host)]
        card = _card(host.kk_number, await address_of(host), members)
        return Built(card, host, None, card.head_name)

    if data.get("status_kk") != "kk_sendiri":
        raise NotIssuable(INCOMPLETE)
    if len(heads) != 1:
        raise NotIssuable(
            N_("Di antara yang pindah datang harus tercatat tepat satu kepala keluarga.")
        )
    address, kecamatan = await _new_home(data)
    card = _card(await new_kk_number(kecamatan, issued_on), address, members)
    return Built(card, None, None, card.head_name)


async def arrivals(application: Application) -> list[Person]:
    """The newcomers by NIK: those the application lists, or the applicant alone. An officer
    records them in the registry from the SKPWNI (without a family) before this is issued."""
    niks = niks_in(application.data.get("nik_yang_datang"))
    if not niks:
        account = await Account.get(id=application.applicant_id)
        niks = [application.on_behalf_nik or account.nik or ""]
    people = await Person.filter(nik__in=niks)
    if len(people) != len(set(niks)):
        raise NotIssuable(
            N_(
                "Yang pindah datang belum tercatat dalam data penduduk. Petugas mencatatnya lebih "
                "dulu dari SKPWNI."
            )
        )
    for person in people:
        if person.status is PersonStatus.DECEASED:
            raise NotIssuable(NOT_LIVING)
        if person.status is PersonStatus.ALIVE and person.family_id is not None:
            raise NotIssuable(
                N_("Yang pindah datang sudah tercatat sebagai anggota KK di kabupaten ini.")
            )
    return people


def _card(
    kk_number: str, address: content.Address, members: list[content.FamilyMember]
) -> content.FamilyCard:
    ordered = sorted(members, key=lambda m: (m.relation != FamilyRelation.HEAD, m.birth_date))
    return content.FamilyCard(
        kk_number=kk_number,
        head_name=ordered[0].full_name,
        address=address,
        members=tuple(ordered),
    )


async def _can_leave(person: Person) -> None:
    if person.relation is FamilyRelation.HEAD and person.family_id:
        others = Person.filter(family_id=person.family_id, status=PersonStatus.ALIVE)
        if await others.exclude(id=person.id).exists():
            raise NotIssuable(
                N_(
                    "Suami atau istri adalah kepala keluarga yang masih beranggota. Tambahkan "
                    "pasangannya ke KK itu lewat layanan Kartu Keluarga: tambah anggota."
                )
            )


async def _relation_to(head: Person, follower: Person) -> FamilyRelation | None:
    """The follower's relation to the new head, where the registry tells it: spouse or child."""
    spouses = Q(husband=head, wife=follower) | Q(husband=follower, wife=head)
    married = await Marriage.filter(spouses, ended_on=None).exists()
    both_married = {head.marital_status, follower.marital_status} <= MARRIED
    if not married and both_married and head.sex != follower.sex:
        # A married child of the old head, with the spouse listed as menantu.
        married = {head.relation, follower.relation} == {
            FamilyRelation.CHILD,
            FamilyRelation.CHILD_IN_LAW,
        }
    if married:
        return FamilyRelation.HUSBAND if follower.sex is Sex.MALE else FamilyRelation.WIFE

    born_to = await Birth.filter(Q(mother=head) | Q(father=head), child=follower).exists()
    if born_to or head.name_key in (name_key(follower.father_name), name_key(follower.mother_name)):
        return FamilyRelation.CHILD
    return None


async def _new_home(data: dict) -> tuple[content.Address, str]:
    """The address a new family gives, and the kecamatan code its No. KK begins with."""
    desa = await desa_named(text_of(data, "desa"))
    if desa is None:
        raise NotIssuable(
            N_(
                "Desa/kelurahan alamat baru tidak ada di kabupaten ini, atau namanya dipakai "
                "lebih dari satu desa. Tulis namanya seperti pada daftar desa/kelurahan."
            )
        )
    street = text_of(data, "alamat")
    if len(street) > STREET_LENGTH:
        raise NotIssuable(N_("Alamat terlalu panjang: tulis jalan dan nomor rumah saja."))
    postal = str(data.get("kode_pos") or "").strip()
    if postal and not (postal.isdigit() and len(postal) == 5):
        raise NotIssuable(N_("Kode pos ditulis dengan lima angka."))
    if not postal:
        # One desa, one postal code: a neighbour's will do when the resident left it out.
        neighbour = await Family.filter(desa=desa).exclude(postal_code="").first()
        postal = neighbour.postal_code if neighbour else ""
    rt, rw = _neighbourhood(data, "rt"), _neighbourhood(data, "rw")
    address = await _address(desa.code, street, rt, rw, postal)
    return address, desa.parent_code.replace(".", "")


async def desa_named(name: str, kecamatan: str | None = None) -> Region | None:
    """The desa or kelurahan of the regency with this name, however it was typed; None when
    there is none, or more than one (in another kecamatan) and the kecamatan is not given."""
    key = re.sub(r"^(DESA|KELURAHAN|KEL) ", "", name_key(name))
    regency = get_settings().regency_code
    places = await Region.filter(code__startswith=f"{regency}.", level__in=("desa", "kelurahan"))
    found = [place for place in places if name_key(place.name) == key]
    if kecamatan is not None and len(found) > 1:
        kecamatans = await Region.filter(code__in=[place.parent_code for place in found])
        named = {k.code for k in kecamatans if name_key(k.name) == name_key(kecamatan)}
        found = [place for place in found if place.parent_code in named]
    return found[0] if len(found) == 1 else None


def _neighbourhood(data: dict, key: str) -> str:
    value = str(data.get(key) or "").strip()
    if not (value.isdigit() and 1 <= len(value) <= 3 and int(value) > 0):
        raise NotIssuable(N_("RT dan RW ditulis dengan angka, paling banyak tiga angka."))
    return f"{int(value):03d}"


async def new_kk_number(kecamatan: str, issued_on: date) -> str:
    """A new No. KK: the kecamatan of the family's desa, the date of issue, and a serial from
    the counter of the year. A No. KK has four digits of serial, so the counter wraps after
    9999; the date still keeps numbers apart unless 9999 KKs are made in one day. A number the
    registry already holds (given by SIAK) is skipped."""
    for _ in range(100):
        serial = (await next_serial(DocumentKind.FAMILY_CARD, issued_on.year) - 1) % MAX_SERIAL
        number = make_kk_number(kecamatan, issued_on, serial + 1)
        if not await Family.exists(kk_number=number):
            return number
    raise NotIssuable(N_("Nomor KK baru tidak dapat dibuat hari ini. Terbitkan lewat SIAK."))


async def new_nik(kecamatan: str, born: date, sex: Sex) -> str:
    """A NIK for a newborn. In production SIAK gives it; here it takes the serial after the
    highest the registry holds for this kecamatan, date of birth and sex, or the first free."""
    prefix = make_nik(kecamatan, born, sex.value, 1)[:12]
    held = await Person.filter(nik__startswith=prefix).values_list("nik", flat=True)
    used = {int(nik[12:]) for nik in held}
    serial = max(used, default=0) + 1
    if serial > MAX_SERIAL:
        serial = next((s for s in range(1, MAX_SERIAL + 1) if s not in used), 0)
    if not serial:
        raise NotIssuable(N_("NIK baru tidak dapat dibuat. Terbitkan lewat SIAK."))
    return make_nik(kecamatan, born, sex.value, serial)


def _kecamatan_of(family: Family) -> str:
    return family.desa_id.replace(".", "")[:6]
