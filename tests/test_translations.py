"""The English catalogue covers every text of the interface."""

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from adminduk.settings import PROJECT_ROOT

CATALOGUE = PROJECT_ROOT / "src/adminduk/translations/en/LC_MESSAGES/messages.po"
METHODS = [("src/**.py", "python"), ("templates/**.html", "jinja2")]
OPTIONS = {"templates/**.html": {"trim_blocks": "true", "lstrip_blocks": "true"}}


def _texts_in_the_interface() -> set[str]:
    keywords = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
    found = extract_from_dir(PROJECT_ROOT, METHODS, OPTIONS, keywords=keywords)
    return {message if isinstance(message, str) else message[0] for _, _, message, *_ in found}


def test_every_text_of_the_interface_has_an_english_translation():
    with CATALOGUE.open("rb") as source:
        catalogue = read_po(source)
    translated = {
        entry.id if isinstance(entry.id, str) else entry.id[0]
        for entry in catalogue
        if entry.id and all(entry.string if isinstance(entry.string, tuple) else [entry.string])
    }

    missing = sorted(_texts_in_the_interface() - translated)

    assert not missing, f"run `make messages` and translate: {missing[:5]}"


def test_english_translations_keep_their_placeholders():
    with CATALOGUE.open("rb") as source:
        catalogue = read_po(source)

    for entry in catalogue:
        if entry.id and isinstance(entry.id, str) and entry.string:
            for placeholder in ("%(regency)s", "%(n)s"):
                assert (placeholder in entry.id) == (placeholder in entry.string), entry.id
