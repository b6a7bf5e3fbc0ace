"""ASGI middleware for a page on a school network: security headers, a bound on request size,
and an optional sign-in (a shared token, or a header set by the school's sign-in proxy)."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "lessonpack_token"
# No inline script or style anywhere; pictures only from the page itself or inline data
# (thumbnails and the logo preview); forms only post back here; never framed.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


async def _plain(send: Send, status: int, text: str, headers: list[tuple[bytes, bytes]]
                 | None = None) -> None:
    body = (f"<!doctype html><html lang=\"en-GB\"><meta charset=\"utf-8\"><title>lessonpack"
            f"</title><p>{text}</p></html>").encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Every response gets the headers above; anything but the static files is never cached
    (pages carry a school's details, and packs are built for one request)."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        static = scope["path"].startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [h for h in HEADERS if h[0] not in names]
                if not static:
                    headers = [h for h in headers if h[0].lower() != b"cache-control"]
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyTooLargeError(Exception):
    pass


class BodyLimit:
    """Refuse a request body over ``limit`` bytes: at once when it says its length, and as
    soon as it passes the limit when it does not (chunked), before it is all read."""

    def __init__(self, app: App, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = (f"This request is over the {self.limit // 1_000_000} MB limit. Logos may be "
                   "at most 5 MB: a PNG about 600 px wide is plenty.")
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                return await _plain(send, 413, message, [(b"connection", b"close")])
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            got = await receive()
            if got["type"] == "http.request":
                seen += len(got.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLargeError
            return got

        async def tracked(out: Message) -> None:
            nonlocal started
            started = started or out["type"] == "http.response.start"
            await send(out)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLargeError:
            if not started:
                await _plain(send, 413, message, [(b"connection", b"close")])


class SignIn:
    """Only signed-in requests reach the page, when a token or a proxy header is set.

    With a token: ``?token=…`` on any page sets a cookie (HttpOnly, SameSite=Strict) and
    redirects to the same address without it; ``Authorization: Bearer …`` works for scripts.
    With a header: the school's sign-in proxy must set it (and strip it from what browsers
    send); requests without it are refused.
    """

    def __init__(self, app: App, token: str = "", header: str = "") -> None:
        self.app = app
        self.token = token
        self.header = header.lower().encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (not self.token and not self.header):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers", []))
        if self.header and not headers.get(self.header, b"").strip():
            return await _plain(send, 403, "Sign in through your school's portal to use "
                                "this page.")
        if self.token:
            query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
            given = dict(query).get("token", "")
            if given and self._ok(given):
                rest = urlencode([(k, v) for k, v in query if k != "token"])
                where = scope["path"] + (f"?{rest}" if rest else "")
                secure = "; Secure" if scope.get("scheme") == "https" else ""
                cookie = (f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
                          f"{secure}").encode()
                return await _plain(send, 303, "Signed in.", [
                    (b"location", where.encode()), (b"set-cookie", cookie)])
            if not self._signed_in(headers):
                return await _plain(send, 401, "This page needs the address with its token "
                                    "(ask whoever runs it), or an Authorization header.")
        await self.app(scope, receive, send)

    def _ok(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self.token.encode())

    def _signed_in(self, headers: dict[bytes, bytes]) -> bool:
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.lower().startswith("bearer ") and self._ok(auth[7:].strip()):
            return True
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get(b"cookie", b"").decode("latin-1"))
        except Exception:  # a malformed cookie header is simply not signed in
            return False
        morsel = cookies.get(COOKIE)
        return morsel is not None and self._ok(morsel.value)
