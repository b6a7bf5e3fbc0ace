"""A visit brief whose school file books no class covers the key stages built: a freelance
trainer's Key Stage 2 pack once came with a brief headed "KS1, KS2, KS3 and KS4" that timed
four lessons and sent the office to print handovers, cards and letters it was never sent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BRAND = EXAMPLES / "brands/brightpath-training/brand.yml"
TEMPLATE = EXAMPLES / "templates/brightpath-training"


def _brief_words(brand: dict[str, str], built: set[str]) -> str:
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.content.model import Audience
    from lessonpack.plan.visit_brief.visit_day import day_brief

    items = load().items
    lessons = {a: items[f"live-streaming-{a.value}"].item
               for a in (Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4)}
    brief = day_brief(lessons, None, Brand(**brand), built={Audience(b) for b in built})
    assert brief is not None
    words: list[str] = []
    for block in brief.blocks:
        words.append(getattr(block, "text", ""))
        words += [" ".join(row) for row in getattr(block, "rows", [])]
    # The print run's file names keep their hyphens unbroken (U+2011).
    return " ".join(words).replace("\u2011", "-")


def test_a_one_key_stage_build_briefs_that_key_stage_alone() -> None:
    words = _brief_words({"delivered_by": "Brightpath Training"}, {"ks2"})
    # One class: its rows name the files by what they are, and time one lesson.
    assert "Worksheet and cards" in words and "Handover sheet" in words
    assert not re.search(r"ks[134]-", words.lower()), words
    assert not re.search(r"KS[134]\b", words), words


def test_two_key_stages_built_brief_both_and_no_other() -> None:
    words = _brief_words({"delivered_by": "Brightpath Training"}, {"ks1", "ks3"})
    assert re.search(r"KS1|ks1-", words) and re.search(r"KS3|ks3-", words)
    assert not re.search(r"ks[24]-", words.lower()), words


def test_a_primary_builds_all_key_stages_and_briefs_its_phases() -> None:
    # A primary's trainer building every key stage: the phase still keeps KS3/KS4 out.
    words = _brief_words({"delivered_by": "Northshire Online Safety Team", "phase": "primary"},
                         {"ks1", "ks2", "ks3", "ks4"})
    assert "ks1-" in words.lower() and "ks2-" in words.lower()
    assert not re.search(r"ks[34]-", words.lower()), words


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return " ".join([p.text for p in doc.paragraphs] + cells).replace("\u2011", "-")


@pytest.mark.integration
def test_brightpaths_ks2_build_writes_a_ks2_brief(tmp_path: Path) -> None:
    code = main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--brand", str(BRAND), "--template", str(TEMPLATE)])
    assert code == 0
    (brief,) = tmp_path.glob("*visit-brief*.docx")
    words = _docx_text(brief)
    # One class: its rows name the files by what they are, and time one lesson.
    assert "Worksheet and cards" in words and "Handover sheet" in words
    assert not re.search(r"ks[134]-|KS[134]\b|Year 2\b", words), words
