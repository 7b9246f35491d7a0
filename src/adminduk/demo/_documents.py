"""The documents the demo population already holds, as if imported with the registry.

Certificate numbers follow the civil registry's form: the issuing regency, a register code
(LT birth, KM death, KW marriage, CR divorce), the date of registration and a serial, as in
"3216-LT-04122020-0012". KTP-el and KIA carry the holder's NIK, the KK its own number.
"""

import random
from datetime import date

from adminduk.demo._households import DISDUKCAPIL
from adminduk.demo.plan import (
    DemoPlan,
    PlannedDeath,
    PlannedDivorce,
    PlannedDocument,
    PlannedMarriage,
    PlannedPerson,
    age_on,
    between,
    days,
    years_after,
)
from adminduk.registry.choices import DocumentKind, MaritalStatus, PersonStatus

# Kabupaten Bekasi's share of children 0-18 with a birth certificate, against the national
# target of 92 %: the demo's coverage statistics show the same gap.
BIRTH_CERTIFICATE_COVERAGE = 0.89
CHILD_MAX_AGE = 18
# The regency served here, which registered the deaths and divorces of its residents.
REGENCY = "3216"
ADULT_AGE = 17

# KTP-el cards were first issued in 2011; KIA cards from 2016 (Permendagri 2/2016).
_KTP_EL_FROM = date(2011, 10, 1)
_KIA_FROM = date(2016, 3, 1)


