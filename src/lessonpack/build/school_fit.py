"""A school file built for a key stage it does not teach: refused, naming the deck (LP147).

A trainer who keeps a school's file and builds every key stage they teach (or mistypes one)
put a primary school's crest and its DSL's office on a Key Stage 4 sextortion deck. A key
stage the school's phase leaves out, or none of whose years the file's classes name when it
names some by their year, stops the build with one line: the deck's path first, then what is
wrong, then what to do. A trainer who means it (a middle school, a class named another way)
says so with --school-phase-mismatch-ok (``school_phase_mismatch_ok: true`` in a manifest),
and the line is then a warning. Decks that share a school file and the reason are one line,
however many templates or entries build them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lessonpack.content.brand import Brand, audiences_for_phase
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path
from lessonpack.plan.class_line import key_stage_of, split_class
from lessonpack.plan.item_files import file_stem, pack_folder

FLAG = "--school-phase-mismatch-ok"
FIELD = "school_phase_mismatch_ok"


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


@dataclass
class SchoolFit:
    """The decks of a build whose school file does not teach their key stage, grouped so
    that one school file and reason is said once."""

    # (school file, key stage, reason, allowed) -> the decks' paths, in build order
    decks: dict[tuple[str, str, str, bool], list[str]] = field(default_factory=dict)

    def add(self, items: Sequence[Lesson | ParentSession], brand: Brand,
            school_file: Path | None, folder: Path, *, allowed: bool, slides: bool) -> None:
        """Note each pupils' lesson of ``items`` (built into ``folder``, with a deck when
        ``slides``) that the school of ``school_file`` (merged into ``brand``) does not teach."""
        if school_file is None:
            return
        for item in items:
            why = misfit_reason(item, brand) if isinstance(item, Lesson) else None
            if why is None:
                continue
            pack = folder / pack_folder(item)
            where = display_path(pack / f"{file_stem(item, 'slides')}.pptx") if slides \
                else f"{display_path(pack)}/"
            key = (display_path(school_file), item.audience.value, why, allowed)
            self.decks.setdefault(key, []).append(where)

    def report(self, warnings: list[Problem], errors: list[Problem]) -> None:
        """Each LP147 into ``warnings`` or ``errors``, by its severity."""
        for said in self.problems():
            (warnings if said.severity == "warning" else errors).append(said)

    def problems(self) -> list[Problem]:
        """One LP147 per school file and reason: an error, or a warning where allowed."""
        return [_problem(decks, school, stage, why, allowed)
                for (school, stage, why, allowed), decks in self.decks.items()]


def _problem(decks: list[str], school: str, stage: str, why: str, allowed: bool) -> Problem:
    said = (f"built for {stage}, but the school file {school} does not teach {stage}: {why}; "
            "its name, crest and safeguarding lead ")
    if allowed:
        return problem_at(", ".join(dict.fromkeys(decks)), "LP147", said + (
            f"are on the pack, as {FLAG} asked"), severity="warning")
    return problem_at(", ".join(dict.fromkeys(decks)), "LP147", said + (
        f"would be on the pack. Use the file of a school that teaches {stage}, or build "
        f"without --school; if this school does teach {stage}, add {FLAG} ({FIELD}: true "
        "in a manifest)"))
