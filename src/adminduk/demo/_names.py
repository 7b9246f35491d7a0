"""Synthetic names: common given names and family-style names, combined at random.

Pools follow naming customs the demo should show: Sundanese, Betawi and Javanese names with
modern ones for children born since 2000; Batak clan names (marga) and Chinese-Indonesian
family names that children take from their father; Balinese names that begin with the birth
order. No list holds a real person; combinations that name a well-known one are refused.
"""

import random
from dataclasses import dataclass
from datetime import date

from adminduk.registry.choices import Religion, Sex


@dataclass(frozen=True, slots=True)
class _Pool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    male_second: tuple[str, ...]
    female_second: tuple[str, ...]
    # Given names for children born since MODERN_FROM; empty when the pool has none.
    modern_male: tuple[str, ...] = ()
    modern_female: tuple[str, ...] = ()
    # Children carry their father's family name (marga, Chinese-Indonesian surnames).
    inherited_surname: bool = False


MODERN_FROM = date(2000, 1, 1)

_LOCAL = _Pool(
    male=(
        "Asep", "Dadang", "Ujang", "Cecep", "Deden", "Jajang", "Endang", "Aep", "Didin", "Encep",
        "Herman", "Heri", "Iwan", "Agus", "Eko", "Bambang", "Slamet", "Wahyu", "Rahmat", "Ahmad",
        "Yusuf", "Mamat", "Saepul", "Ade", "Dodi", "Hendra", "Rudi", "Yayan", "Oman", "Rohmat",
    ),
    female=(
        "Siti", "Euis", "Imas", "Neneng", "Eti", "Lilis", "Cucu", "Enung", "Iis", "Tuti", "Wati",
        "Rini", "Ani", "Yuli", "Sri", "Nining", "Yanti", "Entin", "Oneng", "Nani", "Titin",
        "Rohimah", "Fatimah", "Aminah", "Nur", "Enok", "Popon", "Tati",
    ),
    male_second=(
        "Hidayat", "Saputra", "Kurniawan", "Hermawan", "Nugraha", "Permana", "Ramdani",
        "Firmansyah", "Maulana", "Hakim", "Sudrajat", "Supriatna", "Suryana", "Prasetyo",
        "Wibowo", "Susanto", "Rohman", "Syahputra", "Fauzi", "Kusnadi", "Sulaeman", "Jaelani",
        "Sanusi", "Marzuki", "Mulyana", "Nurdin", "Sopian", "Hamdani", "Ramadhan", "Pratama",
    ),
    female_second=(
        "Rahayu", "Handayani", "Kurniasih", "Nurhasanah", "Rohaeti", "Suryani", "Maryati",
        "Komariah", "Hasanah", "Nuraeni", "Sumiati", "Herlina", "Permatasari", "Puspitasari",
        "Oktaviani", "Agustina", "Fitriani", "Rahmawati", "Sulastri", "Yulianti", "Marlina",
        "Susanti", "Nurjanah", "Safitri", "Anggraeni", "Ramadhani", "Aprilia",
    ),
    modern_male=(
        "Muhammad", "Rizky", "Fajar", "Arkan", "Rafa", "Naufal", "Alif", "Daffa", "Fadil",
        "Raihan", "Aditya", "Rangga", "Bayu", "Dimas", "Ilham", "Farhan", "Zaki", "Akbar",
    ),
    modern_female=(
        "Aisyah", "Nabila", "Zahra", "Alya", "Keisha", "Nayla", "Salsabila", "Putri", "Intan",
        "Aulia", "Syifa", "Kirana", "Amelia", "Citra", "Dinda", "Nadia", "Rizka", "Anisa",
    ),
)  # fmt: skip

_BATAK = _Pool(
    male=(
        "Daniel", "Yosua", "Samuel", "Markus", "Paulus", "Timotius", "Hotman", "Parulian",
        "Togar", "Benny", "Robert", "Jonatan", "Hendrik", "Roy", "Frans", "Marolop",
    ),
    female=(
        "Debora", "Ester", "Lidia", "Rosmawati", "Tiurma", "Lasma", "Yohana", "Martha", "Sarah",
        "Grace", "Monika", "Rotua", "Nurmaida", "Romauli",
    ),
    male_second=(
        "Simanjuntak", "Siregar", "Hutapea", "Sitompul", "Pardede", "Nainggolan", "Manurung",
        "Tambunan", "Pangaribuan", "Situmorang", "Hutagalung", "Sinaga", "Silalahi",
        "Napitupulu", "Sihombing", "Purba",
    ),
    female_second=(),
    inherited_surname=True,
)  # fmt: skip

_CATHOLIC = _Pool(
    male=(
        "Fransiskus", "Antonius", "Yohanes", "Stefanus", "Benediktus", "Agustinus", "Ignatius",
        "Petrus", "Mikael", "Gregorius", "Aloysius", "Vinsensius",
    ),
    female=(
        "Maria", "Theresia", "Yosefina", "Katarina", "Margareta", "Veronika", "Agnes",
        "Elisabet", "Fransiska", "Bernadeta", "Sesilia", "Anastasia",
    ),
    male_second=(
        "Setiadi", "Wicaksono", "Nugroho", "Purnomo", "Hadiwijaya", "Kurniadi", "Sudarmo",
        "Budiman", "Darmawan", "Sanjaya",
    ),
    female_second=(
        "Wulandari", "Kristiani", "Puspita", "Anggraini", "Novita", "Sekar", "Hapsari",
        "Widyastuti", "Pertiwi",
    ),
)  # fmt: skip

