"""The demo population: synthetic, consistent, loaded once, with public demo accounts."""

import logging
from collections import Counter
from datetime import date

import pytest

from adminduk.accounts.models import Account, Role
from adminduk.accounts.passwords import verify_password
from adminduk.demo import DEMO_ACCOUNTS, DEMO_ACTOR, load_demo_data, plan_demo
from adminduk.demo.plan import DemoPlan, age_on, years_after
from adminduk.identity import check_nik_agrees, parse_kk_number, parse_nik
from adminduk.regions import find_national
from adminduk.registry.choices import (
    DocumentKind,
    EventKind,
    FamilyRelation,
    MaritalStatus,
    PersonStatus,
    Religion,
)
from adminduk.registry.models import (
    Birth,
    Death,
    Divorce,
    Family,
    HeldDocument,
    Marriage,
    Person,
    RegistryEvent,
)

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def plan() -> DemoPlan:
    return plan_demo(TODAY)


def _by_nik(plan: DemoPlan) -> dict:
    return {person.nik: person for person in plan.people}


def test_demo_plans_a_few_hundred_people_in_about_a_hundred_families(plan):
    assert 90 <= len(plan.families) <= 110
    assert 300 <= len(plan.people) <= 400


def test_every_nik_parses_and_agrees_with_the_persons_birth_date_and_sex(plan):
    for person in plan.people:
        assert parse_nik(person.nik, TODAY).birth_date == person.birth_date
        check_nik_agrees(person.nik, person.birth_date, person.sex.value, TODAY)


def test_niks_and_kk_numbers_are_unique(plan):
    assert len({person.nik for person in plan.people}) == len(plan.people)
    assert len({family.kk_number for family in plan.families}) == len(plan.families)


def test_kk_numbers_parse_with_the_kecamatan_of_the_desa_and_the_issue_date(plan):
    for family in plan.families:
        info = parse_kk_number(family.kk_number, TODAY)

        assert info.kecamatan == family.desa_code.replace(".", "")[:6]
        assert info.issue_date == family.issued_on


def test_each_family_has_exactly_one_head_listed_first(plan):
    for family in plan.families:
        heads = [m for m in family.members if m.relation is FamilyRelation.HEAD]

        assert heads == [family.members[0]]


def test_a_kk_is_issued_after_its_head_turned_17_and_after_the_marriage(plan):
    married_on = {m.husband_nik: m.married_on for m in plan.marriages}
    married_on |= {m.wife_nik: m.married_on for m in plan.marriages}
    for family in plan.families:
        head = family.head

        assert family.issued_on >= years_after(head.birth_date, 17)
        assert family.issued_on >= married_on.get(head.nik, head.birth_date)
        assert family.issued_on <= TODAY


def test_children_are_at_least_15_years_younger_than_their_mother(plan):
    people = _by_nik(plan)
    for birth in plan.births:
        mother = people[birth.mother_nik]

        assert years_after(mother.birth_date, 15) <= birth.born_on


def test_children_carry_the_couples_names_as_father_and_mother(plan):
    people = _by_nik(plan)
    for birth in plan.births:
        child = people[birth.child_nik]

        assert child.father_name == people[birth.father_nik].full_name
        assert child.mother_name == people[birth.mother_nik].full_name
        assert child.birth_date == birth.born_on


def test_every_marriage_comes_before_the_first_child(plan):
    first_child = {}
    for birth in plan.births:
        first_child.setdefault(birth.mother_nik, birth.born_on)
        first_child[birth.mother_nik] = min(first_child[birth.mother_nik], birth.born_on)

    for marriage in plan.marriages:
        assert marriage.married_on < first_child.get(marriage.wife_nik, date.max)


def test_marriages_are_registered_by_the_kua_for_muslims_and_disdukcapil_for_others(plan):
    people = _by_nik(plan)
    for marriage in plan.marriages:
        husband = people[marriage.husband_nik]
        if marriage.registered_by is None:
            assert husband.marital_status is MaritalStatus.MARRIED_UNREGISTERED
        elif husband.religion is Religion.ISLAM:
            assert marriage.registered_by == "KUA"
        else:
            assert marriage.registered_by == "Disdukcapil"

    assert sum(marriage.registered_by is None for marriage in plan.marriages) >= 2


def test_the_deceased_have_a_death_record_and_a_widow_is_cerai_mati(plan):
    deceased = {p.nik for p in plan.people if p.status is PersonStatus.DECEASED}

    assert deceased == {death.nik for death in plan.deaths}
    assert len(deceased) >= 3
    assert any(
        family.head.marital_status is MaritalStatus.WIDOWED
        and any(member.status is PersonStatus.DECEASED for member in family.members)
        for family in plan.families
    )


def test_divorces_end_a_marriage_and_leave_both_partners_cerai_hidup(plan):
    people = _by_nik(plan)
    ended = {(m.husband_nik, m.wife_nik): m.ended_on for m in plan.marriages}

    assert 1 <= len(plan.divorces) <= 2
    for divorce in plan.divorces:
        assert ended[divorce.husband_nik, divorce.wife_nik] == divorce.divorced_on
        assert people[divorce.husband_nik].marital_status is MaritalStatus.DIVORCED
        assert people[divorce.wife_nik].marital_status is MaritalStatus.DIVORCED


