"""A learning cycle's slides: its outcome, big ideas, sayings, story and checks, then its
task and feedback (task.py, feedback.py), in the order its notes teach them."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, LearningCycle, QuizQuestion
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.safeguarding_words import safeguarding_words
from lessonpack.content.wording import SAYING, SAYINGS_FOR_A_SLIDE
from lessonpack.kinds import registry, scenario
from lessonpack.kinds.cards import CardsSlide
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.offers import BIG_IDEAS, BigIdeasOffered
from lessonpack.kinds.payloads import Card, StreamScreen
from lessonpack.kinds.section import SectionSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan import scenes
from lessonpack.plan.ages import age_of
from lessonpack.plan.casting import Casting
from lessonpack.plan.cycle_steps import OPEN, Steps, cycle_steps, summary
from lessonpack.plan.deck.art import one, streamer
from lessonpack.plan.deck.beat import Beat
from lessonpack.plan.deck.feedback import feedback_slides
from lessonpack.plan.deck.quiz import (
    FINGERS,
    FINGERS_KS1,
    PRIVATE,
    SHOW,
    SHOW_KS1,
    question_slide,
    quiz_answer_note,
    quiz_picture,
    reason_slide,
    reveal,
    short_why,
)
from lessonpack.plan.deck.task import task_slides
from lessonpack.plan.model import Slide, SlidePayload
from lessonpack.plan.notes import join_notes, safeguarding_reminder

# The action -> its picture (the first that matches).
# Each picture shows the action itself, the one a child who cannot read copies: two raised
# hands, a finger at the mouth (a stop sign and a talking head showed neither).
_ACTION_PICTURES = ((r"both hands", "both-hands-up"), (r"hand up|flat hand", "raised-hand"),
                    (r"mouth", "point-to-mouth"), (r"say|tell", "talk"), (r"point", "pointing"))


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


def _cycle_picture(cycle: LearningCycle, library: PictureLibrary | None) -> Picture | None:
    if cycle.picture:
        return pics.get(library, cycle.picture)
    return (pics.by_words(library, f"{cycle.title} {cycle.outcome}")
            or pics.get(library, "light-bulb"))


def scenario_titles(cycles: list[LearningCycle], audience: Audience) -> list[str]:
    """ "Kai is live" ("Olly is watching", "Pip's video call"), or "Kai is live, part 2" when
    one character runs through the lesson."""
    names = [scenes.title(c.scenario, audience) if c.scenario else "" for c in cycles]
    titles = []
    for i, name in enumerate(names):
        part = names[: i + 1].count(name)
        titles.append(name + (f", part {part}" if names.count(name) > 1 else ""))
    return titles


def cycle_slides(n: int, cycle: LearningCycle, brand: Brand, scenario_title: str,
                 readers: bool = True, library: PictureLibrary | None = None,
                 audience: Audience = Audience.KS2, casting: Casting | None = None,
                 start: int = 0, on_sheet: tuple[int, ...] = (),
                 split: frozenset[str] = frozenset(), sheet_sort: bool = False,
                 earlier: SectionSlide | None = None) -> list[Slide]:
    """A learning cycle's slides: its outcome, big ideas, sayings, story, checks, task and
    feedback, each group planned by the function named for it, in the order its notes teach
    them (plan/cycle_steps.py), each step's notes on the slide where it happens.
    ``earlier``: the last earlier cycle's section slide, whose story an older class's
    cycle without a story of its own opens on (divider_scene)."""
    beat = Beat(n, cycle, brand, readers, library, audience, casting, start, on_sheet, split,
                sheet_sort)
    steps = cycle_steps(cycle.notes, cycle.scenario is not None)
    stream = _stream(beat)
    # A stream whose video holds clues to spot is shown close up for the task.
    room = stream if stream is not None and scenes.has_room(stream.cast) else None
    groups = {"open": _section(beat, steps), "explain": [_big_ideas(beat, steps)],
              "sayings": _sayings_slide(beat),
              "story": _story(beat, stream, scenario_title),
              "check": _checks(beat),
              "task": task_slides(beat, room), "feedback": feedback_slides(beat, room)}
    # The slide kinds placed in a Part, each a group named for its kind (kinds/base.CyclePlace).
    placed = registry.in_cycle()
    groups |= {name: list(place.made(beat)) for name, place in placed}
    if steps is not None:
        groups = _place_steps(groups, steps)
    # The story first where the notes tell it before explaining (KS2-KS4); KS1 explains,
    # practises the sayings, then tells the story.
    teach = (["story", "explain", "sayings"] if steps is not None and steps.story_first
             else ["explain", "sayings", "story"])
    # A placed kind's slides come after everything taught, before the checks, or straight
    # after the group it names where its step comes before any explanation.
    for name, place in placed:
        early = steps is not None and name in steps.early and place.after in teach
        teach.insert(teach.index(place.after) + 1 if early else len(teach), name)
    slides = [s for key in ["open", *teach, "check", "task", "feedback"] for s in groups[key]]
    if not age_of(beat.audience).secondary:
        return slides
    opening = divider_scene(stream, earlier)
    if opening is None:
        return _without_divider(slides)
    return _with_scene(slides, opening)


def divider_scene(stream: StreamScreen | None, earlier: SectionSlide | None
                  ) -> SectionSlide | None:
    """What an older class's cycle opens on (``earlier``: the last earlier cycle's divider):
    its own story's room; else the earlier story's room after the stream, that night (KS4's
    Ravi: "an hour later" he is frightened, and the next part is what he does then), then
    by day for the part after; else None (the cycle opens on its big ideas). Only a stream
    draws a room; a call or a show watched has none."""
    if stream is not None:
        return SectionSlide(scene=stream) if stream.scene == "stream" else None
    if earlier is None or earlier.scene is None:
        return None
    night = not (earlier.after_stream and earlier.scene.night)
    return SectionSlide(scene=replace(earlier.scene, night=night), after_stream=True)


def _with_scene(slides: list[Slide], opening: SectionSlide) -> list[Slide]:
    """11-16s' cycle opens on a section slide beside its story's room: a crop of the scene
    the part is about, so the class sees a new part start (the kickers alone, at 10 pt, did
    not show it), and the deck is not thirty text cards in a row."""
    divider = slides[0] if slides else None
    if divider is None or not isinstance(divider.payload, SectionSlide):
        return slides
    payload = replace(divider.payload, scene=opening.scene, after_stream=opening.after_stream)
    return [replace(divider, pictures=(), payload=payload), *slides[1:]]


def _without_divider(slides: list[Slide]) -> list[Slide]:
    """11-16s' cycle with no story to show opens on its big ideas, not on a title slide:
    its notes (the clock, the outcome, what to watch for) open the first slide's. Every
    slide's kicker names the cycle and the objectives slide lists its outcome."""
    if len(slides) < 2 or not isinstance(slides[0].payload, SectionSlide):
        return slides
    divider, first = slides[0], slides[1]
    return [replace(first, notes=join_notes(divider.notes, first.notes)), *slides[2:]]