_CHINESE_INDONESIAN = _Pool(
    male=(
        "Hendra", "Kevin", "Steven", "Felix", "Andi", "Surya", "Ricky", "Willy", "Jimmy",
        "Rudy", "Ferry", "Hans", "Alvin", "Edwin", "Jason",
    ),
    female=(
        "Lina", "Meiliana", "Vivian", "Lenny", "Cindy", "Melinda", "Sherly", "Fenny", "Yenny",
        "Lisa", "Jessica", "Angelina", "Maya", "Olivia",
    ),
    male_second=(
        "Wijaya", "Halim", "Santoso", "Tanujaya", "Setiawan", "Kurniadi", "Tjandra", "Hartanto",
        "Gunadi", "Lukito", "Chandra", "Pranoto", "Sutanto", "Hadinata",
    ),
    female_second=(),
    inherited_surname=True,
)  # fmt: skip

# Balinese names: I (men) or Ni (women), a birth-order name, then the given name.
_BIRTH_ORDER = ("Wayan", "Made", "Nyoman", "Ketut")
_BALI_MALE = (
    "Suardana", "Sudarsana", "Artawan", "Wirawan", "Adnyana", "Mahendra", "Sukadana",
    "Widiarta", "Arsana", "Budiarta", "Putrawan", "Astawa",
)  # fmt: skip
_BALI_FEMALE = (
    "Suartini", "Ariani", "Sukerti", "Sriasih", "Puspawati", "Rusmini", "Astiti", "Widiani",
    "Yuliantari", "Sudiani", "Wahyuni", "Darmiasih",
)  # fmt: skip

_POOLS = {
    Religion.ISLAM: _LOCAL,
    Religion.KEPERCAYAAN: _LOCAL,
    Religion.PROTESTANT: _BATAK,
    Religion.CATHOLIC: _CATHOLIC,
    Religion.BUDDHIST: _CHINESE_INDONESIAN,
    Religion.CONFUCIAN: _CHINESE_INDONESIAN,
}

# Combinations of common names that are also the name of a well-known person.
_REFUSED = frozenset(
    {"Agus Salim", "Bambang Hartono", "Hendra Setiawan", "Rudy Hartono", "Sri Rahayu"}
)


def inherits_surname(religion: Religion) -> bool:
    pool = _POOLS.get(religion)
    return pool is not None and pool.inherited_surname


def other_family_name(rng: random.Random, religion: Religion, avoid: str) -> str | None:
    """A family name other than `avoid`, for a wife or a mother: a Batak marries outside
    their marga. None where names carry no family name."""
    if not inherits_surname(religion):
        return None
    return rng.choice([name for name in _POOLS[religion].male_second if name != avoid])


def surname(full_name: str) -> str:
    return full_name.rsplit(" ", 1)[-1]


def invent_name(
    rng: random.Random,
    religion: Religion,
    sex: Sex,
    born: date,
    *,
    family_name: str | None = None,
    birth_order: int | None = None,
) -> str:
    """One name; `family_name` is the father's surname where children carry it."""
    if religion is Religion.HINDU:
        return _balinese(rng, sex, birth_order)

    pool = _POOLS[religion]
    male = sex is Sex.MALE
    given = pool.male if male else pool.female
    if born >= MODERN_FROM and pool.modern_male:
        given = pool.modern_male if male else pool.modern_female

    if pool.inherited_surname:
        second = family_name or rng.choice(pool.male_second)
    else:
        second = rng.choice(pool.male_second if male else pool.female_second)
    return f"{rng.choice(given)} {second}"


def _balinese(rng: random.Random, sex: Sex, birth_order: int | None) -> str:
    order = _BIRTH_ORDER[(birth_order - 1) % 4] if birth_order else rng.choice(_BIRTH_ORDER)
    if sex is Sex.MALE:
        return f"I {order} {rng.choice(_BALI_MALE)}"
    return f"Ni {order} {rng.choice(_BALI_FEMALE)}"


class NameBook:
    """Hands out names no one else in the demo registry has, so searches find one person."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set(_REFUSED)

    def new(
        self,
        religion: Religion,
        sex: Sex,
        born: date,
        *,
        family_name: str | None = None,
        birth_order: int | None = None,
    ) -> str:
        for _ in range(200):
            name = invent_name(
                self._rng, religion, sex, born, family_name=family_name, birth_order=birth_order
            )
            if name not in self._used:
                self._used.add(name)
                return name
        raise RuntimeError("the name pools are too small for the demo population")

    def parent(
        self, religion: Religion, sex: Sex, born: date, *, family_name: str | None = None
    ) -> str:
        """The name of a parent who is not in the registry (it may repeat)."""
        name = invent_name(self._rng, religion, sex, born, family_name=family_name)
        return name if name not in _REFUSED else self.parent(religion, sex, born)
