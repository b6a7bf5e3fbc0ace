"""mypy over the whole package: the slide kinds and their protocols (kinds.base: Filler,
Drawing, Resolved, which the renderer's filler and drawings must satisfy), the renderer, the
planners, the checks, the doors and everything under them. A library's typing gap is closed
where it is met (render/ooxml/placeholders.each_placeholder, docx_page.measured) rather than
by leaving a module out. mypy comes with the test extra."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ["src/lessonpack"]


def test_the_package_type_checks(tmp_path: Path) -> None:
    # Libraries are read for their types but their own errors are not reported (silent).
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path),
                          "--follow-imports=silent", *CHECKED],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


# A kind written against the wrong payload types: each line is a mistake the kinds' protocols
# must catch (they were typed Any, so a kind passing a Card where a Stage is wanted passed);
# its hooks are typed to its payload as its fill is (no kind asserts what its payload is).
WRONG_KIND = """
from lessonpack.kinds.base import Filler, SlideKind, layout
from lessonpack.kinds.cards import Card, CardsSlide
from lessonpack.kinds.look import Look
from lessonpack.kinds.timeline import TIMELINE, TimelineSlide
from lessonpack.plan.model import Slide
from lessonpack.kinds.base import supply


def fill(filler: Filler, spec: Slide, payload: CardsSlide) -> None:
    filler.drawing(TIMELINE)(filler, payload.cards)  # cards are not stages
    filler.draw.grow_text(filler, "body", "ks2")  # a look's name is not a look
    filler.resolved.how == "by name"  # not a way a layout is found


KIND = SlideKind("wrong", TimelineSlide, layout("LP Wrong"), "", fill)  # fill wants cards
CARD = Card("x")


def fill_stages(filler: Filler, spec: Slide, payload: TimelineSlide) -> None:
    filler.drawing(TIMELINE)(filler, payload.stages)


def decorate(filler: Filler, spec: Slide, payload: CardsSlide, look: Look) -> None:
    pass


def notes(filler: Filler, spec: Slide, payload: CardsSlide) -> str:
    return spec.notes


HOOKS = SlideKind("hooks", TimelineSlide, layout("LP Wrong"), "", fill_stages,
                  decorate=decorate,  # decorate wants cards
                  notes=notes)  # so do the notes


def draw_cards(filler: Filler, cards: list[Card]) -> bool:
    return True


SUPPLIED = supply(TIMELINE, draw_cards)  # the timeline's drawing is given cards
"""


def test_the_kinds_protocols_catch_a_wrongly_typed_kind(tmp_path: Path) -> None:
    module = tmp_path / "wrong_kind.py"
    module.write_text(WRONG_KIND, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"),
                          "--follow-imports=silent", "--strict-equality", str(module)],
                         cwd=ROOT, capture_output=True, text=True,
                         # lessonpack from the source tree: an editable install's import hook
                         # is invisible to mypy, which would then read every import as Any.
                         env={**os.environ, "MYPYPATH": str(ROOT / "src")})
    lines = {int(line.split(":")[1]) for line in run.stdout.splitlines()
             if line.startswith(str(module)) and ": error:" in line}
    wanted = {n for n, text in enumerate(WRONG_KIND.splitlines(), 1) if "#" in text}
    assert lines == wanted, run.stdout
