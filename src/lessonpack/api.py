"""Library entry points: what the CLI calls, usable from Python with keyword arguments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lessonpack.brand import DEFAULT_BRAND, Brand
from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import Audience
from lessonpack.content.select import select
from lessonpack.errors import Problem
from lessonpack.plan.model import PackPlan
from lessonpack.plan.pack import plan_pack
from lessonpack.resources import builtin_templates
from lessonpack.writer import WriteResult, write_files
from lessonpack.zipnorm import build_time, normalise_zip

DEFAULT_TOPIC = "live-streaming"


@dataclass
class BuildReport:
    packs: list[tuple[PackPlan, WriteResult]] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for _, result in self.packs for p in result.problems]

    @property
    def ok(self) -> bool:
        return not self.problems


def render_pack(plan: PackPlan, brand: Brand, templates: Path) -> list[tuple[str, bytes]]:
    """Render every file of a pack to bytes (nothing is written here)."""
    from lessonpack.render.docx import render_docx
    from lessonpack.render.pptx import render_pptx

    when = build_time()
    files = [(f"{plan.folder}/{deck.filename}",
              render_pptx(deck, brand, templates / "deck.pptx", when)) for deck in plan.decks]
    files += [(f"{plan.folder}/{doc.filename}",
               render_docx(doc, brand, templates / "document.docx", when))
              for doc in plan.documents]
    return [(name, normalise_zip(data, when)) for name, data in files]


def load(content_dirs: Iterable[Path] = ()) -> ContentIndex:
    return load_content(list(content_dirs))


def build(
    *,
    audiences: list[Audience],
    topic: str = DEFAULT_TOPIC,
    content_dirs: Iterable[Path] = (),
    out_dir: Path = Path("out"),
    force: bool = False,
    brand: Brand = DEFAULT_BRAND,
) -> BuildReport:
    """Build one pack per audience into ``out_dir/<topic>-<audience>/``."""
    index = load(content_dirs)
    chosen = select(index, topic, audiences)
    report = BuildReport()
    templates = builtin_templates()
    for loaded in chosen:
        plan = plan_pack(loaded.item, index.facts, brand)
        files = render_pack(plan, brand, templates)
        report.packs.append((plan, write_files(out_dir, files, force=force)))
    return report
