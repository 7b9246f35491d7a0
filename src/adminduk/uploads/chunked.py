"""Resumable uploads for weak links: a file arrives in pieces, each at the offset it belongs.

A route handler passes each request's raw body with its `Upload-Offset` header to `append`
and answers with the offset it returns. After a dropped connection the browser asks for
`status` and goes on from there. Only the piece that starts at the current end is written;
a piece sent again is acknowledged without being written twice; a piece after a gap is
refused with the offset to resume from (OffsetConflict).

Staging lives under <root>/staging: <id>.part (the bytes so far, its size is the offset)
and <id>.json (declared length, optional SHA-256, and the result once the upload has been
turned into a stored file). One writer at a time per upload, across threads and processes,
by an exclusive lock on the .part file.
"""

import fcntl
import hashlib
import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from pathlib import Path

from adminduk.uploads._files import make_dirs, write_atomically
from adminduk.uploads.errors import OffsetConflict, UploadRefused
from adminduk.uploads.ids import InvalidId, checked_id, new_id
from adminduk.uploads.limits import ABANDONED_AFTER, MAX_CHUNK_BYTES, MAX_FILE_BYTES

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class UploadStatus:
    offset: int
    length: int
    # Set by `complete`: what the upload became (e.g. the id of the stored file's record).
    result: str | None = None

    @property
    def complete(self) -> bool:
        return self.offset == self.length


@dataclass(frozen=True)
class _Meta:
    length: int
    sha256: str | None = None
    result: str | None = None
    # Who may add to it and read its result: an upload id alone gives no right to either.
    owner: str | None = None


class ChunkedUploads:
    def __init__(
        self,
        root: Path,
        max_size: int = MAX_FILE_BYTES,
        max_chunk: int = MAX_CHUNK_BYTES,
        abandoned_after: timedelta = ABANDONED_AFTER,
    ) -> None:
        self.directory = Path(root) / "staging"
        self.max_size = max_size
        self.max_chunk = max_chunk
        self.abandoned_after = abandoned_after

    def start(self, expected_size: int, sha256: str | None = None, owner: str | None = None) -> str:
        """Open an upload of exactly `expected_size` bytes; `sha256` (hex) is checked at the end."""
        if expected_size <= 0:
            raise UploadRefused("empty")
        if expected_size > self.max_size:
            raise UploadRefused("too_large")
        if sha256 is not None:
            sha256 = sha256.lower()
            if not _SHA256.fullmatch(sha256):
                raise UploadRefused("upload_invalid")

        upload_id = new_id()
        make_dirs(self.directory)
        self._part(upload_id).touch(mode=0o600, exist_ok=False)
        self._write_meta(upload_id, _Meta(length=expected_size, sha256=sha256, owner=owner))
        return upload_id

    def check_owner(self, upload_id: str, owner: str) -> None:
        """Someone else's upload does not exist, as far as this caller can tell."""
        if self._meta(upload_id).owner != owner:
            raise UploadRefused("upload_unknown")

    def append(self, upload_id: str, offset: int, chunk: bytes) -> int:
        """Add `chunk` at `offset`; return the new offset, the one the client goes on from."""
        meta = self._meta(upload_id)
        if meta.result is not None:
            return meta.length  # the last piece, sent again after its answer was lost
        if offset < 0 or len(chunk) > self.max_chunk or offset + len(chunk) > meta.length:
            raise UploadRefused("upload_invalid")

        with self._locked_part(upload_id) as descriptor:
            current = os.fstat(descriptor).st_size
            if offset > current:
                raise OffsetConflict(current)

            # What this piece repeats must match what arrived before; only the rest is new.
            repeated = min(current - offset, len(chunk))
            if repeated and os.pread(descriptor, repeated, offset) != chunk[:repeated]:
                raise UploadRefused("upload_conflict")
            new = chunk[repeated:]
            if new:
                os.pwrite(descriptor, new, current)
            return current + len(new)

    def status(self, upload_id: str) -> UploadStatus:
        for _ in range(2):
            meta = self._meta(upload_id)
            if meta.result is not None:
                return UploadStatus(offset=meta.length, length=meta.length, result=meta.result)
            try:
                return UploadStatus(self._part(upload_id).stat().st_size, meta.length)
            except FileNotFoundError:
                continue  # completed meanwhile: the second reading of meta says so
        raise UploadRefused("upload_unknown")

    def finish(self, upload_id: str) -> bytes:
        """The whole file, once every byte is in and matches the declared size and SHA-256.

        Staging stays until `complete` or `discard`, so a crash while the file is being
        checked and stored loses nothing; a damaged file is discarded here.
        """
        meta = self._meta(upload_id)
        if meta.result is not None:
            raise UploadRefused("upload_unknown")
        try:
            data = self._part(upload_id).read_bytes()
        except FileNotFoundError:
            raise UploadRefused("upload_unknown") from None

        if len(data) != meta.length:
            raise UploadRefused("upload_incomplete", offset=len(data), length=meta.length)
        if meta.sha256 is not None and hashlib.sha256(data).hexdigest() != meta.sha256:
            self.discard(upload_id)
            raise UploadRefused("upload_damaged")
        return data

    def complete(self, upload_id: str, result: str) -> None:
        """Record what the upload became and drop its bytes; `status` reports `result` after."""
        meta = self._meta(upload_id)
        self._write_meta(upload_id, replace(meta, result=result))
        self._part(upload_id).unlink(missing_ok=True)

    def discard(self, upload_id: str) -> None:
        upload_id = self._checked(upload_id)
        self._part(upload_id).unlink(missing_ok=True)
        self._meta_path(upload_id).unlink(missing_ok=True)

    def remove_abandoned(self, now: float | None = None) -> int:
        """Remove uploads untouched for `abandoned_after`; return how many were removed."""
        if not self.directory.is_dir():
            return 0
        cutoff = (time.time() if now is None else now) - self.abandoned_after.total_seconds()

        last_touched: dict[str, float] = {}
        paths: dict[str, list[Path]] = {}
        for path in self.directory.iterdir():
            key = path.name.split(".")[0] or path.name  # ".tmp-..." files are their own
            try:
                modified = path.stat().st_mtime
            except FileNotFoundError:
                continue
            last_touched[key] = max(last_touched.get(key, 0.0), modified)
            paths.setdefault(key, []).append(path)

        abandoned = [key for key, modified in last_touched.items() if modified < cutoff]
        for key in abandoned:
            for path in paths[key]:
                path.unlink(missing_ok=True)
        return len(abandoned)

    def _meta(self, upload_id: str) -> _Meta:
        upload_id = self._checked(upload_id)
        try:
            return _Meta(**json.loads(self._meta_path(upload_id).read_text()))
        except FileNotFoundError:
            raise UploadRefused("upload_unknown") from None

    def _write_meta(self, upload_id: str, meta: _Meta) -> None:
        write_atomically(self._meta_path(upload_id), json.dumps(asdict(meta)).encode())

    @contextmanager
    def _locked_part(self, upload_id: str) -> Iterator[int]:
        try:
            descriptor = os.open(self._part(upload_id), os.O_RDWR)
        except FileNotFoundError:
            raise UploadRefused("upload_unknown") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield descriptor
        finally:
            os.close(descriptor)

    @staticmethod
    def _checked(upload_id: str) -> str:
        try:
            return checked_id(upload_id)
        except InvalidId:
            raise UploadRefused("upload_unknown") from None

    def _part(self, upload_id: str) -> Path:
        return self.directory / f"{upload_id}.part"

    def _meta_path(self, upload_id: str) -> Path:
        return self.directory / f"{upload_id}.json"