def _place_steps(groups: dict[str, list[Slide]], steps: Steps) -> dict[str, list[Slide]]:
    """Each step's paragraph on the first slide of its group ("answer": the last check's
    answer; "open": the cycle's title slide, after its timing), in the notes' order, every
    word once. Where the deck has no such slide, the paragraph goes with the one before."""
    slot = {"story": ("story", 0), "explain": ("explain", 0), "check": ("check", 0),
            "answer": ("check", -1), "task": ("task", 0), "feedback": ("feedback", 0),
            OPEN: ("open", 0), **{name: (name, 0) for name, _ in registry.in_cycle()}}
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


def _section(beat: Beat, steps: Steps | None = None) -> list[Slide]:
    """The cycle's title and outcome, for readers (non-readers go straight to the ideas)."""
    if not beat.readers:
        return []
    cycle = beat.cycle
    return [Slide(
        cycle.title, payload=SectionSlide(cycle.outcome),
        pictures=one(_cycle_picture(cycle, beat.library)),
        kicker=beat.label,
        notes=join_notes(_timing(beat, steps, "explanation, checks, practice, feedback"),
                         f"Outcome: {cycle.outcome}"))]


def _timing(beat: Beat, steps: Steps | None, parts: str = "") -> str:
    """ "Section 0:06–0:20 (14 min): story 2, explain 3, check 1, task 6, feedback 2.": the
    clock, then the steps' minutes in the order the slides follow, where the notes give them."""
    parts = summary(steps) if steps is not None else parts
    return f"{beat.timing[:-1]}: {parts}." if parts else beat.timing


