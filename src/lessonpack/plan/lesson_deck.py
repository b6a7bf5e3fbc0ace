"""Plans the slide deck of a pupil lesson: what each slide says and what the teacher says."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    AUDIENCE_LABELS,
    Audience,
    FactsFile,
    LearningCycle,
    Lesson,
    QuizQuestion,
)
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.kinds import scenario
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.cards import Card, CardsSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.quiz_answers import Answer, AnswersSlide
from lessonpack.kinds.quiz_question import Question, QuestionSlide
from lessonpack.kinds.section import SectionSlide
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan import common, scenes
from lessonpack.plan import pictures as pics
from lessonpack.plan.model import DeckPlan, Picture, Slide
from lessonpack.plan.notes import answer_note, join_notes, safeguarding_cue

KEYWORDS_PER_SLIDE = 3
CARDS_PER_SLIDE = 4
# Five-to-seven-year-olds: one idea at a time, so ground rules come three to a slide.
KS1_RULES_PER_SLIDE = 3
LETTERS = "ABCDEF"


def _one(picture: Picture | None) -> tuple[Picture, ...]:
    return (picture,) if picture is not None else ()


def _title_pictures(lesson: Lesson, library: PictureLibrary | None) -> tuple[Picture, ...]:
    """The title slide's art: the lesson's characters for KS1 (they stream on it), else one
    picture that sets the age's tone."""
    found: list[Picture] = []
    for cycle in lesson.cycles:
        picture = _streamer(cycle, library)
        if picture is not None and picture.name not in {p.name for p in found}:
            found.append(picture)
    if lesson.audience is Audience.KS1 and found:
        return tuple(found)
    default = {Audience.KS1: "rabbit", Audience.KS2: "video-camera",
               Audience.KS3: "mobile-phone", Audience.KS4: "shield"}
    return _one(pics.get(library, default.get(lesson.audience, "mobile-phone")))


def _streamer(cycle: LearningCycle, library: PictureLibrary | None) -> Picture | None:
    sc = cycle.scenario
    if sc is None:
        return None
    if sc.picture:
        return pics.get(library, sc.picture, sc.character)
    # KS1's characters: the one streaming, else the one the question is about (Olly watches).
    return pics.characters(library, sc.character) or pics.characters(library, sc.question)


def _votes(library: PictureLibrary | None) -> tuple[Picture, ...]:
    """Agree, disagree and not sure, shown equally: one thumbs-up beside statements pupils
    should disagree with reads as the answer to a child who cannot read them."""
    found = (pics.get(library, "thumbs-up", "A thumbs up: agree"),
             pics.get(library, "thumbs-down", "A thumbs down: disagree"),
             pics.get(library, "raised-hand", "A flat hand: not sure"))
    return tuple(p for p in found if p is not None)


def rule_cards(rules: list[str], library: PictureLibrary | None) -> tuple[Card, ...]:
    return tuple(Card(rule, "", pics.by_words(library, rule)) for rule in rules)


def quiz_picture(question: QuizQuestion, library: PictureLibrary | None) -> Picture | None:
    """Beside a question: a character it names, else a thinking face."""
    return pics.characters(library, question.question) or pics.get(library, "thinking")


def _cycle_picture(cycle: LearningCycle, library: PictureLibrary | None) -> Picture | None:
    if cycle.picture:
        return pics.get(library, cycle.picture)
    return (pics.by_words(library, f"{cycle.title} {cycle.outcome}")
            or pics.get(library, "light-bulb"))


