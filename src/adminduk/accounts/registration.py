"""Resident self-registration, checked against the population registry."""

import logging
from dataclasses import dataclass, field
from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from adminduk.accounts.contacts import InvalidContact, normalize_email, normalize_phone
from adminduk.accounts.models import Account, IdentityStatus, Role
from adminduk.accounts.passwords import MIN_LENGTH, hash_password
from adminduk.i18n import N_
from adminduk.identity import InvalidNumber, check_nik_agrees, parse_kk_number, parse_nik
from adminduk.registry.choices import PersonStatus
from adminduk.registry.models import Person
from adminduk.registry.names import name_key

log = logging.getLogger(__name__)

NAME_MAX = 100

# One message for every mismatch: it must not tell a stranger which field was wrong.
NO_MATCH = N_(
    "Data yang Anda isi tidak cocok dengan data kependudukan kami. Periksa NIK, nomor KK dan "
    "nama lengkap persis seperti pada Kartu Keluarga. Bila sudah sama, hubungi kantor "
    "Disdukcapil."
)
NIK_TAKEN = N_(
    "NIK ini sudah punya akun. Silakan masuk, atau pulihkan kata sandi bila Anda lupa. Bila "
    "Anda tidak pernah mendaftar, hubungi kantor Disdukcapil."
)
NEWCOMER_IN_REGISTRY = N_(
    "NIK ini sudah tercatat sebagai penduduk di sini. Hapus centang \u201cpindah datang\u201d, "
    "lalu daftar lagi."
)
PHONE_TAKEN = N_(
    "Nomor ponsel ini sudah dipakai akun lain di luar keluarga Anda. Pakai nomor lain; bila "
    "nomor ini memang milik Anda, hubungi kantor Disdukcapil."
)
EMAIL_TAKEN = N_(
    "Alamat email ini sudah dipakai akun lain di luar keluarga Anda. Pakai alamat lain; bila "
    "alamat ini memang milik Anda, hubungi kantor Disdukcapil."
)


@dataclass
class RegistrationForm:
    nik: str = ""
    kk_number: str = ""
    full_name: str = ""
    email: str = ""
    phone: str = ""
    password: str = ""
    newcomer: bool = False


@dataclass
class RegistrationRefused(Exception):
    """Messages keyed by form field; the key "form" is a message about the whole form."""

    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class _Checked:
    nik: str
    kk_number: str
    email: str
    phone: str


def _check_fields(form: RegistrationForm, today: date | None) -> _Checked:
    errors: dict[str, str] = {}
    checked = _Checked("", "", "", "")
    steps = [
        ("nik", lambda: parse_nik(form.nik, today).nik),
        ("kk_number", lambda: parse_kk_number(form.kk_number, today).number),
        ("email", lambda: normalize_email(form.email)),
        ("phone", lambda: normalize_phone(form.phone)),
    ]
    for name, step in steps:
        try:
            setattr(checked, name, step())
        except (InvalidNumber, InvalidContact) as error:
            errors[name] = error.message

    if len(name_key(form.full_name)) < 2:
        errors["full_name"] = N_("Tulis nama lengkap seperti pada Kartu Keluarga.")
    elif len(" ".join(form.full_name.split())) > NAME_MAX:
        errors["full_name"] = N_("Nama terlalu panjang: paling banyak 100 huruf.")
    if len(form.password) < MIN_LENGTH:
        errors["password"] = N_("Kata sandi paling sedikit 8 karakter.")
    if errors:
        raise RegistrationRefused(errors)
    return checked


async def _registry_person(form: RegistrationForm, checked: _Checked) -> Person | None:
    person = await Person.get_or_none(nik=checked.nik).select_related("family")
    if form.newcomer:
        if person is not None:
            raise RegistrationRefused({"form": NEWCOMER_IN_REGISTRY})
        return None

    matches = (
        person is not None
        and person.status == PersonStatus.ALIVE
        and person.family is not None
        and person.family.kk_number == checked.kk_number
        and person.name_key == name_key(form.full_name)
    )
    if not matches:
        log.info("Registration refused: no registry match")
        raise RegistrationRefused({"form": NO_MATCH})
    try:
        check_nik_agrees(person.nik, person.birth_date, person.sex)
    except InvalidNumber:
        log.warning("Registry record %s disagrees with its own NIK", person.id)
        raise RegistrationRefused({"form": NO_MATCH}) from None
    return person


async def shared_outside_family(column: str, value: str, kk_number: str, account_id=None) -> bool:
    """Whether another family's account holds the email or phone, proven by its code: an
    unconfirmed one reserves nothing, so nobody can block a number by typing it first."""
    confirmed = {f"{column}_confirmed_at__isnull": False}
    others = Account.filter(**{column: value}, **confirmed).exclude(kk_number=kk_number)
    if account_id is not None:
        others = others.exclude(id=account_id)
    return await others.exists()


async def _check_contacts_free(checked: _Checked) -> None:
    errors = {}
    if await shared_outside_family("phone", checked.phone, checked.kk_number):
        errors["phone"] = PHONE_TAKEN
    if await shared_outside_family("email", checked.email, checked.kk_number):
        errors["email"] = EMAIL_TAKEN
    if errors:
        raise RegistrationRefused(errors)


async def register_resident(form: RegistrationForm, today: date | None = None) -> Account:
    checked = _check_fields(form, today)
    # The registry match comes first: "this NIK has an account" is told only to someone who
    # also knows the NIK's family card and name.
    person = await _registry_person(form, checked)
    if await Account.exists(Q(nik=checked.nik)):
        raise RegistrationRefused({"nik": NIK_TAKEN})
    await _check_contacts_free(checked)

    try:
        account = await Account.create(
            nik=checked.nik,
            kk_number=checked.kk_number,
            display_name=person.full_name if person else " ".join(form.full_name.split()),
            role=Role.RESIDENT,
            person=person,
            identity=IdentityStatus.CONFIRMED if person else IdentityStatus.UNCONFIRMED,
            email=checked.email,
            phone=checked.phone,
            password_hash=hash_password(form.password),
        )
    except IntegrityError:
        # Two registrations of one NIK at the same moment: the unique index keeps one.
        raise RegistrationRefused({"nik": NIK_TAKEN}) from None

    log.info("Resident account %s registered (%s)", account.id, account.identity.value)
    return account
