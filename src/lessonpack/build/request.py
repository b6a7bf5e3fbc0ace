"""What to build, as one value: the CLI, a batch manifest and the web page each make a
``BuildRequest``, and ``lessonpack.build.run`` builds it; nothing else decides how a pack is made.

A ``PackRequest`` is one line of a batch manifest, or what ``lessonpack build`` was asked for:
a topic for some audiences, in one look (brand, template), into one folder under the output
root. Relative paths are resolved against a folder given as validation context ``base``
(a manifest's folder); without one they are kept as given (the command line's paths are the
user's own, relative to where they run it).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Protocol, runtime_checkable

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from lessonpack.build.defaults import DEFAULT_TOPIC, OFFICE_FORMATS, Format
from lessonpack.build.shard import Shard
from lessonpack.content.brand import Brand
from lessonpack.content.loader import ContentIndex
from lessonpack.content.model import Audience
from lessonpack.content.yamlsource import FieldPath, Parsed
from lessonpack.errors import Problem, UsageError

_NAMES = ", ".join(a.value for a in Audience)
WHERE = "relative paths start from the manifest's folder"
LESSON_DATE_CHARS = 60  # as Brand.lesson_date
CLASS_CHARS = 80  # as Brand.classes


def _one_line(value: object) -> object:
    """Runs of spaces, tabs and line breaks as one space: the same text is the same length
    however it was typed (a manifest's folded line, a shell's quoted argument)."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _lesson_date(value: str) -> str:
    if len(value) > LESSON_DATE_CHARS:
        raise ValueError(f"is {len(value)} characters; a letter's date line holds at most "
                         f"{LESSON_DATE_CHARS}, e.g. \"Wednesday 20 January 2027\"")
    return value


def _class(value: str) -> str:
    if not value or len(value) > CLASS_CHARS:
        raise ValueError(f"{value!r}: write the class and its teacher in 1 to {CLASS_CHARS} "
                         "characters, e.g. \"Year 2 Hedgehogs, Mrs Patel\"")
    return value


LessonDate = Annotated[str, BeforeValidator(_one_line), AfterValidator(_lesson_date)]
ClassLine = Annotated[str, BeforeValidator(_one_line), AfterValidator(_class)]


def _audience(value: object) -> object:
    if isinstance(value, str) and value.strip().lower() == "all":
        raise ValueError("'all' stands on its own: write audiences: all")
    if isinstance(value, str) and value.strip().lower() in {a.value for a in Audience}:
        return value.strip().lower()
    raise ValueError(f"{value!r} is not an audience; use {_NAMES}, or audiences: all")


def _base(info: ValidationInfo) -> Path | None:
    base = (info.context or {}).get("base")
    return None if base is None else Path(base)


def resolve_path(value: Path, info: ValidationInfo) -> Path:
    """``value`` from the manifest's folder (absolute); as given without a manifest."""
    base = _base(info)
    if base is None:
        return value
    path = value.expanduser()
    return (path if path.is_absolute() else base / path).resolve()