def _intro(lesson: Lesson, brand: Brand, library: PictureLibrary | None) -> list[Slide]:
    sg = lesson.safeguarding
    rules = list(sg.ground_rules)
    per = KS1_RULES_PER_SLIDE if lesson.audience is Audience.KS1 else len(rules)
    # Even slides (3 + 3), never one rule left over on a slide of its own.
    size = common.even_share(len(rules), per)
    rule_slides = [
        Slide(common.continued("Our ground rules", n, len(rules), size),
              kicker="Before we start",
              payload=CardsSlide(rule_cards(rules[start:start + size], library)),
              notes=join_notes("Agree the ground rules with the class and keep them on show. "
                               "They apply to adults in the room too.", *sg.notes))
        for n, start in enumerate(range(0, len(rules), size))]
    slides = [
        Slide(lesson.title, payload=TitleSlide(lesson.subtitle),
              pictures=_title_pictures(lesson, library),
              kicker=f"{AUDIENCE_LABELS[lesson.audience]} · {lesson.duration_minutes} minutes",
              notes=join_notes(
                  f"Lesson overview ({lesson.duration_minutes} minutes): {lesson.summary}",
                  "Before the lesson, work through the safeguarding checklist in the lesson "
                  f"plan and talk to {brand.safeguarding_lead}.",
                  safeguarding_cue(brand))),
        *rule_slides,
        Slide("Today's goal", kicker="Learning outcome",
              payload=KeyMessagesSlide((lesson.outcome,)),
              pictures=_one(pics.get(library, "star")),
              notes=join_notes("Read the outcome aloud. Pupils will check themselves against "
                               "it at the end of the lesson.",
                               "" if lesson.readers else "Objectives, for you: "
                               + " ".join(lesson.objectives))),
    ]
    if lesson.readers:
        # Children who cannot read yet hear the goal; a list of objectives is for readers.
        slides.append(Slide(
            "Steps to get there", kicker="Learning objectives",
            payload=BulletSlide(tuple(lesson.objectives)),
            pictures=_one(pics.get(library, "footprints")),
            notes=join_notes("Go through each step briefly; each learning cycle covers one.",
                             "Prior knowledge to check: " + " ".join(lesson.prior_knowledge))))
    for n, start in enumerate(range(0, len(lesson.keywords), KEYWORDS_PER_SLIDE)):
        words = lesson.keywords[start:start + KEYWORDS_PER_SLIDE]
        slides.append(Slide(
            "Key words" if n == 0 else "More key words", kicker="Vocabulary",
            payload=CardsSlide(tuple(
                Card(w.term, w.definition, pics.get(library, w.picture) if w.picture else
                     pics.by_words(library, w.term) or pics.by_words(library, w.definition))
                for w in words)),
            notes=join_notes("Read each word and its meaning together. Ask pupils to put the "
                             "meaning in their own words to a partner.")))
    return slides


def _starter(lesson: Lesson, library: PictureLibrary | None) -> Slide:
    st = lesson.starter
    return Slide(
        st.title, kicker=f"Starter · {common.minutes(st.minutes)}",
        pictures=_votes(library),
        payload=BulletSlide(tuple(s.text for s in st.statements),
                            tuple(f"{i}.  " for i in range(1, len(st.statements) + 1))),
        notes=join_notes(f"Timing: {common.minutes(st.minutes)}.", st.instructions, st.notes,
                         "Answers (for the end of the lesson, not now): " + " ".join(
                             f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
                             for i, s in enumerate(st.statements, 1))))


def _scenario_titles(cycles: list[LearningCycle], audience: Audience) -> list[str]:
    """ "Kai is live" ("Olly is watching", "Pip's video call"), or "Kai is live, part 2" when
    one character runs through the lesson."""
    names = [scenes.title(c.scenario, audience) if c.scenario else "" for c in cycles]
    titles = []
    for i, name in enumerate(names):
        part = names[: i + 1].count(name)
        titles.append(name + (f", part {part}" if names.count(name) > 1 else ""))
    return titles


# How pupils show a multiple-choice answer, said the same way in every slide's notes.
FINGERS = "Pupils show A, B or C: one, two or three fingers, or a whiteboard."


