"""Every layer parts a card's words into sentences the same way: the validator accepts
``keep_with_first`` as whole sentences, the planner marks kept sentences by their place and
the renderer reads those places back, so one split (content/sentences.py) serves them all."""

from __future__ import annotations

import re
from pathlib import Path

from lessonpack.content.sentences import first_sentence, sentences
from lessonpack.plan import help_signposts
from lessonpack.plan.deck import help as deck_help
from lessons import content_index

SRC = Path(__file__).resolve().parents[1] / "src" / "lessonpack"
HOME = SRC / "content" / "sentences.py"
# A private copy of the rule: a look-behind for a sentence's closing mark.
_COPY = re.compile(r"\(\?<=\[[.!?]{3}\]\)")


def _texts() -> list[str]:
    return [t for h in content_index().facts.helplines
            for t in (h.what_for, h.child_friendly, h.young_people) if t]


def test_no_module_but_one_keeps_its_own_sentence_split() -> None:
    copies = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
              if p != HOME and _COPY.search(p.read_text(encoding="utf-8"))]
    assert copies == []


def test_the_split_parts_at_each_closing_mark_and_space() -> None:
    assert sentences("  Free, any time.  Not anonymous! Ask? ") == \
        ["Free, any time.", "Not anonymous!", "Ask?"]
    assert sentences("") == [""]
    assert first_sentence("One line, no stop") == "One line, no stop"


def test_a_number_after_a_full_stop_starts_a_sentence_for_every_caller() -> None:
    text = "Open 24 hours. 0800 1111"
    assert deck_help.first_sentence(text) == "Open 24 hours."
    assert deck_help.few_words("Ring us.  Any time") == "Ring us."


def test_planner_and_validator_count_every_facts_sentence_in_the_same_places() -> None:
    texts = _texts()
    assert texts
    for text in texts:
        said = sentences(text)
        marked = help_signposts.with_first(text, said)
        assert [n for n, _keep in marked] == list(range(len(said))), text
        assert said[0] == deck_help.first_sentence(text)


def test_every_facts_keep_with_first_is_a_sentence_the_planner_marks() -> None:
    for h in content_index().facts.helplines:
        for text in (h.what_for, h.child_friendly, h.young_people):
            marked = {sentences(text)[n]
                      for n, _keep in help_signposts.with_first(text, h.keep_with_first)}
            assert marked == {s for s in h.keep_with_first if s in sentences(text)}, h.id