class PackRequest(BaseModel):
    """A topic for some audiences, in one look, into one folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Any text: a topic that is no content's (a typo, "Live Streaming") is LP120, naming the
    # topics there are, whether it came from a manifest or from --topic.
    topic: str = Field(DEFAULT_TOPIC, description="Topic, as in `lessonpack list`.")
    audiences: tuple[Annotated[Audience, BeforeValidator(_audience)], ...] = Field(
        min_length=1, description="ks1, ks2, ks3, ks4, parents (a list, one, or all).")
    brand: Path | None = Field(None, description="A brand.yml.")
    school: Path | None = Field(None, description=(
        "A school.yml: the host school of a trainer's lesson (name, crest, DSL, contacts), "
        "applied over the brand."))
    lesson_date: LessonDate = Field(
        "", description="When the lesson is taught, as a letter says it: 'Wednesday 20 "
        "January 2027'; over the brand's and school's lesson_date.")
    classes: tuple[ClassLine, ...] = Field(
        (), max_length=8, description=(
            "The class (and teacher) a key stage's plan and letter name, 'Year 2 "
            "Hedgehogs, Mrs Patel', placed by its year; two of one key stage build a pack "
            "each; over the brand's and school's classes."))
    template: Path | None = Field(None, description="A .pptx, a .docx, or a folder of them.")
    formats: tuple[Format, ...] = Field(
        OFFICE_FORMATS, min_length=1, description="pptx, docx and/or pdf (PDFs need "
        "LibreOffice; pdf alone keeps no pptx or docx).")
    out: str = Field("", description="Folder under the output root for these packs.")
    allow_low_contrast: bool = False
    # A key stage a school file's phase or classes leave out is not built (LP147), the rest
    # is: its crest and safeguarding lead would go on a deck for pupils it does not teach.
    school_phase_mismatch_ok: bool = Field(False, description=(
        "Build a key stage the school file's phase or classes leave out (a middle school): "
        "LP147 is then a warning."))
    # Set when audiences is "all" (`audiences: all`, `--all`): the brand's phase may then
    # leave key stages out (a primary school's brand builds no KS3 or KS4 pack).
    every: bool = Field(False, description="Set for you when audiences is all.")

    @model_validator(mode="before")
    @classmethod
    def _every(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("audiences"), str) and \
                data["audiences"].strip().lower() == "all":
            return {**data, "every": True}
        return data

    @field_validator("audiences", mode="before")
    @classmethod
    def _all(cls, value: object) -> object:
        if isinstance(value, str):
            return [a.value for a in Audience] if value.strip().lower() == "all" else [value]
        return value

    @field_validator("classes", mode="before")
    @classmethod
    def _one_class(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value  # classes: "Year 2, Mrs Patel"

    @field_validator("audiences", "formats", mode="after")
    @classmethod
    def _unique(cls, value: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(dict.fromkeys(value))

    @field_validator("brand", "school", "template", mode="after")
    @classmethod
    def _found(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None or _base(info) is None:
            return value  # from the command line: loading it says what is wrong
        path = resolve_path(value, info)
        kind = {"brand": "brand file", "school": "school file"}.get(info.field_name or "")
        # A brand or school is a file; a template may be a folder.
        if not (path.is_file() if kind else path.exists()):
            raise ValueError(f"{kind or 'template'} {value} not found ({WHERE})")
        return path

    @field_validator("out", mode="after")
    @classmethod
    def _out(cls, value: str) -> str:
        # A folder inside the run's root: the root holds the run manifest that lists it.
        raw = value.strip().replace("\\", "/")
        pure = PurePosixPath(raw)
        if pure.is_absolute() or (len(raw) > 1 and raw[1] == ":") or ".." in pure.parts:
            raise ValueError(f"{value!r} must be a folder inside the output root, like "
                             "oakfield or brands/oakfield (set the root with the top-level out:)")
        return "/".join(p for p in pure.parts if p != ".")


@runtime_checkable
class ManifestSource(Protocol):
    """The batch manifest a request was read from (lessonpack.build.batch.LoadedManifest):
    where it is, its parsed lines, and a problem pinned to one of them."""

    path: Path
    parsed: Parsed

    def problem(self, loc: FieldPath, message: str, code: str = ...) -> Problem: ...


# Set to "1", a command-line build lays its plans out with LibreOffice to store their print
# range's page (BuildRequest.page_layout, read by the doors: page_layout_wanted). Off by
# default: a LibreOffice run costs seconds a pack (a warm pack's build several times over),
# the number follows LibreOffice's version, and page one already says where to print to
# ("up to the Print to here line") in any viewer.
PAGE_LAYOUT_VARIABLE = "LESSONPACK_PAGE_LAYOUT"


def page_layout_wanted(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a build lays its marked documents out (build/print_pages.py): when
    LESSONPACK_PAGE_LAYOUT is "1" (of ``environ``, the process's by default)."""
    return (os.environ if environ is None else environ).get(PAGE_LAYOUT_VARIABLE,
                                                             "").strip() == "1"