def _cycle(n: int, cycle: LearningCycle, brand: Brand, scenario_title: str,
           readers: bool = True, library: PictureLibrary | None = None,
           audience: Audience = Audience.KS2) -> list[Slide]:
    label = f"Learning cycle {n}"
    timing = f"Timing: {common.minutes(cycle.minutes)} for this cycle."
    slides = []
    if readers:
        slides.append(Slide(
            cycle.title, payload=SectionSlide(cycle.outcome),
            pictures=_one(_cycle_picture(cycle, library)),
            kicker=f"{label} · {common.minutes(cycle.minutes)}",
            notes=join_notes(f"{timing[:-1]} (explanation, checks, practice, feedback).",
                             f"Outcome: {cycle.outcome}")))
    # "Big ideas: What does live mean?" rather than "What does live mean?: the big ideas".
    slides.append(Slide(
        f"Big ideas: {cycle.title}",
        kicker=label if readers else f"Part {n} · {common.minutes(cycle.minutes)}",
        payload=BulletSlide(tuple(cycle.explain)),
        # Without a section slide before it, the big ideas carry the cycle's own picture.
        pictures=_one(pics.get(library, "light-bulb") if readers
                      else _cycle_picture(cycle, library)),
        notes=cycle.notes if readers else join_notes(timing, f"Outcome: {cycle.outcome}",
                                                     cycle.notes)))
    if cycle.scenario:
        sc = cycle.scenario
        flags = [f"“{c.text}” ({c.user}): {c.kind.replace('-', ' ')}" for c in sc.comments]
        slides.append(Slide(
            scenario_title,
            kicker=f"{label} · Case study" if readers else f"Part {n} · Story",
            payload=replace(scenario.screen(sc, _streamer(cycle, library),
                                            *scenes.scene(sc, audience, library)),
                            streamer=scenes.account_name(sc)),
            notes=join_notes("Read the story aloud: " + sc.story,
                             "Comments, for discussion: " + "; ".join(flags) + ".",
                             "Talk about the character, never about pupils' own experiences. "
                             "It is never the child's fault.", safeguarding_cue(brand))))
    for i, check in enumerate(cycle.checks, 1):
        slides.append(Slide(
            check.question, kicker=f"{label} · Check {i} of {len(cycle.checks)}",
            payload=QuestionSlide(Question(i, check.question, check.arranged[0])),
            pictures=_one(quiz_picture(check, library)),
            notes=join_notes(("" if readers else "Read the question and each answer "
                              "aloud. ") + FINGERS, answer_note(check))))
    task = cycle.task
    slides.append(Slide(
        task.title, kicker=f"Your turn · {common.minutes(task.minutes)}",
        payload=BulletSlide(tuple(task.instructions)),
        pictures=_one(pics.get(library, task.picture or "pencil")),
        notes=join_notes(f"Timing: {common.minutes(task.minutes)}. Pupils use the worksheet.",
                         _task_key(cycle),
                         "" if readers else "Feedback, said aloud: " + " ".join(cycle.feedback))))
    if readers:
        # A written self-check is for readers; for non-readers the feedback is said aloud.
        slides.append(Slide(
            f"Check your work: {task.title}", kicker=f"{label} · Feedback",
            payload=BulletSlide(tuple(cycle.feedback)),
            pictures=_one(pics.get(library, "check")),
            notes=join_notes("Pupils check and improve their own work against these points.",
                             _task_key(cycle))))
    return slides


def _task_key(cycle: LearningCycle) -> str:
    task = cycle.task
    parts = []
    if task.sort:
        parts.append("Sort answers: " + "; ".join(f"“{i.text}” → {i.answer}"
                                                  for i in task.sort.items) + ".")
    for p in task.prompts:
        parts.append(f"Model answer to “{p.text}”: {p.model_answer}")
    return " ".join(parts)


