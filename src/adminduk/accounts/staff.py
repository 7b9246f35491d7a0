"""Creating staff accounts, from the admin page or the command line."""

import logging
import re

from adminduk.accounts.models import Account, Role
from adminduk.accounts.passwords import MIN_LENGTH, hash_password
from adminduk.i18n import N_
from adminduk.registry.models import Person, Region

log = logging.getLogger(__name__)

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")


class StaffAccountError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


async def _region_for(role: Role, region_code: str | None) -> Region | None:
    region = await Region.get_or_none(code=region_code) if region_code else None
    if region_code and region is None:
        raise StaffAccountError("region", N_("Kode wilayah ini tidak ada dalam daftar wilayah."))
    is_village = region is not None and region.level in ("desa", "kelurahan")
    if role is Role.KIOSK_OPERATOR and not is_village:
        raise StaffAccountError(
            "region",
            N_("Operator desa harus terikat pada kode desa/kelurahan, misalnya 32.16.01.2001."),
        )
    if role is Role.OFFICER and region is not None and region.level != "kecamatan":
        raise StaffAccountError(
            "region", N_("Petugas hanya dapat terikat pada kode kecamatan, misalnya 32.16.01.")
        )
    return region


async def _person_for(nik: str | None) -> Person | None:
    """The staff member as a person of the registry: what lets the service keep them from
    handling their own family's applications (the NIK column stays for their resident login)."""
    nik = "".join((nik or "").split())
    if not nik:
        return None
    person = await Person.get_or_none(nik=nik) if nik.isdigit() and len(nik) == 16 else None
    if person is None:
        raise StaffAccountError("nik", N_("NIK ini tidak ada dalam data penduduk."))
    return person


async def create_staff_account(
    username: str,
    display_name: str,
    role: Role,
    password: str,
    region_code: str | None = None,
    nik: str | None = None,
) -> Account:
    username = username.strip().lower()
    if role is Role.RESIDENT:
        raise StaffAccountError("role", N_("Pilih peran petugas."))
    if not _USERNAME.match(username):
        raise StaffAccountError(
            "username", N_("Nama pengguna 3-40 huruf kecil, angka, titik, garis bawah atau strip.")
        )
    if not display_name.strip():
        raise StaffAccountError("display_name", N_("Tulis nama lengkap petugas."))
    if len(display_name.strip()) > 100:
        raise StaffAccountError(
            "display_name", N_("Nama terlalu panjang: paling banyak 100 huruf.")
        )
    if len(password) < MIN_LENGTH:
        raise StaffAccountError("password", N_("Kata sandi paling sedikit 8 karakter."))
    if await Account.exists(username=username):
        raise StaffAccountError("username", N_("Nama pengguna ini sudah dipakai."))

    account = await Account.create(
        username=username,
        display_name=display_name.strip(),
        role=role,
        region=await _region_for(role, region_code or None),
        person=await _person_for(nik),
        password_hash=hash_password(password),
    )
    log.info("Created %s account %s", role.value, account.id)
    return account
