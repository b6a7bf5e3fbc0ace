"""A visit day's brief, written once at the build's output root (plan/visit_brief/visit_day).

The brief used to live in the first lesson's pack and cover what one command built, so a
Key Stage 2 rebuild wrote a second, different brief. It is now no pack's: for each school
(look) and topic a build draws, the brief the school file books is written beside the
packs, named by the school and the day, the same bytes whatever subset was built. A school
file that books no class leaves the build to say what the visit is: its brief covers the key
stages built, never files the office was not sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from lessonpack.build.look import PackLook, render_documents
from lessonpack.build.parallel import FileRecord
from lessonpack.build.report import BriefResult
from lessonpack.content.brand import Brand
from lessonpack.content.loader import ContentIndex
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.io.writer import write_files
from lessonpack.plan.model import DocPlan
from lessonpack.plan.pack import help_slide_of
from lessonpack.plan.visit_brief.visit_day import day_brief

# (the entry's out: folder, or "", and its look's index) -> the topics it builds, each with
# the audiences built: a brief whose school file books no class covers only those.
Visits = dict[tuple[str, int], dict[str, set[Audience]]]


@dataclass(frozen=True)
class VisitBrief:
    name: str  # relative to the output root, with the entry's out: folder
    look: int
    plan: DocPlan


def _day_look(look: PackLook) -> PackLook:
    """The look as the school file books the day: ``--class`` picks a pack's class, never
    what the day's brief books."""
    return look if look.day_brand is None else replace(look, brand=look.day_brand)


def plan_briefs(visits: Visits, looks: Sequence[PackLook], index: ContentIndex
                ) -> list[VisitBrief]:
    """Each visit's brief, once per place (two entries of one school write one file)."""
    topics = index.by_topic()
    found: dict[str, VisitBrief] = {}
    for (prefix, look), built in sorted(visits.items()):
        brand = _day_look(looks[look]).brand
        for topic, audiences in sorted(built.items()):
            items = [loaded.item for loaded in topics.get(topic, [])]
            lessons: dict[Audience, Lesson] = {
                i.audience: i for i in items if isinstance(i, Lesson)}
            session = next((i for i in items if isinstance(i, ParentSession)), None)
            plan = day_brief(lessons, session, brand, _help_slide(index),
                             built=frozenset(audiences)) if lessons else None
            if plan is not None:
                name = f"{prefix}/{plan.filename}" if prefix else plan.filename
                found.setdefault(name, VisitBrief(name, look, plan))
    return list(found.values())


def _help_slide(index: ContentIndex) -> Callable[[Lesson, Brand], str]:
    """A class's slide with the DSL's photo, from its deck as its pack plans it."""
    return lambda lesson, brand: help_slide_of(lesson, index.facts, brand, index.pictures)


def write_briefs(briefs: Sequence[VisitBrief], looks: Sequence[PackLook], root: Path,
                 force: bool, stated: dt.datetime | None) -> list[BriefResult]:
    """Render and write each brief, dated at ``stated``; a result each, kept apart from the
    packs'."""
    results: list[BriefResult] = []
    for brief in briefs:
        (data,) = render_documents((brief.plan,), _day_look(looks[brief.look]), stated)
        written = write_files(root, [(brief.name, data)], force=force)
        record = FileRecord(brief.name, hashlib.sha256(data).hexdigest(), len(data))
        results.append(BriefResult(brief.name, written, record))
    return results
