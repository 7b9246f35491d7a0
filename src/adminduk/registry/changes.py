"""Changes to the registry, each written together with the event that records it."""

from datetime import date
from typing import Any

from tortoise.transactions import in_transaction

from adminduk.registry.choices import EventKind
from adminduk.registry.models import Family, Person, Region, RegistryEvent
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
