"""A visiting trainer's documents, built on its own Word template at a host school.

The team's logo was on no document, not even its own lesson plans and facilitator's notes,
and the template's Calibri headings read smaller than
the 12 pt Arial labels under them (Calibri's lower-case letters are smaller).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from lessonpack.check.measure import x_height
from lessonpack.cli import main
from lessonpack.render.docx_fonts import style_font

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(brightpath_at_ashgrove: Path) -> Path:
    return brightpath_at_ashgrove


def _header_pictures(path: Path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    found = []
    for section in document.sections:
        for doc_pr in section.header._element.iter(
                "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
            found.append((doc_pr.get("name"), doc_pr.get("descr")))
    return found


def test_the_teams_logo_sits_beside_the_schools_crest_on_its_own_documents(built: Path) -> None:
    # Its working documents, and the take-home guide parents keep from its workshop.
    plans = [built / "live-streaming-ks2" / "live-streaming-ks2-lesson-plan.docx",
             built / "live-streaming-parents" / "live-streaming-parents-facilitator-notes.docx",
             built / "live-streaming-parents" / "live-streaming-parents-handout.docx"]
    for path in plans:
        pictures = _header_pictures(path)
        assert any(name == "Logo" for name, _ in pictures), (path.name, pictures)
        assert ("Trainer logo", "Northshire Online Safety Team logo") in pictures, \
            (path.name, pictures)
    # The school's own papers stay the school's (letters, invitation, sheets).
    for path in (built / "live-streaming-ks2" / "live-streaming-ks2-worksheet.docx",
                 built / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx",
                 built / "live-streaming-parents" / "live-streaming-parents-invitation.docx"):
        assert all(name != "Trainer logo" for name, _ in _header_pictures(path)), path.name


def test_headings_stand_above_the_body_by_eye(built: Path) -> None:
    for path in (built / "live-streaming-ks2" / "live-streaming-ks2-lesson-plan.docx",
                 built / "live-streaming-parents"
                 / "live-streaming-parents-facilitator-notes.docx"):
        document = docx.Document(str(path))
        body_font, heading_font = style_font(document, "LP Body"), style_font(
            document, "LP Heading 3")
        # The case at issue was 13 pt Calibri headings over 12 pt Arial; a house style may
        # set both in one face, and the headings must still stand above the body.
        assert body_font and heading_font
        body = document.styles["LP Body"].font.size or docx.shared.Pt(12)
        for name in ("LP Heading 2", "LP Heading 3"):
            size = document.styles[name].font.size
            # Its lower-case letters at least 1.1 times the body's (13 pt Calibri beside
            # 12 pt Arial was 0.98 times).
            if heading_font == body_font:  # one face: bold, coloured and larger is enough
                assert size.pt > body.pt, (path.name, name, size.pt)
                continue
            seen = size.pt * x_height(heading_font) / (body.pt * x_height(body_font))
            assert seen >= 1.1, (path.name, name, size.pt, round(seen, 2))


def _furniture_text(path: Path, part: str) -> str:
    document = docx.Document(str(path))
    story = getattr(document.sections[0], part)
    return " ".join(p.text for p in story.paragraphs)


def test_a_brand_file_replaces_the_templates_letterhead(built: Path) -> None:
    """With a brand file, the papers name the brand's organisation only: the Word
    template's own header and footer lines (another organisation's letterhead) are on none
    of them, so a school's vetting check sees one provider throughout."""
    template = docx.Document(str(ROOT / "examples/templates/brightpath-training/document.docx"))
    theirs = {part: " ".join(p.text for p in getattr(template.sections[0], part).paragraphs
                             if p.text.strip())
              for part in ("header", "footer")}
    assert all(theirs.values()), theirs
    for path in sorted(built.rglob("*.docx")):
        for part in ("header", "footer"):
            assert theirs[part] not in _furniture_text(path, part), (path.name, part)
    plan = built / "live-streaming-ks2" / "live-streaming-ks2-lesson-plan.docx"
    assert "Northshire Online Safety Team" in _furniture_text(plan, "footer")


def test_without_a_brand_file_the_schools_papers_drop_the_templates_letterhead(
        tmp_path: Path) -> None:
    """A trainer's template used without a brand file keeps its header and footer, but at a
    host school (--school) only on the trainer's own documents: the school's letter, signed
    by its head, and the pupils' and parents' papers read as the school's, not the training
    company's."""
    out = tmp_path / "out"
    assert main(["build", "-a", "ks2", "-a", "parents", "-f", "docx", "-q", "-j", "1",
                 "--out", str(out),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]) == 0
    template = docx.Document(str(ROOT / "examples/templates/brightpath-training/document.docx"))
    theirs = " ".join(p.text for p in template.sections[0].footer.paragraphs if p.text.strip())
    assert theirs
    for name in ("live-streaming-ks2/live-streaming-ks2-letter-home.docx",
                 "live-streaming-ks2/live-streaming-ks2-worksheet.docx",
                 "live-streaming-parents/live-streaming-parents-handout.docx"):
        for part in ("header", "footer"):
            assert theirs not in _furniture_text(out / name, part), (name, part)
    plan = out / "live-streaming-ks2" / "live-streaming-ks2-lesson-plan.docx"
    assert theirs in _furniture_text(plan, "footer")
