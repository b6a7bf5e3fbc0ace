"""Checks on blame, or on what should happen to a young person who was tricked, are answered
privately (``private: true``): written on the worksheet, never shown with fingers or hands, so
no pupil sees classmates put a tricked child at fault (the starters forbid a public vote on
blame). Other checks keep the quick show of fingers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content" / "live-streaming"


def _checks(audience: str) -> list[dict]:
    lesson = yaml.safe_load((CONTENT / f"{audience}.yml").read_text(encoding="utf-8"))
    return [c for cycle in lesson["cycles"] for c in cycle.get("checks", [])]


def _slides(built_packs: Path, audience: str) -> list[tuple[str, str]]:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            f"live-streaming-{audience}-slides.pptx"))
    out = []
    for slide in deck.slides:
        words = " ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
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
        question = " ".join(check["question"].split())
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
    assert blame["question"].endswith("Who is to blame?")
