"""The web page: routes, the form's round trip and the responses. A thin door over the
library: every build goes through ``adapter.run_job`` in the build pool; this module only reads
the form, hands the job over and shows the answer.

Nothing a request sends is kept: its files live in a folder of its own that is removed when
the response is ready, also when the build failed, timed out or the browser went away.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, cast

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from lessonpack.errors import expect
from lessonpack.web import brandform
from lessonpack.web.adapter import Job, JobAction, Outcome
from lessonpack.web.page import render_page
from lessonpack.web.pool import BuildError, BuildPool
from lessonpack.web.security import BodyLimit, SecurityHeaders, SignIn
from lessonpack.web.settings import Settings

HERE = Path(__file__).parent
MAX_FIELD = 64_000  # bytes per text field; the logo sent back as page data is larger
MAX_LOGO_FIELD = 7_000_000  # a 5 MB logo in base64


class Web:
    """What the routes share: settings, the build pool, the audiences on offer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pool = BuildPool(settings.pool_size, timeout=settings.build_timeout,
                              queue_limit=settings.queue_limit,
                              queue_timeout=settings.queue_timeout, max_jobs=settings.max_jobs)
        self.catalogue: list[dict[str, Any]] = []
        self.root: Path | None = None
        self.office = _libreoffice()

    async def start(self) -> None:
        base = self.settings.temp_root
        if base is not None:
            base.mkdir(parents=True, exist_ok=True)
        _remove_stale_roots(Path(base or tempfile.gettempdir()))
        self.root = Path(tempfile.mkdtemp(prefix=f"lessonpack-web-{os.getpid()}-", dir=base))
        await self.pool.start()
        if not self.catalogue:
            self.catalogue = (await self.run(Job("catalogue"), None)).catalogue

    async def stop(self) -> None:
        await self.pool.close()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)

    async def run(self, job: Job, request: Request | None) -> Outcome:
        """Run a job in a folder of its own; the folder is gone when this returns or raises,
        and the build is stopped if the browser disconnects first."""
        workdir = expect(self.root, "the job folder (set when the server starts)") \
            / secrets.token_hex(8)
        workdir.mkdir()
        build = asyncio.ensure_future(self.pool.run(job, workdir))
        gone = asyncio.ensure_future(_disconnected(request))
        try:
            await asyncio.wait({build, gone}, return_when=asyncio.FIRST_COMPLETED)
            if not build.done():
                build.cancel()
                with contextlib.suppress(asyncio.CancelledError, BuildError):
                    await build
                raise ClientGoneError
            return build.result()
        finally:
            gone.cancel()
            if not build.done():
                build.cancel()
                with contextlib.suppress(asyncio.CancelledError, BuildError):
                    await build
            await asyncio.to_thread(shutil.rmtree, workdir, True)


def _remove_stale_roots(base: Path) -> None:
    """Remove what a server killed outright (power cut, SIGKILL) left: its folder is named
    after its process id; only folders of ours whose process is gone are removed (POSIX: on
    Windows os.kill would end the process it asks about)."""
    if os.name != "posix":
        return
    for folder in base.glob("lessonpack-web-*-*"):
        pid = folder.name.split("-")[2]
        if not pid.isdigit() or not folder.is_dir() or folder.stat().st_uid != os.getuid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # it exists (another user's process): leave it
            continue


class ClientGoneError(Exception):
    pass


async def _disconnected(request: Request | None) -> None:
    if request is None:
        await asyncio.Event().wait()
        return
    while True:  # the body is read; what comes next is the browser leaving
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


def _libreoffice() -> bool:
    from lessonpack import doors

    return doors.libreoffice_found() and shutil.which("pdftoppm") is not None


# --------------------------------------------------------------------------- the form


class Submission:
    """A submitted form: the audience, the brand values, the logo (a new upload, or the one
    sent back from the last page) and, when loading one, a brand file."""

    def __init__(self) -> None:
        self.audience = ""
        self.values: dict[str, Any] = brandform.defaults()
        self.logo: bytes | None = None
        self.logo_name = ""
        self.brand_file: bytes | None = None
        self.brand_file_name = ""
        self.pdf = False


