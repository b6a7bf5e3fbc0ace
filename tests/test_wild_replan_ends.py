"""A deck whose slides keep not fitting is planned again only while there is a slide left
to split: the re-planning loop (build/parallel._rendered) ends after at most one drawing per
splittable slide, however crowded every drawing says it is. A corpus run once reported one
LibreOffice design (lo "fedora-textures-blue") as hung at the runner's 240 s limit on the
clock; it builds in about 4 s of CPU, and this guards the loop itself. Stand-in renderers,
so no pack is drawn."""

from __future__ import annotations

from typing import Any

import pytest

from lessonpack.build import parallel
from lessonpack.build.defaults import OFFICE_FORMATS
from lessonpack.build.look import PackLook
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.loader import load_content
from lessonpack.errors import Problem
from lessonpack.kinds import registry
from lessonpack.plan.model import DeckPlan, DocPlan

ENOUGH = 40  # drawings: far more than a deck has slides to split


def test_a_deck_crowded_on_every_drawing_is_planned_again_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = load_content()
    item = index.items["live-streaming-ks4"].item
    drawn: list[int] = []  # slides per drawing
    splittable: set[str] = set()

    def deck(plan: DeckPlan, *_args: Any, misfits: list[str], crowded: set[int],
             **_kwargs: Any) -> bytes:
        drawn.append(len(plan.slides))
        if len(drawn) > ENOUGH:
            raise AssertionError(f"drawn {len(drawn)} times: the re-planning does not end")
        for n, spec in enumerate(plan.slides, 1):  # every slide, every time: none fits
            crowded.add(n)
            if registry.kind_of(spec).splittable:
                splittable.add(spec.title)
        misfits.append("nothing fits")
        return b"deck"

    def document(plan: DocPlan, *_args: Any, **_kwargs: Any) -> bytes:
        return b"document"

    monkeypatch.setattr("lessonpack.render.pptx.render_pptx", deck)
    monkeypatch.setattr("lessonpack.render.docx.render_docx", document)
    warnings: list[Problem] = []
    parallel._rendered(item, index, PackLook.of(DEFAULT_BRAND), OFFICE_FORMATS, warnings,
                       None)
    assert splittable  # KS4 has a timeline, a task and checks to split
    assert 2 <= len(drawn) <= len(splittable) + 1
