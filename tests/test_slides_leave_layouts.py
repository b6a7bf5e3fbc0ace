"""No slide's drawing changes its layout or master: a slide kept from an earlier build
(render/slide_cache) is added as its bytes without being drawn, so a layout edit made while
drawing one is lost on the next build of the same slides in one process (a trainer's second
deck kept a stray accent rule on its section layout). What a deck changes on its layouts is
made before any slide is drawn (render/deck_layout_edits).

Checked as the build runs: every layout and master of the deck, serialised when a slide is
begun (``blank_slide``) and again when it is finished (``keep``), must be unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from lessonpack.cli import main
from lessonpack.render import slide_cache
from lessonpack.render.slide_cache import DeckSlides

WILD = Path(__file__).parent / "fixtures" / "wild"


def _layouts(prs: Any) -> bytes:
    """Every master and layout of the deck ``prs``, serialised."""
    return b"".join(etree.tostring(tree.element) for master in prs.slide_masters
                    for tree in (master, *master.slide_layouts))


TRAINER = Path(__file__).parents[1] / "examples" / "templates" / "brightpath-training"
# (template, key stage): ours for the youngest and a middle age, and trainers' templates
# (the steps that fit text to a trainer's layouts run only on them).
BUILDS = {"built-in-ks1": (None, "ks1"), "built-in-ks2": (None, "ks2"),
          "google-ks2": (WILD / "google-slides-export.pptx", "ks2"),
          "klee2-ks2": (WILD / "klee2-libreoffice.pptx", "ks2"),
          "smooth-black-ks4": (WILD / "lo-cft-smooth-black.pptx", "ks4"),
          "brightpath-ks2": (TRAINER, "ks2")}


@pytest.mark.parametrize("build", BUILDS)
def test_drawing_a_slide_leaves_its_layout(build: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    template, stage = BUILDS[build]
    begun: dict[int, bytes] = {}
    checked: list[str] = []
    blank_slide, keep = DeckSlides.blank_slide, DeckSlides.keep

    def begin(self: DeckSlides, layout: Any, kind: Any) -> Any:
        begun[id(self)] = _layouts(self._prs)
        return blank_slide(self, layout, kind)

    def finish(self: DeckSlides, key: Any, slide: Any, misfits: list[str]) -> None:
        assert _layouts(self._prs) == begun[id(self)], \
            f"drawing a slide on {slide.slide_layout.name!r} changed the deck's layouts"
        checked.append(slide.slide_layout.name)
        keep(self, key, slide, misfits)

    monkeypatch.setattr(DeckSlides, "blank_slide", begin)
    monkeypatch.setattr(DeckSlides, "keep", finish)
    slide_cache.forget()  # every slide drawn, none added from an earlier test's build
    args = ["--template", str(template)] if template is not None else []
    assert main(["build", "-k", stage, "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 *args]) == 0
    assert len(checked) > 20, checked  # every slide drawn (klee2's on one layout)
