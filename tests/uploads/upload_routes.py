"""The upload protocol of static/upload.js, answered from Python inside a browser test.

A stand-in for the real routes (built elsewhere), and a worked example of how they use the
package: refuse_early on the first piece, append per piece, finish + accept_upload + store
on the last, and status after a dropped connection.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from adminduk.uploads import (
    ChunkedUploads,
    LocalFileStore,
    OffsetConflict,
    UploadRefused,
    accept_upload,
    refuse_early,
)

ORIGIN = "http://127.0.0.1:9"
START_PATH = "/unggah"
CSRF_TOKEN = "token-uji"
STATIC = Path(__file__).resolve().parents[2] / "static"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
)

FORM = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Unggah dokumen</title>
<script src="/static/upload.js" defer></script></head>
<body hx-headers='{"X-CSRF-Token": "%(token)s"}'>
<form method="post" action="/kirim" enctype="multipart/form-data">
<label for="kk">Kartu Keluarga</label>
<input type="file" id="kk" name="kk" data-upload-url="/unggah" data-max-side="%(max_side)s">
<button>Kirim</button>
</form></body></html>"""


@dataclass
class UploadRoutes:
    root: Path
    max_side: int = 2000
    # Numbers of upload requests (1 = the first) whose answer is lost after the work is done.
    lose_answers: set[int] = field(default_factory=set)
    requests: list[tuple[str, str, dict]] = field(default_factory=list)
    received: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.uploads = ChunkedUploads(self.root)
        self.store = LocalFileStore(self.root)

    async def handle(self, route) -> None:
        request = route.request
        path = request.url.removeprefix(ORIGIN)
        if path == "/formulir":
            page = FORM % {"token": CSRF_TOKEN, "max_side": self.max_side}
            await route.fulfill(body=page, headers=self._headers("text/html; charset=utf-8"))
            return
        if path == "/static/upload.js":
            script = (STATIC / "upload.js").read_text()
            await route.fulfill(body=script, headers=self._headers("text/javascript"))
            return

        self.requests.append((request.method, path, request.headers))
        status, answer = self._answer(request.method, path, request.headers, request)
        if len(self.requests) in self.lose_answers:
            await route.abort("connectionreset")
            return
        await route.fulfill(
            status=status,
            body=json.dumps(answer),
            headers=self._headers("application/json"),
        )

    def _answer(self, method: str, path: str, headers: dict, request) -> tuple[int, dict]:
        try:
            if headers.get("x-csrf-token") != CSRF_TOKEN:
                return 403, {"message": "Formulir kedaluwarsa."}
            upload_id = path.removeprefix(START_PATH + "/") if path != START_PATH else None
            if method == "GET":
                status = self.uploads.status(upload_id)
                return 200, {"offset": status.offset, "file": status.result}
            return self._piece(upload_id, headers, request.post_data_buffer or b"")
        except OffsetConflict as conflict:
            return 409, {"offset": conflict.offset, "message": conflict.text()}
        except UploadRefused as refusal:
            status = 404 if refusal.code == "upload_unknown" else 422
            return status, {"error": refusal.code, "message": refusal.text()}

    def _piece(self, upload_id: str | None, headers: dict, body: bytes) -> tuple[int, dict]:
        offset = int(headers["upload-offset"])
        created = upload_id is None
        if created:
            refuse_early(body)
            upload_id = self.uploads.start(int(headers["upload-length"]))

        answer = {"offset": self.uploads.append(upload_id, offset, body)}
        if created:
            answer["url"] = f"{START_PATH}/{upload_id}"
        status = self.uploads.status(upload_id)
        if status.complete and status.result is None:
            data = self.uploads.finish(upload_id)
            self.received.append(data)
            cleaned = accept_upload(data)
            self.uploads.complete(upload_id, self.store.save(cleaned.data))
        answer["file"] = self.uploads.status(upload_id).result
        return (201 if created else 200), answer

    @staticmethod
    def _headers(content_type: str) -> dict:
        return {"Content-Type": content_type, "Content-Security-Policy": CONTENT_SECURITY_POLICY}
