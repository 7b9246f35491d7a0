"""Education, occupation and blood type that fit a person's age, sex, parents and place."""

import random
from datetime import date

from adminduk.registry.choices import BloodType, Education, Sex

NOT_WORKING = "Belum/Tidak Bekerja"
STUDENT = "Pelajar/Mahasiswa"
HOMEMAKER = "Mengurus Rumah Tangga"
RETIRED = "Pensiunan"

# Tarumajaya, Babelan and Muaragembong lie on the coast; the north and east of the regency
# still farm rice, while the industrial estates of Cikarang employ the rest.
_COASTAL = frozenset({"321601", "321602", "321617"})
_FARMING = frozenset(
    {"321603", "321604", "321612", "321613", "321614", "321615", "321616", "321617", "321623"}
)

_LOW, _MIDDLE, _HIGH = 0, 1, 2
_LEVEL = {
    Education.NONE: _LOW,
    Education.PRIMARY_UNFINISHED: _LOW,
    Education.PRIMARY: _LOW,
    Education.JUNIOR: _LOW,
    Education.SENIOR: _MIDDLE,
    Education.DIPLOMA_1_2: _MIDDLE,
    Education.DIPLOMA_3: _HIGH,
    Education.BACHELOR: _HIGH,
    Education.MASTER: _HIGH,
    Education.DOCTORATE: _HIGH,
}
_JOBS = {
    _LOW: {"Buruh Harian Lepas": 6, "Pedagang": 4, "Wiraswasta": 3, "Karyawan Swasta": 4},
    _MIDDLE: {
        "Karyawan Swasta": 12, "Wiraswasta": 4, "Pedagang": 3, "Karyawan Honorer": 1,
        "Perangkat Desa": 1,
    },
    _HIGH: {
        "Karyawan Swasta": 8, "Pegawai Negeri Sipil": 3, "Guru": 3, "Karyawan BUMN": 2,
        "Wiraswasta": 2, "Dosen": 1,
    },
}  # fmt: skip
_MEN_ONLY = {_LOW: {"Sopir": 2, "Tukang Batu": 2}, _MIDDLE: {"Sopir": 2}, _HIGH: {}}
_WOMEN_ONLY = {_LOW: {}, _MIDDLE: {}, _HIGH: {"Bidan": 2, "Perawat": 2}}

# Share of each level of schooling among adults, by the decade they were born in.
_COHORTS = (
    (date(1970, 1, 1), {Education.NONE: 10, Education.PRIMARY_UNFINISHED: 12,
                        Education.PRIMARY: 35, Education.JUNIOR: 18, Education.SENIOR: 17,
                        Education.DIPLOMA_3: 3, Education.BACHELOR: 5}),
    (date(1990, 1, 1), {Education.NONE: 2, Education.PRIMARY_UNFINISHED: 3,
                        Education.PRIMARY: 18, Education.JUNIOR: 22, Education.SENIOR: 35,
                        Education.DIPLOMA_1_2: 3, Education.DIPLOMA_3: 6,
                        Education.BACHELOR: 10, Education.MASTER: 1}),
    (date.max, {Education.PRIMARY: 5, Education.JUNIOR: 14, Education.SENIOR: 50,
                Education.DIPLOMA_1_2: 3, Education.DIPLOMA_3: 8, Education.BACHELOR: 18,
                Education.MASTER: 2}),
)  # fmt: skip

_BLOOD_WEIGHTS = {BloodType.O: 25, BloodType.B: 20, BloodType.A: 17, BloodType.AB: 5}
_UNKNOWN_SHARE = 0.35
# Each blood group written as the two alleles it may carry (A and B over O).
_ALLELES = {
    BloodType.A: ("A", "O"),
    BloodType.B: ("B", "O"),
    BloodType.AB: ("A", "B"),
    BloodType.O: ("O", "O"),
}


def _pick(rng: random.Random, weights: dict) -> object:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def school_education(age: int) -> Education:
    """What a child has finished by this age: SD from 7, SLTP from 13, SLTA from 16."""
    if age < 7:
        return Education.NONE
    if age < 13:
        return Education.PRIMARY_UNFINISHED
    if age < 16:
        return Education.PRIMARY
    if age < 19:
        return Education.JUNIOR
    return Education.SENIOR


def adult_education(rng: random.Random, born: date) -> Education:
    weights = next(shares for until, shares in _COHORTS if born < until)
    return _pick(rng, weights)


def occupation(
    rng: random.Random,
    *,
    age: int,
    sex: Sex,
    education: Education,
    kecamatan: str,
    married: bool = False,
) -> str:
    if age >= 58:
        return _older_occupation(rng, sex, education)
    if married and sex is Sex.FEMALE and rng.random() < 0.45:
        return HOMEMAKER
    return _pick(rng, _jobs(sex, education, kecamatan))


def _jobs(sex: Sex, education: Education, kecamatan: str) -> dict[str, int]:
    level = _LEVEL[education]
    jobs = dict(_JOBS[level])
    jobs.update((_MEN_ONLY if sex is Sex.MALE else _WOMEN_ONLY)[level])
    if level < _HIGH and kecamatan in _FARMING:
        jobs["Petani/Pekebun"] = 8
    if level == _LOW and sex is Sex.MALE and kecamatan in _COASTAL:
        jobs["Nelayan/Perikanan"] = 6
    return jobs


def _older_occupation(rng: random.Random, sex: Sex, education: Education) -> str:
    if _LEVEL[education] > _LOW and rng.random() < 0.5:
        return RETIRED
    if sex is Sex.FEMALE:
        return HOMEMAKER
    return rng.choice((NOT_WORKING, NOT_WORKING, "Wiraswasta", "Pedagang"))


def adult_blood_type(rng: random.Random) -> BloodType:
    if rng.random() < _UNKNOWN_SHARE:
        return BloodType.UNKNOWN
    return _pick(rng, _BLOOD_WEIGHTS)


def child_blood_type(rng: random.Random, father: BloodType, mother: BloodType) -> BloodType:
    """A blood group the parents can pass on; unknown when either parent's is unknown."""
    if BloodType.UNKNOWN in (father, mother) or rng.random() < _UNKNOWN_SHARE:
        return BloodType.UNKNOWN

    alleles = {rng.choice(_ALLELES[father]), rng.choice(_ALLELES[mother])}
    if alleles == {"A", "B"}:
        return BloodType.AB
    if "A" in alleles:
        return BloodType.A
    return BloodType.B if "B" in alleles else BloodType.O
