"""Plans the parents' and carers' workshop deck: the cover, the ground rules, each Part's
slides (figures, scenarios, table questions), the quiz and its hidden spares, the help slides."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    WELCOME_MINUTES,
    Audience,
    FactsFile,
    ParentSession,
    QuizQuestion,
    Scenario,
    WorkshopSection,
)
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.kinds import scenario
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.cards import CardsSlide
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.look import look_for
from lessonpack.kinds.payloads import Card, Question, StreamScreen
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.kinds.task import TaskCard, TaskSlide
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan import (
    counts_and_lists,
    footers,
    item_files,
    named_people,
    running_clock,
    scenes,
    visiting,
)
from lessonpack.plan import pictures as pics
from lessonpack.plan.casting import Casting
from lessonpack.plan.deck import spare
from lessonpack.plan.deck.quiz import one_answer_size, question_slide
from lessonpack.plan.model import (
    DeckPlan,
    Slide,
)
from lessonpack.plan.notes import answer_note, join_notes, parent_safeguarding_cue
from lessonpack.plan.parents.children_words import phase_stages, taught_note
from lessonpack.plan.parents.parents_figures import fact_notes, figures_slide, research_slides
from lessonpack.plan.parents.parents_help_slides import help_slides, today_word
from lessonpack.plan.parents.parents_tables import TABLES_NOTE, at_tables
from lessonpack.plan.parents.parents_version import deck_filename, version_note


def _one(picture: Picture | None) -> tuple[Picture, ...]:
    return (picture,) if picture is not None else ()


def _opening_cue(section: WorkshopSection, timing: str) -> str:
    """The part's first slide's clock line, with the one sentence the part comes down to as
    the presenter's cue to say it. Parts open straight on their content, every one the same
    way (the part's number in the kicker): three of seven with a full-screen divider broke
    the session's rhythm, and the sentence is on the screen among the part's points."""
    if not section.statement:
        return timing
    return join_notes(timing, f"The part in one sentence, say it and pause: {section.statement}")


def _screen(sc: Scenario, picture: Picture | None, library: PictureLibrary | None,
            casting: Casting | None) -> StreamScreen:
    """A parents' table-talk story on screen, drawn as the older classes' are."""
    scene, cast = scenes.scene(sc, Audience.PARENTS, library, casting)
    return scenes.with_setting(scenario.screen(sc, picture, scene, cast), sc, cast)


def _section_slides(n: int, section: WorkshopSection, facts: FactsFile,
                    starters: tuple[str, ...],
                    library: PictureLibrary | None = None,
                    casting: Casting | None = None, taught: str = "", start: int = 0
                    ) -> list[Slide]:
    # The part's minutes are the presenter's (the notes' clock line says them): on the
    # screen "Part 1 · 7 min" told the room how long it would be kept.
    label = f"Part {n}"
    timing = f"{running_clock.section_timing(start, section.minutes)}."
    slides: list[Slide] = []
    timing = _opening_cue(section, timing)
    talk, tables = at_tables(section.notes) if section.discussion else (section.notes, "")
    if section.charts and not section.figures_after_points:
        first, *more = section.charts
        # The first chart's own heading where it has one: a section of two age groups'
        # figures names each group on its slide, the section's title in the notes' part.
        slides.append(figures_slide(
            first.heading or section.title, label, first.points or section.points, first,
            join_notes(timing, talk, fact_notes(first, facts, talk)), facts))
        slides += research_slides(n, section, more, facts)
    else:
        # Each point with an icon of what it says, or steps as a flow (bullet slides with
        # no imagery read as text); never one picture guessed from the title (that was
        # cartoon decoration). A section whose points find no pictures keeps its
        # points large in the message panel.
        points = tuple(section.points)
        icons = pics.point_pictures(library, points) if not section.picture else ()
        slides.append(Slide(section.title, kicker=label,
                            payload=(BulletSlide(points) if section.picture
                                     else ChecklistSlide(points, pictures=icons,
                                                         flow=section.steps)
                                     if icons or section.steps
                                     else KeyMessagesSlide.led(points)),
                            pictures=_one(pics.get(library, section.picture)
                                          if section.picture else None),
                            notes=join_notes(timing, talk,
                                             taught if section.lessons_taught else "")))
        slides += research_slides(n, section, section.charts, facts)
    if section.scenario:
        sc = section.scenario
        slides.append(Slide(
            f"Table talk: {sc.called}", kicker=f"Part {n} · Scenario",
            # The stream is shown under its own account (the streamer a child watches), the
            # title names the child the story is about.
            payload=replace(_screen(sc, pics.get(library, sc.picture, sc.character),
                                    library, casting),
                            streamer=sc.account or sc.character),
            notes=join_notes("Read the scenario aloud: " + sc.story,
                             "Questions for tables: " + " ".join(section.discussion))))
        if section.discussion:
            # The story and the table questions stay on screen while tables talk.
            slides.append(Slide(
                f"Table talk: {sc.called}'s story",
                kicker=f"Part {n} · Table questions",
                payload=TaskSlide((), 0, questions=tuple(section.discussion),
                                  story="\n".join(sc.beats) if sc.beats else sc.story,
                                  show_steps=False),
                notes=tables or TABLES_NOTE))
    elif section.discussion:
        slides.append(Slide(f"Talk about it: {section.title.lower()}",
                            kicker=f"Part {n} · Table discussion",
                            # A question about conversation starters shows some to
                            # choose from (the handout's), numbered.
                            payload=TaskSlide(
                                (), 0, questions=tuple(section.discussion), show_steps=False,
                                cards=tuple(TaskCard(t) for t in starters[:4])
                                if any("starter" in d.lower() for d in section.discussion)
                                else ()),
                            notes=tables or TABLES_NOTE))
    return slides


ASK_NOTE = "Tables hold up A, B or C."


REVEAL_NOTE = "Show the answer once every table has chosen, then read why it is right."


def _quiz_slides(n: int, q: QuizQuestion, library: PictureLibrary | None) -> list[Slide]:
    """Question ``n`` and, straight after it, the same panels with the right one ticked and
    the reason under them, as the pupils' decks reveal an answer."""
    first = n == 1
    kicker = "Quick quiz" if first else SPARE_QUIZ_KICKER
    return [
        # How to answer in the strip under the panels, as on the pupils' exit quizzes
        # (the quiz slides dropped the bar the checks have).
        Slide(q.slide_title, kicker=kicker,
              payload=QuestionSlide(Question(n, q.question, q.arranged[0],
                                             explanation=q.explanation,
                                             prompt="Tables: hold up A, B or C.",
                                             asked=q.question if q.title else "")),
              notes=join_notes(ASK_NOTE, answer_note(q))),
        # Slide titles stay unique (screen readers list slides by title).
        Slide(f"Answer: {q.slide_title}", kicker=f"{kicker} · Answer",
              payload=question_slide(n, q, True, library, reveal=True),
              notes=join_notes(REVEAL_NOTE, answer_note(q))),
    ]


SPARE_QUIZ_KICKER = "Quick quiz · Spare question"


def spare_quiz_slides(deck: DeckPlan | None) -> list[tuple[int, int]]:
    """(25, 26) for each spare quiz question, in order: the numbers of its question slide
    and its answer's, hidden at the deck's end. Empty without the deck."""
    numbers = [n for n, slide in enumerate(deck.slides, 1)
               if slide.hidden and slide.kicker.startswith(SPARE_QUIZ_KICKER)] if deck else []
    return list(zip(numbers[::2], numbers[1::2], strict=True))


# "The session", the notes' own word for it: "before the evening" misread a 3.30pm one.
SESSION_SAFE_DELIVERY = ("Before the session, read the reference notes' page “Delivering this "
                         "session safely”: tone, no-blame words, fictional examples and figures.")


def welcome(brand: Brand) -> str:
    """The welcome, said on the ground-rules slide it introduces (it was
    in Part 1's notes, two slides after the rules)."""
    # No session starts without one of them on site (the title slide's notes): a school's
    # own evening too, when the office is shut and an email is read next morning.
    who = f"{named_people.dsl(brand)} or the deputy, whichever is here"
    return (f"Welcome ({WELCOME_MINUTES} min): introduce yourself and {who}. Agree these "
            "ground rules, and say plainly that this topic can stir "
            "up worries and that you will be around afterwards for a private word. Point to "
            "the handout on their chairs: parts of the session use it, and it is theirs to "
            "take home.")


def plan_parents_deck(session: ParentSession, facts: FactsFile, brand: Brand,
                      library: PictureLibrary | None = None) -> DeckPlan:
    session = session.for_phase(brand.phase)  # the school's own phase
    library = pics.for_item(library, session)  # with its topic's picture words
    sg = session.safeguarding
    slides = [
        # Adults' slides carry pictures only where they say something (the stories' people,
        # the help services' marks), never decoration.
        Slide(session.title, payload=TitleSlide(session.subtitle),
              # A home, calm, on the cover: where families act on the evening (the grey
              # phone with hearts said nothing; a trainer's empty circles
              # neither). Warm colours that read on any brand's circle.
              pictures=_one(pics.get(library, "home", "A family home")),
              # Who it is for and how long, as the pupils' covers say it; a visiting team is
              # credited at the cover's foot beside its logo (render/deck_cover.credit_line)
              # and in every footer, not in the kicker (the audience and
              # length had gone from the trainer's parents' cover).
              kicker=f"Parents and carers · {session.duration_minutes} minutes",
              # Which version this is comes first: the all-through deck carries teenage
              # figures, and a presenter opening it for one phase's parents learns so here.
              notes=join_notes(version_note(session, brand),
                               visiting.introduction(session, brand),
                               parent_safeguarding_cue(brand, session.presenter_cue))),
        # The rules as words alone: an adult session about sextortion is not decorated with
        # children's emoji; pictures here are ones that carry
        # information (the streams, the figures, the help cards).
        Slide(f"How we will work {today_word(brand)}", kicker="Ground rules",
              payload=CardsSlide(tuple(Card(rule, "") for rule in sg.ground_rules)),
              # The safe-delivery notes are read before the evening, in the facilitator notes;
              # presenter view keeps the welcome and a pointer (notes there are cues).
              notes=join_notes(welcome(brand), SESSION_SAFE_DELIVERY if sg.notes else "")),
        Slide("What this session covers", kicker="Objectives",
              payload=KeyMessagesSlide.led(session.objectives),
              notes="Run through the plan for the session."),
    ]
    casting = Casting()  # one figure per character across the session's stories
    taught = taught_note(phase_stages(brand.phase), brand)
    start = WELCOME_MINUTES  # the notes' running clock: the welcome, then each part
    for n, section in enumerate(session.sections, 1):
        slides += _section_slides(n, section, facts, tuple(session.handout.conversation_starters),
                                  library, casting, taught, start)
        start += section.minutes
    # The session has a minute for its quiz: the first question is asked, then its answer
    # is shown as the pupils' decks reveal one (asked with no reveal, the room never hears
    # it). The others, each with its answer, are spare slides at the deck's end, hidden
    # (plan/deck/spare): the show still ends on its help slides and numbers its slides
    # without a gap, and the first answer's notes say how to reach them and come back.
    first, *extras = session.quiz  # three at least (content/parents_model)
    slides += _quiz_slides(1, first, library)
    asked_answer = len(slides)  # the slide the spares belong after
    extra = [slide for i, q in enumerate(extras, 2) for slide in _quiz_slides(i, q, library)]
    keys = tuple(session.key_messages)
    key_icons = pics.point_pictures(library, keys)
    slides.append(Slide("Take home", kicker="Key messages",
                        # Each message with its icon, as the sections' points.
                        payload=(ChecklistSlide(keys, pictures=key_icons) if key_icons
                                 else KeyMessagesSlide.led(keys)),
                        # The handout is on the chairs from the start (Parts 4 and 5 use it).
                        notes="Remind families to take their handout home."))
    slides += help_slides(session, facts, brand, library)
    count = counts_and_lists.number_word(len(extras)) if extras else "no"
    spare_what = (f"{count.capitalize()} more quiz question{'s' * (len(extras) != 1)}, "
                  "each with its answer")
    slides[asked_answer - 1] = replace(
        slides[asked_answer - 1], notes=join_notes(
            slides[asked_answer - 1].notes,
            spare.pointer(spare_what, slides, extra, back=asked_answer + 1)))
    slides = spare.append_spares(slides, extra, spare_what, back=asked_answer + 1,
                                 picture=pics.get(library, "hourglass"))
    # The quiz and its spares set alike: answers in columns on one and in rows on the next
    # read as two decks.
    slides = one_answer_size(slides)
    if look_for(Audience.PARENTS).plain_icons:
        # The line icons of the KS3-KS4 decks: cartoon emoji (a house, sparkles, chains)
        # were the wrong register for adults.
        slides = [pics.plain_icons(s, library) for s in slides]
    return DeckPlan(deck_filename(session, brand.phase),
                    item_files.meta(session, brand, "workshop slides"),
                    footers.deck_footer(session, brand),
                    tuple(running_clock.next_part_slides(slides)),
                    look=Audience.PARENTS)
