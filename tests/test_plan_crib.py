"""The lesson plan's crib: page one carries the running sheet and the answers, so a teacher
can teach from one sheet (plan/plan_crib.py); each story is read aloud from the step table,
in the step that reads it (plan/lesson_steps.py)."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.lesson_steps import GROUND_RULES
from lessonpack.plan.model import Heading, Paragraph, StepTable


def _plan(ks: str) -> tuple[list[object], object]:
    index = load()
    lesson = index.items[f"live-streaming-{ks}"].item
    return list(plan_lesson_plan(lesson, index.facts, DEFAULT_BRAND).blocks), lesson


def _crib(ks: str) -> tuple[list[object], object]:
    blocks, lesson = _plan(ks)
    # The crib: the overview, to the ground rules that follow it.
    end = next(i for i, b in enumerate(blocks)
               if isinstance(b, Heading) and b.text == GROUND_RULES)
    return blocks[:end], lesson


@pytest.mark.parametrize("ks", ["ks1", "ks2", "ks3", "ks4"])
def test_the_crib_comes_first_with_the_answers(ks: str) -> None:
    crib, lesson = _crib(ks)
    headings = [b.text for b in crib if isinstance(b, Heading)]
    assert headings[0] == "Running sheet"
    assert headings[-1].startswith("The answers")
    said = {b.label: b.text for b in crib if isinstance(b, Paragraph)}
    for n, cycle in enumerate(lesson.cycles, 1):
        if cycle.checks:
            assert f"Part {n} check:" in said
    exit_answers = said["Exit quiz:"]
    for q_n, q in enumerate(lesson.exit_quiz, 1):
        _, right = q.arranged
        # One finger, two fingers: the count agrees with its number.
        fingers = "finger" if right == 0 else "fingers"
        mark = f"{right + 1} {fingers}" if not lesson.readers else chr(65 + right)
        assert f"Q{q_n} {mark} (" in exit_answers
    votes = said["Starter and plenary statements:"].split(" · ")
    assert len(votes) == len(lesson.starter.statements)


def test_children_who_cannot_read_answer_with_fingers_and_readers_by_letter() -> None:
    ks1, _ = _crib("ks1")
    ks2, _ = _crib("ks2")
    text1 = " ".join(b.text for b in ks1 if isinstance(b, Paragraph))
    text2 = " ".join(b.text for b in ks2 if isinstance(b, Paragraph))
    assert "finger" in text1 and "1 yes" in text1 and "1 fingers" not in text1
    assert "finger" not in text2 and "1 disagree" in text2


def test_a_long_answer_is_cut_at_a_word_with_a_mark() -> None:
    from lessonpack.plan.plan_crib import ANSWER_CHARS, _gist

    long = "Tell a trusted adult and report it to the app as well, tonight."
    cut = _gist(long)
    assert cut.endswith("…") and len(cut) <= ANSWER_CHARS + 1
    assert long.startswith(cut[:-1]) and not cut[:-1].endswith(" ")
    assert _gist("Show Mum.") == "Show Mum"


def test_a_cut_answer_never_ends_on_a_little_word() -> None:
    """Cut after "or gender, a" or "a reason to", the gist reads as broken off: the cut
    goes back to the last word that carries meaning."""
    from lessonpack.plan.plan_crib import _gist

    assert _gist("Someone of any age or gender, a stranger or someone known.") == \
        "Someone of any age or gender…"
    assert _gist("Any one of them is a reason to pause, in any order.") == \
        "Any one of them is a reason…"
    assert _gist("No one else can see it, so nobody can notice.") == "No one else can see it…"


@pytest.mark.parametrize("ks", ["ks1", "ks2", "ks3", "ks4"])
def test_each_story_is_read_aloud_once_in_its_part(ks: str) -> None:
    """Each story in its own part's stage of the step table, set apart as read aloud, and
    not printed a second time on page one."""
    blocks, lesson = _plan(ks)
    crib, _ = _crib(ks)
    table = next(b for b in blocks if isinstance(b, StepTable))
    for n, cycle in enumerate(lesson.cycles, 1):
        if not cycle.scenario:
            continue
        stage = table.stages[n]  # the starter first
        who = cycle.scenario.character
        if cycle.scenario.ending_before:  # the last story's ending is read first (KS3's Kai)
            last = lesson.cycles[n - 2].scenario
            assert last is not None
            who = f"{last.character}'s ending, then {who}"
        read = [line for row in stage.rows for line in row.lines
                if line.label == f"Read aloud ({who}):"]
        assert len(read) == 1 and read[0].kind == "say", (ks, n)
        assert read[0].text.startswith(cycle.scenario.read_aloud[:40])
        others = [b for b in crib if isinstance(b, Paragraph)
                  and cycle.scenario.read_aloud[:40] in b.text]
        assert not others, (ks, n)
