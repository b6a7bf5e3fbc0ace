"""Every part of the parents' session opens the same way: straight on its content, its part
number in the kicker. Three of seven parts with a full-screen divider (the sentence a part
comes down to, set large) broke the rhythm. That sentence is now the presenter's cue in the
part's first notes. Built for real and read back, in the default look and on the trainer's
template."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from built_decks import built_deck
from lessonpack.api import load


def _statements() -> dict[str, str]:
    session = load().items["live-streaming-parents"].item
    return {s.title: s.statement for s in session.sections if s.statement}


def _plain(text: str) -> str:
    """Text as written in the content: line breaks as spaces, apostrophes straight."""
    return " ".join(text.replace("\v", " ").split()).replace("\u2019", "'")


@pytest.mark.parametrize("look", ["default", "brightpath"])
def test_every_part_opens_on_its_content_its_sentence_in_the_notes(
        built_packs: Path, brightpath_at_ashgrove: Path, look: str) -> None:
    deck = built_deck(built_packs if look == "default" else brightpath_at_ashgrove, "parents")
    statements = _statements()
    assert len(statements) >= 3
    firsts: dict[int, object] = {}
    for slide in deck.slides:
        kicker = next((sh.text_frame.text for sh in slide.shapes if sh.has_text_frame
                       and re.match(r"(?i)part \d+", sh.text_frame.text.strip())), "")
        found = re.match(r"(?i)part (\d+)", kicker.strip())
        if found:
            firsts.setdefault(int(found.group(1)), slide)
            # No divider: no slide of a part is titled with the part's sentence alone.
            title = _plain(slide.shapes.title.text_frame.text) if slide.shapes.title else ""
            assert title not in {_plain(s) for s in statements.values()}, kicker
    assert sorted(firsts) == list(range(1, len(firsts) + 1)) and len(firsts) >= 6
    notes = [_plain(s.notes_slide.notes_text_frame.text)  # type: ignore[attr-defined]
             for s in firsts.values()]
    for statement in statements.values():
        assert any(_plain(statement) in n for n in notes), statement
