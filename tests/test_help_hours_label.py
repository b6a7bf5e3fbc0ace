"""A school service in the safeguarding lead's own room, on the help slide beside the lead's
card: its hours said as hours ("Open 8.15am to 4pm"), never after a "where" label ("Where
the safeguarding lead is: 8.15am to 4pm" read as the hours the lead exists, under the
heading of another service), and what the service is for on its card, not only in the
notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.content.brand import load_brand
from lessonpack.plan.school_places import lead_s_place

ROOT = Path(__file__).resolve().parents[1]
RIVERSIDE = ROOT / "examples" / "brands" / "riverside-academy" / "brand.yml"

# A "where" label ("Where …:") with a time after it.
_WHERE_BEFORE_TIME = re.compile(r"\bwhere\b[^:\n]*:[^\n]*?\d\s*(?:[ap]\.?m\b|:\d\d)",
                                re.IGNORECASE)


def test_the_check_finds_a_where_label_before_a_time() -> None:
    assert _WHERE_BEFORE_TIME.search("Where the safeguarding lead is: 8.15am to 4pm")
    assert not _WHERE_BEFORE_TIME.search("Open 8.15am to 4pm")


def test_hours_after_the_lead_s_room_are_said_as_hours() -> None:
    brand = load_brand(RIVERSIDE).brand
    assert lead_s_place("Student Services, room G14 (8.15am to 4pm)", brand) \
        == "Open 8.15am to 4pm"
    assert lead_s_place("Student Services, room G14, 24 hours", brand) == "Open 24 hours"
    # The room alone: the card says it is where the lead is, with no time after the label.
    assert lead_s_place("Student Services, room G14", brand) == "Where the safeguarding lead is"
    # Anything but hours after the room, or another room: kept as the file words it.
    assert lead_s_place("Student Services, room G14, ask at the desk", brand) \
        == "Student Services, room G14, ask at the desk"
    assert lead_s_place("Library, 8am to 5pm", brand) == "Library, 8am to 5pm"


@pytest.fixture(scope="module")
def riverside_decks(riverside_all: Path) -> Path:
    """Riverside's KS3 and KS4 decks: conftest's session build of its --all."""
    return riverside_all


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_the_school_s_service_card_says_what_it_is_for_and_when(riverside_decks: Path,
                                                                audience: str) -> None:
    deck = riverside_decks / f"live-streaming-{audience}" / f"live-streaming-{audience}-slides.pptx"
    cards = []
    for slide in Presentation(str(deck)).slides:
        texts = {sh.name: sh.text_frame.text for sh in slide.shapes if sh.has_text_frame}
        for name, text in texts.items():
            assert not _WHERE_BEFORE_TIME.search(text), (name, text)
            if name.endswith(" heading") and text.strip() == "Riverside Student Support":
                card = name.removesuffix(" heading")
                cards.append((texts.get(f"{card} text", ""), texts.get(f"{card} contact", "")))
    assert cards, "no Student Support card on the help slides"
    for what, when in cards:
        assert what.startswith("Talk to a trained adult in school"), what
        assert when == "Open 8.15am to 4pm", when
