"""`/healthz` for the proxy and the operator's monitoring: 200 when the database answers."""

from starlette.requests import Request
from starlette.responses import PlainTextResponse

from adminduk.database import database_answers


async def healthz(request: Request) -> PlainTextResponse:
    if await database_answers():
        return PlainTextResponse("ok")
    return PlainTextResponse("database unavailable", status_code=503)
