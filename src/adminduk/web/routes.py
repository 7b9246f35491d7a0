"""Every route of the service, with the name links use and who may use it: the one place."""

from starlette.routing import BaseRoute, Mount, Route

from adminduk.accounts.models import Role
from adminduk.web import home, registry_pages, signin
from adminduk.web.access import ANYONE, STAFF, page
from adminduk.web.health import healthz
from adminduk.web.static_files import CachedStaticFiles
from adminduk.web.templating import STATIC_DIR

REGISTRY_READERS = STAFF - {Role.KIOSK_OPERATOR}

routes: list[BaseRoute] = [
    page("/", home.home, name="home", allow=ANYONE),
    page("/bahasa/{locale}", home.switch_language, name="switch_language", allow=ANYONE),
    page("/masuk", signin.sign_in_form, name="sign_in", allow=ANYONE),
    page("/masuk", signin.sign_in, name="sign_in_submit", allow=ANYONE, methods=["POST"]),
    page("/keluar", signin.sign_out, name="sign_out", allow=ANYONE, methods=["POST"]),
    page("/petugas/penduduk", registry_pages.registry, name="registry", allow=REGISTRY_READERS),
    page(
        "/petugas/keluarga/{family_id}",
        registry_pages.family,
        name="family",
        allow=REGISTRY_READERS,
    ),
    Route("/healthz", healthz, name="healthz"),
    Mount("/static", CachedStaticFiles(directory=STATIC_DIR), name="static"),
]
