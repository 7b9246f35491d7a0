"""Changes to the registry, each written together with the event that records it."""

from datetime import date
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from adminduk.registry.choices import DocumentKind, DocumentSource, EventKind, FamilyStatus
from adminduk.registry.models import (
    Birth,
    Death,
    Divorce,
    Family,
    HeldDocument,
    Marriage,
    Person,
    Region,
    RegistryEvent,
)
from adminduk.registry.names import name_key


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return getattr(value, "value", value)


async def register_family(
    *, kk_number: str, desa: Region, address: str, rt: str, rw: str, postal_code: str,
    issued_on: date, actor: str,
) -> Family:  # fmt: skip
    async with in_transaction():
        family = await Family.create(
            kk_number=kk_number, desa=desa, address=address, rt=rt, rw=rw,
            postal_code=postal_code, issued_on=issued_on,
        )  # fmt: skip
        await RegistryEvent.create(
            kind=EventKind.FAMILY_REGISTERED,
            family=family,
            actor=actor,
            changes={"kk_number": kk_number, "desa": desa.code, "issued_on": issued_on.isoformat()},
        )
    return family


async def register_person(*, family: Family | None, actor: str, **fields: Any) -> Person:
    """Adds a person with the fields of the KK (see Person) and records the event."""
    async with in_transaction():
        key = name_key(fields["full_name"])
        person = await Person.create(family=family, name_key=key, **fields)
        await RegistryEvent.create(
            kind=EventKind.PERSON_REGISTERED,
            person=person,
            family=family,
            actor=actor,
            changes={key: _plain(value) for key, value in fields.items()},
        )
    return person


class StaleRecord(Exception):
    """Someone changed the record first: the change was not made."""


async def change_person(person: Person, *, actor: str, **fields: Any) -> None:
    """Sets the fields that differ and records the change, old and new. `family` is given as
    a Family (or None) and recorded by its No. KK. The update holds only while the stored
    values are still those read: a concurrent change raises StaleRecord."""
    old, new, shown = {}, {}, {}
    for name, value in fields.items():
        column = "family_id" if name == "family" else name
        stored, wanted = getattr(person, column), value
        if name == "family":
            wanted = value.id if value is not None else None
        if stored == wanted:
            continue
        old[column], new[column] = stored, wanted
        shown[name] = {"old": _plain(stored), "new": _plain(value)}
    if not new:
        return
    if "family_id" in new:
        shown["family"] = {"old": await _kk_number(old["family_id"]), "new": _kk_number_of(fields)}
    if "full_name" in new:
        new["name_key"] = name_key(new["full_name"])

    async with in_transaction():
        updated = await Person.filter(id=person.id, **old).update(**new)
        if not updated:
            raise StaleRecord(f"person {person.id}")
        await RegistryEvent.create(
            kind=EventKind.PERSON_CHANGED,
            person=person,
            family_id=new.get("family_id", person.family_id),
            actor=actor,
            changes=shown,
        )
    for column, value in new.items():
        setattr(person, column, value)


async def _kk_number(family_id: Any) -> str | None:
    family = await Family.get_or_none(id=family_id) if family_id else None
    return family.kk_number if family else None


def _kk_number_of(fields: dict[str, Any]) -> str | None:
    return fields["family"].kk_number if fields["family"] is not None else None


async def change_family_status(family: Family, status: FamilyStatus, *, actor: str) -> None:
    """A family moves out or is dissolved. EventKind has no kind of its own for a family's
    change: it is recorded as PERSON_CHANGED without a person."""
    if family.status is status:
        return
    async with in_transaction():
        updated = await Family.filter(id=family.id, status=family.status).update(status=status)
        if not updated:
            raise StaleRecord(f"family {family.id}")
        await RegistryEvent.create(
            kind=EventKind.PERSON_CHANGED, family=family, actor=actor,
            changes={"family_status": {"old": family.status.value, "new": status.value}},
        )  # fmt: skip
    family.status = status


async def record_birth(
    *, child: Person, mother: Person | None, father: Person | None, born_on: date, place: str,
    birth_order: int, actor: str,
) -> Birth:  # fmt: skip
    async with in_transaction():
        birth = await Birth.create(
            child=child, mother=mother, father=father, born_on=born_on, place=place,
            birth_order=birth_order,
        )  # fmt: skip
        await RegistryEvent.create(
            kind=EventKind.BIRTH_RECORDED, person=child, family_id=child.family_id, actor=actor,
            changes={"born_on": born_on.isoformat(), "place": place, "birth_order": birth_order,
                     "mother": mother.nik if mother else None,
                     "father": father.nik if father else None},
        )  # fmt: skip
    return birth


