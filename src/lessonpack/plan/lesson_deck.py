"""Plans the slide deck of a pupil lesson: what each slide says and what the teacher says."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    AUDIENCE_LABELS,
    Audience,
    FactsFile,
    LearningCycle,
    Lesson,
    QuizQuestion,
    SortItem,
    Task,
)
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.steps import kind, step_of
from lessonpack.content.wording import MESSAGE, SAYING, SAYINGS_FOR_A_SLIDE
from lessonpack.kinds import scenario
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.cards import Card, CardsSlide
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.look import look_for
from lessonpack.kinds.quiz_answers import Answer, AnswersSlide
from lessonpack.kinds.quiz_question import Question, QuestionSlide
from lessonpack.kinds.scenario import StreamScreen
from lessonpack.kinds.section import SectionSlide
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.kinds.task import Message, TaskCard, TaskSlide
from lessonpack.kinds.timeline import Stage, TimelineSlide
from lessonpack.kinds.title import TitleSlide
from lessonpack.kinds.vote_rows import VoteRowsSlide
from lessonpack.kinds.write_on import WriteOnSlide
from lessonpack.plan import common, scenes, visiting
from lessonpack.plan import pictures as pics
from lessonpack.plan.casting import Casting
from lessonpack.plan.cycle_steps import OPEN, Steps, cycle_steps, summary
from lessonpack.plan.model import DeckPlan, Signpost, Slide
from lessonpack.plan.notes import (
    answer_note,
    join_notes,
    safeguarding_cue,
    safeguarding_reminder,
)
from lessonpack.plan.picture_sheet import place_labels
from lessonpack.plan.quotes import closed

KEYWORDS_PER_SLIDE = 3
CARDS_PER_SLIDE = 4
# Five-to-seven-year-olds: ground rules at most four to a slide (cards large enough to
# read the picture from the carpet).
KS1_RULES_PER_SLIDE = 4
LETTERS = "ABCDEF"
# A photo (drawn in a circle by render/deck_pictures.py), not an icon.
DSL_PHOTO = "dsl-photo"


def _one(picture: Picture | None) -> tuple[Picture, ...]:
    return (picture,) if picture is not None else ()


def _decoration(lesson: Lesson, library: PictureLibrary | None, name: str
                ) -> tuple[Picture, ...]:
    """A picture that only decorates its slide, where the audience's look has them
    (kinds/look.py ``decorative``: none for KS3 and KS4, whose slides are typographic)."""
    return _one(pics.get(library, name)) if look_for(lesson.audience).decorative else ()


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
               # Not the selfie arm (with no person it read as a severed limb).
               Audience.KS3: "mobile-phone", Audience.KS4: "live-badge"}
    return _one(pics.get(library, default.get(lesson.audience, "mobile-phone")))


def _streamer(cycle: LearningCycle, library: PictureLibrary | None) -> Picture | None:
    sc = cycle.scenario
    if sc is None:
        return None
    if sc.picture:
        return pics.get(library, sc.picture, sc.character)
    # KS1's story child as the animal the content says they are (Pip the rabbit; Olly, who
    # watches the show).
    return pics.characters(library, scenes.child(sc), scenes.animals([cycle]))


def _votes(library: PictureLibrary | None) -> tuple[Picture, ...]:
    """Agree, disagree and not sure, shown equally: one thumbs-up beside statements pupils
    should disagree with reads as the answer to a child who cannot read them."""
    found = (pics.get(library, "thumbs-up", "A thumbs up: agree"),
             pics.get(library, "thumbs-down", "A thumbs down: disagree"),
             # Its own picture and action (a hand on the chin): a flat hand is also
             # "No!" (designer s9mid), one sign with two meanings for 5-year-olds.
             pics.get(library, "thinking", "A thinking face: not sure"))
    return tuple(p for p in found if p is not None)


# The action -> its picture (the first that matches).
_ACTION_PICTURES = ((r"both hands", "stop"), (r"hand up|flat hand", "raised-hand"),
                    (r"mouth|say|tell", "talk"), (r"point", "pointing"))


def _sayings(notes: str, library: PictureLibrary | None) -> list[Card]:
    """The sayings a cycle's notes teach with actions, a card each: the words, the action,
    its picture."""
    cards = []
    for found in SAYING.finditer(notes or ""):
        action = found.group("act").split(",")[0].strip()
        name = next((n for pattern, n in _ACTION_PICTURES if re.search(pattern, action)), "")
        cards.append(Card(found.group("say"), action[:1].upper() + action[1:],
                          pics.get(library, name, f"{action}: {found.group('say')}")
                          if name else None))
    return cards


def rule_cards(rules: list[str], library: PictureLibrary | None) -> tuple[Card, ...]:
    return tuple(Card(rule, "", pics.by_words(library, rule)) for rule in rules)


def quiz_picture(question: QuizQuestion, library: PictureLibrary | None,
                 family: dict[str, str]) -> Picture | None:
    """Beside a question: a story child it names who is an animal (``family``, the lesson's:
    plan/scenes.animals), else nothing (a thinking face on every quiz slide was wallpaper;
    the answers get the room)."""
    return pics.characters(library, question.question, family)


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
                  visiting.introduction(lesson, brand),
                  f"Lesson overview ({lesson.duration_minutes} minutes): {lesson.summary}",
                  "Before the lesson, work through the safeguarding checklist in the lesson "
                  f"plan and talk to {brand.safeguarding_lead}.",
                  safeguarding_cue(brand))),
        *rule_slides,
        Slide("Today's goal", kicker="Learning outcome",
              payload=KeyMessagesSlide((lesson.outcome,)),
              pictures=_decoration(lesson, library, "star"),
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
            payload=BulletSlide(tuple(lesson.objectives)),
            pictures=_decoration(lesson, library, "footprints"),
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
            # No pair work here: the starter's minutes, as the plans time them, only read
            # the words (KS3: "No pair work yet"). Non-readers learn each with an action
            # (the KS1 starter and EAL notes name them).
            notes=join_notes("Read each word and its meaning together." if lesson.readers
                             else "Say each word and its meaning together, then say each "
                             "word with its action.")))
    return slides


def _votes_slides(lesson: Lesson, title: str, kicker: str, notes: str, answers: str,
                  library: PictureLibrary | None, caption: str = "") -> list[Slide]:
    """The starter's statements to vote on. Readers (KS2-KS4) tick them privately on their
    sheet: all three on one slide, a row each with the sheet's boxes under ``caption`` and no
    hand signals (a show of thumbs on "partly the child's fault" would let a tricked child
    see classmates blame them; six thumbs slides were a fifth of a deck). Five-to-seven-
    year-olds vote with thumbs, one statement a slide, large, over a row of thumbs to copy
    (three at once was too much for them)."""
    st = lesson.starter
    texts = [s.text for s in st.statements]
    if lesson.readers:
        return [Slide(title, kicker=kicker, payload=VoteRowsSlide(tuple(texts), caption),
                      notes=join_notes(notes, answers))]
    again = "Read the sentence aloud. Thumbs up, thumbs down or a hand on the chin."
    return [Slide(common.continued(title, n, len(texts), 1), kicker=kicker,
                  pictures=_votes(library),
                  payload=BulletSlide((text,), scale=True),
                  notes=join_notes(notes if n == 0 else again,
                                   f"{'Agree' if st.statements[n].agree else 'Disagree'}: "
                                   f"{st.statements[n].why}" if answers else ""))
            for n, text in enumerate(texts)]


def _starter(lesson: Lesson, library: PictureLibrary | None) -> list[Slide]:
    st = lesson.starter
    return _votes_slides(
        lesson, st.title, "Starter",
        join_notes(f"Timing: {common.minutes(st.minutes)}.", st.instructions, st.notes),
        "Answers (for the end of the lesson, not now): " + " ".join(
            f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
            for i, s in enumerate(st.statements, 1)) if lesson.readers else "", library,
        "Tick the Start row on your sheet, privately")


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
# Children who cannot read see the answers numbered, with a picture each.
FINGERS_KS1 = "Children show 1, 2 or 3 fingers for the answer they choose."
# The same, on the question slide, in the strip where the reveal shows why.
SHOW = "Show A, B or C with your fingers or on a whiteboard."
SHOW_KS1 = "Show 1, 2 or 3 fingers."
# A private check (blame, what should happen to a victim): written, never shown by hand.
PRIVATE = "Write A, B or C privately on your worksheet. No hands."
PRIVATE_NOTE = ("Private check: pupils write A, B or C on their worksheet (or a whiteboard "
                "turned to you only). No fingers or hands, so no pupil sees classmates put the "
                "blame on someone who was tricked.")
# The exit quiz is answered on the worksheet; its answers come at the end, all together.
ON_SHEET = "Ring A, B or C on your worksheet."


def question_slide(n: int, q: QuizQuestion, readers: bool, library: PictureLibrary | None,
                   reveal: bool = False, revealed: bool = True, how: str = "",
                   family: dict[str, str] | None = None) -> QuestionSlide:
    """A question's answer panels (numbered, with pictures, for non-readers); with
    ``reveal``, the same panels with the right one ticked and why it is right. A question
    ``revealed`` on the next slide says how to answer where the reveal says why; one that is
    not says ``how`` there (the exit quiz: on the worksheet)."""
    options, right = q.arranged
    return QuestionSlide(
        Question(n, q.question, options,
                 () if readers else pics.option_pictures(library, options, q.question,
                                                         family or {}),
                 right if reveal else None, q.explanation if reveal else "",
                 "" if reveal else (PRIVATE if q.private else SHOW if readers else SHOW_KS1)
                 if revealed else how),
        pics.get(library, "check", "A tick: the right answer") if reveal else None)


def _answer_note(q: QuizQuestion, readers: bool) -> str:
    if readers:
        return answer_note(q)
    return f"Answer: {q.arranged[1] + 1}, {closed(f'“{q.correct_text}”')} {q.explanation}"


def _reveal(title: str, kicker: str, n: int, q: QuizQuestion, readers: bool,
            library: PictureLibrary | None, family: dict[str, str] | None = None) -> Slide:
    """The question slide plus a layer: the same picture, panels and title lines (the
    drawing fits "Answer: ..." to the question's lines), the right panel ticked."""
    # Slide titles stay unique (screen readers list slides by title).
    return Slide(f"Answer: {title}", kicker=f"{kicker} · Answer",
                 payload=question_slide(n, q, readers, library, reveal=True, family=family),
                 pictures=_one(quiz_picture(q, library, family or {})),
                 notes=join_notes("Show the answer once everyone has written it down. Talk "
                                  "through why it is right; do not ask who chose what."
                                  if q.private else
                                  "Show the answer once everyone has chosen. Ask a pupil why "
                                  "it is right before you read the reason.",
                                  _answer_note(q, readers)))


@dataclass(frozen=True)
class _Beat:
    """One learning cycle being planned, and what each of its slide groups needs."""

    n: int
    cycle: LearningCycle
    brand: Brand
    readers: bool  # False: children who cannot read yet (pictures, sayings, words aloud)
    library: PictureLibrary | None
    audience: Audience
    casting: Casting | None = None  # who plays whom: figures by age and gender (plan/casting)

    @property
    def label(self) -> str:
        # Kickers are for pupils: no minutes (they invite watching the clock; timings are
        # in the notes), and children who cannot read see the parts of the story.
        return f"Learning cycle {self.n}" if self.readers else f"Part {self.n}"

    @property
    def timing(self) -> str:
        return f"Timing: {common.minutes(self.cycle.minutes)} for this cycle."


def _cycle(n: int, cycle: LearningCycle, brand: Brand, scenario_title: str,
           readers: bool = True, library: PictureLibrary | None = None,
           audience: Audience = Audience.KS2, casting: Casting | None = None) -> list[Slide]:
    """A learning cycle's slides: its outcome, big ideas, sayings, story, checks, task and
    feedback, each group planned by the function named for it, in the order its notes teach
    them (plan/cycle_steps.py), each step's notes on the slide where it happens."""
    beat = _Beat(n, cycle, brand, readers, library, audience, casting)
    steps = cycle_steps(cycle.notes, cycle.scenario is not None)
    stream = _stream(beat)
    # A stream whose video holds clues to spot is shown close up for the task.
    room = stream if stream is not None and scenes.has_room(stream.cast) else None
    groups = {"open": _section(beat, steps), "explain": [_big_ideas(beat, steps)],
              "sayings": _sayings_slide(beat),
              "story": _story(beat, stream, scenario_title), "check": _checks(beat),
              "task": _task_slides(beat, room), "feedback": _feedback(beat, room)}
    if steps is not None:
        groups = _place_steps(groups, steps)
    # The story first where the notes tell it before explaining (KS2-KS4); KS1 explains,
    # practises the sayings, then tells the story.
    teach = (["story", "explain", "sayings"] if steps is not None and steps.story_first
             else ["explain", "sayings", "story"])
    return [s for key in ["open", *teach, "check", "task", "feedback"] for s in groups[key]]


def _place_steps(groups: dict[str, list[Slide]], steps: Steps) -> dict[str, list[Slide]]:
    """Each step's paragraph on the first slide of its group ("answer": the last check's
    answer; "open": the cycle's title slide, after its timing), in the notes' order, every
    word once. Where the deck has no such slide, the paragraph goes with the one before."""
    slot = {"story": ("story", 0), "explain": ("explain", 0), "check": ("check", 0),
            "answer": ("check", -1), "task": ("task", 0), "feedback": ("feedback", 0),
            OPEN: ("open", 0)}
    said: dict[tuple[str, int], list[str]] = {}
    at = ("explain", 0)  # the big ideas slide: always there
    for paragraph in steps.paragraphs:
        found = next((slot[p] for p in paragraph.places if groups[slot[p][0]]), None)
        at = found or at
        said.setdefault(at, []).append(paragraph.text)
    out = {k: list(v) for k, v in groups.items()}
    for (key, index), texts in said.items():
        slide = out[key][index]
        # The big ideas slide's notes are its step (planned there); the title slide and the
        # answer say their own lines first (timing; the answer before its ending).
        if key == "explain":
            continue
        own = slide.notes
        notes = join_notes(own, *texts) if key == "open" or index == -1 \
            else join_notes(*texts, own)
        out[key][index] = replace(slide, notes=notes)
    big = out["explain"][0]
    # A big ideas slide whose step is said on the story slide (one "Say" step introduces
    # the story and the ideas) points back to it rather than repeat it.
    out["explain"][0] = replace(big, notes=join_notes(
        big.notes, *said.get(("explain", 0), ["Teach these points as the notes on the slide "
                                              "before say."])))
    return out


def _section(beat: _Beat, steps: Steps | None = None) -> list[Slide]:
    """The cycle's title and outcome, for readers (non-readers go straight to the ideas)."""
    if not beat.readers:
        return []
    cycle = beat.cycle
    return [Slide(
        cycle.title, payload=SectionSlide(cycle.outcome),
        pictures=_one(_cycle_picture(cycle, beat.library)),
        kicker=beat.label,
        notes=join_notes(_timing(beat, steps, "explanation, checks, practice, feedback"),
                         f"Outcome: {cycle.outcome}"))]


def _timing(beat: _Beat, steps: Steps | None, parts: str = "") -> str:
    """ "Timing: 14 min for this cycle (story 2, explain 3, check 1, task 6, feedback 2).":
    the steps' minutes in the order the slides follow, where the notes give them."""
    parts = summary(steps) if steps is not None else parts
    return f"{beat.timing[:-1]} ({parts})." if parts else beat.timing


def _big_ideas(beat: _Beat, steps: Steps | None = None) -> Slide:
    """The big ideas; their notes are the whole cycle's when they name no steps to place
    (with ``steps``, _place_steps adds the explanation's)."""
    cycle, readers = beat.cycle, beat.readers
    # "Big ideas: What does live mean?" rather than "What does live mean?: the big ideas".
    return Slide(
        f"Big ideas: {cycle.title}",
        kicker=beat.label,
        # Without a section slide before it, the big ideas carry the cycle's own picture;
        # after one, numbered rows that fill the slide (the same light bulb on every one
        # was wallpaper).
        payload=BulletSlide(tuple(cycle.explain)) if not readers
        else ChecklistSlide(tuple(cycle.explain), numbered=True),
        pictures=() if readers else _one(_cycle_picture(cycle, beat.library)),
        notes=join_notes("" if readers else join_notes(_timing(beat, steps),
                                                       f"Outcome: {cycle.outcome}"),
                         cycle.notes if steps is None else ""))


def _sayings_slide(beat: _Beat) -> list[Slide]:
    """The sayings the notes teach with actions ("No!" with a flat hand up...), as large
    picture panels the class copies: for children who cannot read, the slide shows what to
    do and say. Found in the notes' wording (content/wording.py; LP159 warns of near misses)."""
    actions = [] if beat.readers else _sayings(beat.cycle.notes, beat.library)
    if len(actions) < SAYINGS_FOR_A_SLIDE:
        return []
    return [Slide(
        "Say it and show it", kicker=beat.label,
        payload=CardsSlide(tuple(actions)),
        notes=join_notes("Say each one with its action, in a strong, calm voice; the "
                         "class copies you. Practise them together."))]


def _stream(beat: _Beat) -> StreamScreen | None:
    """The cycle's story as a live stream on screen, or None when it has no scenario."""
    sc = beat.cycle.scenario
    if not sc:
        return None
    return replace(scenario.screen(sc, _streamer(beat.cycle, beat.library),
                                   *scenes.scene(sc, beat.audience, beat.library,
                                                 beat.casting)),
                   streamer=scenes.account_name(sc))


_LIGHTS = {"kind": "green", "neutral": "green", "unkind": "amber", "red-flag": "red"}


def _story(beat: _Beat, stream: StreamScreen | None, scenario_title: str) -> list[Slide]:
    sc = beat.cycle.scenario
    if stream is None or not sc:
        return []
    # Children who cannot read yet learn traffic lights, not the older classes' words
    # (kind, neutral, red flag): the notes use the words the class has.
    says = _LIGHTS if not beat.readers else {}
    flags = [f"“{c.text}” ({c.user}): {says.get(c.kind, c.kind.replace('-', ' '))}"
             for c in sc.comments]
    return [Slide(
        scenario_title,
        kicker=f"{beat.label} · Case study" if beat.readers else f"{beat.label} · Story",
        payload=stream,
        notes=join_notes("Read the story aloud: " + sc.story,
                         f"The picture shows: {sc.picture_shows}" if sc.picture_shows
                         else "",
                         "Comments, for discussion: " + "; ".join(flags) + ".",
                         "Talk about the character, never about pupils' own experiences. "
                         "It is never the child's fault.", safeguarding_reminder(beat.brand)))]


def _checks(beat: _Beat) -> list[Slide]:
    """Each check question, then the same question with its answer shown."""
    checks, readers, library = beat.cycle.checks, beat.readers, beat.library
    slides = []
    for i, check in enumerate(checks, 1):
        # "Check 1 of 1" counts nothing for a pupil: a lone check is a quick check.
        kicker = (f"{beat.label} · Check {i} of {len(checks)}" if len(checks) > 1
                  else f"{beat.label} · Quick check")
        slides.append(Slide(
            check.question, kicker=kicker,
            payload=question_slide(i, check, readers, library,
                                   family=scenes.animals([beat.cycle])),
            pictures=_one(quiz_picture(check, library, scenes.animals([beat.cycle]))),
            notes=join_notes(("" if readers else "Read the question and each answer "
                              "aloud. ") + (PRIVATE_NOTE if check.private else
                                            FINGERS if readers else FINGERS_KS1),
                             _answer_note(check, readers))))
        slides.append(_reveal(check.question, kicker, i, check, readers, library,
                              scenes.animals([beat.cycle])))
    return slides


def _task_slides(beat: _Beat, room: StreamScreen | None) -> list[Slide]:
    """The stream close up (when it holds clues), then the task: its steps and cards on one
    slide, or on two when the cards are too many to sit beside the steps."""
    cycle, task, readers = beat.cycle, beat.cycle.task, beat.readers
    slides = []
    if room is not None:
        name = room.streamer.split()[0]
        slides.append(Slide(
            f"{name}'s stream, close up", kicker=f"{beat.label} · Look closely",
            payload=TaskSlide((), task.minutes, scene=room, show_steps=False),
            notes=join_notes("The task starts here: pupils look closely for the first "
                             "minute of its time. Do not point anything out yet: finding the "
                             "clues is the task.")))
    shown = task_slide(task, readers, beat.library)
    if _crowded(shown):
        # Many long cards do not fit beside the steps at a readable size: the steps first,
        # then the cards on a slide of their own.
        slides.append(Slide(
            task.title, kicker="Your turn",
            payload=replace(shown, columns=(), cards=()),
            notes=join_notes(f"Timing: {common.minutes(task.minutes)}. Pupils use the "
                             "worksheet; the cards are on the next slide.")))
        slides.append(Slide(
            # "Blaming, dismissing or supportive? The cards", never "supportive?: the cards".
            f"{task.title} The cards" if task.title.endswith(("?", "!"))
            else f"{task.title}: the cards", kicker="Your turn",
            payload=replace(shown, show_steps=False),
            notes=join_notes("Leave the cards up while pupils work.", _task_key(cycle))))
    else:
        slides.append(Slide(
            task.title, kicker="Your turn",
            payload=shown,
            notes=join_notes(f"Timing: {common.minutes(task.minutes)}. "
                             # A sort for children who cannot read is played with cards
                             # held up; its sheet is coloured later, not in this slot.
                             + ("Pupils hold up their cards; no sheet yet."
                                if task.sort is not None and not readers
                                else "Pupils use the worksheet."),
                             # Said aloud where the slide has no room to show them.
                             "Steps: " + " ".join(f"{n}. {step}" for n, step
                                                  in enumerate(task.instructions, 1)),
                             _task_key(cycle),
                             # Non-readers' success criteria are what a child does
                             # ("they hold up red for…"), one sentence for the teacher.
                             "" if readers else "Children succeed when "
                             + "; ".join(f.rstrip(".") for f in cycle.feedback) + ".")))
    return slides


def _clue_talk(audience: Audience) -> str:
    """How the circled clues are talked through. Primary pupils are not old enough to go
    live alone, so the lesson never coaches a tidier stream: the step is stop and tell
    ("keep it out of shot" on KS2 23 taught 9-year-olds to stream alone better)."""
    if audience in (Audience.KS1, Audience.KS2):
        return ("Go through each circled clue: what it could tell a viewer about who she is "
                "or where she lives. The safe step is not a tidier stream: going live alone "
                "is not for her age, so she stops and tells a grown-up she trusts.")
    return "Go through each circled clue: what it gives away, and how to keep it out of shot."


def _feedback(beat: _Beat, room: StreamScreen | None) -> list[Slide]:
    """After the task: the clues circled, the timeline of how it escalated, and (for
    readers) the points pupils check their own work against."""
    cycle, task, label = beat.cycle, beat.cycle.task, beat.label
    slides = []
    if room is not None:
        slides.append(Slide(
            f"Clues circled: {room.streamer.split()[0]}'s stream", kicker=f"{label} · Feedback",
            payload=TaskSlide((), task.minutes, scene=room, circled=True, show_steps=False),
            notes=join_notes(_clue_talk(beat.audience), _task_key(cycle))))
    stages = _stages(cycle)
    if beat.readers and stages:
        slides.append(Slide(
            f"How it escalates: {_after_colon(task.title)}", kicker=f"{label} · Feedback",
            payload=TimelineSlide(stages),
            notes=join_notes("Walk along the timeline: the cards in the order they happened, "
                             "under the stage each belongs to. At every stage help can break "
                             "the chain; it is never too late to tell someone.",
                             _task_key(cycle))))
    if beat.readers:
        # A written self-check is for readers; for non-readers the feedback is said aloud.
        slides.append(Slide(
            f"Check your work: {task.title}", kicker=f"{label} · Feedback",
            payload=ChecklistSlide(tuple(cycle.feedback)),
            notes=join_notes("Pupils check and improve their own work against these points.",
                             _task_key(cycle))))
    return slides


def _after_colon(title: str) -> str:
    """A title continued after a colon: its first letter lower case ("Warning-sign sort" ->
    "warning-sign sort"), but never a name's or an initialism's ("Mei's clues", "DMs that
    escalate"), and never the rest of the title (names inside it keep their capitals)."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and (first[1].isupper() or first.endswith(("'s", "’s"))):
        return title
    return title[:1].lower() + title[1:]




def _card_picture(item: SortItem, library: PictureLibrary | None) -> Picture | None:
    """A sort card's picture: the one content names for it (``picture:`` on the item), else
    one found from its words."""
    if item.picture:
        return pics.get(library, item.picture, item.text)
    return pics.card_picture(library, item.text)


def task_slide(task: Task, readers: bool, library: PictureLibrary | None) -> TaskSlide:
    """The task's material on screen: the cards to sort (with pictures and lights for
    children who cannot read), else its questions, a message to reply to as a message."""
    questions: list[str] = []
    message = None
    for prompt in task.prompts:
        # Marked in content (``message: true``, checked by the model), never guessed.
        found = MESSAGE.match(prompt.text) if prompt.message else None
        if found and message is None:
            message = Message(found["who"].strip(), found["text"].strip())
            if found["rest"]:
                questions.append(found["rest"])
        else:
            questions.append(prompt.text)
    sort = task.sort
    cards: tuple[TaskCard, ...] = ()
    columns: tuple[tuple[str, Picture | None], ...] = ()
    if sort is not None:
        columns = tuple((c, pics.light(library, c)) for c in sort.columns)
        cards = tuple(TaskCard(i.text, None if readers else _card_picture(i, library))
                      for i in sort.items)
        if any(c.picture is None for c in cards):
            cards = tuple(replace(c, picture=None) for c in cards)
    steps, asked = tuple(task.instructions), tuple(questions)
    if sort is None and readers:
        steps, asked = one_list(steps, asked, alone=message is None)
    return TaskSlide(
        steps, task.minutes, columns, cards,
        () if sort is not None else asked, message,
        pics.get(library, task.picture) if task.picture and not readers and sort is None
        else None,
        show_steps=readers,
        clock=pics.get(library, "alarm-clock", f"A clock: {task.minutes} minutes"),
        slots=() if readers or sort is not None else _slots(task, library))


_STOP = frozenset({"the", "and", "with", "your", "for", "each", "one", "two", "that", "what",
                   "his", "her", "him", "you", "its", "are", "can", "then", "who", "how",
                   "before"})
# A step that only says to answer the questions shown ("answer the two questions").
_ANSWER_THEM = re.compile(r"[^.]*\banswer the (?:\w+ )?questions\b[^.]*\.\s*", re.I)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z_']+", text.lower()) if len(w) > 2 and w not in _STOP}


def _covers(wider: str, narrower: str) -> bool:
    """Most of ``narrower``'s words are in ``wider``: it says the same thing again."""
    words = _words(narrower)
    return bool(words) and len(words & _words(wider)) >= 0.6 * len(words)


