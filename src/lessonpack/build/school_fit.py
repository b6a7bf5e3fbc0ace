"""A school file built for a key stage it does not teach: refused in one line (LP147).

A trainer who keeps a school's file and builds every key stage they teach (or mistypes one)
put a primary school's crest and its DSL's office on a Key Stage 4 sextortion deck. A key
stage the school's phase leaves out, or none of whose years the file's classes name when it
names some by their year, stops the build with one short line at the school file: which
school, what it teaches, the key stage not built, and the rerun that builds what fits
("Rerun with -k ks2"). A build with an error writes nothing (its packs are written only
once every one is planned), and the line says so: the trainer is not left to find a KS2
pack that is not there. A trainer who means it (a middle school, a class named another way)
says so with --school-phase-mismatch-ok (``school_phase_mismatch_ok: true`` in a manifest),
and the line is then a warning. Decks that share a school file and the reason are one line,
however many templates or entries build them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lessonpack.content.brand import PHASE_KEY_STAGES, Brand, audiences_for_phase
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path
from lessonpack.plan.class_line import key_stage_of, split_class
from lessonpack.plan.item_files import file_stem, pack_folder

FLAG = "--school-phase-mismatch-ok"
FIELD = "school_phase_mismatch_ok"


def _named_stages(brand: Brand) -> list[str]:
    """The key stages of the classes the file names by their year, in order, once each."""
    stages = [key_stage_of(split_class(c)[0]) for c in (brand.class_name, *brand.classes)]
    return list(dict.fromkeys(s.value for s in stages if s is not None))


def misfit_reason(item: Lesson, brand: Brand) -> str | None:
    """Why the school of ``brand`` does not teach ``item``'s key stage, or None if it does."""
    named = [split_class(c)[0] for c in (brand.class_name, *brand.classes)
             if key_stage_of(c) is not None]
    audience = item.audience
    _kept, left_out = audiences_for_phase(brand.phase, [audience])
    if left_out:
        return f"its phase is {brand.phase}"
    if named and audience not in {key_stage_of(c) for c in named}:
        return f"its classes ({', '.join(dict.fromkeys(named))}) are none of {audience.value}"
    return None


def _teaches(brand: Brand, why: str) -> str:
    """What the school teaches, as the line says it: "primary", "only Year 4, Year 2"."""
    if why.startswith("its phase is "):
        return brand.phase
    return "only " + why.removeprefix("its classes (").split(")")[0]


def _taught(brand: Brand, why: str) -> tuple[str, ...]:
    """The key stages the school teaches: its phase's, or its classes'."""
    if why.startswith("its phase is "):
        return PHASE_KEY_STAGES.get(brand.phase, ())
    return tuple(_named_stages(brand))


@dataclass(frozen=True)
class _Misfit:
    """One school file and why it does not teach a key stage built."""

    school: str  # the school file, as the line names it
    org: str  # the school's name
    stage: str
    teaches: str
    taught: tuple[str, ...]  # the key stages it does teach
    allowed: bool


@dataclass
class SchoolFit:
    """The decks of a build whose school file does not teach their key stage, grouped so
    that one school file and reason is said once."""

    # each school file's misfit -> the decks' paths, in build order
    decks: dict[_Misfit, list[str]] = field(default_factory=dict)
    # school file -> the key stages built for it that it teaches
    fits: dict[str, list[str]] = field(default_factory=dict)

    def add(self, items: Sequence[Lesson | ParentSession], brand: Brand,
            school_file: Path | None, folder: Path, *, allowed: bool, slides: bool) -> None:
        """Note each pupils' lesson of ``items`` (built into ``folder``, with a deck when
        ``slides``) that the school of ``school_file`` (merged into ``brand``) does not
        teach, and the key stages built for it that it does."""
        if school_file is None:
            return
        school = display_path(school_file)
        for item in items:
            if not isinstance(item, Lesson):
                continue
            why = misfit_reason(item, brand)
            if why is None:
                self.fits.setdefault(school, []).append(item.audience.value)
                continue
            pack = folder / pack_folder(item)
            where = display_path(pack / f"{file_stem(item, 'slides')}.pptx") if slides \
                else f"{display_path(pack)}/"
            key = _Misfit(school, brand.org_name.strip(), item.audience.value,
                          _teaches(brand, why), _taught(brand, why), allowed)
            self.decks.setdefault(key, []).append(where)

    def report(self, warnings: list[Problem], errors: list[Problem]) -> None:
        """Each LP147 into ``warnings`` or ``errors``, by its severity."""
        for said in self.problems():
            (warnings if said.severity == "warning" else errors).append(said)

    def problems(self) -> list[Problem]:
        """One LP147 per school file and reason: an error, or a warning where allowed."""
        return [_problem(misfit, self.fits.get(misfit.school, []))
                for misfit in self.decks]


def _problem(misfit: _Misfit, fits: list[str]) -> Problem:
    """The line, at the school file: the school, what it teaches, the key stage not built
    (or built, where allowed), and the rerun that builds what fits."""
    org = misfit.org or "This school"
    said = f"{org} teaches {misfit.teaches}; {misfit.stage} "
    if misfit.allowed:
        return problem_at(misfit.school, "LP147", said + (
            f"is built with its name, crest and safeguarding lead, as {FLAG} asked"),
            severity="warning")
    stages = list(dict.fromkeys(fits)) or list(misfit.taught)
    rerun = (f"Rerun with {' '.join(f'-k {s}' for s in stages)}" if stages
             else f"Rerun without -k {misfit.stage}")
    return problem_at(misfit.school, "LP147", said + (
        f"is not built for it. {rerun} (or {FLAG} if it does teach {misfit.stage}). "
        "Nothing was written: a build with an error writes no pack"))
