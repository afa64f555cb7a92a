"""What keeps the web app safe by default, in one ASGI layer in front of every request.

- **Host check**: on this computer's own address (the default) only requests for
  ``127.0.0.1``, ``localhost`` or ``[::1]`` are answered, so a web page elsewhere cannot
  reach the app through a DNS name that points here (DNS rebinding).
- **Access token**: on any other address, every request needs the token printed at start
  (``?token=`` once, which sets a cookie for the rest of the visit, or an
  ``Authorization: Bearer`` header for scripts).
- **Cross-site requests**: a POST from another site (``Origin`` or ``Sec-Fetch-Site``
  says so) is refused here; each form and script also sends the page's CSRF token,
  checked by the routes (``require_csrf``).
- **Size**: request bodies over the limit are refused before they are read.
- **Headers**: a Content-Security-Policy that allows only the app's own script and
  style files, no framing, no sniffing, no referrer.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from html import escape
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_COOKIE = "plainspeak_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _page(title: str, text: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head><body><main><h1>{escape(title)}</h1><p>{escape(text)}</p></main></body></html>').encode()


class Guard:
    """The ASGI layer described above; ``settings`` is the app's ``Settings``."""

    def __init__(self, app: ASGIApp, settings: Any) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        s = self.settings
        if s.token is None and not self._loopback_host(host):
            await self._refuse(send, 421, "Wrong address",
                               f"This plainspeak only answers at http://127.0.0.1:{s.port}/ (open that address).")
            return
        extra_headers: list[tuple[bytes, bytes]] = []
        if s.token is not None:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            given = query.get("token")
            if given is not None and same(given, s.token) and scope["method"] in ("GET", "HEAD"):
                # Swap the token in the address for a cookie, so it does not stay in the address bar.
                rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
                location = scope.get("path", "/") + (f"?{rest}" if rest else "")
                cookie = f"{TOKEN_COOKIE}={s.token}; Path=/; HttpOnly; SameSite=Strict"
                await send({"type": "http.response.start", "status": 303,
                            "headers": [(b"location", location.encode("latin-1")), (b"set-cookie", cookie.encode()),
                                        (b"cache-control", b"no-store"), *SECURITY_HEADERS]})
                await send({"type": "http.response.body", "body": b""})
                return
            if not self._has_token(headers, s.token):
                await self._refuse(send, 401, "Access token needed",
                                   "Open the address printed by 'plainspeak serve', including its ?token=... part.")
                return
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
                await self._refuse(send, 403, "Refused", "Requests from other web sites are not accepted.")
                return
            origin = headers.get("origin")
            if origin and origin != "null" and origin.split("://", 1)[-1] != host:
                await self._refuse(send, 403, "Refused", "Requests from other web sites are not accepted.")
                return
            length = headers.get("content-length")
            limit = s.max_request_bytes
            if length is not None and (not length.isdigit() or int(length) > limit):
                await self._refuse(send, 413, "Too big",
                                   f"The file is too big to check here (the limit is {limit // (1024 * 1024)} MB).")
                return
            if length is None:
                receive = _limited(receive, limit)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS, *extra_headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _loopback_host(self, host: str) -> bool:
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        port = host.rsplit(":", 1)[1] if ":" in host and not host.endswith("]") else ""
        return name in LOOPBACK_NAMES and (not port or port == str(self.settings.port) or not self.settings.port)

    @staticmethod
    def _has_token(headers: dict[str, str], token: str) -> bool:
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and same(auth[7:].strip(), token):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie is simply no token
            return False
        morsel = cookie.get(TOKEN_COOKIE)
        return morsel is not None and same(morsel.value, token)

    @staticmethod
    async def _refuse(send: Send, status: int, title: str, text: str) -> None:
        body = _page(title, text)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store"),
                                *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    """A request without a length sent more than the limit."""


def _limited(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(f"more than {limit} bytes")
        return message

    return wrapped