def one_list(steps: tuple[str, ...], questions: tuple[str, ...], alone: bool
             ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The task's steps and questions said once each (a timer sidebar listed
    the steps and the cards beside it said two of them again). ``alone``: nothing else is
    shown (no message), so the questions join the steps as one numbered list, each in the
    place of the step it restates (or of "answer the questions"). Else a question a step
    already says is dropped and a step a question says is dropped."""
    if not questions:
        return steps, questions
    if not alone:
        kept_q = tuple(q for q in questions if not any(_covers(s, q) for s in steps))
        kept_s = tuple(s for s in steps if not any(_covers(q, s) for q in kept_q))
        return kept_s, kept_q
    merged: list[str] = []
    left = list(questions)
    tail: list[str] = []
    for step in steps:
        match = next((q for q in left if _covers(q, step)), None)
        if match is not None:
            merged.append(match)
            left.remove(match)
        elif _ANSWER_THEM.search(step):
            merged += left
            left = []
            rest = _ANSWER_THEM.sub("", step).strip()
            if rest:
                tail.append(rest)
        else:
            merged.append(step)
    if tail and merged:  # "Write about Kai, not about yourself": said as they start
        merged[0] = f"{merged[0]} {' '.join(tail)}"
    return tuple(merged + left), ()


def _slots(task: Task, library: PictureLibrary | None
           ) -> tuple[tuple[str, Picture | None], ...]:
    """Where the steps ask a child to draw someone ("one grown-up at home and one at
    school"): a frame each on the slide, with the place's picture, in the steps' order."""
    # The worksheet's hand frame has the same places under it (picture_sheet).
    return tuple((label, pics.get(library, place, label)) for place, label in place_labels(task))


# Where help breaks the chain at each of three stages of an escalating contact (trust,
# going private, threats), in the words the lessons teach.
STAGE_HELP = ("One sign is enough: pause.",
              "Say no. Tell someone you trust.",
              "Don't pay. Save, block, report.")


def _stages(cycle: LearningCycle) -> tuple[Stage, ...]:
    """A story sorted into the stages of an escalating contact (a sort that says it is a
    timeline, or one in story order, with three stages): the stages in order, each with its
    cards, for a timeline."""
    sort = cycle.task.sort
    if (sort is None or len(sort.columns) != len(STAGE_HELP)
            or not (sort.ordered or sort.timeline)):
        return ()
    return tuple(Stage(column, tuple(i.text for i in sort.items if i.answer == column), help_)
                 for column, help_ in zip(sort.columns, STAGE_HELP, strict=True))


# Characters of card text that still fit beside the task's steps at a size read from the
# back of a classroom (about 24 pt; 330 fitted only at 18-19 pt, too small to model the
# task from): more, and the cards get a slide of their own, the whole width.
BESIDE_STEPS = 200


def _crowded(task: TaskSlide) -> bool:
    return task.show_steps and sum(len(c.text) for c in task.cards) > BESIDE_STEPS


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
    slides = _votes_slides(
        lesson, "Look back: what do you think now?", "Plenary",
        join_notes(f"Timing: {common.minutes(pl.minutes)}.", pl.notes),
        "Answers: " + " ".join(f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
                               for i, s in enumerate(st.statements, 1)), library,
        "Now tick the End row on your sheet, privately")
    readers = lesson.readers
    if readers:
        thinking = _decoration(lesson, library, "thinking")
        # One sentence to finish goes in a frame to write in (KS2's thinking face small at
        # its right: large, it outweighed the sentence, designer s9 final).
        slides.append(Slide("Think about it", kicker="Reflection",
                            payload=(WriteOnSlide(pl.reflection[0])
                                     if len(pl.reflection) == 1
                                     else BulletSlide(tuple(pl.reflection))),
                            pictures=thinking,
                            notes="Give pupils quiet thinking time. Nobody has to share their "
                                  "answer."))
    quiz = lesson.exit_quiz
    name = "Exit quiz" if readers else "Exit check"
    for i, q in enumerate(quiz, 1):
        how = ("Pupils answer on their worksheet first." if readers else
               "Read the question and each answer aloud. " + FINGERS_KS1 +
               " Then show the answer on the next slide.")
        kicker = f"{name} · Question {i} of {len(quiz)}"
        slides.append(Slide(
            q.question, kicker=kicker,
            payload=question_slide(i, q, readers, library, revealed=not readers,
                                   how=ON_SHEET if readers else "",
                                   family=scenes.animals(lesson.cycles)),
            pictures=_one(quiz_picture(q, library, scenes.animals(lesson.cycles))),
            notes=join_notes(how, _answer_note(q, readers))))
        if not readers:
            # For children who cannot read, each answer is shown straight after its question.
            slides.append(replace(
                _reveal(q.question, kicker, i, q, readers, library,
                        scenes.animals(lesson.cycles)),
                notes=join_notes(_answer_note(q, readers),
                                 "" if i < len(quiz) else
                                 "Then ask, for pupils to answer aloud: "
                                 + " ".join(pl.reflection))))
    if readers:
        slides.append(Slide(
            "Exit quiz answers", kicker="Check your answers",
            payload=AnswersSlide(tuple(Answer(i, q.question, q.correct_text, q.explanation,
                                              LETTERS[q.arranged[1]])
                                       for i, q in enumerate(quiz, 1))),
            notes=join_notes(*(f"{i}. {q.explanation}" for i, q in enumerate(quiz, 1)))))
    slides.append(Slide("Remember", kicker="Key messages",
                        payload=KeyMessagesSlide(tuple(lesson.key_messages)),
                        pictures=_decoration(lesson, library, "heart"),
                        notes="Read the key messages together. Leave this slide up while pupils "
                              "pack away."))
    helps = _with_dsl_photo(common.signposts(lesson, facts, brand, library), brand)
    # At most four cards a slide (a brand's own local helplines can make more), shared out
    # evenly: never a slide holding one card.
    size = common.even_share(len(helps), CARDS_PER_SLIDE)
    for n, start in enumerate(range(0, len(helps), size)):
        shown = helps[start:start + size]
        said = ""
        if not readers:
            # Children who cannot read see who and how (a picture, a name, a number); what
            # each is for is said aloud.
            said = "Say what each is for: " + " ".join(_said(h) for h in shown)
            shown = tuple(replace(h, blurb="", contact=_few_words(h.contact)) for h in shown)
        slides.append(Slide(
            common.continued("Who can help", n, len(helps), size),
            kicker="Getting help",
            payload=SignpostingSlide(
                shown,
                common.help_lead(lesson, brand) if n == 0 else "More places to get help.",
                slots=size,
                series=helps if readers else tuple(
                    replace(h, blurb="", contact=_few_words(h.contact)) for h in helps)),
            notes=join_notes(said, visiting.help_note(lesson, brand),
                             safeguarding_reminder(brand))))
    return slides


def _with_dsl_photo(helps: tuple[Signpost, ...], brand: Brand) -> tuple[Signpost, ...]:
    """The school's safeguarding lead's card with the DSL's photo (brand ``dsl_photo``), in
    place of the school's icon: pupils know a face before a name. Without one the icon
    stays (an empty photo frame would read as unfinished)."""
    if brand.dsl_photo is None:
        return helps
    # Found, read and checked by the brand's loader: the planner only places it.
    photo = Picture(DSL_PHOTO, f"Photo of {common.dsl(brand)}",
                    str(brand.dsl_photo.path), brand.dsl_photo.sha1)
    school = pics.HELPLINE_PICTURES["dsl"]
    return tuple(replace(h, picture=photo) if h.picture is not None
                 and h.picture.name == school else h for h in helps)


def _said(help_card: Signpost) -> str:
    """What a help card is for, said aloud to children who cannot read: its words and then
    whatever its contact adds, each thing once (the lead's card says "keeps children safe"
    and "Or ask Mr Adeyemi" in its words; its contact repeats both beside the place)."""
    def plain(text: str) -> str:
        return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("ask ", ""))

    blurb = help_card.blurb.strip()
    extra = [s for s in re.split(r"(?<=[.!?])\s+", help_card.contact.strip())
             if s and plain(s) not in plain(blurb)]
    return " ".join([f"{help_card.name}:", *filter(None, [blurb, *extra])]) + (
        "" if (extra[-1] if extra else blurb).endswith((".", "!", "?")) else ".")


