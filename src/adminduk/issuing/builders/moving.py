"""The moving letter (SKPWNI) for residents moving out of the regency."""

from datetime import date

from adminduk.applications.models import Application
from adminduk.documents import content
from adminduk.i18n import N_
from adminduk.issuing.builders._common import (
    INCOMPLETE,
    Built,
    NotIssuable,
    _applicant_name,
    _choice_label,
    _family,
    address_of,
    date_of,
    living_members,
    niks_in,
    text_of,
)
from adminduk.issuing.builders.family_cards import (
    _neighbourhood,
)
from adminduk.registry.choices import (
    FamilyRelation,
)
from adminduk.registry.models import Family, Person


async def moving_letter(application: Application, issued_on: date) -> Built:
    """SKPWNI: the whole family, or some of its members, to an address in another place."""
    data = application.data
    family, members, movers = await moving_out(application)
    moving_on = date_of(data, "tanggal_pindah")
    destination = content.Address(
        street=text_of(data, "alamat_tujuan"),
        rt=_neighbourhood(data, "rt_tujuan"),
        rw=_neighbourhood(data, "rw_tujuan"),
        desa=text_of(data, "desa_tujuan"),
        kecamatan=text_of(data, "kecamatan_tujuan"),
        regency=text_of(data, "kabupaten_tujuan"),
        province=text_of(data, "provinsi_tujuan"),
        postal_code=str(data.get("kode_pos_tujuan") or "").strip(),
    )
    letter = content.MovingLetter(
        kk_number=family.kk_number,
        head_name=members[0].full_name,
        origin=await address_of(family),
        destination=destination,
        reason=_choice_label(application, "alasan"),
        moving_on=moving_on,
        movers=tuple(content.MovingPerson(p.nik, p.full_name, p.relation) for p in movers),
        applicant_name=await _applicant_name(application),
    )
    return Built(letter, family, None, movers[0].full_name)


async def moving_out(application: Application) -> tuple[Family, list[Person], list[Person]]:
    """The family, its living members (head first), and those who move."""
    data = application.data
    family = await _family(data, "nomor_kk")
    members = await living_members(family)
    head = members[0] if members and members[0].relation is FamilyRelation.HEAD else None
    listed = set(niks_in(data.get("nik_yang_pindah")))
    if listed - {person.nik for person in members}:
        raise NotIssuable(N_("Ada NIK yang pindah yang tidak tercatat hidup dalam KK ini."))

    who = data.get("yang_pindah")
    if who == "seluruh_keluarga":
        movers = members
    elif who == "kepala_dan_sebagian":
        if head is None:
            raise NotIssuable(N_("KK ini tidak mempunyai kepala keluarga yang tercatat."))
        movers = [p for p in members if p is head or p.nik in listed]
    elif who == "sebagian_anggota":
        if not listed:
            raise NotIssuable(N_("Tulis NIK anggota yang pindah."))
        if head is not None and head.nik in listed:
            raise NotIssuable(
                N_("Kepala keluarga ikut pindah: pilih Kepala keluarga dan sebagian anggota.")
            )
        movers = [p for p in members if p.nik in listed]
    else:
        raise NotIssuable(INCOMPLETE)
    if not movers:
        raise NotIssuable(N_("Keluarga ini tidak punya anggota yang masih hidup."))
    return family, members, movers
