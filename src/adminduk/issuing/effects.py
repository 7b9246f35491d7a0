"""What issuing a document changes in the registry, inside the issuing transaction.

`apply` runs before the document is kept, because a new family or a newborn must exist before
they can hold it, and returns the prepared document naming them; `record_other_holders` runs
after the holder's own record and gives the second spouse of a marriage or a divorce the
certificate too. Every change goes through `registry.changes`, which writes the RegistryEvent
that SIAK could replay. Whatever the builder read is read again here, in the transaction: if
the registry changed meanwhile, nothing is issued.
"""

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from adminduk.applications.models import Application
from adminduk.documents import content
from adminduk.i18n import N_
from adminduk.issuing import builders
from adminduk.issuing.builders._common import member_of
from adminduk.issuing.builders.family_cards import DATA_CHANGE, requested_change
from adminduk.registry import changes
from adminduk.registry.choices import (
    Education,
    FamilyRelation,
    FamilyStatus,
    MaritalStatus,
    PersonStatus,
    Sex,
)
from adminduk.registry.models import Birth, Family, Marriage, Person

# A newborn's occupation, as the KK writes it.
NOT_WORKING = "Belum/Tidak Bekerja"
# The KK services whose card moves people between families or makes a new one; the other KK
# services reissue the card of the family as it stands.
FAMILY_CHANGING = frozenset({"kk-baru", "kk-pisah", "pindah-datang"})
CHANGED_MEANWHILE = N_(
    "Data penduduk yang dipakai dokumen ini baru saja berubah. Terbitkan permohonan ini lagi."
)


class RegistryChanged(Exception):
    """The registry no longer allows what the document shows; nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


async def apply(application: Application, prepared, issued_on: date, actor: str):
    """Makes the registry changes the document stands for; returns `prepared` with the family
    and person that hold it, as now registered."""
    effect = _EFFECTS.get(type(prepared.document))
    if effect is None:
        return prepared
    try:
        return await effect(application, prepared, issued_on, actor)
    except builders.NotIssuable as problem:
        raise RegistryChanged(str(problem)) from None
    except (IntegrityError, changes.StaleRecord):
        raise RegistryChanged(CHANGED_MEANWHILE) from None


async def record_other_holders(
    application: Application, prepared, issued_on: date, actor: str
) -> None:
    """Both spouses hold a marriage or divorce certificate; the first is the holder kept with
    the issued document."""
    document = prepared.document
    if isinstance(document, content.MarriageCertificate):
        nik = document.wife_nik
    elif isinstance(document, content.DivorceCertificate):
        nik = application.data.get("nik_mantan_pasangan")
    else:
        return
    other = await Person.get(nik=nik)
    await changes.record_held_document(
        kind=prepared.kind, number=prepared.number, issued_on=issued_on, person=other,
        family=await builders.family_of(other), actor=actor,
    )  # fmt: skip


async def _settle_family(application: Application, prepared, issued_on: date, actor: str):
    """The family of the card gets exactly the members, relations and marital statuses the
    card shows: made when new, the members moved in; a family left empty is dissolved. A
    member's data that kk-perubahan-data changes become those the card shows."""
    if application.service == DATA_CHANGE:
        return await _change_data(application, prepared, issued_on, actor)
    if application.service not in FAMILY_CHANGING:
        return prepared
    card: content.FamilyCard = prepared.document
    family = prepared.family or await _register_family(card, issued_on, actor)

    left = set()
    for member in card.members:
        person = await Person.get(nik=member.nik)
        if person.status is PersonStatus.DECEASED:
            raise builders.NotIssuable(builders.NOT_LIVING)
        if person.family_id not in (None, family.id):
            left.add(person.family_id)
        await changes.change_person(
            person, actor=actor, family=family, relation=member.relation,
            marital_status=member.marital_status, status=PersonStatus.ALIVE,
        )  # fmt: skip
    for family_id in left:
        old = await Family.get(id=family_id)
        alive = Person.filter(family=old, status=PersonStatus.ALIVE)
        if old.status is FamilyStatus.ACTIVE and not await alive.exists():
            await changes.change_family_status(old, FamilyStatus.DISSOLVED, actor=actor)
    return replace(prepared, family=family)