def _few_words(contact: str) -> str:
    """A help card's line for children who cannot read yet: the picture and the name say
    who; under them only what the class must remember, a short line (KS1's
    help slide was four lines a card). The rest is said aloud (the slide's notes): the
    deputy's name where the card names one ("Or Mr Okoro"), a number to ring ("0800 1111"),
    else the first sentence."""
    deputy = re.search(r"\b(Or (?:ask )?[^.]+)\.?$", contact)
    if deputy and len(deputy.group(1)) <= 40 and deputy.start() > 0:
        # Where to find the lead ("By the school hall.") stays beside the deputy: a child
        # taken to find help needs the place as well as the names.
        before = re.split(r"(?<=[.!?])\s", contact[:deputy.start()].strip())
        where = before[-1]
        if where == common.TEACHER_TAKES_YOU:  # no place named: nothing to point to
            where = ""
        if where and len(where) + len(deputy.group(1)) <= 60:
            return f"{where} {deputy.group(1)}"
        return deputy.group(1)
    number = re.search(r"\b\d{3,5}(?: \d{3,4}){1,2}\b", contact)
    if number:
        return number.group(0)
    first = re.split(r"(?<=[.!?])\s", contact, maxsplit=1)[0]
    return first


# Where the starter's and the plenary's steps happen, by their name's first word: the slide
# whose kicker starts so ("Ground rules (2 min)" on the ground rules). Other steps stay on the
# part's own first slide (the vote).
_STARTER_PLACES = ((("ground", "welcome"), "Before we start"), (("goal",), "Learning outcome"))
_PLENARY_PLACES = ((("exit",), "Exit "), (("self-check",), "Check your answers"),
                   (("help", "close", "who"), "Getting help"))


