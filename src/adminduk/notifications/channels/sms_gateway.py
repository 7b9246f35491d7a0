"""SMS through an HTTP gateway speaking Twilio's Messages API:

    POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json   (To, From, Body; basic auth)
    201 {"sid": "SM...", "status": "queued", ...}

The base address is configurable, so a compatible provider or a local fake can stand in.
"""

import asyncio
import base64
import http.client
import ipaddress
import json
import logging
import urllib.request
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit

from adminduk.notifications.channels.base import ChannelError
from adminduk.notifications.models import Notification

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10.0
# Twilio's own limit for one message's body.
MAX_BODY = 1600
# A gateway's answer is a small JSON object; anything longer is not read.
MAX_RESPONSE = 64 * 1024
# Twilio answers these right away when it will not deliver.
_UNDELIVERABLE = {"failed", "undelivered", "canceled"}


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirected POST would be resent as a GET without its form: report the 3xx instead.
    def redirect_request(self, *args, **kwargs) -> None:
        return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SmsGatewayChannel:
    def __init__(
        self,
        base_url: str,
        *,
        account_sid: str,
        auth_token: str,
        sender: str,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and _is_loopback(parts.hostname or "")
        ):
            raise ValueError("SMS_GATEWAY_URL must be https:// (plain http only on loopback)")
        if not (account_sid and auth_token and sender):
            raise ValueError("the SMS gateway needs SMS_ACCOUNT_SID, SMS_AUTH_TOKEN and SMS_FROM")

        self.url = (
            f"{base_url.rstrip('/')}/2010-04-01/Accounts/{quote(account_sid, safe='')}"
            "/Messages.json"
        )
        self.sender = sender
        self.timeout = timeout
        credentials = base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
        self._authorization = f"Basic {credentials}"
        self._opener = urllib.request.build_opener(_NoRedirects)

    def __repr__(self) -> str:
        return f"SmsGatewayChannel({self.url})"

    async def send(self, message: Notification) -> None:
        if len(message.body) > MAX_BODY:
            raise ChannelError(f"SMS body longer than {MAX_BODY} characters", permanent=True)

        form = urlencode({"To": message.recipient, "From": self.sender, "Body": message.body})
        status, payload = await asyncio.to_thread(self._post, form.encode())
        reply = _json_object(payload)

        if 200 <= status < 300:
            if reply.get("status") in _UNDELIVERABLE:
                raise ChannelError(f"SMS gateway reports {reply['status']}", permanent=True)
            # A 2xx without an id is still accepted: sending again could deliver a code twice.
            log.debug("Notification %s accepted by the gateway as %s", message.id, reply.get("sid"))
            return

        code = reply.get("code")
        detail = f"HTTP {status}, code {code}" if isinstance(code, int) else f"HTTP {status}"
        # 429: the gateway asks us to slow down, which is not a verdict on this message.
        if status >= 500 or status in (408, 429):
            raise ChannelError(f"SMS gateway unavailable ({detail})")
        # The gateway's message text is left out: it quotes the phone number.
        raise ChannelError(f"SMS gateway refused ({detail})", permanent=True)

    def _post(self, form: bytes) -> tuple[int, bytes]:
        request = urllib.request.Request(
            self.url,
            data=form,
            method="POST",
            headers={
                "Authorization": self._authorization,
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.status, response.read(MAX_RESPONSE)
        except HTTPError as error:
            with error:
                return error.code, error.read(MAX_RESPONSE)
        except URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise ChannelError("SMS gateway did not answer in time") from None
            raise ChannelError(f"SMS gateway unreachable ({type(reason).__name__})") from None
        except TimeoutError:
            raise ChannelError("SMS gateway did not answer in time") from None
        except (OSError, http.client.HTTPException) as error:
            raise ChannelError(f"SMS gateway connection failed ({type(error).__name__})") from None


def _json_object(payload: bytes) -> dict:
    try:
        reply = json.loads(payload)
    except ValueError:
        return {}
    return reply if isinstance(reply, dict) else {}
