"""The KS3 plan's checklist says Report Remove's words as a teacher uses them.

It read as build talk ("a pack made for one Year 8 or 9 class says 'nude'"): a Year 8
teacher could not tell which pack they held. It now gives each year's words, where to see
which this pack prints, and what the teacher may say."""

from __future__ import annotations

from lessonpack.content.model import Audience
from lessons import lesson_for


def _line() -> str:
    checks = lesson_for(Audience.KS3).safeguarding.checklist
    texts = [c if isinstance(c, str) else c.text for c in checks]
    return next(t for t in texts if t.startswith("Report Remove"))


def test_each_year_s_words_and_what_the_teacher_may_say() -> None:
    line = _line()
    assert "'a private picture of you' for Year 7" in line
    assert "for Years 8–9" in line and "you may say 'nude'" in line
    assert "DSL" in line


def test_no_build_talk() -> None:
    line = _line().lower()
    for words in ("pack made for", "built for", "build"):
        assert words not in line, words