def _steps_in_place(slides: list[Slide], notes: str, home: str,
                    places: tuple[tuple[tuple[str, ...], str], ...]) -> list[Slide]:
    """A part's notes were all on its first slide (``home``, by kicker): the starter's after
    the ground rules and goal they tell the teacher to go through, the plenary's exit quiz
    and close before them (teacher review s10, F7). Each step moves to the slide where it
    happens, a paragraph after it (Watch for…, After the lesson…) with it, every word once."""
    at_home = next((i for i, s in enumerate(slides) if s.kicker == home), None)
    if at_home is None:
        return slides
    moved: dict[str, list[str]] = {}
    at: str | None = None
    for paragraph in (x.strip() for x in (notes or "").split("\n") if x.strip()):
        step = step_of(paragraph)
        if step is not None:
            first = kind(step[0])
            at = next((k for names, k in places if first in names), None)
        if at is not None:
            moved.setdefault(at, []).append(paragraph)
    out = list(slides)
    for kicker, texts in moved.items():
        i = next((i for i, s in enumerate(out) if s.kicker.startswith(kicker)), None)
        lines = out[at_home].notes.split("\n")
        # Only a paragraph the first slide says as written moves (never said twice).
        said = [t for t in texts if t in (x.strip() for x in lines)]
        if i is None or not said:  # no such slide in this deck: the step stays
            continue
        out[i] = replace(out[i], notes=join_notes(*said, out[i].notes))
        out[at_home] = replace(out[at_home], notes="\n".join(
            x for x in lines if x.strip() not in said))
    return out


