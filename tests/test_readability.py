"""lessonpack's own Coleman–Liau count (content/lint/readability.py) gives exactly textstat's
grade and word count: on every group of text validate grades in the built-in lessons and the
test topic, and on text built to trip the counting (contractions, quotes, dashes, digits,
accents, two-word "sentences")."""

from __future__ import annotations

import pytest

from conftest import GARDEN_GAMES
from lessonpack import api
from lessonpack.content.lint.readability import as_prose, grade, groups

textstat = pytest.importorskip("textstat")

TRICKY = ["", "Stop.", "Stop. Tell. Save. Report.", "Don't tell 'em — it's Kai's.",
          "A b. C d e f g!? 3 cats, 12 dogs… ok", "Zoë's café—naïve résumé.",
          "'quoted' words' end", "x_y-z and_so-on. Well, yes.", "Year 4: 8–10-year-olds (37%)."]


def _texts() -> list[str]:
    index = api.load([GARDEN_GAMES.parent])
    return [as_prose(text for _, text in group.fields)
            for loaded in index.items.values() for group in groups(loaded)]


def test_the_grades_of_every_built_in_group_are_textstats() -> None:
    texts = _texts()
    assert len(texts) >= 20
    for text in texts:
        assert grade(text) == (textstat.coleman_liau_index(text),
                               textstat.lexicon_count(text)), text[:60]


@pytest.mark.parametrize("text", TRICKY)
def test_text_built_to_trip_the_counts_gets_textstats_grade(text: str) -> None:
    assert grade(text) == (textstat.coleman_liau_index(text), textstat.lexicon_count(text))


def test_the_linter_no_longer_imports_textstat() -> None:
    import subprocess
    import sys

    code = ("import sys; from lessonpack.content.lint import readability; "
            "readability.grade('Stop, tell and save. It is not your fault.'); "
            "print(sorted(m for m in ('textstat', 'nltk') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip() == "[]"
