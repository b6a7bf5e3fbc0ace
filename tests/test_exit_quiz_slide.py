"""The back half of a pupil deck: the readers' exit quiz with its options, two questions a
slide (11-16s' too, their longer options still large), and the big ideas and self-checks as
rows across the whole slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.slide import Slide

from built_decks import shown, slides_file
from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.exit_quiz import ExitQuizSlide
from lessonpack.kinds.idea_cards import IdeaCardsSlide
from lessonpack.kinds.quiz_answers import AnswersSlide
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.pack import plan_pack

READERS = ("ks2", "ks3", "ks4")


def _planned(built: Path, audience: str) -> tuple[list[tuple[Slide, object]], object]:
    """Each shown slide beside its planned payload, and the lesson it was planned from."""
    index = load()
    item = index.items[f"live-streaming-{audience}"].item
    (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    path = built / f"live-streaming-{audience}" / slides_file(audience)
    deck = shown(Presentation(str(path)).slides)
    planned = [spec.payload for spec in plan.slides if not spec.hidden]
    assert len(deck) == len(planned), audience
    return list(zip(deck, planned, strict=True)), item


def _plain(text: str) -> str:
    """Words as compared: spaces closed up, typographic quotes as typed ones."""
    return " ".join(text.split()).translate(str.maketrans("‘’“”", "''\"\""))


def _words(slide: Slide) -> str:
    return " ".join(_plain(sh.text_frame.text) for sh in slide.shapes if sh.has_text_frame)


@pytest.mark.parametrize("audience", READERS)
def test_the_exit_quiz_shows_each_question_with_its_lettered_options(
        built_packs: Path, audience: str) -> None:
    """Two questions a slide (11-16s' too: one a slide left four half-empty slides), each
    with its options on lettered panels (the teacher reads them aloud from the screen, weaker
    readers follow them), no answer marked until the answers slide after them; 11-16s'
    longer options no smaller than 19 pt in their half of the slide, their questions as
    large, so the back of the room still reads them."""
    slides, lesson = _planned(built_packs, audience)
    quiz = lesson.exit_quiz
    at = [i for i, (_s, p) in enumerate(slides) if isinstance(p, ExitQuizSlide)]
    assert len(at) == -(-len(quiz) // 2), audience
    assert all(len(slides[i][1].questions) == 2 for i in at[:-1]), audience
    sizes = [r.font.size.pt for i in at for sh in slides[i][0].shapes
             if sh.name.startswith("Question") and sh.has_text_frame
             and not sh.name.endswith(("letter", "number"))
             for p in sh.text_frame.paragraphs for r in p.runs]
    assert sizes and min(sizes) >= (19 if audience != "ks2" else 20), (audience, sizes)
    assert at == list(range(at[0], at[0] + len(at))), audience  # one run of slides
    assert "Exit quiz: ring A, B or C" in _words(slides[at[0]][0])
    # Where to ring it, now the title is short enough for one line: the notes say it.
    assert "Pupils answer on their worksheet first" in \
        slides[at[0]][0].notes_slide.notes_text_frame.text, audience
    shown_questions = []
    for i in at:
        slide, payload = slides[i]
        words = _words(slide)
        names = [sh.name for sh in slide.shapes]
        for q in payload.questions:
            shown_questions.append(q.text)
            assert _plain(q.text) in words
            for letter, option in zip("ABC", q.options, strict=False):
                assert _plain(option) in words, (audience, option)
                # Its letter on a disc beside it, on a panel of its own.
                label = f"Question {q.number} option {letter}"
                assert {label, f"{label} letter", f"{label} panel"} <= set(names), names
        # Nothing marks the right answer before the answers slide.
        assert not [n for n in names if "tick" in n.lower()], (audience, names)
    assert shown_questions == [q.question for q in quiz]
    assert isinstance(slides[at[-1] + 1][1], AnswersSlide), audience
    # No one-question-a-slide run is left after it.
    assert not any(isinstance(p, QuestionSlide) for _s, p in slides[at[0]:])
    # The teacher still has every answer in the notes.
    notes = " ".join(_plain(slides[i][0].notes_slide.notes_text_frame.text) for i in at)
    assert all(_plain(q.explanation)[:40] in notes for q in quiz)


@pytest.mark.parametrize("audience", READERS)
def test_the_exit_quiz_panels_are_sized_to_their_words(
        built_packs: Path, audience: str) -> None:
    """No option panel stretched to fill the slide (pale bars with a line in them): each is
    at most the height its words need plus its padding, and its words at 18 pt or more."""
    slides, _lesson = _planned(built_packs, audience)
    for slide, payload in slides:
        if not isinstance(payload, ExitQuizSlide):
            continue
        for shape in slide.shapes:
            if shape.name.endswith(" panel") and " option " in shape.name:
                assert shape.height <= int(1.25 * 914400), (audience, shape.name)
            elif " option " in shape.name and shape.has_text_frame and shape.text_frame.text:
                sizes = {r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs}
                assert min(sizes) >= 18, (audience, shape.name, sizes)


@pytest.mark.parametrize("audience", READERS)
def test_rows_of_big_ideas_and_self_checks_take_the_whole_width(
        built_packs: Path, audience: str) -> None:
    slides, _lesson = _planned(built_packs, audience)
    rows = [(s, p) for s, p in slides if isinstance(p, ChecklistSlide)
            and not p.flow and not p.pictures]
    # The objectives and a self-check (the big ideas are idea cards, the self-checks after a
    # sort its own cards): each drawn as rows.
    titles = [s.shapes.title.text_frame.text for s, _p in rows]
    assert len(rows) >= 2 and any(t.startswith("Check your work") for t in titles), \
        (audience, titles)
    assert len([p for _s, p in slides if isinstance(p, IdeaCardsSlide)]) >= 2, audience
    for slide, _p in rows:
        title = slide.shapes.title.text_frame.text
        # No icon repeated on a pale disc beside them: the words have its room.
        assert not [sh for sh in slide.shapes if sh.shape_type == 13], (audience, title)
        cards = [sh for sh in slide.shapes
                 if sh.name.startswith("Check") and sh.name.split()[-1].isdigit()]
        assert cards, (audience, title)
        # Our layout's body is 12.1 in wide: each row spans it.
        assert all(c.width >= 12 * 914400 for c in cards), (audience, title)
        sizes = {r.font.size.pt for sh in slide.shapes if sh.name.endswith(" text")
                 for para in sh.text_frame.paragraphs for r in para.runs if r.font.size}
        assert sizes and min(sizes) >= 22, (audience, title, sizes)


def test_a_template_without_room_for_two_questions_gets_one_a_slide() -> None:
    """Where the template had no room for a primary quiz's two questions a slide (Apache POI
    "aptia": options five lines deep at 18 pt in a half-width area, out of their panels),
    the build plans the quiz again, one question a slide (plan/deck/ending.py); the other
    slides and every question keep their place."""
    from lessonpack.kinds import registry

    assert registry.by_name("exit_quiz").splittable
    index = load()
    item = index.items["live-streaming-ks2"].item

    def quiz(split: frozenset[str]) -> list[tuple[str, tuple[int, ...]]]:
        (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures, split).decks
        return [(s.title, tuple(q.number for q in s.payload.questions))
                for s in plan.slides if isinstance(s.payload, ExitQuizSlide)]

    two = quiz(frozenset())
    assert [n for _t, n in two] == [(1, 2), (3, 4)], two
    for crowded in two:
        one = quiz(frozenset({crowded[0]}))
        assert [n for _t, n in one] == [(1,), (2,), (3,), (4,)], one
        assert len({t for t, _n in one}) == 4, one  # titles stay unique


def test_options_in_rows_shorter_than_a_letter_keep_their_letters_apart() -> None:
    """A short content area (Apache POI "KEY02": one-line options in 0.39 in rows) set each
    option's 0.6 in letter over the next one's (LPC305 on both questions of a slide): the
    letters now fit their rows, each inside its own option's panel."""
    from pptx.util import Inches

    from lessonpack.content.model import Audience
    from lessonpack.kinds.exit_quiz.drawing import _quiz
    from lessonpack.kinds.look import look_for
    from lessonpack.kinds.payloads import Question

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    questions = [Question(1, "Which comment is a red flag?", ("Great cake!", "Chat privately?",
                                                              "Nice icing!")),
                 Question(2, "What happens after?", ("It is gone", "It is kept", "Nothing"))]
    _quiz(slide, (Inches(0.5), Inches(1.5), Inches(9), Inches(2.1)), questions, DEFAULT_BRAND,
          look_for(Audience.KS2), ())
    shapes = {s.name: s for s in slide.shapes}
    for q in (1, 2):
        for letter in "ABC":
            disc, panel = (shapes[f"Question {q} option {letter} {part}"]
                           for part in ("letter", "panel"))
            assert panel.height < Inches(0.6)  # rows shorter than the 0.6 in letter
            assert panel.top <= disc.top and disc.top + disc.height <= panel.top + panel.height


@pytest.mark.parametrize("audience", READERS)
def test_the_exit_quiz_options_keep_padding_in_their_panels(
        built_packs: Path, audience: str) -> None:
    """Each option's words, as measured, 0.08 in or more clear of its panel's top and foot
    (KS3's three-line option 4A had 0.04 in and read as touching it)."""
    from lessonpack.check.measure import LINE, count_lines

    slides, _lesson = _planned(built_packs, audience)
    seen = 0
    for slide, payload in slides:
        if not isinstance(payload, ExitQuizSlide):
            continue
        named = {sh.name: sh for sh in slide.shapes}
        for name, shape in named.items():
            if " option " not in name or name.endswith((" panel", " letter")):
                continue
            run = shape.text_frame.paragraphs[0].runs[0]
            size = run.font.size.pt
            lines = count_lines(shape.text_frame.text, run.font.name, size,
                                shape.width / 12700)
            words = int(lines * size * LINE * 12700)
            panel = named[f"{name} panel"]
            assert panel.height - words >= 2 * int(0.08 * 914400) - 1, (audience, name)
            seen += 1
    assert seen, audience