def plan_lesson_deck(lesson: Lesson, facts: FactsFile, brand: Brand,
                     library: PictureLibrary | None = None) -> DeckPlan:
    """``library``: the pictures content may name (built-in and a school's own)."""
    slides = _steps_in_place([*_intro(lesson, brand, library), *_starter(lesson, library)],
                             lesson.starter.notes, "Starter", _STARTER_PLACES)
    titles = _scenario_titles(lesson.cycles, lesson.audience)
    casting = Casting()  # one figure per character across the deck's stories
    for n, cycle in enumerate(lesson.cycles, 1):
        slides += _cycle(n, cycle, brand, titles[n - 1], lesson.readers, library,
                         lesson.audience, casting)
    slides += _steps_in_place(_ending(lesson, facts, brand, library), lesson.plenary.notes,
                              "Plenary", _PLENARY_PLACES)
    if look_for(lesson.audience).plain_icons:
        slides = [pics.plain_icons(s, library) for s in slides]
    # The school's own teacher's notes, like their lesson plan, leave out visitors' asides.
    slides = [replace(s, notes=visiting.for_own_staff(s.notes, brand)) for s in slides]
    return DeckPlan(
        filename=common.file_stem(lesson, "slides") + ".pptx",
        meta=common.meta(lesson, brand, "lesson slides"),
        footer=common.deck_footer(lesson, brand),
        slides=tuple(slides),
        look=lesson.audience,
    )