async def _read_form(request: Request) -> Submission:
    sub = Submission()
    async with request.form(max_files=4, max_fields=100, max_part_size=MAX_LOGO_FIELD) as form:
        for key, value in form.multi_items():
            if isinstance(value, str) and len(value) > MAX_FIELD and key != "logo_data":
                raise ValueError(f"field {key} is too long")
        audience = form.get("audience")
        sub.audience = audience if isinstance(audience, str) else ""
        sub.values = brandform.read_values(form)
        sub.pdf = form.get("pdf") == "yes"
        upload = form.get("logo")
        if isinstance(upload, UploadFile) and upload.filename:
            sub.logo, sub.logo_name = await upload.read(), _file_name(upload.filename)
        elif isinstance(form.get("logo_data"), str) and form.get("logo_data") \
                and form.get("logo_remove") != "yes":
            with contextlib.suppress(binascii.Error, ValueError):
                sub.logo = base64.b64decode(str(form.get("logo_data")), validate=True)
                sub.logo_name = _file_name(str(form.get("logo_name") or "logo.png"))
        brand = form.get("brand_file")
        if isinstance(brand, UploadFile) and brand.filename:
            sub.brand_file, sub.brand_file_name = await brand.read(), _file_name(brand.filename)
    return sub


def _file_name(name: str) -> str:
    """An upload's own name, for messages and the downloaded brand.yml only (never a path)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return "".join(c for c in base if c.isprintable())[:100] or "upload"


# --------------------------------------------------------------------------- routes


def _web(request: Request) -> Web:
    return request.app.state.web


async def index(request: Request) -> Response:
    web = _web(request)
    chosen = request.query_params.get("audience", "")
    return render_page(web, audience=chosen if _known(web, chosen) else "")


def _known(web: Web, audience: str) -> bool:
    return any(card["audience"] == audience for card in web.catalogue)


async def preview(request: Request) -> Response:
    return await _submit(request, "preview")


async def download(request: Request) -> Response:
    return await _submit(request, "pack")


async def brand_file(request: Request) -> Response:
    return await _submit(request, "brand")


async def load_brand(request: Request) -> Response:
    return await _submit(request, "load")


async def _submit(request: Request, action: str) -> Response:
    web = _web(request)
    try:
        sub = await _read_form(request)
    except ValueError as exc:  # starlette's multipart limits, or a field over MAX_FIELD
        return render_page(web, status=400, notice=f"The form could not be read: {exc}.")
    if action == "load" and sub.brand_file is None:
        action = "preview"  # Enter in a text field presses the form's first button
    builds = action in ("preview", "pack")
    audience_problem = "" if not builds or _known(web, sub.audience) else \
        "Choose who the pack is for."
    brand_yaml = sub.brand_file or b"" if action == "load" else \
        brandform.brand_yaml(sub.values, sub.logo_name if sub.logo else "")
    # Without an audience there is nothing to build: the brand is still checked, so every
    # problem of the form shows at once.
    job = Job(cast(JobAction, action) if builds and not audience_problem else "check",
              audience=sub.audience, brand_yaml=brand_yaml, logo=sub.logo,
              logo_name=sub.logo_name, pdf=sub.pdf and web.office and action == "pack",
              thumbnails=web.office and action == "preview",
              stated_time=web.settings.stated_time)
    try:
        outcome = await web.run(job, request)
    except ClientGoneError:
        return Response(status_code=499)
    except BuildError as exc:
        headers = {"Retry-After": "30"} if exc.status == 503 else None
        return render_page(web, sub=sub, status=exc.status, notice=str(exc), headers=headers)
    if action == "load":
        sub.values = brandform.from_brand_file(outcome.values)
    if audience_problem or outcome.problems:
        return render_page(web, sub=sub, outcome=outcome, status=422, action=action,
                           audience_problem=audience_problem)
    if action == "pack":
        return Response(outcome.zip_bytes, media_type="application/zip", headers={
            "Content-Disposition": f'attachment; filename="{outcome.zip_name}"',
            "Cache-Control": "no-store"})
    if action == "brand":
        return Response(brand_yaml, media_type="text/yaml; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="brand.yml"',
            "Cache-Control": "no-store"})
    return render_page(web, sub=sub, outcome=outcome, action=action)


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    web = Web(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await web.start()
        try:
            yield
        finally:
            await web.stop()

    middleware = [Middleware(SecurityHeaders), Middleware(BodyLimit, limit=settings.max_body)]
    if settings.allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware,
                                     allowed_hosts=list(settings.allowed_hosts)))
    middleware.append(Middleware(SignIn, token=settings.token, header=settings.auth_header))
    app = Starlette(routes=[
        Route("/", index),
        Route("/preview", preview, methods=["POST"]),
        Route("/download", download, methods=["POST"]),
        Route("/brand.yml", brand_file, methods=["POST"]),
        Route("/load-brand", load_brand, methods=["POST"]),
        Route("/healthz", health),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ], middleware=middleware, lifespan=lifespan)
    app.state.web = web
    return app
