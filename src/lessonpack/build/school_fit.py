"""A school file built for a key stage it does not teach: that key stage refused, in one
line (LP147).

A trainer who keeps a school's file and builds every key stage they teach (or mistypes one)
put a primary school's crest and its DSL's office on a Key Stage 4 sextortion deck. A key
stage the school's phase leaves out, or none of whose years the file's classes name when it
names some by their year, is not built. The key stages the school does teach are built as
asked (a trainer's KS2 pack is not lost to a mistyped -k ks4), and one short line at the
school file says which school, what it teaches, what was built for it and what was not, and
the rerun that builds only what fits ("Rerun with -k ks2"). Where a pack was built for the
school (its KS2 deck beside the KS4 one it does not teach), the line is a warning and the build
exits 0: the trainer got what the school teaches, and an "error" after a run that wrote the
visit's deck read as nothing made (a loop over templates reported every visit build failed).
A script notices by the line's code on stderr (``warning[LP147]``, in ``--json``'s
``warnings`` too). Where nothing was built for the school, the line is an error and the build
exits 1. A trainer who means it (a middle school, a class named another way) says so with
--school-phase-mismatch-ok (``school_phase_mismatch_ok: true`` in a manifest): the key stage
is built and the line is a warning that says so. Decks that share a school file and the
reason are one line, however many templates or entries build them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lessonpack.content.brand import PHASE_KEY_STAGES, Brand, audiences_for_phase
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path
from lessonpack.plan.class_line import key_stage_of, split_class

FLAG = "--school-phase-mismatch-ok"
FIELD = "school_phase_mismatch_ok"


def _named_stages(named: tuple[str, ...]) -> tuple[Audience, ...]:
    """The key stages of classes named by their year, once each, youngest first (the
    order the rerun's -k are said in)."""
    stages = {s for s in (key_stage_of(c) for c in named) if s is not None}
    return tuple(a for a in Audience if a in stages)


@dataclass(frozen=True)
class Misfit:
    """Why a school does not teach a key stage: its phase leaves it out, or none of the
    classes its file names by their year is in it. The line is written from this record,
    never from words parsed back, so a class named "Year 6 (Mr Reed)" or a reworded line
    cannot change what the school is said to teach or which -k the rerun names."""

    kind: Literal["phase", "classes"]
    phase: str  # the school's phase: "primary", "secondary" or "all"
    named: tuple[str, ...]  # the classes named by their year, once each, in order
    taught: tuple[Audience, ...]  # the key stages it teaches: its phase's, or its classes'

    @property
    def teaches(self) -> str:
        """What the school teaches, as the line says it: "primary", "only Year 4, Year 2"."""
        return self.phase if self.kind == "phase" else "only " + ", ".join(self.named)


def misfit_reason(item: Lesson, brand: Brand) -> Misfit | None:
    """Why the school of ``brand`` does not teach ``item``'s key stage, or None if it does."""
    named = tuple(dict.fromkeys(split_class(c)[0] for c in (brand.class_name, *brand.classes)
                                if key_stage_of(c) is not None))
    audience = item.audience
    _kept, left_out = audiences_for_phase(brand.phase, [audience])
    if left_out:
        taught = tuple(Audience(s) for s in PHASE_KEY_STAGES.get(brand.phase, ()))
        return Misfit("phase", brand.phase, named, taught)
    stages = _named_stages(named)
    if named and audience not in stages:
        return Misfit("classes", brand.phase, named, stages)
    return None


@dataclass(frozen=True)
class _Refused:
    """One school file and why it does not teach a key stage asked for (refused, or built
    as allowed): one line."""

    school: str  # the school file, as the line names it
    org: str  # the school's name
    stage: str
    why: Misfit
    allowed: bool


@dataclass
class SchoolFit:
    """The key stages of a build whose school file does not teach them, grouped so that one
    school file and reason is said once however many entries or templates ask for them."""

    # each school file's misfit, once, in build order
    said: dict[_Refused, None] = field(default_factory=dict)
    # school file -> the audiences built for it that it teaches (its parents' pack too)
    fits: dict[str, list[Audience]] = field(default_factory=dict)

    def add(self, items: Sequence[Lesson | ParentSession], brand: Brand,
            school_file: Path | None, *, allowed: bool) -> list[Lesson | ParentSession]:
        """The items of ``items`` to build: each pupils' lesson the school of
        ``school_file`` (merged into ``brand``) teaches, or is ``allowed`` to be built for,
        and every other item. Each lesson left out or allowed is noted for its line, and
        each taught for the rerun."""
        if school_file is None:
            return list(items)
        school = display_path(school_file)
        kept: list[Lesson | ParentSession] = []
        for item in items:
            why = misfit_reason(item, brand) if isinstance(item, Lesson) else None
            if why is None or allowed:
                kept.append(item)
            if why is None:
                self.fits.setdefault(school, []).append(item.audience)
                continue
            self.said[_Refused(school, brand.org_name.strip(), item.audience.value, why,
                               allowed)] = None
        return kept

    def report(self, warnings: list[Problem], refused: list[Problem],
               left_out: list[tuple[str, str]]) -> None:
        """Each LP147 into ``warnings`` (built as allowed, or left out beside a pack built
        for the school) or ``refused`` (nothing built for the school: the build fails); each
        school file and key stage not built into ``left_out``, for a script to read."""
        for said in self.problems():
            (warnings if said.severity == "warning" else refused).append(said)
        left_out += [(r.school, r.stage) for r in self.said if not r.allowed]

    def problems(self) -> list[Problem]:
        """One LP147 per school file and reason: a warning where allowed or where a pack
        was built for the school, else an error."""
        return [_problem(refused, self.fits.get(refused.school, []))
                for refused in self.said]


def _problem(refused: _Refused, fits: list[Audience]) -> Problem:
    """The line, at the school file: the school, what it teaches, the packs built for it and
    the key stage not (or built, where allowed), and the rerun that builds only what fits. A
    warning where a pack was built for the school (the build exits 0), an error where none
    was (it exits 1)."""
    org = refused.org or "This school"
    stage = refused.stage
    if refused.allowed:
        return problem_at(refused.school, "LP147", (
            f"{org} teaches {refused.why.teaches}; {stage} is built with its name, crest and "
            f"safeguarding lead, as {FLAG} asked"), severity="warning")
    built = list(dict.fromkeys(fits))
    stages = [a for a in built if a.is_pupils] or list(refused.why.taught)
    rerun = (f"Rerun with {_options([*stages, *(a for a in built if not a.is_pupils)])}"
             if stages else f"Rerun without -k {stage}")
    names = [a.value for a in built]
    were = "was" if len(names) == 1 else "were"
    # What was written first: a trainer reading "error" after a run that made the visit's
    # deck took it that nothing was made.
    done = (f"{' and '.join(names)} {were} built for {org}; {stage} was not" if names
            else f"{stage} was not built for {org}, nor anything else")
    return problem_at(refused.school, "LP147", (
        f"{done}: it teaches {refused.why.teaches}. {rerun} (or {FLAG} if it does teach "
        f"{stage})"), severity="warning" if names else "error")


def _options(audiences: Sequence[Audience]) -> str:
    """The command line's options that build ``audiences``: ``-k ks2 -a parents``."""
    return " ".join(f"-k {a.value}" if a.is_pupils else f"-a {a.value}" for a in audiences)
