"""A letter that can no longer reach parents before the lesson never offers what only a
letter before it can: a look at the materials first, or (RSE) the right to withdraw."""

from __future__ import annotations

import pytest

from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Audience
from lessonpack.errors import UserError
from lessonpack.plan.lesson_plan import (
    SHORT_NOTICE,
    SHORT_NOTICE_LEAD,
    SHORT_NOTICE_RSE,
    UNSENT_LEAD,
    plan_lesson_plan,
    short_notice,
)
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.model import Checklist, CutLine
from lessons import content_index, lesson_for, plan_strings

LESSON_DAY = "Wednesday 20 January 2027"




def _brand(letter_date: str = "", **more: object) -> Brand:
    return DEFAULT_BRAND.model_copy(update={"lesson_date": LESSON_DAY,
                                            "letter_date": letter_date, **more})


def _slip(letter: object) -> str:
    return " ".join([*(b.label for b in letter.blocks if isinstance(b, CutLine)),  # type: ignore[attr-defined]
                     *(i for b in letter.blocks if isinstance(b, Checklist)  # type: ignore[attr-defined]
                       for i in b.items)])


def test_rse_lessons_mark_their_letters() -> None:
    assert [a for a in Audience if a is not Audience.PARENTS
            and lesson_for(a).letter.rse_withdrawal] == [Audience.KS3, Audience.KS4]


@pytest.mark.parametrize("sent", [LESSON_DAY, "Friday 22 January 2027"])
def test_a_letter_dated_on_or_after_the_lesson_is_the_letter_after(sent: str) -> None:
    letters = plan_letters(lesson_for(Audience.KS2), content_index().facts, _brand(sent))
    assert [x.filename for x in letters] == ["live-streaming-ks2-letter-home-after.docx"]
    assert "before the lesson" not in _slip(letters[0])


def test_a_letter_in_time_still_offers_a_look_first() -> None:
    letters = plan_letters(lesson_for(Audience.KS2), content_index().facts,
                           _brand("Wednesday 6 January 2027"))
    # The letter before it, and (in every pack) the one after it.
    assert [x.filename for x in letters] == ["live-streaming-ks2-letter-home.docx",
                                             "live-streaming-ks2-letter-home-after.docx"]
    assert "before the lesson" in _slip(letters[0])
    assert "before the lesson" not in _slip(letters[1])


@pytest.mark.parametrize("audience", [Audience.KS3, Audience.KS4])
def test_a_late_letter_that_may_offer_withdrawal_is_refused(audience: Audience) -> None:
    with pytest.raises(UserError) as refused:
        plan_letters(lesson_for(audience), content_index().facts, _brand(LESSON_DAY))
    said = str(refused.value)
    assert "LP155" in said and "move the lesson" in said and "rse_lesson: relationships" in said
    # Taught as relationships or health education, the school asks for the letter after the lesson.
    after = plan_letters(lesson_for(audience), content_index().facts,
                         _brand(LESSON_DAY, letter_sent="after"))
    assert [x.filename.endswith("letter-home-after.docx") for x in after] == [True]


def _plan_text(audience: Audience, brand: Brand) -> str:
    plan = plan_lesson_plan(lesson_for(audience), content_index().facts, brand, None)
    return " ".join(plan_strings(plan.blocks))


def test_short_notice_advice_follows_the_rse_rule() -> None:
    rse = _plan_text(Audience.KS3, _brand())
    ks3 = "live-streaming-ks3-letter-home-after.docx"
    assert SHORT_NOTICE_RSE.format(file=ks3) in rse
    assert SHORT_NOTICE.format(file=ks3) not in rse
    assert "move the lesson, not the letter" in SHORT_NOTICE_RSE
    other = _plan_text(Audience.KS2, _brand())
    # The plan names the pack's own letter after the lesson, to print: nobody to ask.
    ks2 = "live-streaming-ks2-letter-home-after.docx"
    assert short_notice(lesson_for(Audience.KS2), _brand()) == \
        f"{SHORT_NOTICE_LEAD} {SHORT_NOTICE.format(file=ks2)}"
    assert SHORT_NOTICE.format(file=ks2) in other
    assert "whoever prepared" not in rse + other
    # Said to a teacher: what to ask for, never the brand file's setting.
    assert "letter_sent" not in rse + other
    # The lesson's day offers none: the plan says which letter it holds instead.
    late = _plan_text(Audience.KS2, _brand(LESSON_DAY))
    assert "At short notice" not in late and "not before the lesson" in late


def test_a_dated_letter_sent_in_time_still_says_what_to_do_if_it_never_went() -> None:
    """A school's dated letter goes on its day; the teacher who finds the night before that
    it never went is told the short-notice route all the same."""
    ks2 = "live-streaming-ks2-letter-home-after.docx"
    text = _plan_text(Audience.KS2, _brand("Wednesday 6 January 2027"))
    assert "send it on Wednesday 6 January 2027, the date it carries" in text
    assert f"{UNSENT_LEAD} {SHORT_NOTICE.format(file=ks2)}" in text
    assert SHORT_NOTICE_LEAD not in text