_EARLIEST_ZIP_TIME = dt.datetime(1980, 1, 1)


class BuildRequest(BaseModel):
    """One build: its packs, where they go and how; what ``lessonpack.build.run.run`` takes."""

    # extra="forbid": api.build(..., outt=...) is a one-line error, not a build that quietly
    # writes to ./out (the API passes its keywords straight through).
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, extra="forbid")

    packs: tuple[PackRequest, ...] = Field(min_length=1)
    out: Path = Path("out")  # the output root
    content: tuple[Path, ...] = ()  # extra content folders, for every pack
    force: bool = False  # overwrite files that exist (a teacher's edits included)
    jobs: int = Field(1, ge=1)  # worker processes; 1 builds in this process
    shard: Shard | None = None  # build only this slice of the packs
    # A brand already loaded (the web page's form), for packs without a brand file.
    brand: Brand | None = None
    # Content already loaded (lessonpack.api.load), for a server that builds many packs from
    # the same content: then ``content`` only tells spawned workers where it came from.
    index: ContentIndex | None = None
    # The batch manifest this request was read from: problems point at its lines, the packs
    # are reported by folder, and a run manifest (manifest.json) records the run.
    manifest: ManifestSource | None = None
    # Where this build's temporary files go (LibreOffice's too); the system's temporary
    # folder when None. A server gives each request its own, removed after it.
    scratch: Path | None = None
    # Print the traceback of a library failing on a trainer's template where it happens (in
    # a worker process, only that worker still knows it): `--debug`.
    debug: bool = False
    # The build is all this process does (the command line): before forking workers it may
    # move what it holds out of the collector's reach (gc.freeze), which a host process (a
    # server with objects of its own frozen) must not have done to it.
    owns_process: bool = False
    # The build's stated time: its files' "created" and "modified" dates, their zip
    # members' and PDFs' time, and the run manifest's record of it. None: the files state no
    # dates (zip members and PDFs carry a fixed one). The doors read SOURCE_DATE_EPOCH once
    # into it (api.source_date_epoch); nothing in the build reads the environment, so two
    # requests in one process (a server's) each keep their own.
    stated_time: dt.datetime | None = None
    # Lay each plan and facilitator notes out with LibreOffice, where it is installed, to
    # store the "Print to here" mark's page in the footer (build/print_pages.py). The
    # command line's doors read LESSONPACK_PAGE_LAYOUT=1 into it (page_layout_wanted), as
    # they read the stated time: a server's requests each say their own.
    page_layout: bool = False

    @field_validator("stated_time", mode="after")
    @classmethod
    def _zip_can_hold(cls, value: dt.datetime | None) -> dt.datetime | None:
        """Naive UTC, as the files' dates are written (an aware time was written in its own
        zone's fields, and the run manifest's epoch was off by its offset), and no earlier
        than 1980, the earliest a zip entry can hold (the zip writer failed on 1970)."""
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        if value < _EARLIEST_ZIP_TIME:
            raise ValueError("is before 1980-01-01, the earliest date a zip file can hold")
        return value


# What each field is called on the command line, for a usage error that names the option.
_OPTIONS = {"classes": "--class", "brand": "--brand", "school": "--school",
            "template": "--template", "formats": "--format", "audiences": "--audience"}


def pack_request(**fields: Any) -> PackRequest:
    """A ``PackRequest`` from the command line's or a library caller's values: the same model,
    rules and wording a manifest line gets, a problem said as a usage error naming the option."""
    try:
        return PackRequest(**fields)
    except ValidationError as exc:  # as a manifest line's problem, said of the option
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else ""
        option = _OPTIONS.get(name, "--" + name.replace("_", "-"))
        message = error["msg"].removeprefix("Value error, ")
        raise UsageError(f"{option} {message}") from None
