"""What the command line and the web page need besides ``lessonpack.api``: reading their
options, a brand form's fields, the audiences' names, a pack's outline, probes for
LibreOffice, warming a web worker. Not API: these follow the doors and may change in any
release. The doors reach the library through ``lessonpack.api`` and this module only
(tests/test_layers.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lessonpack.build.request import DEFAULT_TOPIC, PackRequest
from lessonpack.build.shard import parse_shard
from lessonpack.content.brand import COLOUR_FIELDS
from lessonpack.content.model import AUDIENCE_LABELS, Audience, Lesson, ParentSession
from lessonpack.errors import UsageError, UserError
from lessonpack.io.zipnorm import zip_time
from lessonpack.plan.model import PackPlan
from lessonpack.plan.outline import outline, what_document

if TYPE_CHECKING:
    from lessonpack.build.report import Report as BuildReport
    from lessonpack.content.loader import ContentIndex

__all__ = [
    "AUDIENCE_LABELS",
    "COLOUR_FIELDS",
    "Offered",
    "PackPlan",
    "audiences",
    "default_jobs",
    "libreoffice_found",
    "outline",
    "pack_from_options",
    "pack_plans",
    "packs_offered",
    "parse_shard",
    "pdf_pages",
    "warm_up",
    "what_document",
    "write_scaffold",
    "zip_time",
]


def audiences(names: Iterable[str] = (), *, age: int | None = None, every: bool = False
              ) -> list[Audience]:
    """The audiences a build is asked for: by name (``ks2``, ``parents``), by the pupils'
    ``age``, or ``every`` one (``--all``, which takes nothing else); in the order asked, once
    each. A UsageError when none is asked for, or ``every`` with others."""
    from lessonpack.content.select import audience_for_age

    chosen = [Audience(name) for name in names]
    if age is not None:
        chosen.append(audience_for_age(age))
    if every:
        if chosen:
            raise UsageError("--all builds every audience; leave out --key-stage, "
                             "--audience and --age")
        chosen = list(Audience)
    if not chosen:
        raise UsageError("say which pack to build: --key-stage ks1|ks2|ks3|ks4, "
                         "--audience parents, --age N or --all")
    return list(dict.fromkeys(chosen))


def pack_from_options(**fields: Any) -> PackRequest:
    """``pack`` for a command line: the same model and rules, a problem said as a usage
    error naming the option (``--lesson-date``), not the keyword."""
    from lessonpack.build.request import pack_request

    return pack_request(**fields)


def default_jobs() -> int:
    """How many worker processes help a build on this machine (the command line's default)."""
    from lessonpack.build.parallel import default_workers

    return default_workers()


def pdf_pages(pdf: Path, out_dir: Path, *, dpi: int = 60) -> list[Path]:
    """A PNG of every page of ``pdf`` in ``out_dir`` (pdftoppm), in page order."""
    from lessonpack.build.libreoffice import pdf_to_pngs

    return pdf_to_pngs(pdf, out_dir, dpi=dpi)


def libreoffice_found() -> bool:
    """Whether LibreOffice is there to make PDFs (and so previews)."""
    from lessonpack.build.libreoffice import find_soffice

    try:
        find_soffice()
    except UserError:
        return False
    return True


def pack_plans(report: BuildReport) -> list[PackPlan]:
    """The plans a build drew its packs from, in ``report.packs``' order: the web page
    outlines a pack from its plan. Not in the api's report (BuildReport.packs): plans change
    with the layouts."""
    return [result.plan for result in report.results]


def write_scaffold(folder: Path, kind: Literal["brand", "school"], *, force: bool = False
                   ) -> Path:
    """A commented brand.yml or school.yml in ``folder`` to fill in (``lessonpack new``)."""
    from lessonpack.content import scaffold

    if kind == "brand":
        return scaffold.write_brand_scaffold(folder, force=force)
    return scaffold.write_scaffold(folder, scaffold.SCHOOL_FILE, force=force)


def warm_up() -> None:
    """Load the renderers before the first build asks for them (a web worker, waiting)."""
    import lessonpack.render.docx
    import lessonpack.render.pptx  # noqa: F401


@dataclass(frozen=True)
class Offered:
    """One pack as a door offers it before anything is built: the lesson or session, and
    what its pack would hold, planned with the built-in brand."""

    item: Lesson | ParentSession
    plan: PackPlan


def packs_offered(index: ContentIndex, topic: str = DEFAULT_TOPIC) -> list[Offered]:
    """The topic's pack for every audience, in the audiences' order (the web page's choice
    of packs): selection and planning stay behind the api, as a build's do."""
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.content.select import select
    from lessonpack.plan.pack import plan_pack

    offered = []
    for audience in Audience:
        item = select(index, topic, [audience])[0].item
        offered.append(Offered(item, plan_pack(item, index.facts, DEFAULT_BRAND)))
    return offered