def _big_ideas(beat: Beat, steps: Steps | None = None) -> Slide:
    """The big ideas; their notes are the whole cycle's when they name no steps to place
    (with ``steps``, _place_steps adds the explanation's)."""
    cycle, readers = beat.cycle, beat.readers
    # "Big ideas: What does live mean?" rather than "What does live mean?: the big ideas".
    return Slide(
        f"Big ideas: {cycle.title}",
        kicker=beat.label,
        # Without a section slide before it, the big ideas carry the cycle's own picture;
        # after one, numbered rows across the whole width at the largest size they fit: the
        # section slide just showed the cycle's picture, and the same icon again on a pale
        # disc took a quarter of the slide from the words.
        # The youngest's: picture and sayings in one tinted panel, the sayings centred beside
        # it, as on their "Remember" slide: three 35 pt points at the top of the right half
        # left its lower third empty on the two slides meant to be the boldest.
        payload=_big_ideas_payload(beat),
        pictures=() if readers else one(_cycle_picture(cycle, beat.library)),
        marks=tuple(cycle.explain_marks),
        notes=join_notes("" if readers else join_notes(_timing(beat, steps),
                                                       f"Outcome: {cycle.outcome}"),
                         cycle.notes if steps is None else ""))


def _big_ideas_payload(beat: Beat) -> SlidePayload:
    """The youngest's big ideas as their picture-and-sayings panel (never offered: a kind's
    drawing for readers would not serve children who cannot read yet); a reader's as the kind
    that claims the big ideas draws them where their content lets it (kinds/offers.BIG_IDEAS),
    else as numbered rows."""
    cycle = beat.cycle
    if not beat.readers:
        return KeyMessagesSlide(tuple(cycle.lines))
    claimed = registry.claimed(BIG_IDEAS, BigIdeasOffered(cycle, beat.library))
    return claimed or ChecklistSlide(tuple(cycle.lines))


def _sayings_slide(beat: Beat) -> list[Slide]:
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


def story_rooms(cycles: list[LearningCycle], brand: Brand, library: PictureLibrary | None,
                audience: Audience) -> dict[int, StreamScreen]:
    """Each Part's stream whose video is a room of clues, by Part number, as the deck draws
    it: one casting across the stories in the deck's order, so the sheet's Mei is the
    slides' Mei. ``library``: the lesson's (pictures.for_item)."""
    casting = Casting()
    rooms: dict[int, StreamScreen] = {}
    for n, cycle in enumerate(cycles, 1):
        stream = _stream(Beat(n, cycle, brand, True, library, audience, casting))
        if stream is not None and scenes.has_room(stream.cast):
            rooms[n] = stream
    return rooms