async def _change_data(application: Application, prepared, issued_on: date, actor: str):
    """The member's data become those the card shows, read again here: a registry changed
    since the card was built refuses the issue."""
    card: content.FamilyCard = prepared.document
    person, changed = await requested_change(application, prepared.family, issued_on)
    shown = next((member for member in card.members if member.nik == person.nik), None)
    if shown is None:
        raise changes.StaleRecord(str(person.id))
    await changes.change_person(person, actor=actor, **changed)
    if await member_of(person) != shown:
        raise changes.StaleRecord(str(person.id))
    return prepared


async def _register_family(card: content.FamilyCard, issued_on: date, actor: str) -> Family:
    desa = await builders.desa_named(card.address.desa, card.address.kecamatan)
    if desa is None:
        raise changes.StaleRecord(card.address.desa)
    return await changes.register_family(
        kk_number=card.kk_number, desa=desa, address=card.address.street, rt=card.address.rt,
        rw=card.address.rw, postal_code=card.address.postal_code, issued_on=issued_on,
        actor=actor,
    )  # fmt: skip


async def _record_birth(application: Application, prepared, issued_on: date, actor: str):
    """The birth record; a newborn joins the family of `nomor_kk` with the NIK printed."""
    akta: content.BirthCertificate = prepared.document
    data = application.data
    family, mother, father = await builders.birth_parents(application)
    child = prepared.person
    if child is None:
        child = await changes.register_person(
            family=family, actor=actor, nik=akta.child_nik,
            full_name=builders.text_of(data, "nama_anak"), sex=akta.sex,
            birth_place=builders.text_of(data, "tempat_lahir"), birth_date=akta.birth_date,
            religion=mother.religion, education=Education.NONE, occupation=NOT_WORKING,
            marital_status=MaritalStatus.SINGLE,
            relation=await _newborn_relation(family, mother, father),
            father_name=father.full_name if father else "", mother_name=mother.full_name,
        )  # fmt: skip
        prepared = replace(prepared, person=child, family=family)
    if not await Birth.exists(child=child):
        await changes.record_birth(
            child=child, mother=mother, father=father, born_on=akta.birth_date,
            place=akta.birth_place, birth_order=akta.child_order, actor=actor,
        )  # fmt: skip
    return prepared


async def _newborn_relation(family: Family, mother: Person, father: Person | None):
    """A child of the head's household is anak; of a child or child-in-law of the head, cucu."""
    relations = {p.relation for p in (mother, father) if p and p.family_id == family.id}
    head_couple = {FamilyRelation.HEAD, FamilyRelation.WIFE, FamilyRelation.HUSBAND}
    grown_children = {FamilyRelation.CHILD, FamilyRelation.CHILD_IN_LAW}
    if relations and not relations & head_couple and relations <= grown_children:
        return FamilyRelation.GRANDCHILD
    return FamilyRelation.CHILD


async def _record_death(application: Application, prepared, issued_on: date, actor: str):
    """The death closes the person and their marriage; the surviving spouse is widowed and,
    in the same family, heads it when the deceased did."""
    akta: content.DeathCertificate = prepared.document
    person: Person = prepared.person
    spouse = await _surviving_spouse(person)
    takes_over = (
        spouse is not None
        and person.relation is FamilyRelation.HEAD
        and spouse.family_id == person.family_id
    )

    await changes.record_death(
        person=person, died_on=akta.death_date, place=akta.death_place, actor=actor
    )
    closed = {"status": PersonStatus.DECEASED}
    if takes_over:
        wife_or_husband = FamilyRelation.HUSBAND if person.sex is Sex.MALE else FamilyRelation.WIFE
        closed["relation"] = wife_or_husband
    await changes.change_person(person, actor=actor, **closed)
    if spouse is not None:
        widowed = {"marital_status": MaritalStatus.WIDOWED}
        if takes_over:
            widowed["relation"] = FamilyRelation.HEAD
        await changes.change_person(spouse, actor=actor, **widowed)
    return prepared


