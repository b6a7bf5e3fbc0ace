"""A lesson deck's opening: the title, ground rules, goal, objectives, key words and the starter."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import AUDIENCE_LABELS, Audience, Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.kinds.cards import CardsSlide
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.look import look_for
from lessonpack.kinds.payloads import Card
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan import running_clock, slide_runs, visiting
from lessonpack.plan.class_line import title_class, year_label
from lessonpack.plan.deck.art import goal_picture, one, streamer
from lessonpack.plan.deck.votes import votes_slides
from lessonpack.plan.model import Place, Slide
from lessonpack.plan.notes import join_notes, safeguarding_cue

KEYWORDS_PER_SLIDE = 3

SAFE_DELIVERY_POINTER = ("Before the day, read the teacher notes' “Teaching it safely”: "
                         "distancing, no blame, families, EAL and pupils who are more at "
                         "risk.")


def _title_pictures(lesson: Lesson, library: PictureLibrary | None) -> tuple[Picture, ...]:
    """The title slide's art: the lesson's characters for KS1 (they stream on it), else one
    picture that sets the age's tone."""
    found: list[Picture] = []
    for cycle in lesson.cycles:
        picture = streamer(cycle, library)
        if picture is not None and picture.name not in {p.name for p in found}:
            found.append(picture)
    if lesson.audience is Audience.KS1 and found:
        return tuple(found)
    default = {Audience.KS1: "rabbit", Audience.KS2: "video-camera",
               # Not the selfie arm (with no person it read as a severed limb).
               Audience.KS3: "mobile-phone", Audience.KS4: "live-badge"}
    return one(pics.get(library, default.get(lesson.audience, "mobile-phone")))


def rule_cards(rules: list[str], library: PictureLibrary | None) -> tuple[Card, ...]:
    return tuple(Card(rule, "", pics.by_words(library, rule)) for rule in rules)


def _title_kicker(lesson: Lesson, brand: Brand) -> str:
    """"Key Stage 2 (ages 7–11) · 60 minutes": the class a pack is built for has a line
    of its own under the title (``title_class``), and the ages are its year's ("Key Stage 2
    (ages 10–11)" over "Year 6 · Mrs Lin": the key stage's 7–11 was wrong for Year 6, and
    Year 10's cover said 14–16 over a footer saying 14–15)."""
    stage, year = AUDIENCE_LABELS[lesson.audience], year_label(lesson.audience, brand)
    if year != stage and "(" in year and "(" in stage:
        stage = stage[:stage.index("(")] + year[year.index("("):]
    return f"{stage} · {lesson.duration_minutes} minutes"


def opening_slides(lesson: Lesson, brand: Brand, library: PictureLibrary | None) -> list[Slide]:
    sg = lesson.safeguarding
    rules = list(sg.ground_rules)
    per = look_for(lesson.audience).rules_per_slide or len(rules)
    # Even slides (3 + 3), never one rule left over on a slide of its own.
    size = slide_runs.even_share(len(rules), per)
    rule_slides = [
        Slide(slide_runs.continued("Our ground rules", n, len(rules), size),
              kicker="Before we start", place=Place.GROUND_RULES,
              payload=CardsSlide(rule_cards(rules[start:start + size], library)),
              # The safe-delivery notes (names, distancing, EAL, pupils more at risk) are for
              # before the day, so they live in the plan, not in presenter view (a trainer
              # found 480 words of them here and could not teach from the slide).
              notes=join_notes("Agree the ground rules with the class and keep them on show. "
                               "They apply to adults in the room too.",
                               SAFE_DELIVERY_POINTER if sg.notes else ""))
        for n, start in enumerate(range(0, len(rules), size))]
    slides = [
        Slide(lesson.title, payload=TitleSlide(lesson.subtitle,
                                               title_class(lesson.audience, brand)),
              pictures=_title_pictures(lesson, library),
              kicker=_title_kicker(lesson, brand),
              # The lesson's overview is the plan's "Before you teach"; presenter view keeps
              # what is needed in the room.
              notes=join_notes(
                  visiting.introduction(lesson, brand),
                  fill(safeguarding_words().presenter.before_lesson,
                       lead=brand.safeguarding_lead),
                  safeguarding_cue(brand))),
        *rule_slides,
        Slide("Today's goal", kicker="Learning outcome", place=Place.GOAL,
              payload=KeyMessagesSlide((lesson.outcome,)),
              pictures=goal_picture(lesson, library),
              # Children who cannot read yet come back to the goal later in the day (their
              # traffic lights are coloured then), not at the lesson's end.
              notes=join_notes("Read the outcome aloud. Pupils will check themselves against "
                               + ("it at the end of the lesson." if lesson.readers
                                  else "it later in the day."),
                               "" if lesson.readers else "Objectives, for you: "
                               + " ".join(lesson.objectives))),
    ]
    if lesson.readers:
        # Children who cannot read yet hear the goal; a list of objectives is for readers.
        slides.append(Slide(
            "Steps to get there", kicker="Learning objectives",
            # Numbered rows, as the big ideas are: the steps are taken in order, one a
            # learning cycle, and a plain list with a picture was the one bullet list in
            # decks built from cards and rows.
            payload=ChecklistSlide(tuple(lesson.objectives)),
            notes=join_notes("Go through each step briefly; each learning cycle covers one.",
                             "Prior knowledge to check: " + " ".join(lesson.prior_knowledge))))
    for n, start in enumerate(range(0, len(lesson.keywords), KEYWORDS_PER_SLIDE)):
        words = lesson.keywords[start:start + KEYWORDS_PER_SLIDE]
        slides.append(Slide(
            "Key words" if n == 0 else "More key words", kicker="Vocabulary",
            payload=CardsSlide(tuple(
                Card(w.term, w.definition,
                     pics.get(library, w.picture, w.picture_alt or "") if w.picture else
                     pics.by_words(library, w.term) or pics.by_words(library, w.definition))
                for w in words)),
            # No pair work here: the starter's minutes, as the plans time them, only read
            # the words (KS3: "No pair work yet"). Non-readers learn each with an action
            # (the KS1 starter and EAL notes name them).
            notes=join_notes("Read each word and its meaning together." if lesson.readers
                             else "Say each word and its meaning together, then say each "
                             "word with its action.")))
    return slides


def starter_slides(lesson: Lesson, library: PictureLibrary | None) -> list[Slide]:
    st = lesson.starter
    # The starter's notes start at its vote (plan/deck/places.py reads the mark).
    return [replace(s, place=Place.STARTER) for s in votes_slides(
        lesson, st.title, "Starter",
        join_notes(f"{running_clock.section_timing(0, st.minutes)}.", st.instructions, st.notes),
        "Answers (for the end of the lesson, not now): " + " ".join(
           f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
           for i, s in enumerate(st.statements, 1)) if lesson.readers else "", library,
        "Tick the Start row: your teacher reads your sheet")]
