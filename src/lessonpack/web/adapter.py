"""The one place the web page calls the library: ``run_job`` takes a job the page assembled and
returns plain data (problems, a zip, an outline, thumbnails). It runs in a build worker
(``worker.py``), inside a folder the server made for this one request and removes afterwards.

Everything a user sent arrives here as bytes and is written under fixed names (``brand.yml``,
``logo.png``): no text from a request ever becomes a path. The brand is checked by
``api.read_brand`` exactly as ``lessonpack build --brand`` checks it, except that a ``logo:``
path written in an uploaded file is never followed (the logo is an upload of its own). Like
every door, it reaches the library through ``lessonpack.api`` only.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import io
import shutil
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lessonpack.errors import Problem, UserError

if TYPE_CHECKING:
    from lessonpack.api import Brand, ContentIndex
    from lessonpack.doors import PackPlan

# Where an upload is stored, by what its name ends with; anything else is stored as .png and
# the library's own header check names what is wrong with it.
LOGO_NAMES = {".png": "logo.png", ".jpg": "logo.jpg", ".jpeg": "logo.jpg", ".svg": "logo.svg"}
THUMB_WIDTH = 360  # px: sharp in a three-column grid on a laptop


JobAction = Literal["check", "preview", "pack", "catalogue"]


@dataclass(frozen=True)
class Job:
    """What the page asks for. ``action``: ``check`` a brand only (an uploaded brand.yml, or
    the form before downloading it), ``preview`` a pack, or ``pack`` (the zip)."""

    action: JobAction
    audience: str = "ks2"
    brand_yaml: bytes = b""
    logo: bytes | None = None
    logo_name: str = ""  # the upload's own name: shown in messages, never used as a path
    pdf: bool = False
    thumbnails: bool = False
    # The files' and the zip's dates: the server's stated time (Settings.stated_time).
    stated_time: dt.datetime | None = None


@dataclass
class Outcome:
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)  # a brand file's fields (check)
    zip_name: str = ""
    zip_bytes: bytes = b""
    outline: list[dict[str, Any]] = field(default_factory=list)
    catalogue: list[dict[str, Any]] = field(default_factory=list)
    thumbnails_missing: str = ""  # why there are no thumbnails, when asked for


def run_job(job: Job, workdir: Path) -> Outcome:
    """Do one job in ``workdir`` (an empty folder owned by the caller, who removes it).

    Temporary files of the build and of LibreOffice go there too (the build request's
    scratch folder: nothing of the process is changed), so a worker stopped mid-build leaves
    nothing behind once the caller has removed the folder."""
    if job.action == "catalogue":
        return Outcome(catalogue=_catalogue())
    outcome = Outcome()
    try:
        brand, outcome.values, outcome.warnings = _load_brand(job, workdir)
        if job.action == "check":
            return outcome
        _build(job, brand, workdir, outcome)
    except UserError as exc:
        outcome.problems = [_shown(p, job, workdir) for p in exc.problems]
    outcome.warnings = [_shown(p, job, workdir) for p in outcome.warnings]
    return outcome


def _load_brand(job: Job, workdir: Path) -> tuple[Brand, dict[str, Any], list[Problem]]:
    from lessonpack import api

    brand_file = workdir / "brand.yml"
    brand_file.write_bytes(job.brand_yaml)
    logo = None
    if job.logo is not None:
        suffix = Path(job.logo_name).suffix.lower()
        logo = Path(LOGO_NAMES.get(suffix, "logo.png"))
        (workdir / logo).write_bytes(job.logo)
    read = api.read_brand(brand_file, logo=logo)
    return read.brand, _plain(read.values), read.warnings


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """A brand file's values as the form shows them: text, or lists of mappings of text."""
    def text(value: Any) -> str:
        return "" if value is None else str(value)

    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            out[str(key)] = [{str(k): text(v) for k, v in item.items()}
                             if isinstance(item, dict) else {} for item in value]
        else:
            out[str(key)] = text(value)
    return out


@lru_cache(maxsize=1)
def _content() -> ContentIndex:
    """The built-in content, read once per worker (workers are replaced after a number of
    builds, so an upgraded lessonpack is picked up)."""
    from lessonpack import api

    return api.load()


