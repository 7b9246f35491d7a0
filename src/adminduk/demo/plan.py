"""What the demo loads: families, people, civil records and held documents, as plain data.

People are referred to by NIK and families by No. KK, both unique in a plan.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from adminduk.registry.choices import (
    BloodType,
    Citizenship,
    DocumentKind,
    Education,
    FamilyRelation,
    MaritalStatus,
    PersonStatus,
    Religion,
    Sex,
)


@dataclass(slots=True)
class PlannedPerson:
    """The fields of a Person row, named as the model names them."""

    nik: str
    full_name: str
    sex: Sex
    birth_place: str
    birth_date: date
    religion: Religion
    education: Education
    occupation: str
    blood_type: BloodType
    marital_status: MaritalStatus
    relation: FamilyRelation
    father_name: str
    mother_name: str
    citizenship: Citizenship = Citizenship.INDONESIAN
    status: PersonStatus = PersonStatus.ALIVE


@dataclass(slots=True)
class PlannedFamily:
    kk_number: str
    desa_code: str
    address: str
    rt: str
    rw: str
    postal_code: str
    issued_on: date
    # The head first, then the others in the order of the KK.
    members: list[PlannedPerson]

    @property
    def head(self) -> PlannedPerson:
        return self.members[0]


@dataclass(slots=True)
class PlannedMarriage:
    husband_nik: str
    wife_nik: str
    married_on: date
    place: str
    # "KUA", "Disdukcapil", or None for a marriage that was never registered.
    registered_by: str | None
    # Undotted regency code of the office that registered it: the prefix of its certificate.
    issuer: str
    ended_on: date | None = None


@dataclass(frozen=True, slots=True)
class PlannedBirth:
    child_nik: str
    mother_nik: str
    father_nik: str
    born_on: date
    place: str
    birth_order: int


@dataclass(frozen=True, slots=True)
class PlannedDeath:
    nik: str
    died_on: date
    place: str


@dataclass(frozen=True, slots=True)
class PlannedDivorce:
    husband_nik: str
    wife_nik: str
    divorced_on: date
    court_decision: str


@dataclass(frozen=True, slots=True)
class PlannedDocument:
    kind: DocumentKind
    number: str
    issued_on: date
    person_nik: str | None = None
    kk_number: str | None = None


@dataclass(slots=True)
class DemoPlan:
    today: date
    families: list[PlannedFamily]
    marriages: list[PlannedMarriage]
    births: list[PlannedBirth]
    deaths: list[PlannedDeath]
    divorces: list[PlannedDivorce]
    documents: list[PlannedDocument] = field(default_factory=list)
    # The desa of the kiosk operator's demo account; its kecamatan is the officer's.
    home_desa_code: str = ""
    # The adult the resident's demo account belongs to.
    resident_nik: str = ""

    @property
    def people(self) -> list[PlannedPerson]:
        return [person for family in self.families for person in family.members]

    def family_of(self, nik: str) -> PlannedFamily:
        return next(f for f in self.families if any(m.nik == nik for m in f.members))


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def years_after(day: date, years: int) -> date:
    """The same calendar day `years` later (earlier when negative); 29 February becomes 28."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def days(count: int) -> timedelta:
    return timedelta(days=count)


def between(rng: random.Random, start: date, end: date) -> date:
    """A day from start to end, both included; `end` when the range is empty."""
    if end <= start:
        return end
    return start + days(rng.randint(0, (end - start).days))
