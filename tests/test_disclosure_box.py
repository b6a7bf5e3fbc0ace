"""The disclosure steps are acted on at once: their box prints whole on one page, in every
lesson plan and in the parents' facilitator notes (a row that cannot split)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn


@pytest.fixture(scope="module")
def built(built_packs: Path) -> Path:
    return built_packs  # every audience in the default look, built once a session (conftest)


@pytest.mark.parametrize("name", ["ks1-lesson-plan", "ks2-lesson-plan", "ks3-lesson-plan",
                                  "ks4-lesson-plan", "parents-facilitator-notes"])
def test_the_disclosure_box_never_splits(built: Path, name: str) -> None:
    path = next(built.rglob(f"live-streaming-{name}.docx"))
    boxes = [table for table in Document(str(path)).element.body.iter(qn("w:tbl"))
             if "".join(t.text or "" for t in table.iter(qn("w:t"))).startswith("If a ")
             and "discloses" in "".join(t.text or "" for t in table.iter(qn("w:t")))[:60]]
    assert len(boxes) == 1, name
    rows = boxes[0].findall(qn("w:tr"))
    assert len(rows) == 1 and rows[0].find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
