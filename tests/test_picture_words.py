"""A topic's picture words are its content (``picture-words.yml`` beside its lessons,
content/picture_words.py), never code: a second topic (tests/topics/garden-games) builds with
none of its words in a planner, its own words pick its pictures, without the file no word picks
one, and a mistake in the file is one positioned line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.loader import LoadedItem, load_content
from lessonpack.kinds.cards import CardsSlide
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.model import DeckPlan
from lessonpack.plan.pack import plan_pack

TOPIC = Path(__file__).resolve().parent / "topics" / "garden-games"
ITEM = "garden-games-ks1"


def _deck(content: Path) -> DeckPlan:
    index = load_content([content])
    (deck,) = plan_pack(index.items[ITEM].item, index.facts, DEFAULT_BRAND, index.pictures).decks
    return deck


def _rule_pictures(deck: DeckPlan, rules: list[str]) -> dict[str, str | None]:
    """Each ground rule's card on the slides, with its picture's name."""
    return {card.heading: card.picture.name if card.picture else None
            for slide in deck.slides if isinstance(slide.payload, CardsSlide)
            for card in slide.payload.cards if card.heading in rules}


def _rules() -> list[str]:
    index = load_content([TOPIC])
    return list(index.items[ITEM].item.safeguarding.ground_rules)


def test_a_topics_own_words_pick_its_pictures() -> None:
    assert _rule_pictures(_deck(TOPIC), _rules()) == {
        "We take turns.": "people", "We help each other.": "helping-hand",
        "You can pass.": "raised-hand", "Worried? Tell a grown-up.": "worried"}


def test_without_picture_words_no_word_picks_a_picture(tmp_path: Path) -> None:
    # The same lesson in a folder without the file: the live-streaming topic's words (which
    # picture a "pass" or a "grown-up" gets there) are not read for another topic.
    shutil.copy(TOPIC / "ks1.yml", tmp_path / "ks1.yml")
    deck = _deck(tmp_path)
    assert set(_rule_pictures(deck, _rules()).values()) == {None}
    questions = [s.payload.question for s in deck.slides if isinstance(s.payload, QuestionSlide)]
    assert questions and all(q.pictures == () for q in questions)
    # Pictures the content names itself are still drawn (the key words name theirs).
    assert any(isinstance(s.payload, CardsSlide) and any(c.picture for c in s.payload.cards)
               for s in deck.slides)


def test_validate_says_which_items_get_no_picture(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A content author hears of it (LP156, a warning): each rule by its place."""
    shutil.copy(TOPIC / "ks1.yml", tmp_path / "ks1.yml")
    assert main(["validate", "--content", str(tmp_path)]) == 0
    warned = [x for x in capsys.readouterr().err.splitlines() if "warning[LP156]" in x]
    assert any("safeguarding.ground_rules[0]: no picture for the rule 'We take turns.'" in x
               for x in warned), warned


def test_the_second_topic_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "-t", "garden-games", "-k", "ks1", "--content", str(TOPIC.parent),
                 "--out", str(out), "-f", "pptx", "--quiet"]) == 0, capsys.readouterr().err
    deck = Presentation(str(out / ITEM / f"{ITEM}-slides.pptx"))
    alts = {sh._element.nvPicPr.cNvPr.get("descr") for s in deck.slides for sh in s.shapes
            if sh.shape_type == 13}
    assert "Sam the rabbit" in alts


@pytest.mark.parametrize(("text", "expected"), [
    ("word:\n  - {match: 'x', picture: people}\n",
     ":1:1: error[LP102] word: unknown field 'word'; did you mean 'words'?"),
    ("words:\n  - {match: 'x', picture: peple}\n",
     ":2:27: error[LP113] words[0].picture: no picture called 'peple'; did you mean people"),
    ("words:\n  - {match: 'x', picture: people}\n  - {match: 'a(b', picture: people}\n",
     ":3:6: error[LP102] words[1].match: not a regular expression"),
])
def test_a_mistake_in_picture_words_is_one_line(tmp_path: Path, text: str, expected: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(TOPIC / "ks1.yml", tmp_path / "ks1.yml")
    (tmp_path / "picture-words.yml").write_text(text, encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path)]) == 1
    lines = [x for x in capsys.readouterr().err.splitlines() if "error[" in x]
    assert len(lines) == 1 and "picture-words.yml" + expected in lines[0], lines


def test_a_schools_copy_of_our_lesson_keeps_its_topics_words(tmp_path: Path) -> None:
    """A school's copy of one of our lessons in ``--content`` (to change a line), in a folder
    without picture-words.yml, replaces ours and keeps our topic's words: its streams still
    draw their rooms of clues, so the close-up and clues-circled slides stay in its deck."""
    ours = Path(__file__).resolve().parents[1] / "content" / "live-streaming" / "ks3.yml"
    (tmp_path / "live-streaming").mkdir()
    shutil.copy(ours, tmp_path / "live-streaming" / "ks3.yml")
    index, builtin = load_content([tmp_path]), load_content()
    copy, original = index.items["live-streaming-ks3"], builtin.items["live-streaming-ks3"]
    assert copy.path.parent == tmp_path / "live-streaming"
    assert copy.item.picture_words == original.item.picture_words

    def titles(loaded: LoadedItem) -> list[str]:
        (deck,) = plan_pack(loaded.item, index.facts, DEFAULT_BRAND, index.pictures).decks
        return [s.title for s in deck.slides]

    assert titles(copy) == titles(original)
    assert any("close up" in t for t in titles(copy))
