"""The logo shapes lessonpack names are read back by their names: render's list and check's
(which may not import render) must name the same logos."""

from __future__ import annotations

import re
from pathlib import Path

from lessonpack.check import logo_seen
from lessonpack.render import shape_names

RENDER = Path(__file__).resolve().parents[1] / "src" / "lessonpack" / "render"


def test_check_finds_the_logos_render_places() -> None:
    assert {shape_names.LOGO, shape_names.TRAINER_LOGO} == logo_seen.LOGO_NAMES


def test_no_render_module_but_one_spells_a_logo_name() -> None:
    spelt = [p.name for p in RENDER.rglob("*.py") if p.name != "shape_names.py"
             and re.search(r'"(?:Trainer logo|Logo)(?: panel)?"', p.read_text(encoding="utf-8"))]
    assert spelt == []
