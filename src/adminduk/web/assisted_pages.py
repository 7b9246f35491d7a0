"""Assisted mode: a kiosk operator or officer applies for a resident who has no account, and
anyone follows an application with its tracking number and the subject's NIK."""

import re
import secrets

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.accounts import throttle
from adminduk.accounts.models import Role
from adminduk.applications.drafts import create_draft
from adminduk.applications.models import Application, ApplicationSubject
from adminduk.applications.overview import timeline_of
from adminduk.applications.states import LABELS
from adminduk.applications.tracking import LENGTH as TRACKING_LENGTH
from adminduk.applications.tracking import formatted, normalize_tracking_number
from adminduk.catalogue import load_catalogue
from adminduk.i18n import gettext as _
from adminduk.registry.choices import PersonStatus
from adminduk.registry.models import Family, Person
from adminduk.web.templating import render

TRACKING_LOOKUPS = throttle.Limit("lacak-alamat", 30, throttle.SIGN_IN_PER_ADDRESS.window)


def _form(request: Request, values: dict, errors: dict, status: int = 200) -> Response:
    context = {
        "values": values,
        "errors": errors,
        "services": load_catalogue().services,
        "form_token": values.get("form_token") or secrets.token_urlsafe(24),
    }
    return render(request, "applications/assisted.html", context, status_code=status)


async def assisted_form(request: Request) -> Response:
    return _form(request, {"nik": "", "layanan": "", "form_token": ""}, {})


async def start_assisted(request: Request) -> Response:
    form = await request.form()
    values = {key: str(form.get(key, "")).strip() for key in ("nik", "layanan", "form_token")}
    values["nik"] = re.sub(r"\s", "", values["nik"])
    service = load_catalogue().by_slug(values["layanan"])
    errors = {}
    person = (
        await Person.get_or_none(nik=values["nik"], status=PersonStatus.ALIVE)
        if re.fullmatch(r"\d{16}", values["nik"])
        else None
    )
    if person is None:
        errors["nik"] = _("NIK ini tidak ada dalam data penduduk. Periksa KTP-el atau KK warga.")
    elif not await _in_operators_desa(request.state.account, person):
        errors["nik"] = _(
            "Warga ini tidak tinggal di desa Anda. Minta warga datang ke kantor desanya."
        )
    if service is None:
        errors["layanan"] = _("Pilih layanan yang diminta warga.")
    if form.get("persetujuan") != "ya":
        errors["persetujuan"] = _(
            "Tanyakan persetujuan warga dulu, lalu centang pernyataan persetujuan."
        )
    if errors:
        return _form(request, values, errors, 400)

    application = await create_draft(
        request.state.account, service.slug, values["form_token"][:64] or secrets.token_hex(8),
        subject=person, on_behalf_nik=person.nik, consent=True,
    )  # fmt: skip
    return RedirectResponse(
        request.app.url_path_for("application", application_id=str(application.id)), 303
    )


async def _in_operators_desa(account, person: Person) -> bool:
    """A kiosk operator serves the residents of the desa the kiosk stands in."""
    if account.role is not Role.KIOSK_OPERATOR:
        return True
    family = await Family.get_or_none(id=person.family_id) if person.family_id else None
    return family is not None and family.desa_id == account.region_id


async def tracking_form(request: Request) -> Response:
    context = {"number": "", "nik": "", "errors": {}, "found": None}
    return render(request, "applications/track.html", context)


async def _find(number: str, nik: str) -> Application | None:
    if len(number) != TRACKING_LENGTH or not re.fullmatch(r"\d{16}", nik):
        return None
    application = await Application.get_or_none(tracking_number=number)
    if application is None:
        return None
    if application.on_behalf_nik == nik:
        return application
    subject = await ApplicationSubject.filter(application=application, person__nik=nik).exists()
    return application if subject else None


async def track(request: Request) -> Response:
    form = await request.form()
    number = normalize_tracking_number(str(form.get("nomor", "")))
    nik = re.sub(r"\s", "", str(form.get("nik", "")))
    address = request.state.address
    context = {"number": str(form.get("nomor", "")), "nik": nik, "errors": {}, "found": None}

    if await throttle.is_exceeded(TRACKING_LOOKUPS, address):
        context["errors"] = {"form": _("Terlalu banyak pencarian. Coba lagi 15 menit lagi.")}
        return render(request, "applications/track.html", context, status_code=429)
    application = await _find(number, nik)
    if application is None:
        await throttle.count(TRACKING_LOOKUPS, address)
        context["errors"] = {
            "form": _("Tidak ada permohonan dengan nomor dan NIK ini. Periksa keduanya.")
        }
        return render(request, "applications/track.html", context, status_code=404)

    service = load_catalogue().by_slug(application.service)
    context["found"] = {
        "number": formatted(application.tracking_number),
        "service": service.name if service else application.service,
        "status": _(LABELS[application.status]),
    }
    context["timeline"] = await timeline_of(application)
    return render(request, "applications/track.html", context)
