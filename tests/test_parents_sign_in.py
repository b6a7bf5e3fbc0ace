"""A visiting team's parents' evening has a sign-in sheet and feedback forms in the pack (the
trainer made their own for every evening), and each lesson's handover ends with the class
teacher's two-question feedback. Reopens the built files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parent.parent
VISIT = ["--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
         "--template", str(ROOT / "examples/templates/brightpath-training"),
         "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]
SIGN_IN = "live-streaming-parents-sign-in.docx"


@pytest.fixture(scope="module")
def visit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sign-in")
    assert main(["build", "-a", "parents", "-a", "ks2", "-f", "docx", "-q", "--out",
                 str(out), *VISIT]) == 0
    return out


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_sign_in_asks_little_and_says_what_happens_to_it(visit: Path) -> None:
    document = docx.Document(str(visit / "live-streaming-parents" / SIGN_IN))
    sheet = next(t for t in document.tables if t.rows[0].cells[0].text == "Your name")
    header = [c.text for c in sheet.rows[0].cells]
    assert header == ["Your name", "Your child\u2019s class (optional)",
                      "Email (only if you tick)", "Contact me"]
    assert len(sheet.rows) > 10 and not any(c.text for r in sheet.rows[1:] for c in r.cells)
    text = _text(visit / "live-streaming-parents" / SIGN_IN)
    # Plain words: why the names are taken, contact only with a tick, kept and destroyed,
    # how to change your mind.
    assert "We contact you only if you tick" in text
    assert "shares it with no one else and destroys it" in text
    assert "Changed your mind" in text and "0306\u00a0999\u00a00100" in text
    # Read before signing: the notice comes above the table.
    body = document.element.body
    notice = next(p for p in body.iter() if p.tag.endswith("}t")
                  and (p.text or "").startswith("What happens to this sheet"))
    order = list(body.iter())
    assert order.index(notice) < order.index(sheet._tbl)


def test_the_feedback_forms_ask_four_questions_two_to_a_page(visit: Path) -> None:
    text = _text(visit / "live-streaming-parents" / SIGN_IN)
    assert text.count("Your views on tonight") == 2 and "No name needed" in text
    assert text.count("How useful was tonight?") == 2
    assert text.count("What one thing would you change") == 2
    assert "Not yet: please ask us before you go" in text


def test_the_handover_ends_with_the_class_teachers_feedback(visit: Path) -> None:
    text = _text(visit / "live-streaming-ks2" / "live-streaming-ks2-handover.docx")
    last = [line for line in text.splitlines() if line.strip()][-1]
    assert "Right for your class?" in last and "What should we change?" in last
    assert "\u2610 Yes" in last and "\u2610 Partly" in last


def test_a_schools_own_evening_has_no_sign_in(tmp_path: Path) -> None:
    assert main(["build", "-a", "parents", "-f", "docx", "-q", "--out", str(tmp_path),
                 "--brand", str(ROOT / "examples/brands/oakfield-primary/brand.yml")]) == 0
    names = [p.name for p in tmp_path.rglob("*.docx")]
    assert names and SIGN_IN not in names
