"""Wording a safeguarding lead and a trainer re-read in the built-in lessons.

KS1's traffic lights gave "people the child knows in real life" as the reason for green, though
the same plan warns that people who make children feel unsafe can be people a child knows: the
reason has to be what the message does. Names passed to the DSL after a show of thumbs (KS1) or
an End tick (KS2) need the line that a name on its own is not a logged concern. KS3's age-rules
point left out Instagram's 13-15 route, and KS2's letter home read "or a parent's OK to go live"
as if a nine-year-old might."""

from __future__ import annotations

import re

from lessonpack.content.model import Audience
from lessons import lesson_for


def _traffic_lights():
    return next(c for c in lesson_for(Audience.KS1).cycles if c.task.title == "Traffic lights")


def test_ks1_green_is_about_what_the_message_does_not_who_sent_it() -> None:
    cycle = _traffic_lights()
    said = " ".join(cycle.notes.split()) + " " + " ".join(cycle.feedback)
    assert "real life" not in said, said
    assert "want nothing back" in said
    assert "Even someone you know: if it asks for a secret, it's red." in said


def test_names_go_to_the_dsl_that_day_and_the_dsl_decides() -> None:
    # "A name alone is not logged" could be read as "keep the name back": every name noted
    # goes to the DSL that day, said plainly, and the DSL decides what follows.
    for audience in (Audience.KS1, Audience.KS2):
        after = " ".join(item.text for item in lesson_for(audience).plenary.after_lesson)
        assert "not logged" not in after, (audience, after)
        assert "to the DSL that day" in after, (audience, after)
        assert "decides what follows" in after, (audience, after)
    checklist = [item if isinstance(item, str) else item.text
                 for item in lesson_for(Audience.KS1).safeguarding.checklist]
    agreed = next(line for line in checklist if line.startswith("Agree with the DSL how"))
    assert "that day the names of children" in agreed
    assert "The DSL decides what follows." in agreed
    assert "not logged" not in agreed


def test_ks3_age_rules_point_includes_instagram_with_a_parent_s_permission() -> None:
    cycle = lesson_for(Audience.KS3).cycles[0]
    points = " ".join(cycle.lines)
    assert "16+ or 18+" not in points  # Instagram has no age to go live alone
    assert "Live alone: TikTok 18+, YouTube 16+" in points
    # Under 13, YouTube is not closed: YouTube Kids or a parent-supervised account.
    assert "Under 13: YouTube Kids or supervised; no TikTok or Instagram" in points
    assert "YouTube and Instagram: no account under 13" not in points
    assert "Instagram: 13–15 can go Live only with a parent's permission" in points
    assert "check the app" in points


def test_ks2_letter_home_gives_no_parent_s_ok_to_go_live() -> None:
    """No route to going live reads as open to a nine-year-old: Instagram's parent's
    permission is said for 13–15s, after "no accounts under 13". And no "16 or 18" for all
    three apps: Instagram has no age to go live alone."""
    lesson = lesson_for(Audience.KS2)
    # The letter's paragraphs and its rules' bullets, in the order printed (the bullets
    # follow the paragraph that leads into them, the second).
    paragraphs = lesson.letter.paragraphs
    letter = " ".join(" ".join([*paragraphs[:2], *lesson.letter.rules, *paragraphs[2:]]).split())
    quiz = " ".join(" ".join(q.explanation for q in lesson.exit_quiz).split())
    for text in (letter, quiz):
        assert "16 or 18" not in text
        assert re.search(r"Instagram (?:lets )?13–15s? (?:go live )?(?:only )?with a parent's",
                         text), text
    assert letter.index("no accounts under 13") < letter.index("parent's permission")
    # Per app, as slide 17 says it: "TikTok and YouTube let nobody under 16 go live alone"
    # was true but read as TikTok 16 to parents whose child came home saying 18. In a full
    # sentence, "going live alone: TikTok 18, YouTube 16" read clipped in a letter's
    # paragraph; the letter gives the rules as bullets, each led by what it is about.
    assert any(r.startswith("Going live alone: TikTok 18, YouTube 16;")
               for r in lesson.letter.rules)
    # The letter after says what the class was taught (slide 17), the same ages.
    learned = lesson.letter.after.learned[0] if lesson.letter.after else ""
    assert "Live alone: TikTok 18, YouTube 16; Instagram 13–15 only with a parent's OK" \
        in learned, learned


def test_ks3_letter_names_each_app_s_age_to_go_live() -> None:
    """"going live at their age needs an adult there or a parent's OK, if allowed at all"
    read as "with my OK it's fine" for TikTok, which is 18 with no parent's option."""
    letter = " ".join(" ".join(lesson_for(Audience.KS3).letter.paragraphs).split())
    assert "parent's OK" not in letter
    assert ("TikTok 18; YouTube 16 alone, 13–15 with an adult on camera; Instagram under 16 "
            "only with a parent's permission") in letter


def test_ks1_letters_ask_for_a_grown_up_at_live_things_not_at_every_screen() -> None:
    # The lesson says "Live? Only with a trusted grown-up": "always ... when they use a screen"
    # was stronger than that, and read as a judgement on families.
    letter = lesson_for(Audience.KS1).letter
    assert letter.after is not None
    said = " ".join((*letter.paragraphs, *letter.after.learned))
    assert "always be with them" not in said
    assert said.count("with them for video calls and live shows") == 2, said
