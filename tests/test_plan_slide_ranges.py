"""The lesson plan's running sheet and step headings send the teacher to the right slides:
each range read back from the built plan holds exactly the slides the built deck labels for
that stage (the KS1 plan once put "Big ideas: What is live?" in
the starter and "Say no and tell" in Part 1, because a kicker of only "Part 1" was missed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation

from built_decks import shown, slides_file


def _kickers(deck: Path) -> list[str]:
    """Each slide's kicker: the first text on the slide ("Part 1 · Story", "Plenary")."""
    out = []
    for slide in shown(Presentation(str(deck)).slides):
        texts = [s.text_frame.text.strip() for s in slide.shapes
                 if s.has_text_frame and s.text_frame.text.strip()]
        out.append(texts[0] if texts else "")
    return out


def _stage(kicker: str) -> str:
    """"Part 1" (KS1) or "Learning cycle 1" (KS2 on) as "Part 1"; "Plenary"; else ""."""
    head = re.sub(r"^Learning cycle (\d+)$", r"Part \1", kicker.split("·")[0].strip())
    return head if re.fullmatch(r"Part \d+|Plenary", head) else ""


def _ranges(plan: Path) -> list[range]:
    """The running sheet's Slides column, in order (starter, parts, plenary)."""
    table = next(t for t in Document(str(plan)).tables
                 if len(t.columns) > 1 and t.rows[0].cells[1].text == "Slides")
    out = []
    for row in table.rows[1:]:
        if row.cells[0].text.startswith("Later"):  # the follow-up after the lesson: no slides
            continue
        a, _, b = row.cells[1].text.partition("–")
        out.append(range(int(a), int(b or a) + 1))
    return out


@pytest.mark.parametrize("audience", ["ks1", "ks2"])
def test_running_sheet_ranges_hold_the_slides_the_deck_labels(built_packs: Path,
                                                              audience: str) -> None:
    folder = built_packs / f"live-streaming-{audience}"
    kickers = _kickers(folder / slides_file(audience))
    ranges = _ranges(folder / f"live-streaming-{audience}-lesson-plan.docx")
    assert ranges[0].start == 1 and ranges[-1].stop == len(kickers) + 1
    stages = ["Starter", *(f"Part {k}" for k in range(1, len(ranges) - 1)), "Plenary"]
    for stage, slides in zip(stages, ranges, strict=True):
        labelled = [n for n, k in enumerate(kickers, 1) if _stage(k) == stage]
        assert all(n in slides for n in labelled), (stage, list(slides), labelled)
        if stage != "Starter":  # a part opens at its first labelled slide
            assert labelled and slides.start == labelled[0], (stage, list(slides), labelled)
    # The step table's stage bands say the same ranges as the running sheet.
    body = Document(str(folder / f"live-streaming-{audience}-lesson-plan.docx")).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    heads = [t for t in texts if re.search(r"min · slides? \d", t)]
    said = [re.search(r"slides? (\d+)(?:–(\d+))?$", h) for h in heads]
    assert [range(int(m[1]), int(m[2] or m[1]) + 1) for m in said if m] == ranges


def test_ks1_running_sheet_says_the_traffic_lights_sheet_is_for_later(built_packs: Path) -> None:
    """The step says colouring is for later in the day; the running sheet said "1. Traffic
    lights (4 min)" under Pupils' sheet."""
    plan = built_packs / "live-streaming-ks1" / "live-streaming-ks1-lesson-plan.docx"
    table = next(t for t in Document(str(plan)).tables
                 if len(t.columns) > 1 and t.rows[0].cells[1].text == "Slides")
    assert table.rows[2].cells[3].text == "1. Traffic lights: cards now (4 min), sheet later"
