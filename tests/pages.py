"""Checks every page the test client fetches: valid HTML, a title, unique ids, nothing
loaded from another host."""

import re
from collections import Counter

import html5lib

_ATTRIBUTE_URL = re.compile(r'(?:src|href|action)="([^"]*)"')


def check_page(html: str, url: str, *, fragment: bool = False) -> None:
    """A whole page, or the fragment htmx asked for (no doctype, no title)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        document = parser.parseFragment(html) if fragment else parser.parse(html)
    except html5lib.html5parser.ParseError as error:
        raise AssertionError(f"{url}: invalid HTML: {error}") from error

    if not fragment:
        title = document.find(".//title")
        assert title is not None and (title.text or "").strip(), f"{url}: page has no title"

    ids = Counter(element.get("id") for element in document.iter() if element.get("id"))
    duplicates = [name for name, count in ids.items() if count > 1]
    assert not duplicates, f"{url}: duplicate ids {duplicates}"

    for link in _ATTRIBUTE_URL.findall(html):
        assert not re.match(r"^(https?:)?//", link), f"{url}: loads from another host: {link}"