def test_families_are_spread_over_at_least_15_kecamatan(plan):
    assert len({family.desa_code[:8] for family in plan.families}) >= 15


def test_some_adults_keep_a_nik_from_elsewhere_one_with_a_retired_regency_code(plan):
    incomers = [p for p in plan.people if not p.nik.startswith("3216")]

    assert 3 <= len(incomers) <= len(plan.people) // 10
    assert all(age_on(p.birth_date, TODAY) >= 17 for p in incomers)
    assert any(find_national(p.nik[:4]).retired for p in incomers)


def test_every_religion_appears_and_most_people_are_muslim(plan):
    religions = Counter(person.religion for person in plan.people)

    assert set(religions) == set(Religion)
    assert religions[Religion.ISLAM] > 0.8 * len(plan.people)


def test_children_are_single_and_not_working_or_at_school(plan):
    for person in plan.people:
        age = age_on(person.birth_date, TODAY)
        if age < 17:
            assert person.marital_status is MaritalStatus.SINGLE
            assert person.occupation in ("Belum/Tidak Bekerja", "Pelajar/Mahasiswa")

    assert any(age_on(p.birth_date, TODAY) == 0 for p in plan.people)


def test_birth_certificate_coverage_of_children_falls_short_of_the_92_percent_target(plan):
    certified = {d.person_nik for d in plan.documents if d.kind is DocumentKind.BIRTH_CERTIFICATE}
    children = [
        p
        for p in plan.people
        if p.status is PersonStatus.ALIVE and age_on(p.birth_date, TODAY) <= 18
    ]

    coverage = sum(child.nik in certified for child in children) / len(children)

    assert 0.80 <= coverage < 0.92


def test_the_demo_resident_is_a_father_whose_baby_has_no_birth_certificate_yet(plan):
    family = plan.family_of(plan.resident_nik)
    certified = {d.person_nik for d in plan.documents if d.kind is DocumentKind.BIRTH_CERTIFICATE}
    babies = [m for m in family.members if age_on(m.birth_date, TODAY) == 0]

    assert family.head.nik == plan.resident_nik
    assert family.desa_code == plan.home_desa_code
    assert babies
    assert all(baby.nik not in certified for baby in babies)


def test_every_family_holds_its_kk_and_documents_belong_to_planned_people(plan):
    kk_numbers = {family.kk_number for family in plan.families}
    cards = [d for d in plan.documents if d.kind is DocumentKind.FAMILY_CARD]

    assert {card.number for card in cards} == kk_numbers
    assert {d.person_nik for d in plan.documents if d.person_nik} <= set(_by_nik(plan))


def test_the_same_seed_and_day_give_the_same_plan(plan):
    assert plan_demo(TODAY) == plan
    assert plan_demo(TODAY, seed=1) != plan


async def _counts() -> dict[str, int]:
    models = (Family, Person, Birth, Death, Marriage, Divorce, HeldDocument, RegistryEvent)
    return {model.__name__: await model.all().count() for model in models}


async def test_loading_the_demo_fills_the_registry_once_and_logs_no_personal_data(
    database, plan, caplog
):
    caplog.set_level(logging.INFO, logger="adminduk")
    before = await _counts()

    assert await load_demo_data(TODAY) is True
    loaded = await _counts()
    assert await load_demo_data(TODAY) is False

    added = {name: loaded[name] - before[name] for name in loaded}
    assert added == {
        "Family": len(plan.families),
        "Person": len(plan.people),
        "Birth": len(plan.births),
        "Death": len(plan.deaths),
        "Marriage": len(plan.marriages),
        "Divorce": len(plan.divorces),
        "HeldDocument": len(plan.documents),
        "RegistryEvent": len(plan.families) + len(plan.people),
    }
    assert await _counts() == loaded

    demo_ids = set(await Person.filter(nik__in=list(_by_nik(plan))).values_list("id", flat=True))
    registered = await RegistryEvent.filter(
        actor=DEMO_ACTOR, kind=EventKind.PERSON_REGISTERED
    ).values_list("person_id", flat=True)
    assert sorted(registered) == sorted(demo_ids)

    logged = caplog.text
    for account in DEMO_ACCOUNTS:
        assert logged.count(f"Demo account {account.username}, password {account.password}") == 2
    assert not any(person.nik in logged or person.full_name in logged for person in plan.people)


async def test_demo_accounts_sign_in_with_their_published_passwords(database, plan):
    await load_demo_data(TODAY)

    for demo in DEMO_ACCOUNTS:
        account = await Account.get(username=demo.username).prefetch_related("person", "region")

        assert account.role is demo.role
        assert verify_password(account.password_hash, demo.password)
        assert not verify_password(account.password_hash, "admin-demo-2025")

    resident = await Account.get(username="warga").prefetch_related("person")
    officer = await Account.get(username="petugas").prefetch_related("region")
    operator = await Account.get(username="operator").prefetch_related("region")
    assert resident.person.nik == plan.resident_nik
    assert resident.nik == plan.resident_nik
    assert resident.kk_number == plan.family_of(plan.resident_nik).kk_number
    assert resident.contacts_confirmed
    assert operator.region.code == plan.home_desa_code
    assert officer.region.code == plan.home_desa_code.rsplit(".", 1)[0]
    assert resident.role is Role.RESIDENT
