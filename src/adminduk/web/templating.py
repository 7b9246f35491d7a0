"""Jinja2 set-up and the one helper that renders a whole page or an htmx fragment."""

import hashlib
from datetime import date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from adminduk import i18n
from adminduk.accounts.models import ROLE_LABELS, Role
from adminduk.applications.models import VERDICT_LABELS
from adminduk.documents import wording
from adminduk.identity import mask_nik
from adminduk.registry.choices import LABELS
from adminduk.settings import PROJECT_ROOT, get_settings

TEMPLATE_DIR = PROJECT_ROOT / "templates"
STATIC_DIR = PROJECT_ROOT / "static"


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true" and "HX-History-Restore-Request" not in (
        request.headers
    )


@cache
def _file_version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def static_url(request: Request, name: str) -> str:
    """The file's URL with its content hash, so it can be cached forever and still change."""
    path = request.app.url_path_for("static", path=name)
    return f"{path}?v={_file_version(STATIC_DIR / name)}"


def long_date(value: date | datetime) -> str:
    """A date as people write it: 4 Desember 2026 (or December 4, 2026 in English)."""
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(get_settings().timezone)).date()
    if i18n.current_locale.get() == "en":
        return value.strftime("%B %-d, %Y")
    return wording.long_date(value)


def long_datetime(value: datetime) -> str:
    """A moment in WIB: 4 Desember 2026 14.05 WIB."""
    local = value.astimezone(ZoneInfo(get_settings().timezone))
    return f"{long_date(local.date())} {local:%H.%M} WIB"


def label(value: object) -> str:
    """The translated label of a registry choice (sex, religion, relation...)."""
    text = LABELS.get(value) or VERDICT_LABELS.get(value)  # type: ignore[call-overload]
    return i18n.gettext(text) if text else str(value)


def role_label(value: object) -> str:
    return i18n.gettext(ROLE_LABELS[Role(value)])


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)
    env.filters.update(
        long_date=long_date,
        long_datetime=long_datetime,
        label=label,
        mask_nik=mask_nik,
        role_label=role_label,
    )
    env.globals.update(settings=get_settings(), static_url=static_url)
    return env


environment = _environment()


def render(
    request: Request,
    template: str,
    context: dict | None = None,
    *,
    status_code: int = 200,
    fragment: str | None = None,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render the page, or only its fragment (`_name.html`) when htmx asks for it."""
    name = fragment if fragment and is_htmx(request) else template
    values = {
        "request": request,
        "url_for": lambda name, **params: str(request.app.url_path_for(name, **params)),
        "account": getattr(request.state, "account", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "locale": i18n.current_locale.get(),
        **(context or {}),
    }
    html = environment.get_template(name).render(values)
    return HTMLResponse(html, status_code=status_code, headers=headers)
