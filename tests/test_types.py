"""mypy over the places a newcomer extends first: the slide kinds (their Filler and Drawing
protocols, and render/pptx.py's filler and render/deck_draw.py, which must satisfy them), the
planners and the api the doors call, and the layers around them (brand and school files, build,
io, the doors, problems and codes). The rest (content/lint, check, most of render) is not yet
clean; widen this list as modules become so. mypy comes with the test extra."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ["src/lessonpack/kinds", "src/lessonpack/plan", "src/lessonpack/api.py",
           "src/lessonpack/build", "src/lessonpack/io", "src/lessonpack/cli",
           "src/lessonpack/web", "src/lessonpack/errors.py", "src/lessonpack/rules.py",
           "src/lessonpack/caches.py", "src/lessonpack/contrast.py",
           "src/lessonpack/content/model.py", "src/lessonpack/content/wording.py",
           "src/lessonpack/content/brand.py", "src/lessonpack/content/school.py",
           "src/lessonpack/content/problems.py", "src/lessonpack/content/scaffold.py",
           "src/lessonpack/check/findings.py", "src/lessonpack/render/deck_draw.py",
           # The real filler and the drawings that take it: kinds.base.Filler is checked
           # against the object a kind actually receives, not only against the kinds.
           "src/lessonpack/render/pptx.py", "src/lessonpack/render/deck_design.py",
           # The document-block extension point: what a handler may use, the typed table
           # (a handler with the wrong signature fails here) and the text blocks' handlers.
           "src/lessonpack/render/docx_writer.py", "src/lessonpack/render/docx_blocks.py",
           "src/lessonpack/render/docx_text.py", "src/lessonpack/render/ooxml/docx.py"]


def test_extension_points_type_check(tmp_path: Path) -> None:
    # Modules outside CHECKED are read for their types but their own errors are not reported
    # (silent): without it the result depends on how lessonpack is installed (an editable
    # install hides them from mypy, a plain one does not).
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path),
                          "--follow-imports=silent", *CHECKED],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


# A kind written against the wrong payload types: each line is a mistake the kinds' protocols
# must catch (they were typed Any, so a kind passing a Card where a Stage is wanted passed).
WRONG_KIND = """
from lessonpack.kinds.base import Filler, SlideKind, layout
from lessonpack.kinds.cards import Card, CardsSlide
from lessonpack.kinds.timeline import TimelineSlide
from lessonpack.plan.model import Slide


def fill(filler: Filler, spec: Slide, payload: CardsSlide) -> None:
    filler.draw.timeline(filler, payload.cards)  # cards are not stages
    filler.draw.grow_text(filler, "body", "ks2")  # a look's name is not a look
    filler.resolved.how == "by name"  # not a way a layout is found


KIND = SlideKind("wrong", TimelineSlide, layout("LP Wrong"), "", fill)  # fill wants cards
CARD = Card("x")
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
