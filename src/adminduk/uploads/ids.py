"""Opaque ids for stored files and uploads in progress: random, URL-safe, checked before use.

An id becomes part of a file name, so anything that is not exactly the shape made here
(a path separator, "..", a NUL byte, another length) is rejected before it touches the disk.
"""

import re
import secrets

ID_BYTES = 24
_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{32}")


class InvalidId(ValueError):
    pass


def new_id() -> str:
    return secrets.token_urlsafe(ID_BYTES)


def checked_id(value: object) -> str:
    if not isinstance(value, str) or not _ID_PATTERN.fullmatch(value):
        raise InvalidId("not an upload or file id")
    return value