def _ending(lesson: Lesson, facts: FactsFile, brand: Brand, library: PictureLibrary | None
            ) -> list[Slide]:
    st, pl = lesson.starter, lesson.plenary
    slides = [
        Slide("Look back: what do you think now?",
              kicker=f"Plenary · {common.minutes(pl.minutes)}",
              pictures=_votes(library),
              payload=BulletSlide(tuple(s.text for s in st.statements),
                                  tuple(f"{i}.  " for i in range(1, len(st.statements) + 1))),
              notes=join_notes(f"Timing: {common.minutes(pl.minutes)}.", pl.notes,
                               "Answers: " + " ".join(
                                   f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
                                   for i, s in enumerate(st.statements, 1)))),
    ]
    readers = lesson.readers
    if readers:
        slides.append(Slide("Think about it", kicker="Reflection",
                            payload=BulletSlide(tuple(pl.reflection)),
                            pictures=_one(pics.get(library, "thinking")),
                            notes="Give pupils quiet thinking time. Nobody has to share their "
                                  "answer."))
    quiz = lesson.exit_quiz
    name = "Exit quiz" if readers else "Exit check"
    for i, q in enumerate(quiz, 1):
        how = ("Pupils answer on their worksheet first." if readers else
               "Read the question and each answer aloud. " + FINGERS + " Then say the answer.")
        slides.append(Slide(
            q.question, kicker=f"{name} · Question {i} of {len(quiz)}",
            payload=QuestionSlide(Question(i, q.question, q.arranged[0])),
            pictures=_one(quiz_picture(q, library)),
            notes=join_notes(how, answer_note(q),
                             "" if readers or i < len(quiz) else
                             "Then ask, for pupils to answer aloud: " + " ".join(pl.reflection))))
    if readers:
        # For children who cannot read, each answer is said aloud straight after its question.
        slides.append(Slide(
            "Exit quiz answers", kicker="Check your answers",
            payload=AnswersSlide(tuple(Answer(i, q.question, q.correct_text, q.explanation,
                                              LETTERS[q.arranged[1]])
                                       for i, q in enumerate(quiz, 1))),
            notes=join_notes(*(f"{i}. {q.explanation}" for i, q in enumerate(quiz, 1)))))
    slides.append(Slide("Remember", kicker="Key messages",
                        payload=KeyMessagesSlide(tuple(lesson.key_messages)),
                        pictures=_one(pics.get(library, "heart")),
                        notes="Read the key messages together. Leave this slide up while pupils "
                              "pack away."))
    helps = common.signposts(lesson, facts, brand, library)
    # At most four cards a slide (a brand's own local helplines can make more), shared out
    # evenly: never a slide holding one card.
    size = common.even_share(len(helps), CARDS_PER_SLIDE)
    for n, start in enumerate(range(0, len(helps), size)):
        shown = helps[start:start + size]
        said = ""
        if not readers:
            # Children who cannot read see who and how (a picture, a name, a number); what
            # each is for is said aloud.
            said = "Say what each is for: " + " ".join(f"{h.name}: {h.blurb}" for h in shown)
            shown = tuple(replace(h, blurb="") for h in shown)
        slides.append(Slide(
            common.continued("Who can help", n, len(helps), size),
            kicker="Getting help",
            payload=SignpostingSlide(
                shown,
                "You can talk to any of these, or put a question in our question box."
                if n == 0 else "More places to get help, any time."),
            notes=join_notes(said, "Tell pupils exactly where the question box is and when "
                             "you will answer it. Stay available at the end of the lesson.",
                             safeguarding_cue(brand))))
    return slides


def plan_lesson_deck(lesson: Lesson, facts: FactsFile, brand: Brand,
                     library: PictureLibrary | None = None) -> DeckPlan:
    """``library``: the pictures content may name (built-in and a school's own)."""
    slides = [*_intro(lesson, brand, library), _starter(lesson, library)]
    titles = _scenario_titles(lesson.cycles, lesson.audience)
    for n, cycle in enumerate(lesson.cycles, 1):
        slides += _cycle(n, cycle, brand, titles[n - 1], lesson.readers, library,
                         lesson.audience)
    slides += _ending(lesson, facts, brand, library)
    return DeckPlan(
        filename=common.file_stem(lesson, "slides") + ".pptx",
        meta=common.meta(lesson, brand, "lesson slides"),
        footer=common.deck_footer(lesson, brand),
        slides=tuple(slides),
        look=lesson.audience.value,
    )
