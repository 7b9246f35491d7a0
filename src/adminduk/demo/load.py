"""Loading the demo population and the demo accounts, once, into the embedded database.

The demo counts as loaded when the registry holds an event written by the actor "demo". The
population, its records and the accounts go in one transaction, so it is all there or none.
"""

import logging
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime

from tortoise.timezone import now
from tortoise.transactions import in_transaction

from adminduk.accounts.models import ROLE_LABELS, Account, Role
from adminduk.accounts.passwords import hash_password
from adminduk.accounts.staff import create_staff_account
from adminduk.demo.applications import load_demo_applications
from adminduk.demo.plan import DemoPlan
from adminduk.demo.population import plan_demo
from adminduk.identity import JAKARTA
from adminduk.registry.changes import register_family, register_person
from adminduk.registry.choices import DocumentSource, DocumentStatus
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

log = logging.getLogger(__name__)

DEMO_ACTOR = "demo"

# Contacts that reach no one: a domain reserved for examples (RFC 2606) and a mobile prefix,
# 0810, that no Indonesian operator uses.
DEMO_RESIDENT_EMAIL = "warga.demo@example.com"
DEMO_RESIDENT_PHONE = "+6281000002026"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    password: str
    role: Role
    description: str


# Public on purpose: they exist only in demo databases, and the README lists them.
DEMO_ACCOUNTS = (
    DemoAccount(
        "admin", "admin-demo-2026", Role.ADMIN,
        "Admin: akun staf, katalog layanan, slot, mobil keliling, stok blangko",
    ),
    DemoAccount(
        "pejabat", "pejabat-demo-2026", Role.REGISTRAR,
        "Pejabat pencatatan sipil: menandatangani dan mencabut dokumen",
    ),
    DemoAccount(
        "petugas", "petugas-demo-2026", Role.OFFICER,
        "Petugas verifikator, Kecamatan Cikarang Pusat",
    ),
    DemoAccount(
        "operator", "operator-demo-2026", Role.KIOSK_OPERATOR,
        "Operator desa, Desa Sukamahi (Cikarang Pusat)",
    ),
    DemoAccount(
        "warga", "warga-demo-2026", Role.RESIDENT,
        "Warga Desa Sukamahi: ayah dari bayi yang belum punya akta kelahiran",
    ),
)  # fmt: skip


class DemoDataError(RuntimeError):
    pass


async def load_demo_data(today: date | None = None) -> bool:
    """Load the demo once; True when it was loaded now, False when it was there already."""
    if await RegistryEvent.exists(actor=DEMO_ACTOR):
        log.info("Demo data is already loaded")
        _log_accounts()
        return False

    started = time.perf_counter()
    plan = plan_demo(today or datetime.now(JAKARTA).date())
    async with in_transaction():
        families, people = await _load_registry(plan)
        await _load_records(plan, families, people)
        await _create_accounts(plan, people)
        await load_demo_applications()

    log.info(
        "Loaded demo data: %d families, %d people, %d documents in %.1f s",
        len(families), len(people), len(plan.documents), time.perf_counter() - started,
    )  # fmt: skip
    _log_accounts()
    return True


def _log_accounts() -> None:
    for account in DEMO_ACCOUNTS:
        log.info(
            "Demo account %s, password %s (%s)",
            account.username, account.password, account.role.value,
        )  # fmt: skip


async def _load_registry(plan: DemoPlan) -> tuple[dict[str, Family], dict[str, Person]]:
    """Families and people through the registry's own changes, one event each."""
    codes = {family.desa_code for family in plan.families}
    desas = {region.code: region for region in await Region.filter(code__in=codes)}
    if len(desas) != len(codes):
        raise DemoDataError("The region codes are missing: apply the migrations first.")

    families: dict[str, Family] = {}
    people: dict[str, Person] = {}
    for planned in plan.families:
        family = await register_family(
            kk_number=planned.kk_number, desa=desas[planned.desa_code], address=planned.address,
            rt=planned.rt, rw=planned.rw, postal_code=planned.postal_code,
            issued_on=planned.issued_on, actor=DEMO_ACTOR,
        )  # fmt: skip
        families[planned.kk_number] = family
        for member in planned.members:
            people[member.nik] = await register_person(
                family=family, actor=DEMO_ACTOR, **asdict(member)
            )
    return families, people


async def _load_records(
    plan: DemoPlan, families: dict[str, Family], people: dict[str, Person]
) -> None:
    """Births, deaths, marriages, divorces and documents, imported as they are."""
    marriages = {
        (m.husband_nik, m.wife_nik): Marriage(
            husband=people[m.husband_nik], wife=people[m.wife_nik], married_on=m.married_on,
            place=m.place, registered_by=m.registered_by, ended_on=m.ended_on,
        )
        for m in plan.marriages
    }  # fmt: skip
    await Marriage.bulk_create(list(marriages.values()))
    await Divorce.bulk_create(
        Divorce(
            # Rows from bulk_create are not marked saved, so they are referred to by id.
            marriage_id=marriages[d.husband_nik, d.wife_nik].id,
            divorced_on=d.divorced_on,
            court_decision=d.court_decision,
        )
        for d in plan.divorces
    )
    await Birth.bulk_create(
        Birth(
            child=people[b.child_nik], mother=people[b.mother_nik], father=people[b.father_nik],
            born_on=b.born_on, place=b.place, birth_order=b.birth_order,
        )
        for b in plan.births
    )  # fmt: skip
    await Death.bulk_create(
        Death(person=people[d.nik], died_on=d.died_on, place=d.place) for d in plan.deaths
    )
    await HeldDocument.bulk_create(
        HeldDocument(
            kind=d.kind, number=d.number, issued_on=d.issued_on,
            person=people.get(d.person_nik or ""), family=families.get(d.kk_number or ""),
            status=DocumentStatus.VALID, source=DocumentSource.IMPORTED,
        )
        for d in plan.documents
    )  # fmt: skip


async def _create_accounts(plan: DemoPlan, people: dict[str, Person]) -> None:
    home = await Region.get(code=plan.home_desa_code)
    regions = {Role.OFFICER: home.parent_code, Role.KIOSK_OPERATOR: home.code}
    for account in DEMO_ACCOUNTS:
        if await Account.exists(username=account.username):
            log.warning("Demo account %s is not created: the name is taken", account.username)
        elif account.role is Role.RESIDENT:
            await _create_resident(account, plan, people[plan.resident_nik])
        else:
            await create_staff_account(
                account.username,
                f"{ROLE_LABELS[account.role]} (demo)",
                account.role,
                account.password,
                regions.get(account.role),
            )


async def _create_resident(account: DemoAccount, plan: DemoPlan, person: Person) -> None:
    """A resident whose contacts count as confirmed, so the demo can apply at once."""
    confirmed_at = now()
    await Account.create(
        username=account.username,
        nik=person.nik,
        kk_number=plan.family_of(person.nik).kk_number,
        display_name=person.full_name,
        role=account.role,
        person=person,
        email=DEMO_RESIDENT_EMAIL,
        phone=DEMO_RESIDENT_PHONE,
        email_confirmed_at=confirmed_at,
        phone_confirmed_at=confirmed_at,
        password_hash=hash_password(account.password),
    )
