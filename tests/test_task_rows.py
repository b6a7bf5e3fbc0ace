"""Rows of words on "Check your work", "Big ideas" and task slides sized to their words, and
the timer of a task beside a message drawn in its panel."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from built_decks import built_deck

PAD = 0.15 * 914400  # the least space above and below a row's words


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_check_rows_keep_their_words_off_the_edges(built_packs: Path, audience: str) -> None:
    seen = 0
    for slide in built_deck(built_packs, audience).slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        for n in range(1, 10):
            row, words = shapes.get(f"Check {n}"), shapes.get(f"Check {n} text")
            if row is None or words is None:
                break
            seen += 1
            assert words.top - row.top >= PAD - 1, (audience, n)
            assert row.top + row.height - (words.top + words.height) >= PAD - 1, (audience, n)
    assert seen >= 6, audience


def test_a_two_line_check_row_is_taller_than_a_one_line_one(long_question_packs: Path) -> None:
    """Bars sized to their words, not one fixed height: every one-line bar shorter than
    every two-line bar on its slide (the tests' "Check your work: Amara's reply" has three
    short rows of one line and one of two)."""
    from lessonpack.check.measure import count_lines, text_width

    def bolder(label: Any, font: str, size: float) -> float:
        """Points a row's bold lead adds to its first line: the row is measured in its width
        less that (rows.text_rows)."""
        lead = "".join(r.text for r in label.text_frame.paragraphs[0].runs if r.font.bold)
        return text_width(lead, font, size, True) - text_width(lead, font, size) if lead else 0.0

    found = []
    for slide in built_deck(long_question_packs, "ks4").slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        rows = [(shapes[f"Check {n}"], shapes[f"Check {n} text"]) for n in range(1, 10)
                if f"Check {n} text" in shapes]
        if len(rows) < 2:
            continue
        size = rows[0][1].text_frame.paragraphs[0].runs[0].font.size.pt
        font = rows[0][1].text_frame.paragraphs[0].runs[0].font.name or "Arial"
        lines = [count_lines(t.text_frame.text, font, size,
                             t.width / 12700 - bolder(t, font, size)) for _r, t in rows]
        if len(set(lines)) > 1:
            found.append(slide.shapes.title.text)
            one = max(r.height for (r, _t), n in zip(rows, lines, strict=True) if n == min(lines))
            two = min(r.height for (r, _t), n in zip(rows, lines, strict=True) if n == max(lines))
            assert two > one, slide.shapes.title.text
    assert any("Amara" in title for title in found), found


def test_a_reply_task_has_the_tall_timer_tile_and_the_message_on_the_right(
        built_packs: Path) -> None:
    """A message to reply to is set like every other "Your turn" slide: the tall timer tile
    on the left, as tall as the numbered steps beside it, and the message card on the right
    (not a timer strip over a narrow panel); the question about it on the next slide."""
    deck = built_deck(built_packs, "ks4")
    # The reply task: a message and the numbered steps. (The question after it may show a
    # message too, Nia's chat message, with its question card and no steps.)
    slides = [s for s in deck.slides if {"Message bubble", "Task step 1"}
              <= {sh.name for sh in s.shapes}]
    assert slides
    # The other tasks' tiles: KS4's sorts are a slide of rows alone (their steps on the
    # sheet), so KS3's tasks with steps on screen too.
    others = [*deck.slides, *built_deck(built_packs, "ks3").slides]
    tiles = [{sh.name: sh for sh in s.shapes}["Task panel"] for s in others
             if any(sh.name == "Task panel" for sh in s.shapes)
             and not any(sh.name == "Message bubble" for sh in s.shapes)]
    assert tiles
    order = list(deck.slides)
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        assert "Task timer tile" not in shapes
        tile, disc = shapes["Task panel"], shapes["Task clock disc"]
        assert tile.width == tiles[0].width  # the same tile as the other tasks'
        assert tile.left < disc.left and disc.left + disc.width < tile.left + tile.width
        steps = [sh for name, sh in shapes.items() if re.fullmatch(r"Task step \d+", name)]
        assert steps and min(s.left for s in steps) > tile.left + tile.width
        assert tile.top <= min(s.top for s in steps)
        assert max(s.top + s.height for s in steps) <= tile.top + tile.height
        screen = shapes["Message screen"]
        assert screen.left > max(s.left + s.width for s in steps)
        # The task dominant: its steps wider than the message and set no smaller than it.
        assert min(s.width for s in steps) > screen.width
        step_pt = min(r.font.size.pt for name, sh in shapes.items()
                      if re.fullmatch(r"Task step \d+ text", name)
                      for p in sh.text_frame.paragraphs for r in p.runs if r.font.size)
        message_pt = max(r.font.size.pt for p in shapes["Message text"].text_frame.paragraphs
                         for r in p.runs if r.font.size)
        assert step_pt >= message_pt, (step_pt, message_pt)
        # The question after the message is the next slide's, on its own card (on the
        # message's slide it made four things to read at once).
        assert "Task then" not in shapes and "Task question 1" not in shapes
        after = {sh.name: sh for sh in order[order.index(slide) + 1].shapes}
        assert after["Task question 1 text"].text_frame.text.strip()


def test_table_questions_alone_on_a_slide_are_set_larger_than_under_a_story(
        built_packs: Path) -> None:
    """Parents' "Talk about it" questions have the slide to themselves: set above the body
    size, not evened down to the questions under a story (one 21 pt line on a 2.3 in card
    read as a half-empty box)."""
    from lessonpack.kinds.look import LOOKS

    alone, under = set(), set()
    for slide in built_deck(built_packs, "parents").slides:
        names = [sh.name for sh in slide.shapes]
        sizes = {r.font.size.pt for sh in slide.shapes
                 if re.fullmatch(r"Task question \d+ text", sh.name)
                 for p in sh.text_frame.paragraphs for r in p.runs if r.font.size}
        (under if "Story card" in names else alone).update(sizes)
    assert alone and under
    assert min(alone) > LOOKS["parents"].body_pt and min(alone) > max(under), (alone, under)
