"""A local stand-in for Twilio's Messages API, served by uvicorn on 127.0.0.1 in a thread.

It checks the path, basic auth and form fields as Twilio does, records what it was sent, and
answers with the status codes a test queues up (201 when none is queued)."""

import asyncio
import base64
import contextlib
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

ACCOUNT_SID = "AC" + "0" * 30 + "01"
AUTH_TOKEN = "token-uji-bukan-rahasia"
SENDER = "+15005550006"


@dataclass
class FakeGateway:
    url: str = ""
    received: list[dict[str, str]] = field(default_factory=list)
    # Status codes for the next requests, in order; then 201.
    answers: list[int] = field(default_factory=list)
    # Seconds to wait before answering the next request.
    delay: float = 0.0


def _error(status: int, code: int, message: str) -> JSONResponse:
    body = {"code": code, "message": message, "more_info": "", "status": status}
    return JSONResponse(body, status_code=status)


def _authorized(request: Request) -> bool:
    expected = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    return request.headers.get("authorization") == f"Basic {expected}"


def _app(gateway: FakeGateway) -> Starlette:
    async def create_message(request: Request) -> JSONResponse:
        if request.path_params["sid"] != ACCOUNT_SID or not _authorized(request):
            return _error(401, 20003, "Authenticate")

        form = {key: str(value) for key, value in (await request.form()).items()}
        missing = [name for name in ("To", "From", "Body") if not form.get(name)]
        if missing:
            return _error(400, 21604, f"A '{missing[0]}' parameter is required.")

        # A slow gateway has the message already: it is recorded even if the client gave up.
        await asyncio.sleep(gateway.delay)
        gateway.received.append(form)
        status = gateway.answers.pop(0) if gateway.answers else 201
        if status == 400:
            # Twilio's real message quotes the number: the client must not log it.
            return _error(400, 21211, f"The 'To' number {form['To']} is not a valid phone number.")
        if status != 201:
            return _error(status, 20500, "Internal Server Error")
        message = {
            "sid": "SM" + uuid.uuid4().hex,
            "account_sid": ACCOUNT_SID,
            "to": form["To"],
            "from": form["From"],
            "body": form["Body"],
            "status": "queued",
            "num_segments": "1",
        }
        return JSONResponse(message, status_code=201)

    return Starlette(
        routes=[Route("/2010-04-01/Accounts/{sid}/Messages.json", create_message, methods=["POST"])]
    )


@contextlib.contextmanager
def running_fake_gateway() -> Iterator[FakeGateway]:
    gateway = FakeGateway()
    config = uvicorn.Config(
        _app(gateway), host="127.0.0.1", port=0, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="fake-sms-gateway", daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the fake SMS gateway did not start")
        time.sleep(0.01)

    port = server.servers[0].sockets[0].getsockname()[1]
    gateway.url = f"http://127.0.0.1:{port}"
    try:
        yield gateway
    finally:
        server.should_exit = True
        thread.join(timeout=10)