async def record_death(*, person: Person, died_on: date, place: str, actor: str) -> Death:
    """The death, and the end of the deceased's marriages that were still open."""
    async with in_transaction():
        death = await Death.create(person=person, died_on=died_on, place=place)
        still_open = Marriage.filter(Q(husband=person) | Q(wife=person), ended_on=None)
        ended = [str(marriage) for marriage in await still_open.values_list("id", flat=True)]
        await Marriage.filter(id__in=ended).update(ended_on=died_on)
        await RegistryEvent.create(
            kind=EventKind.DEATH_RECORDED, person=person, family_id=person.family_id,
            actor=actor,
            changes={"died_on": died_on.isoformat(), "place": place, "marriages_ended": ended},
        )  # fmt: skip
    return death


async def record_marriage(
    *, husband: Person, wife: Person, married_on: date, place: str, registered_by: str,
    actor: str,
) -> Marriage:  # fmt: skip
    """A registered marriage. The couple's open marriage that was not registered yet (married
    by religion only) becomes this one rather than a second record."""
    async with in_transaction():
        marriage = await Marriage.get_or_none(
            husband=husband, wife=wife, ended_on=None, registered_by=None
        )
        if marriage is None:
            marriage = await Marriage.create(
                husband=husband, wife=wife, married_on=married_on, place=place,
                registered_by=registered_by,
            )  # fmt: skip
        else:
            marriage.married_on, marriage.place = married_on, place
            marriage.registered_by = registered_by
            await marriage.save(update_fields=["married_on", "place", "registered_by"])
        await RegistryEvent.create(
            kind=EventKind.MARRIAGE_RECORDED, person=husband, family_id=husband.family_id,
            actor=actor,
            changes={"husband": husband.nik, "wife": wife.nik, "married_on": married_on.isoformat(),
                     "place": place, "registered_by": registered_by},
        )  # fmt: skip
    return marriage


async def record_divorce(
    *, marriage: Marriage, divorced_on: date, court_decision: str, actor: str
) -> Divorce:
    """The divorce ends the marriage, once: a marriage someone else ended raises StaleRecord."""
    async with in_transaction():
        ended = await Marriage.filter(id=marriage.id, ended_on=None).update(ended_on=divorced_on)
        if not ended:
            raise StaleRecord(f"marriage {marriage.id}")
        divorce = await Divorce.create(
            marriage=marriage, divorced_on=divorced_on, court_decision=court_decision
        )
        await marriage.fetch_related("husband", "wife")
        await RegistryEvent.create(
            kind=EventKind.DIVORCE_RECORDED, person=marriage.husband,
            family_id=marriage.husband.family_id, actor=actor,
            changes={"husband": marriage.husband.nik, "wife": marriage.wife.nik,
                     "divorced_on": divorced_on.isoformat(), "court_decision": court_decision},
        )  # fmt: skip
    marriage.ended_on = divorced_on
    return divorce


async def record_father(child: Person, father: Person, *, actor: str) -> None:
    """A father recognised or a child legitimated: the child's father's name, and the father
    on the child's birth record where it named none."""
    async with in_transaction():
        await change_person(child, actor=actor, father_name=father.full_name)
        await Birth.filter(child=child, father_id=None).update(father_id=father.id)


async def record_held_document(
    *, kind: DocumentKind, number: str, issued_on: date, person: Person | None,
    family: Family | None, actor: str,
) -> HeldDocument:  # fmt: skip
    """One more holder of an issued document (the second spouse of a marriage or divorce)."""
    async with in_transaction():
        held = await HeldDocument.create(
            kind=kind, number=number, person=person, family=family, issued_on=issued_on,
            source=DocumentSource.ISSUED,
        )  # fmt: skip
        await RegistryEvent.create(
            kind=EventKind.DOCUMENT_RECORDED, person=person, family=family, actor=actor,
            changes={"kind": kind.value, "number": number, "issued_on": issued_on.isoformat()},
        )  # fmt: skip
    return held
