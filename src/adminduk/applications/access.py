"""Who may see and change an application: the applicant, the adult members of the family
it concerns, and staff; nobody else, and they are told it does not exist."""

from datetime import date

from adminduk.accounts.models import Account, Role
from adminduk.applications.models import Application
from adminduk.clock import local_today
from adminduk.registry.models import Person

ADULT_AGE = 17
REVIEWING_ROLES = frozenset({Role.OFFICER, Role.REGISTRAR, Role.ADMIN})


def _age(person: Person, today: date) -> int:
    born = person.birth_date
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


async def can_view(account: Account, application: Application, today: date | None = None) -> bool:
    if account.role in REVIEWING_ROLES or account.id == application.applicant_id:
        return True
    if account.role is not Role.RESIDENT or account.person_id is None:
        return False
    if application.family_id is None:
        return False

    person = await Person.get_or_none(id=account.person_id)
    return (
        person is not None
        and person.family_id == application.family_id
        and _age(person, today or local_today()) >= ADULT_AGE
    )


def can_edit(account: Account, application: Application) -> bool:
    """Only whoever made the application fills and sends it: the resident, or the kiosk
    operator or officer acting for a resident without an account."""
    return account.id == application.applicant_id


async def can_download(
    account: Account, document, applicant_id=None, today: date | None = None
) -> bool:
    """An issued document: staff, whoever applied for it, and the adults of the family that
    holds it (the family on a KK, the holder's family on a certificate)."""
    if account.role in REVIEWING_ROLES or account.id == applicant_id:
        return True
    if account.role is not Role.RESIDENT or account.person_id is None:
        return False

    family_id = document.family_id
    if family_id is None and document.person_id is not None:
        holder = await Person.get_or_none(id=document.person_id)
        family_id = holder.family_id if holder else None
    person = await Person.get_or_none(id=account.person_id)
    return (
        family_id is not None
        and person is not None
        and person.family_id == family_id
        and _age(person, today or local_today()) >= ADULT_AGE
    )