def _stream(beat: Beat) -> StreamScreen | None:
    """The cycle's story as a live stream on screen, or None when it has no scenario."""
    sc = beat.cycle.scenario
    if not sc:
        return None
    scene, cast = scenes.scene(sc, beat.audience, beat.library, beat.casting)
    shown = scenes.with_setting(scenario.screen(sc, streamer(beat.cycle, beat.library),
                                                scene, cast), sc, cast)
    # A primary class's stream keeps its row of pictures: a room is an older class's.
    primary = age_of(beat.audience).primary
    return replace(shown, streamer=scenes.account_name(sc),
                   setting="" if primary else shown.setting, night=shown.night and not primary)

_LIGHTS = {"kind": "green", "neutral": "green", "unkind": "amber", "red-flag": "red"}


def _story(beat: Beat, stream: StreamScreen | None, scenario_title: str) -> list[Slide]:
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
        notes=join_notes("Read the story aloud: " + sc.read_aloud,
                         f"The picture shows: {sc.picture_shows}" if sc.picture_shows
                         else "",
                         "Comments, for discussion: " + "; ".join(flags) + ".",
                         safeguarding_words().presenter.story_distancing,
                         safeguarding_reminder(beat.brand)))]


def _checks(beat: Beat) -> list[Slide]:
    """Each check question, then the same question with its answer shown (and, where the
    template has no room for the reason under the answers, the reason on its own slide)."""
    private = safeguarding_words().presenter.private_check
    return [s for i, check in enumerate(beat.cycle.checks, 1)
            for s in _marked(_check_slides(beat, i, check, private), check.marks)]


def _marked(slides: list[Slide], marks: list[str]) -> list[Slide]:
    """``slides`` with the names content gives them (``Slide.marks``)."""
    return [replace(s, marks=tuple(marks)) for s in slides] if marks else slides


def _check_slides(beat: Beat, i: int, check: QuizQuestion, private: str) -> list[Slide]:
    """Check ``i``'s slides: its question, then its answer shown (and its reason) unless it
    is optional."""
    readers, library, family = beat.readers, beat.library, scenes.animals([beat.cycle])
    # The check's question or its answer slide was crowded: both are split under the
    # question's title (``Slide.split_as``).
    apart = check.slide_title in beat.split
    # The question's strip is sized to what its reveal shows: one line when apart.
    why = short_why(check, readers) if apart else None
    # "Check 1 of 1" counts nothing for a pupil: a lone check is a quick check.
    checks = beat.cycle.checks
    kicker = (f"{beat.label} · Check {i} of {len(checks)}" if len(checks) > 1
              else f"{beat.label} · Quick check") + (" · optional" if check.optional else "")
    question = Slide(
        check.slide_title, kicker=kicker,
        payload=question_slide(i, check, readers, library, family=family, why=why),
        pictures=one(quiz_picture(check, library, family)),
        notes=join_notes(("" if readers else "Read the question and each answer "
                          "aloud. ") + (private if check.private else
                                        FINGERS if readers else FINGERS_KS1),
                         quiz_answer_note(check, readers)))
    if check.optional and not apart:
        # A check run only if time allows is one slide: its answer is said from the
        # notes. A reveal each for the second checks made 11-16s' decks 46-47 slides
        # for an hour, more than a teacher can show.
        return [_asked_only(question, i, check, readers, library, beat)]
    return [question, reveal(check.slide_title, kicker, i, check, readers, library, family, why),
            *([reason_slide(check.slide_title, kicker, check, readers)] if apart else [])]


def _asked_only(slide: Slide, n: int, check: QuizQuestion, readers: bool,
                library: PictureLibrary | None, beat: Beat) -> Slide:
    """An optional check's one slide: the question, its strip saying how to answer (no
    reveal follows to say why), the answer and its reason in the notes to read out."""
    how = PRIVATE if check.private else SHOW if readers else SHOW_KS1
    return replace(slide, payload=question_slide(
        n, check, readers, library, revealed=False, how=how,
        family=scenes.animals([beat.cycle])),
        notes=join_notes(slide.notes, "No answer slide follows: once everyone has chosen, "
                         "say the answer and why (above)."))
