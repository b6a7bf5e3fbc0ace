"""A deck whose slide must go over two (its text did not fit a trainer's layout at 18 pt) is
planned again and drawn again until it fits, and the pack's documents are drawn once, from
the plan of the deck as drawn (build/parallel._rendered). Counted with stand-in renderers,
so no pack is drawn: the real split is tests/test_wild_split_slides.py."""

from __future__ import annotations

from typing import Any

import pytest

from lessonpack.build import parallel
from lessonpack.build.defaults import OFFICE_FORMATS
from lessonpack.build.look import PackLook
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.loader import load_content
from lessonpack.errors import Problem
from lessonpack.plan.model import DeckPlan, DocPlan


def test_a_split_deck_is_drawn_again_and_its_documents_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = load_content()
    item = index.items["live-streaming-ks4"].item
    drawn: list[tuple[str, int]] = []  # (deck, its slides) per drawing
    documents: list[str] = []

    def deck(plan: DeckPlan, *_args: Any, misfits: list[str], crowded: set[int],
             **_kwargs: Any) -> bytes:
        drawn.append((plan.filename, len(plan.slides)))
        if len(drawn) == 1:  # the first drawing: the timeline does not fit its layout
            n = next(n for n, s in enumerate(plan.slides, 1) if s.kind == "timeline")
            crowded.add(n)
            misfits.append("the timeline's text does not fit its box at 18 pt")
        return b"deck"

    def document(plan: DocPlan, *_args: Any, **_kwargs: Any) -> bytes:
        documents.append(plan.filename)
        return b"document"

    monkeypatch.setattr("lessonpack.render.pptx.render_pptx", deck)
    monkeypatch.setattr("lessonpack.render.docx.render_docx", document)
    warnings: list[Problem] = []
    plan, files = parallel._rendered(item, index, PackLook.of(DEFAULT_BRAND), OFFICE_FORMATS,
                                     warnings, None)
    # The deck twice, the second time with the timeline over two slides.
    assert [name for name, _n in drawn] == ["live-streaming-ks4-slides.pptx"] * 2
    assert drawn[1][1] == drawn[0][1] + 1
    assert len(plan.decks[0].slides) == drawn[1][1]
    # Each document once, from the plan whose deck was drawn last.
    assert sorted(documents) == sorted(d.filename for d in plan.documents)
    assert len(documents) == len(set(documents)) >= 5
    assert [name.rsplit("/", 1)[1] for name, _data in files] == [
        "live-streaming-ks4-slides.pptx", *(d.filename for d in plan.documents)]
    # The split drawing fitted: the first drawing's misfit is not reported.
    assert warnings == []
