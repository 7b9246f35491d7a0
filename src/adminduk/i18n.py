"""Interface language: gettext catalogues, Bahasa Indonesia by default, English on request.

Messages in the code and templates are written in Bahasa Indonesia; the catalogue in
translations/<locale>/LC_MESSAGES/messages.po gives their English. Catalogues are compiled in
memory when first used, so there is no build step and no stale .mo file.
"""

from contextvars import ContextVar
from functools import cache
from importlib.resources import files
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

DEFAULT_LOCALE = "id"
LOCALES = ("id", "en")
LOCALE_COOKIE = "bahasa"

current_locale: ContextVar[str] = ContextVar("current_locale", default=DEFAULT_LOCALE)


def N_(message: str) -> str:
    """Mark a message for the catalogue; it is translated where it is shown."""
    return message


@cache
def translations(locale: str) -> NullTranslations:
    if locale == DEFAULT_LOCALE:
        return NullTranslations()

    po_file = files("adminduk").joinpath("translations", locale, "LC_MESSAGES", "messages.po")
    with po_file.open("rb") as source:
        catalog = read_po(source, locale=locale)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def gettext(message: str) -> str:
    return translations(current_locale.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(current_locale.get()).ngettext(singular, plural, count)


def locale_from_cookie(value: str | None) -> str:
    return value if value in LOCALES else DEFAULT_LOCALE
