"""Households of the demo, one kind at a time: a couple with their children (now and then
with a widowed parent), a couple married without registration, a widow, a divorced mother and
the father who left, a young adult living alone."""

import random
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from adminduk.demo._names import NameBook, inherits_surname, other_family_name, surname
from adminduk.demo._traits import (
    NOT_WORKING,
    STUDENT,
    adult_blood_type,
    adult_education,
    child_blood_type,
    occupation,
    school_education,
)
from adminduk.demo.plan import (
    PlannedBirth,
    PlannedDeath,
    PlannedDivorce,
    PlannedFamily,
    PlannedMarriage,
    PlannedPerson,
    age_on,
    between,
    days,
    years_after,
)
from adminduk.identity import make_kk_number, make_nik
from adminduk.regions import Region
from adminduk.registry.choices import (
    FamilyRelation,
    MaritalStatus,
    PersonStatus,
    Religion,
    Sex,
)

KUA = "KUA"
DISDUKCAPIL = "Disdukcapil"


class Kind(StrEnum):
    COUPLE = "couple"
    UNREGISTERED = "unregistered"
    WIDOW = "widow"
    DIVORCED = "divorced"
    SINGLE = "single"


_WIFE_AGES = {(20, 25): 8, (26, 35): 26, (36, 45): 30, (46, 55): 22, (56, 68): 14}
_LOCAL_BIRTH_PLACES = {
    "Bekasi": 60, "Jakarta": 10, "Karawang": 8, "Bogor": 5, "Cirebon": 5, "Kuningan": 4,
    "Indramayu": 4, "Tasikmalaya": 4,
}  # fmt: skip
_KAMPUNG = (
    "Sukamaju", "Sukajadi", "Cibeureum", "Pulo Asem", "Rawa Bambu", "Babakan", "Gempol",
    "Pabuaran", "Kebon Kelapa", "Tanjung Sari", "Bojong Koneng", "Pasir Randu",
)  # fmt: skip
_STREETS = (
    "Melati", "Mawar", "Kenanga", "Flamboyan", "Cempaka", "Anggrek", "Teratai", "Kamboja",
    "Nusa Indah", "Dahlia", "Seroja", "Bougenville",
)  # fmt: skip
_ESTATES = (
    "Griya Asri", "Bumi Lestari", "Taman Permai", "Graha Indah", "Villa Mutiara", "Puri Harapan",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an adult who moved in was first given a NIK: an undotted kecamatan code."""

    kecamatan: str
    birth_place: str


@dataclass(frozen=True, slots=True)
class FamilySpec:
    kind: Kind
    religion: Religion
    desa: Region
    head_origin: Origin | None = None
    wife_origin: Origin | None = None
    # A child born in the last few months, who has no birth certificate yet.
    newborn: bool = False


@dataclass(slots=True)
class _Couple:
    husband: PlannedPerson
    wife: PlannedPerson
    marriage: PlannedMarriage
    children: list[PlannedPerson]
    events: list[date]


class HouseholdBuilder:
    def __init__(self, rng: random.Random, today: date, regions: list[Region]) -> None:
        self.rng = rng
        self.today = today
        self.names = NameBook(rng)
        self.desas = [region for region in regions if region.level in ("desa", "kelurahan")]
        self.kecamatan_names = {r.code: r.name for r in regions if r.level == "kecamatan"}
        self._nik_serials: dict[tuple[str, date], int] = {}
        self._kk_serials: dict[tuple[str, date], int] = {}
        self.families: list[PlannedFamily] = []
        self.marriages: list[PlannedMarriage] = []
        self.births: list[PlannedBirth] = []
        self.deaths: list[PlannedDeath] = []
        self.divorces: list[PlannedDivorce] = []
        # NIKs of the babies born so recently that their parents have not registered the birth.
        self.newborns: set[str] = set()

    def add(self, spec: FamilySpec) -> None:
        {
            Kind.COUPLE: self._couple_family,
            Kind.UNREGISTERED: self._couple_family,
            Kind.WIDOW: self._widow_family,
            Kind.DIVORCED: self._divorced_family,
            Kind.SINGLE: self._single_family,
        }[spec.kind](spec)

    def _couple_family(self, spec: FamilySpec) -> None:
        unregistered = spec.kind is Kind.UNREGISTERED
        if unregistered:
            ages = (20, 45)
        elif spec.newborn:
            ages = (22, 30)
        else:
            ages = self._pick(_WIFE_AGES)
        couple = self._couple(spec, ages, self.today - days(14), unregistered=unregistered)
        members = [couple.husband, couple.wife, *couple.children]

        elder = None
        if not unregistered and age_on(couple.husband.birth_date, self.today) <= 52:
            elder = self._maybe_elder(spec, couple)
        if elder:
            members.append(elder)
        if elder and elder.status is PersonStatus.DECEASED:
            couple.events.append(self.deaths[-1].died_on)
        self._family(spec.desa, members, max(couple.events))

    def _widow_family(self, spec: FamilySpec) -> None:
        couple = self._couple(spec, (36, 68), years_after(self.today, -2))
        husband, wife = couple.husband, couple.wife
        died_on = between(self.rng, max(couple.events) + days(270), self.today - days(60))

        husband.status = PersonStatus.DECEASED
        husband.relation = FamilyRelation.HUSBAND
        wife.relation = FamilyRelation.HEAD
        wife.marital_status = MaritalStatus.WIDOWED
        couple.marriage.ended_on = died_on
        self.deaths.append(PlannedDeath(husband.nik, died_on, self._death_place()))
        self._family(spec.desa, [wife, husband, *couple.children], died_on)

    def _divorced_family(self, spec: FamilySpec) -> None:
        couple = self._couple(spec, (28, 48), years_after(self.today, -2))
        husband, wife = couple.husband, couple.wife
        divorced_on = between(self.rng, max(couple.events) + days(180), self.today - days(90))

        husband.marital_status = wife.marital_status = MaritalStatus.DIVORCED
        wife.relation = FamilyRelation.HEAD
        couple.marriage.ended_on = divorced_on
        # Muslim couples divorce before the religious court, others before the district court.
        court = "PA.Ckr" if spec.religion is Religion.ISLAM else "PN Ckr"
        decision = f"{self.rng.randint(150, 2900)}/Pdt.G/{divorced_on.year}/{court}"
        self.divorces.append(PlannedDivorce(husband.nik, wife.nik, divorced_on, decision))
        self._family(spec.desa, [wife, *couple.children], divorced_on)
        self._family(self.rng.choice(self.desas), [husband], divorced_on)

    def _single_family(self, spec: FamilySpec) -> None:
        sex = Sex.MALE if self.rng.random() < 0.6 else Sex.FEMALE
        born = self._born(19, 34)
        person = self._adult(
            spec, sex, born, FamilyRelation.HEAD, MaritalStatus.SINGLE, spec.head_origin
        )
        self._family(spec.desa, [person], years_after(born, 18))

    def _couple(
        self, spec: FamilySpec, wife_ages: tuple[int, int], latest_child: date, *,
        unregistered: bool = False,
    ) -> _Couple:  # fmt: skip
        marital = (
            MaritalStatus.MARRIED_UNREGISTERED if unregistered else MaritalStatus.MARRIED_REGISTERED
        )
        wife_born = self._born(*wife_ages)
        husband_born = wife_born - days(self.rng.randint(0, 8 * 365))
        husband = self._adult(
            spec, Sex.MALE, husband_born, FamilyRelation.HEAD, marital, spec.head_origin
        )
        wife_family = other_family_name(self.rng, spec.religion, surname(husband.full_name))
        wife_name = self.names.new(spec.religion, Sex.FEMALE, wife_born, family_name=wife_family)
        wife = self._adult(
            spec, Sex.FEMALE, wife_born, FamilyRelation.WIFE, marital, spec.wife_origin,
            name=wife_name,
        )  # fmt: skip

        # Most women here marry in their early twenties, some later, none before 19.
        earliest = max(years_after(wife_born, 19), years_after(husband_born, 21))
        married_on = earliest + days(round(self.rng.triangular(0, 3650, 900)))
        married_on = min(married_on, self.today - days(400 if spec.newborn else 60))
        marriage = self._marriage(spec, husband, wife, married_on, unregistered)

        births = self._birth_dates(married_on, wife_born, latest_child, spec.newborn)
        children = self._children(spec, husband, wife, births)
        return _Couple(husband, wife, marriage, children, [married_on, *births])

    def _marriage(
        self, spec: FamilySpec, husband: PlannedPerson, wife: PlannedPerson, married_on: date,
        unregistered: bool,
    ) -> PlannedMarriage:  # fmt: skip
        # A couple marries where the bride lives: her first home when she moved here later.
        origin = spec.wife_origin
        registered_by = KUA if spec.religion is Religion.ISLAM else DISDUKCAPIL
        place = self.kecamatan_names[spec.desa.code[:8]]
        if origin:
            place = origin.birth_place
        elif registered_by == KUA:
            place = f"KUA Kecamatan {place}"
        marriage = PlannedMarriage(
            husband_nik=husband.nik,
            wife_nik=wife.nik,
            married_on=married_on,
            place=place,
            registered_by=None if unregistered else registered_by,
            issuer=origin.kecamatan[:4] if origin else spec.desa.digits[:4],
        )
        self.marriages.append(marriage)
        return marriage

    def _birth_dates(
        self, married_on: date, wife_born: date, latest: date, newborn: bool
    ) -> list[date]:
        rng = self.rng
        wanted = self._pick({0: 3, 1: 16, 2: 34, 3: 28, 4: 13, 5: 6})
        limit = min(latest, years_after(wife_born, 42))
        births: list[date] = []
        born = married_on + days(rng.randint(280, 1100))
        while len(births) < wanted and born <= limit:
            births.append(born)
            born += days(rng.randint(540, 2200))

        if newborn:
            older = [born for born in births if born <= self.today - days(700)][:2]
            births = [*older, self.today - days(rng.randint(21, 100))]
        return births

    def _children(
        self, spec: FamilySpec, father: PlannedPerson, mother: PlannedPerson, births: list[date]
    ) -> list[PlannedPerson]:
        """The children who still live at home; grown ones have often left for their own KK."""
        family_name = surname(father.full_name) if inherits_surname(spec.religion) else None
        children = []
        for order, born in enumerate(births, start=1):
            child = self._child(spec, father, mother, born, order, family_name)
            if age_on(born, self.today) >= 23 and self.rng.random() < 0.5:
                continue
            children.append(child)
            place = self._birth_facility(spec.desa, born)
            self.births.append(PlannedBirth(child.nik, mother.nik, father.nik, born, place, order))
            if spec.newborn and born > self.today - days(101):
                self.newborns.add(child.nik)
        return children

    def _child(
        self, spec: FamilySpec, father: PlannedPerson, mother: PlannedPerson, born: date,
        order: int, family_name: str | None,
    ) -> PlannedPerson:  # fmt: skip
        sex = self.rng.choice((Sex.MALE, Sex.FEMALE))
        name = self.names.new(spec.religion, sex, born, family_name=family_name, birth_order=order)
        education, job = self._schooling(spec, sex, born)
        return PlannedPerson(
            nik=self._nik(spec.desa.digits[:6], born, sex),
            full_name=name,
            sex=sex,
            birth_place="Cikarang" if self.rng.random() < 0.2 else "Bekasi",
            birth_date=born,
            religion=spec.religion,
            education=education,
            occupation=job,
            blood_type=child_blood_type(self.rng, father.blood_type, mother.blood_type),
            marital_status=MaritalStatus.SINGLE,
            relation=FamilyRelation.CHILD,
            father_name=father.full_name,
            mother_name=mother.full_name,
        )

    def _schooling(self, spec: FamilySpec, sex: Sex, born: date) -> tuple:
        age = age_on(born, self.today)
        if age < 7:
            return school_education(age), NOT_WORKING
        if age < 19 or (age < 23 and self.rng.random() < 0.5):
            return school_education(age), STUDENT

        education = adult_education(self.rng, born)
        job = occupation(
            self.rng, age=age, sex=sex, education=education, kecamatan=spec.desa.digits[:6]
        )
        return education, job

    def _maybe_elder(self, spec: FamilySpec, couple: _Couple) -> PlannedPerson | None:
        """Now and then a widowed parent of the husband or the wife lives with them."""
        rng = self.rng
        if rng.random() >= 0.16:
            return None

        child, relation, origin = rng.choice(
            (
                (couple.husband, FamilyRelation.PARENT, spec.head_origin),
                (couple.wife, FamilyRelation.PARENT_IN_LAW, spec.wife_origin),
            )
        )
        sex = Sex.FEMALE if rng.random() < 0.7 else Sex.MALE
        born = child.birth_date - days(rng.randint(20 * 365, 34 * 365))
        family_name = surname(child.full_name) if inherits_surname(spec.religion) else None
        name = self.names.new(
            spec.religion, sex, born, family_name=family_name if sex is Sex.MALE else None
        )
        if sex is Sex.MALE:
            child.father_name = name
        else:
            child.mother_name = name

        elder = self._adult(spec, sex, born, relation, MaritalStatus.WIDOWED, origin, name=name)
        if rng.random() < 0.3:
            elder.status = PersonStatus.DECEASED
            died_on = between(rng, years_after(self.today, -4), self.today - days(30))
            self.deaths.append(PlannedDeath(elder.nik, died_on, self._death_place()))
        return elder

    def _adult(
        self, spec: FamilySpec, sex: Sex, born: date, relation: FamilyRelation,
        marital: MaritalStatus, origin: Origin | None, *, name: str | None = None,
    ) -> PlannedPerson:  # fmt: skip
        rng = self.rng
        name = name or self.names.new(spec.religion, sex, born)
        parents_born = years_after(born, -28)
        family_name = surname(name) if inherits_surname(spec.religion) else None
        mother_family = other_family_name(rng, spec.religion, family_name or "")
        education = adult_education(rng, born)
        job = occupation(
            rng, age=age_on(born, self.today), sex=sex, education=education,
            kecamatan=spec.desa.digits[:6], married=marital is not MaritalStatus.SINGLE,
        )  # fmt: skip
        return PlannedPerson(
            nik=self._nik(origin.kecamatan if origin else spec.desa.digits[:6], born, sex),
            full_name=name,
            sex=sex,
            birth_place=origin.birth_place if origin else self._pick(_LOCAL_BIRTH_PLACES),
            birth_date=born,
            religion=spec.religion,
            education=education,
            occupation=job,
            blood_type=adult_blood_type(rng),
            marital_status=marital,
            relation=relation,
            father_name=self.names.parent(
                spec.religion, Sex.MALE, parents_born, family_name=family_name
            ),
            mother_name=self.names.parent(
                spec.religion, Sex.FEMALE, parents_born, family_name=mother_family
            ),
        )

    def _family(self, desa: Region, members: list[PlannedPerson], last_event: date) -> None:
        """The KK as last issued: after the head came of age and after the latest change."""
        rng = self.rng
        last_event = max(last_event, years_after(members[0].birth_date, 17))
        issued_on = between(
            rng, min(last_event + days(7), self.today), min(last_event + days(300), self.today)
        )
        kecamatan = desa.digits[:6]
        serial = self._next(self._kk_serials, (kecamatan, issued_on))
        self.families.append(
            PlannedFamily(
                kk_number=make_kk_number(kecamatan, issued_on, serial),
                desa_code=desa.code,
                address=self._address(),
                rt=f"{rng.randint(1, 12):03d}",
                rw=f"{rng.randint(1, 9):03d}",
                # Synthetic: one postal code per kecamatan, in the regency's 175xx range.
                postal_code=f"175{kecamatan[4:]}",
                issued_on=issued_on,
                members=members,
            )
        )

    def _address(self) -> str:
        rng = self.rng
        style = rng.random()
        if style < 0.4:
            return f"Kp. {rng.choice(_KAMPUNG)}"
        if style < 0.75:
            return f"Jl. {rng.choice(_STREETS)} No. {rng.randint(1, 120)}"
        block = f"{rng.choice('ABCDEFGH')}{rng.randint(1, 20)}"
        return f"Perum {rng.choice(_ESTATES)} Blok {block} No. {rng.randint(1, 40)}"

    def _birth_facility(self, desa: Region, born: date) -> str:
        kecamatan = self.kecamatan_names[desa.code[:8]]
        places = {
            "RSUD Kabupaten Bekasi": 3,
            f"Puskesmas {kecamatan}": 3,
            f"Bidan Desa {desa.name}": 3,
            "Rumah": 1 if born.year >= 2000 else 5,
        }
        return self._pick(places)

    def _death_place(self) -> str:
        return self._pick({"RSUD Kabupaten Bekasi": 4, "Rumah": 5, "Rumah Sakit Swasta": 2})

    def _born(self, min_age: int, max_age: int) -> date:
        earliest = years_after(self.today, -(max_age + 1)) + days(1)
        return between(self.rng, earliest, years_after(self.today, -min_age))

    def _nik(self, kecamatan: str, born: date, sex: Sex) -> str:
        return make_nik(
            kecamatan, born, sex.value, self._next(self._nik_serials, (kecamatan, born))
        )

    def _pick(self, weights: dict):
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    @staticmethod
    def _next(serials: dict[tuple[str, date], int], key: tuple[str, date]) -> int:
        serials[key] = serials.get(key, 0) + 1
        return serials[key]
