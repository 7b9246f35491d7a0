"""Finding people and families in the registry, for staff."""

import re

from tortoise.expressions import Q

from adminduk.registry.models import Family, Person
from adminduk.registry.names import name_key

RESULT_LIMIT = 50
MIN_NAME_LENGTH = 3
_NUMBER = re.compile(r"^\d{16}$")


def clean_query(query: str) -> str:
    compact = re.sub(r"[\s.\-]", "", query)
    return compact if compact.isdigit() else query.strip()


async def search_people(query: str) -> list[Person]:
    """By a whole NIK or No. KK (16 digits), or by part of a name (3 letters or more)."""
    query = clean_query(query)
    if _NUMBER.match(query):
        people = Person.filter(Q(nik=query) | Q(family__kk_number=query))
    elif len(name_key(query)) >= MIN_NAME_LENGTH:
        people = Person.filter(name_key__contains=name_key(query))
    else:
        return []
    return (
        await people.select_related("family", "family__desa")
        .order_by("name_key", "nik")
        .limit(RESULT_LIMIT + 1)
    )


async def family_with_members(family_id: str) -> tuple[Family, list[Person]] | None:
    family = await Family.get_or_none(id=family_id).select_related("desa")
    if family is None:
        return None
    members = await Person.filter(family=family).order_by("birth_date")
    return family, sorted(members, key=_kk_order)


def _kk_order(person: Person) -> tuple[int, object]:
    # The head of the family is listed first on the KK, then the others by birth date.
    return (0 if person.relation == "kepala_keluarga" else 1, person.birth_date)
