"""No page a teacher or presenter reads says a command-line flag or a brand-file key
("rebuild with --class", "parents_session_date", "phase: primary"): the teacher holding the
printout cannot rebuild anything. Those lines are in the build's printed notes, for whoever
builds the pack (build/school_notes); the pages say it in plain words."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from pptx import Presentation

# The build's words: its flags, and the brand or school file's keys and lines.
BUILDERS = re.compile(
    r"--(?:class|lesson-date|brand|school|template)\b|\b(?:parents_session_\w+|rse_lesson|"
    r"rse_policy_url|lesson_date|letter_date|dsl_photo|deputy_dsl_photo|class_sizes)\b|"
    r"phase: (?:primary|secondary)|brand file")


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in doc.paragraphs), *cells])


def _pptx_text(path: Path) -> str:
    said = []
    for slide in Presentation(str(path)).slides:
        said += [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
        if slide.has_notes_slide:
            said.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(said)


def _found(packs: Path) -> dict[str, list[str]]:
    found = {}
    for path in sorted(packs.rglob("*")):
        if path.suffix not in (".docx", ".pptx"):
            continue
        text = _docx_text(path) if path.suffix == ".docx" else _pptx_text(path)
        hits = sorted({m.group(0) for m in BUILDERS.finditer(text)})
        if hits:
            found[path.name] = hits
    return found


def test_no_default_page_says_a_flag_or_a_brand_key(built_packs: Path) -> None:
    assert _found(built_packs) == {}


def test_no_visiting_trainers_page_says_a_flag_or_a_brand_key(brightpath_at_ashgrove: Path
                                                              ) -> None:
    assert _found(brightpath_at_ashgrove) == {}