class _Numbers:
    """Register numbers: per register and day, serials run on from where that day began."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._last: dict[tuple[str, str, date], int] = {}

    def next(self, issuer: str, code: str, registered_on: date) -> str:
        key = (issuer, code, registered_on)
        serial = self._last.get(key) or self._rng.randint(1, 60)
        self._last[key] = serial + 1
        return f"{issuer}-{code}-{registered_on:%d%m%Y}-{serial:04d}"


class _Planner:
    def __init__(self, rng: random.Random, plan: DemoPlan, without_birth_certificate: set[str]):
        self.rng = rng
        self.today = plan.today
        self.numbers = _Numbers(rng)
        self.without_birth_certificate = without_birth_certificate

    def personal(self, person: PlannedPerson) -> list[PlannedDocument]:
        if person.status is not PersonStatus.ALIVE:
            return []

        documents = []
        birth_certificate = self._birth_certificate(person)
        if birth_certificate:
            documents.append(birth_certificate)
        if self._must_hold_ktp_el(person):
            card = self._ktp_el(person)
            documents += [card] if card else []
        elif birth_certificate and self.rng.random() < 0.4:
            card = self._kia(person, birth_certificate.issued_on)
            documents += [card] if card else []
        return documents

    def _birth_certificate(self, person: PlannedPerson) -> PlannedDocument | None:
        born = person.birth_date
        if age_on(born, self.today) <= CHILD_MAX_AGE:
            if person.nik in self.without_birth_certificate:
                return None
        elif self.rng.random() >= _adult_birth_certificate_share(born):
            return None

        # Children are mostly registered within weeks; many older adults only decades later.
        if born.year >= 2005 or self.rng.random() < 0.4:
            registered_on = min(born + days(self.rng.randint(7, 90)), self.today)
        else:
            registered_on = between(self.rng, born + days(365), self.today)
        number = self.numbers.next(person.nik[:4], "LT", registered_on)
        return _document(DocumentKind.BIRTH_CERTIFICATE, number, registered_on, person)

    def _must_hold_ktp_el(self, person: PlannedPerson) -> bool:
        age = age_on(person.birth_date, self.today)
        return age >= ADULT_AGE or person.marital_status is not MaritalStatus.SINGLE

    def _ktp_el(self, person: PlannedPerson) -> PlannedDocument | None:
        # Most who turned 17 this year are still waiting for their card.
        just_of_age = age_on(person.birth_date, self.today) == ADULT_AGE
        if self.rng.random() >= (0.4 if just_of_age else 0.95):
            return None
        start = max(years_after(person.birth_date, ADULT_AGE), _KTP_EL_FROM)
        issued_on = between(self.rng, start, self.today)
        return _document(DocumentKind.IDENTITY_CARD, person.nik, issued_on, person)

    def _kia(self, person: PlannedPerson, certified_on: date) -> PlannedDocument | None:
        start = max(certified_on, _KIA_FROM)
        end = min(years_after(person.birth_date, ADULT_AGE) - days(1), self.today)
        if start > end:
            return None
        issued_on = between(self.rng, start, end)
        return _document(DocumentKind.CHILD_IDENTITY_CARD, person.nik, issued_on, person)

    def civil(self, plan: DemoPlan) -> list[PlannedDocument]:
        """Certificates of marriages registered by Disdukcapil, of their divorces, of deaths."""
        marriages = [m for m in plan.marriages if m.registered_by == DISDUKCAPIL]
        couples = {(m.husband_nik, m.wife_nik) for m in marriages}
        divorces = [d for d in plan.divorces if (d.husband_nik, d.wife_nik) in couples]
        return (
            [self._marriage_certificate(marriage) for marriage in marriages]
            + [self._divorce_certificate(divorce) for divorce in divorces]
            + [self._death_certificate(death) for death in plan.deaths]
        )

    def _marriage_certificate(self, marriage: PlannedMarriage) -> PlannedDocument:
        # Muslim marriages get the KUA's marriage book instead, so they are not here.
        registered_on = self._after(marriage.married_on, 1, 14)
        number = self.numbers.next(marriage.issuer, "KW", registered_on)
        return PlannedDocument(
            DocumentKind.MARRIAGE_CERTIFICATE, number, registered_on, marriage.husband_nik
        )

    def _divorce_certificate(self, divorce: PlannedDivorce) -> PlannedDocument:
        # Registered once the court's decision is final, some weeks after it.
        registered_on = self._after(divorce.divorced_on, 30, 90)
        number = self.numbers.next(REGENCY, "CR", registered_on)
        return PlannedDocument(
            DocumentKind.DIVORCE_CERTIFICATE, number, registered_on, divorce.wife_nik
        )

    def _death_certificate(self, death: PlannedDeath) -> PlannedDocument:
        registered_on = self._after(death.died_on, 3, 40)
        number = self.numbers.next(REGENCY, "KM", registered_on)
        return PlannedDocument(DocumentKind.DEATH_CERTIFICATE, number, registered_on, death.nik)

    def _after(self, day: date, least: int, most: int) -> date:
        return min(day + days(self.rng.randint(least, most)), self.today)


def plan_documents(
    rng: random.Random, plan: DemoPlan, unregistered_births: set[str]
) -> list[PlannedDocument]:
    """A KK for every family, then each person's own documents and the civil certificates."""
    without = children_without_birth_certificate(rng, plan, unregistered_births)
    planner = _Planner(rng, plan, without)
    documents = [
        PlannedDocument(
            DocumentKind.FAMILY_CARD, family.kk_number, family.issued_on, kk_number=family.kk_number
        )
        for family in plan.families
    ]
    for person in plan.people:
        documents += planner.personal(person)
    return documents + planner.civil(plan)


def children_without_birth_certificate(
    rng: random.Random, plan: DemoPlan, unregistered_births: set[str]
) -> set[str]:
    """Enough children 0-18 to leave coverage at BIRTH_CERTIFICATE_COVERAGE, newborns first."""
    children = [
        person.nik
        for person in plan.people
        if person.status is PersonStatus.ALIVE
        and age_on(person.birth_date, plan.today) <= CHILD_MAX_AGE
    ]
    missing = len(children) - round(len(children) * BIRTH_CERTIFICATE_COVERAGE)
    newborns = [nik for nik in children if nik in unregistered_births]
    others = [nik for nik in children if nik not in unregistered_births]
    return set(newborns) | set(rng.sample(others, max(0, missing - len(newborns))))


def _adult_birth_certificate_share(born: date) -> float:
    if born.year >= 1995:
        return 0.8
    return 0.55 if born.year >= 1980 else 0.3


def _document(
    kind: DocumentKind, number: str, issued_on: date, person: PlannedPerson
) -> PlannedDocument:
    return PlannedDocument(kind, number, issued_on, person_nik=person.nik)
