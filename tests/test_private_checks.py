"""Checks on blame, or on what should happen to a young person who was tricked, are answered
privately (``private: true``): written on the worksheet, never shown with fingers or hands, so
no pupil sees classmates put a tricked child at fault (the starters forbid a public vote on
blame). Other checks keep the quick show of fingers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from built_decks import slides_file
from lessonpack.content.parts import QuizQuestion
from lessonpack.plan.quotes import typographic

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content" / "live-streaming"


def _checks(audience: str) -> list[dict]:
    lesson = yaml.safe_load((CONTENT / f"{audience}.yml").read_text(encoding="utf-8"))
    return [c for cycle in lesson["cycles"] for c in cycle.get("checks", [])]


def _slides(built_packs: Path, audience: str) -> list[tuple[str, str]]:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            slides_file(audience)))
    out = []
    for slide in deck.slides:
        words = " ".join(sh.text_frame.text for sh in slide.shapes
                         if sh.has_text_frame)
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        out.append((" ".join(words.split()), notes))
    return out


@pytest.mark.parametrize("audience", ["ks2", "ks4"])
def test_blame_checks_are_private(built_packs: Path, audience: str) -> None:
    checks = _checks(audience)
    private = [c for c in checks if c.get("private")]
    assert private, f"{audience}: its blame checks are marked private"
    slides = _slides(built_packs, audience)
    for check in checks:
        question = typographic(" ".join(check["question"].split()))  # as the slide sets it
        asked = [(w, n) for w, n in slides
                 if question in w and not w.startswith("Answer") and "Answer:" not in w]
        assert asked, question
        words, notes = asked[0]
        if check.get("private"):
            assert "privately" in words and "fingers" not in words, question
            assert "No fingers or hands" in notes and "three fingers" not in notes, question
        else:
            assert "with your fingers" in words, question
            assert "three fingers" in notes, question


def test_ks2_blame_check_asks_who_is_to_blame() -> None:
    (blame,) = [c for c in _checks("ks2") if c.get("private")]
    assert blame["question"].endswith("Whose fault is it?")


def _private_lines(built_packs: Path, audience: str) -> dict[int, list[str]]:
    """The worksheet's private-check lines (each check's question with its options, and the
    spaces for the letters), by the Part whose heading they follow."""
    from docx import Document

    sheet = Document(str(built_packs / f"live-streaming-{audience}" /
                         f"live-streaming-{audience}-worksheet.docx"))
    part, found = 0, {}
    for paragraph in sheet.paragraphs:
        text = paragraph.text
        if text.startswith("Part ") and ":" in text and "Heading" in paragraph.style.name:
            # "Part 1 (continued): …" over a sort overleaf from its story is still Part 1.
            part = int(text.removeprefix("Part ").split(":")[0].split(" ")[0])
        elif text.startswith(("Exit quiz", "How did I do", "Who can help")):
            part = 0
        if "(private)" in text or "A, B or C" in text:
            found.setdefault(part, []).append(text)
    return found


@pytest.mark.parametrize("audience", ["ks2", "ks4"])
def test_worksheet_has_a_place_for_each_private_check(built_packs: Path,
                                                      audience: str) -> None:
    """The slide says "Write A, B or C privately on your worksheet": in the Part where it is
    asked, the sheet prints each such check, named as the slide names it, with its question
    and its options lettered A, B, C (a letter means nothing without them), then a labelled
    space for each letter with nothing written in it (no answer on a pupil's sheet)."""
    lesson = yaml.safe_load((CONTENT / f"{audience}.yml").read_text(encoding="utf-8"))
    expected: dict[int, list[tuple[str, dict]]] = {}
    for n, cycle in enumerate(lesson["cycles"], 1):
        checks = cycle.get("checks", [])
        named = [(f"Check {i} of {len(checks)}" if len(checks) > 1 else "Quick check", c)
                 for i, c in enumerate(checks, 1) if c.get("private")]
        if named:
            expected[n] = named
    found = _private_lines(built_packs, audience)
    assert set(found) == set(expected), found
    for n, named in expected.items():
        if len(named) > 1:
            # A pair (KS4's Part 3): labelled spaces only; the questions and options are on
            # the slides (printed, they pushed the sheet to a fifth side).
            fields = [f.strip() for line in found[n] for f in line.split("\t") if f.strip()]
            assert [f.split(" (private)")[0] for f in fields] == [nm for nm, _ in named], fields
            assert all(f.lower().endswith("a, b or c") for f in fields), fields
            continue
        asked = [line for line in found[n] if "(private)" in line]
        spaces = [line for line in found[n] if "(private)" not in line]
        assert len(asked) == len(named), found[n]
        for line, (name, check) in zip(asked, named, strict=True):
            question, *options = line.split("\n")
            assert question.startswith(f"{name} (private): "), line
            assert " ".join(check["question"].split())[:20] in typographic(question) or \
                typographic(" ".join(check["question"].split()))[:20] in question, line
            # Lettered as the slide letters them (QuizQuestion.arranged), not as written.
            shown = QuizQuestion.model_validate(check).arranged[0]
            assert options == [f"{letter}\t{typographic(text)}" for letter, text
                               in zip("ABC", shown, strict=False)], options
        fields = [f.strip() for line in spaces for f in line.split("\t") if f.strip()]
        # Each check's label, then only ruled space (tab leaders): never a letter written in.
        assert [f.split(":")[0] for f in fields] == [name for name, _ in named], fields
        assert all(f.lower().endswith("a, b or c") for f in fields), fields


def test_no_private_place_without_a_private_check(built_packs: Path) -> None:
    for audience in ("ks3",):
        assert not _checks(audience) or not any(c.get("private") for c in _checks(audience))
        assert _private_lines(built_packs, audience) == {}
