"""A file that passed the checks: the bytes to store, and what an officer's page needs to know."""

import hashlib
from dataclasses import dataclass, field

from adminduk.uploads.errors import Notice
from adminduk.uploads.kinds import FileKind

MEDIA_TYPES = {FileKind.JPEG: "image/jpeg", FileKind.PDF: "application/pdf"}
EXTENSIONS = {FileKind.JPEG: ".jpg", FileKind.PDF: ".pdf"}


@dataclass(frozen=True)
class CleanedFile:
    data: bytes = field(repr=False)
    # What is stored (JPEG or PDF) and what was received (e.g. PNG).
    kind: FileKind
    source_kind: FileKind
    source_size: int
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    notices: tuple[Notice, ...] = ()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.kind]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()