async def _surviving_spouse(person: Person) -> Person | None:
    marriage = (
        await Marriage.filter(Q(husband=person) | Q(wife=person), ended_on=None)
        .order_by("-married_on")
        .first()
    )
    if marriage is not None:
        partner = marriage.wife_id if marriage.husband_id == person.id else marriage.husband_id
        spouse = await Person.get_or_none(id=partner)
    elif person.family_id and person.marital_status in builders.MARRIED:
        # A marriage the registry has no record of: the head's partner in the same KK.
        partners = {
            FamilyRelation.HEAD: (FamilyRelation.WIFE, FamilyRelation.HUSBAND),
            FamilyRelation.WIFE: (FamilyRelation.HEAD,),
            FamilyRelation.HUSBAND: (FamilyRelation.HEAD,),
        }.get(person.relation, ())
        spouse = (
            await Person.filter(family_id=person.family_id, relation__in=partners)
            .exclude(id=person.id)
            .exclude(sex=person.sex)
            .first()
        )
    else:
        spouse = None
    if spouse is None or spouse.status is not PersonStatus.ALIVE:
        return None
    return spouse if spouse.marital_status in builders.MARRIED else None


async def _record_marriage(application: Application, prepared, issued_on: date, actor: str):
    akta: content.MarriageCertificate = prepared.document
    husband, wife = await builders.couple(application.data)
    for person, partner in ((husband, wife), (wife, husband)):
        await builders.free_to_marry(person, partner)

    await changes.record_marriage(
        husband=husband, wife=wife, married_on=akta.married_on, place=akta.place,
        registered_by=builders.DISDUKCAPIL, actor=actor,
    )  # fmt: skip
    for person in (husband, wife):
        await changes.change_person(
            person, actor=actor, marital_status=MaritalStatus.MARRIED_REGISTERED
        )
    return prepared


async def _record_divorce(application: Application, prepared, issued_on: date, actor: str):
    akta: content.DivorceCertificate = prepared.document
    _, husband, wife, marriage = await builders.divorcing(application)

    await changes.record_divorce(
        marriage=marriage,
        divorced_on=builders.date_of(application.data, "tanggal_berkekuatan_tetap"),
        court_decision=akta.court_decision_number,
        actor=actor,
    )
    for person in (husband, wife):
        await changes.change_person(person, actor=actor, marital_status=MaritalStatus.DIVORCED)
    return prepared


async def _record_father(application: Application, prepared, issued_on: date, actor: str):
    """Recognised or legitimated, the child has the father in law: his name on the KK."""
    child, father, _ = await builders.child_and_parents(application)
    await changes.record_father(child, father, actor=actor)
    return prepared


async def _record_moving_out(application: Application, prepared, issued_on: date, actor: str):
    """Those who move are marked moved out; a family that moves whole, too."""
    letter: content.MovingLetter = prepared.document
    family, members, movers = await builders.moving_out(application)
    if {mover.nik for mover in letter.movers} != {person.nik for person in movers}:
        raise changes.StaleRecord(str(family.id))

    for person in movers:
        await changes.change_person(person, actor=actor, status=PersonStatus.MOVED_OUT)
    if len(movers) == len(members):
        await changes.change_family_status(family, FamilyStatus.MOVED_OUT, actor=actor)
    return prepared


Effect = Callable[..., Awaitable[object]]

_EFFECTS: dict[type, Effect] = {
    content.FamilyCard: _settle_family,
    content.BirthCertificate: _record_birth,
    content.DeathCertificate: _record_death,
    content.MarriageCertificate: _record_marriage,
    content.DivorceCertificate: _record_divorce,
    content.RecognitionCertificate: _record_father,
    content.LegitimationCertificate: _record_father,
    content.MovingLetter: _record_moving_out,
}