def _build(job: Job, brand: Brand, workdir: Path, outcome: Outcome) -> None:
    from lessonpack import api, doors
    from lessonpack.build.defaults import OFFICE_FORMATS

    formats = (*OFFICE_FORMATS, "pdf") if job.pdf or job.thumbnails else OFFICE_FORMATS
    scratch = workdir / "tmp"
    scratch.mkdir(exist_ok=True)
    report = api.build(api.pack(audiences=(job.audience,), formats=formats),
                       out=workdir / "out", brand=brand, index=_content(), scratch=scratch,
                       stated_time=job.stated_time)
    if report.problems:
        raise UserError(report.problems)
    outcome.warnings += report.warnings
    result, plan = report.packs[0].write, doors.pack_plans(report)[0]
    files = sorted(p for p in [*result.written, *result.unchanged])
    if job.action == "pack":
        outcome.zip_name = f"{plan.folder}.zip"
        outcome.zip_bytes = _zip(plan.folder, [f for f in files if job.pdf or
                                               f.suffix != ".pdf"], job.stated_time)
        return
    outcome.outline = doors.outline(plan)
    if job.thumbnails:
        _add_thumbnails(outcome, plan, [f for f in files if f.suffix == ".pdf"], workdir)


def _zip(folder: str, files: list[Path], stated: dt.datetime | None) -> bytes:
    """One zip of the pack, members under the pack's folder name, all at the job's stated
    time (else a fixed date) so the same inputs give the same bytes. Office files are zips
    already: stored, not deflated."""
    from lessonpack import doors

    when = doors.zip_time(stated).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.name}", when)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if path.suffix == ".pdf" \
                else zipfile.ZIP_STORED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _add_thumbnails(outcome: Outcome, plan: PackPlan, pdfs: list[Path], workdir: Path
                    ) -> None:
    """A small JPEG of every slide and page (LibreOffice made the PDFs; pdftoppm the PNGs),
    attached to the outline entry of its file as data the page shows inline."""
    from PIL import Image

    from lessonpack import doors

    if shutil.which("pdftoppm") is None:
        outcome.thumbnails_missing = "pdftoppm (poppler-utils) is not installed"
        return
    by_stem = {entry["file"].rsplit(".", 1)[0]: entry for entry in outcome.outline}
    for pdf in pdfs:
        entry = by_stem.get(pdf.stem)
        if entry is None:
            continue
        pages = doors.pdf_pages(pdf, workdir / "png", dpi=50)
        thumbs = []
        for page in pages:
            with Image.open(page) as opened:
                image = opened.convert("RGB")
                height = round(image.height * THUMB_WIDTH / image.width)
                small = image.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)
                data = io.BytesIO()
                small.save(data, "JPEG", quality=82, optimize=True)
            thumbs.append(base64.b64encode(data.getvalue()).decode("ascii"))
        entry["thumbnails"] = thumbs


def _shown(problem: Problem, job: Job, workdir: Path) -> Problem:
    """A problem as the page shows it: the user's own file names, never the server's."""
    message = problem.message.replace(f"{workdir}/", "").replace(str(workdir), "")
    if job.logo is not None and problem.field == "logo":
        stored = LOGO_NAMES.get(Path(job.logo_name).suffix.lower(), "logo.png")
        message = message.replace(stored, Path(job.logo_name).name or stored)
    file = "brand.yml" if problem.file.endswith("brand.yml") else \
        Path(problem.file).name if str(workdir) in problem.file else problem.file
    return dataclasses.replace(problem, file=file, message=message)


def _catalogue() -> list[dict[str, Any]]:
    """The audiences the page offers, from the content and plans lessonpack ships: age, length,
    what the lesson is about and which files its pack holds."""
    from lessonpack import doors

    cards = []
    for offered in doors.packs_offered(_content()):
        item, plan, audience = offered.item, offered.plan, offered.item.audience
        files = [{"name": d.filename, "title": d.meta.title, "kind": "slides",
                  "slides": len(d.slides)} for d in plan.decks]
        files += [{"name": d.filename, "title": doors.what_document(d), "kind": d.kind}
                  for d in plan.documents]
        cards.append({"audience": audience.value, "label": doors.AUDIENCE_LABELS[audience],
                      "title": item.title, "subtitle": item.subtitle,
                      "minutes": item.duration_minutes, "summary": item.summary,
                      "files": files})
    return cards
