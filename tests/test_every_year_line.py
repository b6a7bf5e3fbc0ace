"""The default plan's page-one line for a plan serving every year group is the lesson's own
words (content), with the years it serves filled in: wording a DSL or PSHE lead signs off
lives beside the lesson, not in Python."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.model import Lesson
from lessonpack.plan.class_fit import serves_every_year


def _ks2() -> Lesson:
    item = load(()).items["live-streaming-ks2"].item
    assert isinstance(item, Lesson)
    return item


def test_the_line_is_the_lessons_own_with_its_years_filled_in() -> None:
    from lessonpack.content.brand import DEFAULT_BRAND

    lesson = _ks2()
    assert lesson.every_year_line is not None and "{years}" in lesson.every_year_line
    # Its slides' stories said too, as the deck's first slide says them.
    assert serves_every_year(lesson, DEFAULT_BRAND) == (
        "Ready to teach to any class in Years 3\u20136; its slides tell the "
        "Years 3\u20134 stories.")
    # Reworded in content, the plan says the new words.
    reworded = lesson.model_copy(update={"every_year_line": "Ask for your class's own ({years})."})
    assert serves_every_year(reworded, DEFAULT_BRAND) == (
        "Ask for your class's own (Years 3\u20136); its slides tell the Years 3\u20134 stories.")
    # No line in content: no line on the plan (the command is never printed instead).
    assert serves_every_year(lesson.model_copy(update={"every_year_line": None}),
                             DEFAULT_BRAND) == ""


@pytest.mark.parametrize("line", ["Ask for your own version.", "Serves {years} and {class}.",
                                  "Serves {years} {years}."])
def test_a_line_without_its_one_name_is_refused(line: str) -> None:
    data = _ks2().model_dump(mode="json", exclude_unset=True)
    data["every_year_line"] = line
    with pytest.raises(ValidationError, match="every_year_line"):
        Lesson.model_validate(data)


def test_a_deck_for_every_year_says_whose_stories_it_tells() -> None:
    """The composite deck tells the Years 3–4 stories (a nine-year-old's): its Draft strip
    and hidden slide say so, and how a Years 5–6 class gets its own; a class's deck, no."""
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.class_fit import deck_years

    strip, line = deck_years(_ks2(), DEFAULT_BRAND)
    assert strip == "Years 3\u20134 stories (Years 5\u20136 too: see the plan)."
    assert line == ("This deck tells the Years 3\u20134 stories; Years 5\u20136 are taught "
                    "them too, as the plan says. A Years 5\u20136 deck, with stories at their "
                    "age, can be built by whoever made this pack."), line
    # A teacher reads it: no command-line words (the build's note tells the builder).
    assert "--class" not in line, line
    for year in ("Year 4", "Year 6"):
        named = DEFAULT_BRAND.model_copy(update={"class_name": year})
        assert deck_years(_ks2(), named) == ("", ""), year
