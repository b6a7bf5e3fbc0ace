"""Two KS2 lines a safeguarding lead re-read.

"Good attention gives and wants nothing back." was read aloud as a broken sentence, and
"gives" sat beside red flags that offer rewards. Zainab's model answer reported a stranger's
gift-for-her-school comment to CEOP in the words "a stranger" (the packs avoid stranger
danger) and did not say the school's DSL decides what follows; its dad took her name out of
the title and carried on streaming her, a ten-year-old, in public, in the lesson that teaches
"Going live to the public is not for your age"."""

from __future__ import annotations

from lessonpack.content.model import Audience
from lessons import lesson_for


def test_the_remember_line_is_a_whole_sentence() -> None:
    first = lesson_for(Audience.KS2).key_messages[0]
    assert first.startswith("Good attention is kind and wants nothing back."), first
    assert "gives and wants" not in first


def test_zainab_s_dad_reports_to_ceop_and_the_dsl_decides() -> None:
    cycle = next(c for c in lesson_for(Audience.KS2).cycles if "Zainab" in c.notes)
    answer = " ".join(cycle.notes.split("Model answer:")[1].split())
    assert "reports it to CEOP too" in answer
    assert "stranger" not in answer
    assert "whose DSL decides what else is needed" in answer


def test_zainab_s_dad_stops_streaming_her_in_public() -> None:
    cycle = next(c for c in lesson_for(Audience.KS2).cycles if "Zainab" in c.notes)
    answer = " ".join(cycle.notes.split("Model answer:")[1].split())
    assert "He stops streaming her in public (family only, comments off)" in answer
    # Family only is not one choice among others: "family only, or comments off" left a
    # public stream with comments off.
    assert "family only, with comments off, is safer" in " ".join(cycle.notes.split())
    assert "takes her name out of the title" not in answer
