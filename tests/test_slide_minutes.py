"""Each deck's per-slide minutes add up to the lesson's length, once each.

A slide's minutes are the steps its notes time ("Task (6 min):", "Welcome (5 min):"); a part
whose slides time no step of their own is timed by its clock line ("Section 0:05–0:12
(7 min; …)") alone. A task shown on two slides is timed on its first: the second says it
continues (a 6-min task on two slides read as 12 minutes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from conftest import ROOT

# Built looks reached through request.getfixturevalue, which the conftest's marking
# cannot see: these build whole packs, so they stay out of the unit loop.
pytestmark = pytest.mark.integration

_STEP = re.compile(r"^[A-Z][^:\n]{0,60}?\((\d+) min[^)]*\):")
_CLOCK = re.compile(r"^Section \d+:\d\d–\d+:\d\d \((\d+) min")
_THIS = re.compile(r"^This slide: (\d+) min")
# A cue timed inside a step ("Ask (1 min):" in "Task (6 min)") that starts its own line after
# a year group's route or a second adult's job (render/notes_cues): the step's minutes.
_ASIDE = re.compile(r"Second adult|Years? \d")
_CUE = re.compile(r"(?:Do|Say|Ask|Then ask|If asked) \(")


def _notes_lines(path: Path) -> list[list[str]]:
    return [[p.text for p in s.notes_slide.notes_text_frame.paragraphs]
            if s.has_notes_slide else [] for s in Presentation(str(path)).slides]


def slide_minutes(path: Path) -> tuple[list[int], list[tuple[int, int, int]]]:
    """Each slide's timed minutes, and each part as (its clock's minutes, the minutes its
    slides time, its first slide's index)."""
    per_slide, parts = [], []
    for i, lines in enumerate(_notes_lines(path)):
        minutes = 0
        for before, line in zip(["", *lines], lines, strict=False):
            clock = _CLOCK.match(line)
            if clock:
                parts.append([int(clock[1]), 0, i])
            timed = _STEP.match(line) or _THIS.match(line)
            if timed and not (_ASIDE.match(before) and _CUE.match(line)):
                minutes += int(timed[1])
        per_slide.append(minutes)
        if parts:
            parts[-1][1] += minutes
    return per_slide, [tuple(p) for p in parts]  # type: ignore[misc]


def _duration(deck: Path) -> int:
    audience = deck.parent.name.removeprefix("live-streaming-")
    content = yaml.safe_load((ROOT / "content/live-streaming" / f"{audience}.yml").read_text())
    return int(content["duration_minutes"])


def _decks(root: Path) -> list[Path]:
    return sorted(root.glob("*/*-slides.pptx"))


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_per_slide_minutes_sum_to_the_lesson(look: str, request: pytest.FixtureRequest) -> None:
    decks = _decks(request.getfixturevalue(look))
    assert len(decks) >= 3
    for deck in decks:
        per_slide, parts = slide_minutes(deck)
        total = sum(per_slide)
        for n, (clock, timed, first) in enumerate(parts):
            if timed == 0:  # a part with no timed step of its own: its clock times it
                total += clock
            elif n > 0:  # (the first part's clock may take in the ground rules before it)
                assert timed == clock, f"{deck.name}: part from slide {first + 1}: {timed} min"
        assert total == _duration(deck), f"{deck.name}: slides time {total} min"


def test_a_task_on_two_slides_is_timed_once(ks2_pack: Path) -> None:
    deck = next(ks2_pack.glob("*-slides.pptx"))
    lines = _notes_lines(deck)
    task_slides = [i for i, notes in enumerate(lines)
                   if any(n.startswith("Task (") for n in notes)]
    assert task_slides
    for i in task_slides:
        after = lines[i + 1]
        # The next slide of the same task times nothing and says it continues.
        if any("task continues" in n for n in after):
            assert not any(_STEP.match(n) or _THIS.match(n) for n in after)
    assert any(any("task continues" in n for n in notes) for notes in lines)
