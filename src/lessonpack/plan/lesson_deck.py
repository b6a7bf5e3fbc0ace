"""Plans the slide deck of a pupil lesson: what each slide says and what the teacher says."""

from __future__ import annotations

from lessonpack.brand import Brand
from lessonpack.content.model import AUDIENCE_LABELS, FactsFile, LearningCycle, Lesson
from lessonpack.kinds import scenario
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.quiz_answers import Answer, AnswersSlide
from lessonpack.kinds.quiz_question import Question, QuestionSlide
from lessonpack.kinds.section import SectionSlide
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan import common
from lessonpack.plan.model import DeckPlan, Slide
from lessonpack.plan.notes import answer_note, join_notes, safeguarding_cue

KEYWORDS_PER_SLIDE = 3
CARDS_PER_SLIDE = 4


def _intro(lesson: Lesson, brand: Brand) -> list[Slide]:
    sg = lesson.safeguarding
    slides = [
        Slide(lesson.title, payload=TitleSlide(lesson.subtitle),
              kicker=f"{AUDIENCE_LABELS[lesson.audience]} · {lesson.duration_minutes} minutes",
              notes=join_notes(
                  f"Lesson overview ({lesson.duration_minutes} minutes): {lesson.summary}",
                  "Before the lesson, work through the safeguarding checklist in the lesson "
                  f"plan and talk to {brand.safeguarding_lead}.",
                  safeguarding_cue(brand))),
        Slide("Our ground rules", kicker="Before we start",
              payload=BulletSlide(tuple(sg.ground_rules)),
              notes=join_notes("Agree the ground rules with the class and keep them on show. "
                               "They apply to adults in the room too.", *sg.notes)),
        Slide("Today's goal", kicker="Learning outcome",
              payload=KeyMessagesSlide((lesson.outcome,)),
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
            notes=join_notes("Go through each step briefly; each learning cycle covers one.",
                             "Prior knowledge to check: " + " ".join(lesson.prior_knowledge))))
    for n, start in enumerate(range(0, len(lesson.keywords), KEYWORDS_PER_SLIDE)):
        words = lesson.keywords[start:start + KEYWORDS_PER_SLIDE]
        slides.append(Slide(
            "Key words" if n == 0 else "More key words", kicker="Vocabulary",
            payload=BulletSlide(tuple(w.definition for w in words),
                                tuple(f"{w.term}: " for w in words)),
            notes=join_notes("Read each word and its meaning together. Ask pupils to put the "
                             "meaning in their own words to a partner.")))
    return slides


def _starter(lesson: Lesson) -> Slide:
    st = lesson.starter
    return Slide(
        st.title, kicker=f"Starter · {common.minutes(st.minutes)}",
        payload=BulletSlide(tuple(s.text for s in st.statements),
                            tuple(f"{i}.  " for i in range(1, len(st.statements) + 1))),
        notes=join_notes(f"Timing: {common.minutes(st.minutes)}.", st.instructions, st.notes,
                         "Answers (for the end of the lesson, not now): " + " ".join(
                             f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
                             for i, s in enumerate(st.statements, 1))))


def _scenario_titles(cycles: list[LearningCycle]) -> list[str]:
    """ "Kai is live", or "Kai is live, part 2" when one character runs through the lesson."""
    names = [c.scenario.character if c.scenario else "" for c in cycles]
    titles = []
    for i, name in enumerate(names):
        part = names[: i + 1].count(name)
        titles.append(f"{name} is live" + (f", part {part}" if names.count(name) > 1 else ""))
    return titles


# How pupils show a multiple-choice answer, said the same way in every slide's notes.
FINGERS = "Pupils show A, B or C: one, two or three fingers, or a whiteboard."


