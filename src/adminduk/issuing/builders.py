"""What a document shows, built from the registry and the approved application."""

from datetime import date

from adminduk.applications.models import Application
from adminduk.documents import content
from adminduk.registry.choices import FamilyRelation, PersonStatus, Sex
from adminduk.registry.models import Family, Marriage, Person, Region
from adminduk.settings import get_settings


class NotIssuable(Exception):
    """The application lacks what the document needs; the message says what."""


async def address_of(family: Family) -> content.Address:
    desa = await Region.get(code=family.desa_id)
    kecamatan = await Region.get(code=desa.parent_code)
    province = await Region.get_or_none(code=desa.code.split(".")[0])
    return content.Address(
        street=family.address,
        rt=family.rt,
        rw=family.rw,
        desa=desa.name,
        kecamatan=kecamatan.name,
        regency=get_settings().regency_name,
        province=province.name if province else "",
        postal_code=family.postal_code,
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


async def family_card(family: Family) -> content.FamilyCard:
    members = await living_members(family)
    if not members:
        raise NotIssuable("Keluarga ini tidak punya anggota yang masih hidup.")
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
    )


async def birth_certificate(application: Application, number: str, issued_on: date):
    data = application.data
    mother = await Person.get_or_none(nik=data.get("nik_ibu", ""))
    father = (
        await Person.get_or_none(nik=data.get("nik_ayah", "")) if data.get("nik_ayah") else None
    )
    if mother is None:
        raise NotIssuable("NIK ibu tidak ada dalam data penduduk.")
    try:
        born = date.fromisoformat(data["tanggal_lahir"])
        order = int(data.get("kelahiran_ke") or 1)
        sex = Sex(data["jenis_kelamin"])
    except (KeyError, ValueError):
        raise NotIssuable("Data kelahiran belum lengkap atau tidak sah.") from None
    return content.BirthCertificate(
        register_number=number,
        child_name=data["nama_anak"].strip().upper(),
        birth_place=data["tempat_lahir"].strip().upper(),
        birth_date=born,
        sex=sex,
        child_order=order,
        mother_name=mother.full_name,
        father_name=father.full_name if father else None,
        registration=content.Registration(
            place=get_settings().regency_name, registered_on=issued_on
        ),
    )
