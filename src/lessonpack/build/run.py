"""The one way packs are built: check and load everything a ``BuildRequest`` needs, then
render and write its packs (in this process or in workers), their PDFs, and (for a batch
manifest) the run manifest; a ``Report`` says what happened.

Everything is checked before anything is rendered, and every problem is reported at once:
content, brands and templates (each look loaded once however many packs use it), topics
and audiences without content, two packs writing one folder, LibreOffice missing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from lessonpack.build import print_pages
from lessonpack.build.batch_pdf import add_pdfs
from lessonpack.build.defaults import OFFICE_FORMATS
from lessonpack.build.libreoffice import find_soffice
from lessonpack.build.look import PackLook, prepare_look
from lessonpack.build.parallel import JobResult, PackJob, State, run_jobs
from lessonpack.build.report import Report
from lessonpack.build.request import BuildRequest, PackRequest
from lessonpack.build.run_manifest import input_files, run_manifest_bytes
from lessonpack.build.school_fit import SchoolFit
from lessonpack.build.school_notes import (
    each_class_note,
    letter_fields_note,
    local_help_note,
    rse_note,
    school_notes,
)
from lessonpack.build.visit_briefs import (
    BriefResult,
    VisitBrief,
    Visits,
    plan_briefs,
    write_briefs,
)
from lessonpack.content.brand import Brand, audiences_for_phase
from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.content.select import select
from lessonpack.errors import Problem, UserError, expect, problem_at
from lessonpack.io.templates import tracebacks_shown
from lessonpack.io.writer import write_files
from lessonpack.plan.class_line import split_class
from lessonpack.plan.item_files import pack_folder
from lessonpack.plan.parents.workshop import version_build_note
from lessonpack.plan.school_classes import by_year, class_folder, classes_of, for_class

LookKey = tuple[Path | None, Path | None, bool, Path | None, str, tuple[str, ...], bool]


@dataclass
class RunPlan:
    """Everything checked and loaded: ready to run, whole or as one shard."""

    request: BuildRequest
    index: ContentIndex
    looks: list[PackLook]
    jobs: list[PackJob]  # every pack of the request, before sharding
    report: Report  # warnings, notes and layouts found while loading
    inputs: list[Path] = field(default_factory=list)
    briefs: list[VisitBrief] = field(default_factory=list)  # written at the root, no pack's

    @property
    def root(self) -> Path:
        return self.request.out


def _look_key(entry: PackRequest, workshop: bool = False) -> LookKey:
    return (entry.brand, entry.template, entry.allow_low_contrast, entry.school,
            entry.lesson_date, tuple(entry.classes), workshop)


def _with_workshop(request: BuildRequest, entry: PackRequest) -> bool:
    """Whether this build makes the parents' pack for the same school: then its letters home
    invite parents to the workshop (plan.letter.workshop)."""
    return any(Audience.PARENTS in other.audiences for other in request.packs
               if (other.brand, other.school) == (entry.brand, entry.school))


def plan(request: BuildRequest) -> RunPlan:
    """Load content, brands and templates once, and expand the packs into jobs; one
    UserError lists every problem."""
    problems: list[Problem] = []
    index: ContentIndex | None = None
    try:
        index = request.index if request.index is not None else load_content(list(request.content))
    except UserError as exc:
        problems.extend(exc.problems)
    report = Report(request.out, request.shard)
    looks = _Looks()
    for entry in request.packs:
        key = _look_key(entry, _with_workshop(request, entry))
        if key in looks.by_key:
            continue
        try:
            looks.by_key[key] = looks.add(prepare_look(
                brand=request.brand, brand_file=entry.brand, template=entry.template,
                allow_low_contrast=entry.allow_low_contrast, school_file=entry.school,
                lesson_date=entry.lesson_date, classes=tuple(entry.classes),
                parents_workshop=key[-1],
                # Layouts: only the kinds each deck has, checked once the decks are
                # planned (_expand).
                kinds=(), report=report))
        except UserError as exc:
            looks.by_key[key] = None
            problems.extend(exc.problems)
    jobs: list[PackJob] = []
    visits: Visits = {}
    if index is not None:
        jobs = _expand(request, index, looks, problems, report, visits)
    if problems:
        # A brand shared by several entries is reported once, not once per look.
        raise UserError(list(dict.fromkeys(problems)))
    index = expect(index, "the content index (every problem was raised above)")
    report.warnings = list(dict.fromkeys(report.warnings))
    report.notes = list(dict.fromkeys(report.notes))
    report.layouts = list(dict.fromkeys(report.layouts))
    return RunPlan(request, index, looks.loaded, jobs, report, input_files(
        list(request.content), [f for e in request.packs for f in (e.brand, e.school) if f],
        looks.loaded), plan_briefs(visits, looks.loaded, index))


def _expand(request: BuildRequest, index: ContentIndex, looks: _Looks,
            problems: list[Problem], report: Report, visits: Visits) -> list[PackJob]:
    """The request's packs as jobs; ``visits`` gets each entry's school (look) and the
    topics it builds documents of, for the visit briefs (build/visit_briefs). A key stage
    the entry's school file does not teach is left out, its LP147 in ``report.warnings``
    where a pack was built for that school and in ``report.refused`` where none was (the
    rest is built), or built with the LP147 in ``report.warnings`` when the entry allows it
    (build/school_fit)."""
    notes = report.notes
    jobs: list[PackJob] = []
    fit = SchoolFit()
    owner: dict[str, int] = {}
    # Packs whose decks a template fails alike (look, what is missing) -> their kinds and
    # folders: one LP130 line for them all, not one a pack.
    refused: dict[tuple[int, Problem], tuple[frozenset[str], list[str]]] = {}
    for n, entry in enumerate(request.packs):
        try:
            chosen = _items(request, n, entry, index)
        except UserError as exc:
            problems.extend(exc.problems)
            continue
        look = looks.by_key[_look_key(entry, _with_workshop(request, entry))]
        brand = looks.brand_of(look)
        if brand is not None:
            chosen = _for_school(chosen, brand.phase, entry.every, notes)
            chosen = fit.add(chosen, brand, entry.school,
                             allowed=entry.school_phase_mismatch_ok)
            notes += school_notes(chosen, brand)  # a missing photo, a class's year
        notes += rse_note(chosen, brand)  # a secondary letter's RSE choice, still open
        notes += letter_fields_note(chosen, brand)  # the letters' dates, workshop, policy
        notes += local_help_note(chosen, brand)  # families' local help, still a field
        per_class = _per_class(chosen, brand, entry)
        notes += _class_packs_notes(per_class, brand)
        for item, pick in per_class:
            drawn = looks.of_class(look, pick)
            folder = _folder(item, drawn, looks.loaded)
            key = f"{entry.out}/{folder}" if entry.out else folder
            if key in owner:
                problems.append(_problem(request, ("packs", n), "LP190",
                                         f"packs[{owner[key]}] already builds {key} (out: "
                                         f"{entry.out or '.'}); give this entry another out: "
                                         "folder"))
                continue
            owner[key] = n
            if drawn is not None:
                office = tuple(f for f in OFFICE_FORMATS if f in entry.formats)
                if "pptx" in (office or OFFICE_FORMATS):
                    missing = _layouts_missing(item, index, looks.loaded[drawn])
                    if missing is not None:
                        refused.setdefault((drawn, missing[0]), (missing[1], []))[1].append(
                            folder)
                        continue
                jobs.append(PackJob(key, item.id, drawn, request.out, entry.out,
                                    office or OFFICE_FORMATS, pdf="pdf" in entry.formats,
                                    keep_office=bool(office)))
                _note_visit(visits, entry, look, item, office)
    fit.report(report.warnings, report.refused, report.left_out)
    for (look, _), (kinds, folders) in refused.items():
        gaps = looks.loaded[look].gaps
        problem = gaps.refusal(kinds, decks=folders) if gaps is not None else None
        problems += [problem] if problem is not None else []
    return jobs


def _folder(item: Lesson | ParentSession, drawn: int | None, look_list: list[PackLook]
            ) -> str:
    """The pack's folder: its class's where the look names two of its key stage."""
    return pack_folder(item) if drawn is None else class_folder(item, look_list[drawn].brand)


def _note_visit(visits: Visits, entry: PackRequest, look: int | None,
                item: Lesson | ParentSession, office: tuple[str, ...]) -> None:
    """The entry's school (look) builds ``item``'s topic for its audience: its visit brief, a
    Word file, is written when the entry writes Word files (build/visit_briefs)."""
    if look is not None and ("docx" in office or (not office and "pdf" not in entry.formats)):
        topics = visits.setdefault((entry.out, look), {})
        topics.setdefault(item.topic, set()).add(item.audience)


def _visit_briefs(planned: RunPlan, on_brief: Callable[[BriefResult], None] | None) -> None:
    """Write the visits' briefs at the root (one shard writes them): Report.briefs, each
    told to ``on_brief`` once written."""
    request = planned.request
    if request.shard is not None and request.shard.index != 1:
        return
    if any(r.write.problems for r in planned.report.results):
        return  # a pack kept a file: the day's brief waits for a build that wrote them all
    planned.report.briefs = write_briefs(planned.briefs, planned.looks, request.out,
                                         request.force, request.stated_time)
    for brief in planned.report.briefs:
        if on_brief is not None:
            on_brief(brief)


ClassPick = tuple[str, str]  # ("Year 6", "Mr Tom Reed"): a class a pack is drawn for


@dataclass
class _Looks:
    """The request's looks, each loaded once: an entry's by its ``LookKey``, a class's by
    (its entry's look, the class), so jobs name a look by its place in ``loaded``."""

    loaded: list[PackLook] = field(default_factory=list)
    by_key: dict[LookKey, int | None] = field(default_factory=dict)
    by_class: dict[tuple[int, ClassPick], int] = field(default_factory=dict)

    def add(self, look: PackLook) -> int:
        self.loaded.append(look)
        return len(self.loaded) - 1

    def brand_of(self, look: int | None) -> Brand | None:
        return None if look is None else self.loaded[look].brand

    def of_class(self, look: int | None, pick: ClassPick | None) -> int | None:
        """The look a pack is drawn with: ``look`` itself, or ``look`` naming ``pick``
        first (made once for every entry and item that asks); None for a look that failed
        to load."""
        if look is None or pick is None:
            return look
        if (look, pick) not in self.by_class:
            base = self.loaded[look]
            self.by_class[look, pick] = self.add(replace(base, brand=for_class(
                base.brand, *pick)))
        return self.by_class[look, pick]


def _per_class(chosen: list[Lesson | ParentSession], brand: Brand | None, entry: PackRequest
               ) -> list[tuple[Lesson | ParentSession, ClassPick | None]]:
    """Each item with the class it is drawn for: a key stage with two classes (Year 4 and
    Year 6) builds a pack for each, drawn with a look naming that class first
    (plan/school_classes). The classes are those ``--class`` names in the key stage, or
    the brand's and school file's when it names none there; the rest (None) keep their
    entry's look, which already names a key stage's only (or only picked) class first."""
    picked = {_class_key(split_class(c)[0]) for c in entry.classes}
    out: list[tuple[Lesson | ParentSession, ClassPick | None]] = []
    for item in chosen:
        ours = classes_of(item.audience, brand) if brand and isinstance(item, Lesson) else []
        chosen_here = [c for c in ours if _class_key(c[0]) in picked]
        ours = chosen_here or ours
        if len(ours) < 2:
            out.append((item, None))
        else:
            out.extend((item, pick) for pick in by_year(ours))
    return out


def _class_packs_notes(per_class: list[tuple[Lesson | ParentSession, ClassPick | None]],
                       brand: Brand | None) -> list[str]:
    """A key stage built as a pack for each of its classes: the note naming each class's
    folder (build/school_notes.each_class_note)."""
    if brand is None:
        return []
    lessons = {id(i): i for i, _ in per_class if isinstance(i, Lesson)}  # once each, in order
    return [line for item in lessons.values() for line in (each_class_note(
        item, [p for i, p in per_class if i is item and p], brand),) if line]


def _class_key(name: str) -> str:
    return " ".join(name.split()).lower()


def _layouts_missing(item: Lesson | ParentSession, index: ContentIndex, look: PackLook
                     ) -> tuple[Problem, frozenset[str]] | None:
    """The LP130 (naming no pack yet) when the pack's deck has slides of a kind its template
    has no layout for, and the deck's kinds. The deck is planned here as the job will plan it
    (planning is pure and cheap), and only for a template with gaps: a template is refused
    for the kinds a deck uses, not for every kind."""
    if look.gaps is None:
        return None
    from lessonpack.kinds.registry import kind_of
    from lessonpack.plan.pack import plan_pack

    plan = plan_pack(item, index.facts, look.brand, index.pictures)
    kinds = frozenset(kind_of(s).name for deck in plan.decks for s in deck.slides)
    problem = look.gaps.refusal(kinds)
    return None if problem is None else (problem, kinds)


def _for_phase(items: list[Lesson | ParentSession], phase: str, notes: list[str]
               ) -> list[Lesson | ParentSession]:
    """``all`` for a primary (or secondary) school's brand: its own key stages and parents."""
    kept, left_out = audiences_for_phase(phase, [i.audience for i in items])
    if left_out:
        names = ", ".join(a.value for a in left_out)
        notes.append(f"{names} left out: the school's phase is {phase} (brand or school "
                     f"file); to build them anyway, name them (e.g. -k {left_out[0].value})")
    return [i for i in items if i.audience in kept]


def _for_school(items: list[Lesson | ParentSession], phase: str, every: bool,
                notes: list[str]) -> list[Lesson | ParentSession]:
    """The items a school of ``phase`` gets (``every``: the whole topic, cut to its phase),
    with a note saying which version of the parents' workshop that is."""
    kept = _for_phase(items, phase, notes) if every else items
    notes += _version_notes(kept, phase)
    return kept


def _version_notes(items: list[Lesson | ParentSession], phase: str) -> list[str]:
    """Each parents' workshop's line saying which version it is, where it says one (the
    words are the plan's: plan/parents/workshop.version_build_note)."""
    notes = (version_build_note(i, phase) for i in items if isinstance(i, ParentSession))
    return [n for n in notes if n]


def _items(request: BuildRequest, n: int, entry: PackRequest, index: ContentIndex
           ) -> list[Lesson | ParentSession]:
    """The content items of one pack request; LP120 for a topic or audience without content
    (at the manifest's line, for a batch; one line for the whole request otherwise)."""
    manifest = request.manifest
    if manifest is None:
        return [loaded.item for loaded in select(index, entry.topic, list(entry.audiences))]

    def where(a: int | None, message: str) -> Problem:
        loc: tuple[str | int, ...] = ("packs", n, "topic") if a is None else (
            "packs", n, "audiences", a)
        if a is not None and loc not in manifest.parsed.value_marks:  # `audiences: all`
            loc = loc[:-1]
        return manifest.problem(loc, message, "LP120")

    return [loaded.item for loaded in select(index, entry.topic, list(entry.audiences), where)]


def _problem(request: BuildRequest, loc: tuple[str | int, ...], code: str, message: str
             ) -> Problem:
    if request.manifest is not None:
        return request.manifest.problem(loc, message, code)
    return problem_at("<request>", code, message)


def run(request: BuildRequest, *, on_start: Callable[[int], None] | None = None,
        on_result: Callable[[JobResult], None] | None = None,
        on_brief: Callable[[BriefResult], None] | None = None,
        method: str | None = None) -> Report:
    """Build the request's packs (or its shard of them).

    ``on_start`` is told how many packs will be built; ``on_result`` sees each pack as it is
    done (a pack that wants PDFs, once they are made); ``on_brief`` each visit day's brief
    once it is written (after the packs, at the output root: a file, not a pack). For a
    batch manifest the run manifest (``manifest.json``, or ``manifest-K-of-N.json`` for a
    shard) is written to the output root when every pack was written or already identical.
    """
    with tracebacks_shown(request.debug):
        return _run(request, on_start, on_result, on_brief, method)


def _run(request: BuildRequest, on_start: Callable[[int], None] | None,
         on_result: Callable[[JobResult], None] | None,
         on_brief: Callable[[BriefResult], None] | None, method: str | None) -> Report:
    planned = plan(request)
    report = planned.report
    chosen = request.shard.pick(planned.jobs, key=lambda j: j.key) if request.shard \
        else planned.jobs
    report.total_jobs = len(planned.jobs)
    if any(job.pdf for job in chosen):
        find_soffice()  # no LibreOffice: say so before building anything
    if on_start:
        on_start(len(chosen))
    state = State(planned.index, planned.looks, request.force, tuple(request.content),
                  debug=request.debug, owns_process=request.owns_process,
                  stated_time=request.stated_time, page_layout=request.page_layout,
                  scratch=request.scratch)
    with tempfile.TemporaryDirectory(prefix="lessonpack-build-", dir=request.scratch) as scratch:
        # Packs that want PDFs only are built where nobody sees them.
        chosen = [replace(j, root=Path(scratch)) if not j.keep_office else j for j in chosen]
        want_pdf = {j.key: j for j in chosen if j.pdf}
        held: list[JobResult] = []  # reported once their PDFs are made

        def finished(result: JobResult) -> None:
            if result.key in want_pdf:
                held.append(result)
            elif on_result:
                on_result(result)

        report.results = run_jobs(chosen, state, workers=request.jobs, on_result=finished,
                                  method=method)
        _visit_briefs(planned, on_brief)
        if held:
            ready = [r for r in held if not r.write.problems]
            report.run_problems += add_pdfs(ready, want_pdf, request.out, force=request.force,
                                            stated=request.stated_time,
                                            scratch=request.scratch)
            for result in held:
                if on_result:
                    on_result(result)
    for result in report.results:
        report.warnings.extend(result.warnings)
    if request.manifest is not None:
        # A batch reports its packs by folder, as the run manifest lists them.
        report.results.sort(key=lambda r: r.key)
        _record(request, planned, report)
    return report


def _record(request: BuildRequest, planned: RunPlan, report: Report) -> None:
    if report.problems or report.left_out or request.manifest is None:
        # A kept file, or a key stage left out (LP147, an error or a warning): the run's
        # files are not what the manifest asked for, and a rerun once it is fixed should
        # not find a stale record in its way.
        return
    shard = request.shard
    name = shard.manifest_name if shard else "manifest.json"
    data = run_manifest_bytes(manifest=request.manifest.path, root=request.out, shard=shard,
                              inputs=planned.inputs, packs=[r.key for r in report.results],
                              briefs=[b.name for b in report.briefs],
                              files=[f for r in report.results for f in r.files]
                              + [b.record for b in report.briefs],
                              stated_time=request.stated_time,
                              page_layout=request.page_layout,
                              libreoffice=print_pages.laid_out_by() if request.page_layout
                              else None)
    report.manifest_write = write_files(request.out, [(name, data)], force=request.force)
    if not report.manifest_write.problems:
        report.manifest = request.out / name