def _cycle(n: int, cycle: LearningCycle, brand: Brand, scenario_title: str,
           readers: bool = True) -> list[Slide]:
    label = f"Learning cycle {n}"
    timing = f"Timing: {common.minutes(cycle.minutes)} for this cycle."
    slides = []
    if readers:
        slides.append(Slide(
            cycle.title, payload=SectionSlide(cycle.outcome),
            kicker=f"{label} · {common.minutes(cycle.minutes)}",
            notes=join_notes(f"{timing[:-1]} (explanation, checks, practice, feedback).",
                             f"Outcome: {cycle.outcome}")))
    # "Big ideas: What does live mean?" rather than "What does live mean?: the big ideas".
    slides.append(Slide(
        f"Big ideas: {cycle.title}",
        kicker=label if readers else f"Part {n} · {common.minutes(cycle.minutes)}",
        payload=BulletSlide(tuple(cycle.explain)),
        notes=cycle.notes if readers else join_notes(timing, f"Outcome: {cycle.outcome}",
                                                     cycle.notes)))
    if cycle.scenario:
        sc = cycle.scenario
        flags = [f"“{c.text}” ({c.user}): {c.kind.replace('-', ' ')}" for c in sc.comments]
        slides.append(Slide(
            scenario_title,
            kicker=f"{label} · Case study" if readers else f"Part {n} · Story",
            payload=scenario.screen(sc),
            notes=join_notes("Read the story aloud: " + sc.story,
                             "Comments, for discussion: " + "; ".join(flags) + ".",
                             "Talk about the character, never about pupils' own experiences. "
                             "It is never the child's fault.", safeguarding_cue(brand))))
    for i, check in enumerate(cycle.checks, 1):
        slides.append(Slide(
            check.question, kicker=f"{label} · Check {i} of {len(cycle.checks)}",
            payload=QuestionSlide(Question(i, check.question, check.arranged[0])),
            notes=join_notes(("" if readers else "Read the question and each answer "
                              "aloud. ") + FINGERS, answer_note(check))))
    task = cycle.task
    slides.append(Slide(
        task.title, kicker=f"Your turn · {common.minutes(task.minutes)}",
        payload=BulletSlide(tuple(task.instructions)),
        notes=join_notes(f"Timing: {common.minutes(task.minutes)}. Pupils use the worksheet.",
                         _task_key(cycle),
                         "" if readers else "Feedback, said aloud: " + " ".join(cycle.feedback))))
    if readers:
        # A written self-check is for readers; for non-readers the feedback is said aloud.
        slides.append(Slide(
            f"Check your work: {task.title}", kicker=f"{label} · Feedback",
            payload=BulletSlide(tuple(cycle.feedback)),
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


def _ending(lesson: Lesson, facts: FactsFile, brand: Brand) -> list[Slide]:
    st, pl = lesson.starter, lesson.plenary
    slides = [
        Slide("Look back: what do you think now?",
              kicker=f"Plenary · {common.minutes(pl.minutes)}",
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
            notes=join_notes(how, answer_note(q),
                             "" if readers or i < len(quiz) else
                             "Then ask, for pupils to answer aloud: " + " ".join(pl.reflection))))
    if readers:
        # For children who cannot read, each answer is said aloud straight after its question.
        slides.append(Slide(
            "Exit quiz answers", kicker="Check your answers",
            payload=AnswersSlide(tuple(Answer(i, q.question, q.correct_text, q.explanation)
                                       for i, q in enumerate(quiz, 1))),
            notes=join_notes(*(f"{i}. {q.explanation}" for i, q in enumerate(quiz, 1)))))
    slides.append(Slide("Remember", kicker="Key messages",
                        payload=KeyMessagesSlide(tuple(lesson.key_messages)),
                        notes="Read the key messages together. Leave this slide up while pupils "
                              "pack away."))
    helps = common.signposts(lesson, facts, brand)
    # Four cards fit a slide; a brand's own local helplines can make more.
    for n, start in enumerate(range(0, len(helps), CARDS_PER_SLIDE)):
        slides.append(Slide(
            common.continued("Who can help", n, len(helps), CARDS_PER_SLIDE),
            kicker="Getting help",
            payload=SignpostingSlide(
                helps[start:start + CARDS_PER_SLIDE],
                "You can talk to any of these, or put a question in our question box."
                if n == 0 else "More places to get help, any time."),
            notes=join_notes("Tell pupils exactly where the question box is and when you will "
                             "answer it. Stay available at the end of the lesson.",
                             safeguarding_cue(brand))))
    return slides


def plan_lesson_deck(lesson: Lesson, facts: FactsFile, brand: Brand) -> DeckPlan:
    slides = [*_intro(lesson, brand), _starter(lesson)]
    titles = _scenario_titles(lesson.cycles)
    for n, cycle in enumerate(lesson.cycles, 1):
        slides += _cycle(n, cycle, brand, titles[n - 1], lesson.readers)
    slides += _ending(lesson, facts, brand)
    return DeckPlan(
        filename=common.file_stem(lesson, "slides") + ".pptx",
        meta=common.meta(lesson, brand, "lesson slides"),
        footer=common.footer(lesson, brand),
        slides=tuple(slides),
    )
