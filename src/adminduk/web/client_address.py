"""The client's address, for throttling and security logs.

X-Forwarded-For is believed only when the request comes from a configured proxy (Caddy);
otherwise anyone could choose their own address and escape every limit.
"""

from starlette.requests import Request


def client_address(request: Request, trusted_proxies: frozenset[str]) -> str:
    peer = request.client.host if request.client else "unknown"
    if peer not in trusted_proxies:
        return peer

    # The proxy appends the address it saw; walk back past any trusted hops.
    forwarded = [hop.strip() for hop in request.headers.get("x-forwarded-for", "").split(",")]
    for hop in reversed(forwarded):
        if hop and hop not in trusted_proxies:
            return hop
    return peer
