"""The synthetic population of the demo, planned from a fixed seed and a given day.

About a hundred households spread over the desa and kelurahan of the regency: married couples
with children of every age (some with a widowed parent), couples whose marriage was never
registered, widows, divorced mothers and the fathers who left, and young adults living alone.
Most NIKs come from the kecamatan the family lives in; some adults moved in long ago and keep
the NIK of their first home, one of them from a regency whose code has since been retired.
"""

import random
from dataclasses import replace
from datetime import date

from adminduk.demo._documents import plan_documents
from adminduk.demo._households import FamilySpec, HouseholdBuilder, Kind, Origin
from adminduk.demo.plan import DemoPlan
from adminduk.regions import Region, regency_regions
from adminduk.registry.choices import Religion

DEMO_SEED = 3216

# Sukamahi, Cikarang Pusat, where the office stands: the first families live there, so the
# kiosk operator's desa and the officer's kecamatan have people to serve.
HOME_DESA = "32.16.20.2002"
HOME_FAMILIES = 6

# Divorces add a household each: the father who left lives alone. 98 + 2 = 100 families.
_KIND_COUNTS = {
    Kind.COUPLE: 74, Kind.UNREGISTERED: 5, Kind.WIDOW: 6, Kind.DIVORCED: 2, Kind.SINGLE: 11,
}  # fmt: skip
_MINORITY_RELIGIONS = {
    Religion.PROTESTANT: 6, Religion.CATHOLIC: 3, Religion.HINDU: 2, Religion.BUDDHIST: 2,
    Religion.CONFUCIAN: 1, Religion.KEPERCAYAAN: 1,
}  # fmt: skip

# Merauke's 91.01 was retired in 2022, when the regency moved to the new Papua Selatan.
MERAUKE = Origin("910101", "Merauke")
_BALI = Origin("510301", "Badung")
_TOBA = Origin("121201", "Balige")
_JAKARTA_BARAT = Origin("317301", "Jakarta")
_JAKARTA_TIMUR = Origin("317501", "Jakarta")
_MIGRANT_HOMES = (Origin("332901", "Brebes"), Origin("320501", "Garut"), Origin("332801", "Tegal"))
_RELIGION_HOMES = {
    Religion.PROTESTANT: _TOBA,
    Religion.BUDDHIST: _JAKARTA_BARAT,
    Religion.CONFUCIAN: _JAKARTA_BARAT,
}


def plan_demo(today: date, seed: int = DEMO_SEED) -> DemoPlan:
    """The whole demo population; the same seed and day always give the same plan."""
    rng = random.Random(seed)
    regions = regency_regions()
    desas = [region for region in regions if region.level in ("desa", "kelurahan")]
    home = next(region for region in desas if region.code == HOME_DESA)

    builder = HouseholdBuilder(rng, today, regions)
    for spec in family_specs(rng, desas, home):
        builder.add(spec)

    plan = DemoPlan(
        today=today,
        families=builder.families,
        marriages=builder.marriages,
        births=builder.births,
        deaths=builder.deaths,
        divorces=builder.divorces,
        home_desa_code=home.code,
        resident_nik=builder.families[0].head.nik,
    )
    plan.documents = plan_documents(rng, plan, builder.newborns)
    return plan


def family_specs(rng: random.Random, desas: list[Region], home: Region) -> list[FamilySpec]:
    kinds = [kind for kind, count in _KIND_COUNTS.items() for _ in range(count)]
    kinds.remove(Kind.COUPLE)
    religions = [religion for religion, count in _MINORITY_RELIGIONS.items() for _ in range(count)]
    religions += [Religion.ISLAM] * (len(kinds) - len(religions))
    rng.shuffle(kinds)
    rng.shuffle(religions)

    # The resident's household: a young Muslim couple in the home desa with a newborn.
    specs = [FamilySpec(Kind.COUPLE, Religion.ISLAM, home, newborn=True)]
    for index, (kind, religion) in enumerate(zip(kinds, religions, strict=True), start=1):
        head_origin, wife_origin = _origins(rng, kind, religion)
        specs.append(
            FamilySpec(
                kind=kind,
                religion=religion,
                desa=home if index < HOME_FAMILIES else rng.choice(desas),
                head_origin=head_origin,
                wife_origin=wife_origin,
                newborn=kind is Kind.COUPLE and rng.random() < 0.05,
            )
        )
    return _with_retired_code(specs)


def _origins(rng: random.Random, kind: Kind, religion: Religion) -> tuple[Origin | None, ...]:
    if religion is Religion.HINDU:
        return _BALI, _BALI
    if kind is Kind.SINGLE:
        return (rng.choice(_MIGRANT_HOMES) if rng.random() < 0.5 else None), None

    home = _RELIGION_HOMES.get(religion)
    if home and rng.random() < 0.5:
        return home, None
    return None, (_JAKARTA_TIMUR if rng.random() < 0.05 else None)


def _with_retired_code(specs: list[FamilySpec]) -> list[FamilySpec]:
    """One husband keeps the NIK Merauke gave him when its code was 91.01."""
    couples = [index for index, spec in enumerate(specs[1:], 1) if spec.kind is Kind.COUPLE]
    chosen = next((i for i in couples if specs[i].religion is Religion.PROTESTANT), couples[0])
    specs[chosen] = replace(specs[chosen], head_origin=MERAUKE)
    return specs
