"""Every route of the service, with the name links use and who may use it: the one place."""

from starlette.routing import BaseRoute, Mount, Route

from adminduk.accounts.models import Role
from adminduk.web import (
    account_pages,
    confirmation_pages,
    home,
    password_reset_pages,
    registration_pages,
    registry_pages,
    signin,
    staff_pages,
)
from adminduk.web.access import ADMIN, ANYONE, RESIDENT, STAFF, page
from adminduk.web.health import healthz
from adminduk.web.static_files import CachedStaticFiles
from adminduk.web.templating import STATIC_DIR

REGISTRY_READERS = STAFF - {Role.KIOSK_OPERATOR}
POST = ["POST"]

routes: list[BaseRoute] = [
    page("/", home.home, name="home", allow=ANYONE),
    page("/bahasa/{locale}", home.switch_language, name="switch_language", allow=ANYONE),
    page("/masuk", signin.sign_in_form, name="sign_in", allow=ANYONE),
    page("/masuk", signin.sign_in, name="sign_in_submit", allow=ANYONE, methods=POST),
    page("/keluar", signin.sign_out, name="sign_out", allow=ANYONE, methods=POST),
    page("/daftar", registration_pages.register_form, name="register", allow=ANYONE),
    page(
        "/daftar", registration_pages.register, name="register_submit", allow=ANYONE, methods=POST
    ),
    page("/lupa-sandi", password_reset_pages.reset_form, name="password_reset", allow=ANYONE),
    page(
        "/lupa-sandi",
        password_reset_pages.request_reset,
        name="password_reset_submit",
        allow=ANYONE,
        methods=POST,
    ),
    page(
        "/lupa-sandi/kode",
        password_reset_pages.code_form,
        name="password_reset_code",
        allow=ANYONE,
    ),
    page(
        "/lupa-sandi/kode",
        password_reset_pages.choose_password,
        name="password_reset_code_submit",
        allow=ANYONE,
        methods=POST,
    ),
    page("/akun", account_pages.account, name="account", allow=RESIDENT),
    page(
        "/akun/kontak",
        account_pages.change_contact,
        name="change_contact",
        allow=RESIDENT,
        methods=POST,
    ),
    page(
        "/akun/konfirmasi",
        confirmation_pages.confirm_contacts,
        name="confirm_contacts",
        allow=RESIDENT,
    ),
    page(
        "/akun/konfirmasi/{contact}",
        confirmation_pages.confirm_code,
        name="confirm_code",
        allow=RESIDENT,
        methods=POST,
    ),
    page(
        "/akun/kirim-kode/{contact}",
        confirmation_pages.resend_code,
        name="resend_code",
        allow=RESIDENT,
        methods=POST,
    ),
    page(
        "/konfirmasi-email/{token}",
        confirmation_pages.confirm_link,
        name="confirm_link",
        allow=ANYONE,
    ),
    page("/petugas/penduduk", registry_pages.registry, name="registry", allow=REGISTRY_READERS),
    page(
        "/petugas/keluarga/{family_id}",
        registry_pages.family,
        name="family",
        allow=REGISTRY_READERS,
    ),
    page("/admin/petugas", staff_pages.staff_list, name="staff_list", allow=ADMIN),
    page(
        "/admin/petugas", staff_pages.create_staff, name="staff_create", allow=ADMIN, methods=POST
    ),
    Route("/healthz", healthz, name="healthz"),
    Mount("/static", CachedStaticFiles(directory=STATIC_DIR), name="static"),
]
