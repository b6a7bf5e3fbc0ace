"""A learning cycle's slides follow the steps its notes teach, each step's paragraph on the
slide where it happens ("Big ideas" came before the story the
notes start with, and every step of a cycle sat in the big ideas slide's notes).

Steps are read from the notes ("Story (2 min): …"); slides are found by kind and kicker."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

import pytest
from docx import Document
from docx.oxml.ns import qn

from built_decks import built_deck
from lessonpack.api import load, validate
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.plan.cycle_steps import OPEN, cycle_steps
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import DeckPlan, Slide
from lessonpack.plan.visiting import for_own_staff

AUDIENCES = ["ks1", "ks2", "ks3", "ks4"]
# A timed step's label at the start of a paragraph: "Story (2 min):".
LABEL = re.compile(r"^([A-Z][^\n(:]{0,40}?) \((\d+) min\):")
ASIDE = re.compile(r"Second adult|Years? \d")
CUE = re.compile(r"(?:Do|Say|Ask|Then ask|If asked) \(")  # render/notes_cues' inline cues


def _lesson(audience: str) -> Lesson:
    item = load().items[f"live-streaming-{audience}"].item
    assert isinstance(item, Lesson)
    return item


def _plan(lesson: Lesson) -> DeckPlan:
    return plan_lesson_deck(lesson, load().facts, DEFAULT_BRAND)


def _part(kicker: str) -> int:
    """1 from "Learning cycle 1 · Case study" or "Part 1"; 0 for slides of no cycle."""
    found = re.match(r"(?:Learning cycle|Part) (\d+)\b", kicker)
    return int(found[1]) if found else 0


def _cycles(plan: DeckPlan) -> list[list[Slide]]:
    """Each cycle's slides: from its first slide that names it to the next cycle's (the task
    slides' kicker is "Your turn")."""
    starts = [next(i for i, s in enumerate(plan.slides) if _part(s.kicker) == n)
              for n in range(1, 10) if any(_part(s.kicker) == n for s in plan.slides)]
    end = next(i for i, s in enumerate(plan.slides) if s.kicker.startswith("Plenary"))
    return [list(plan.slides[a:b]) for a, b in zip(starts, [*starts[1:], end], strict=True)]


def _holder(slides: list[Slide], paragraph: str) -> list[Slide]:
    # A school's own teacher reads the notes without the visitor's asides (plan/visiting).
    said = for_own_staff(paragraph, DEFAULT_BRAND)
    return [s for s in slides if said in s.notes.split("\n")]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_paragraph_of_a_cycles_notes_is_on_one_slide_once(audience: str) -> None:
    lesson = _lesson(audience)
    plan = _plan(lesson)
    for cycle, slides in zip(lesson.cycles, _cycles(plan), strict=True):
        paragraphs = [x.strip() for x in cycle.notes.split("\n") if x.strip()]
        assert len(paragraphs) >= 4
        for paragraph in paragraphs:
            assert len(_holder(slides, paragraph)) == 1, (cycle.title, paragraph[:60])
            # Said once in the whole deck, not again in another slide's notes (two cycles may
            # say the same: "Check (1 min): run the first check; …").
            said = for_own_staff(paragraph, DEFAULT_BRAND)
            assert sum(said in s.notes for s in plan.slides) == sum(
                paragraph in c.notes.split("\n") for c in lesson.cycles), paragraph[:60]


def _big_ideas(slides: list[Slide]) -> Slide:
    # The cycle's slide of its own label with no stage after it ("Learning cycle 1", not
    # "… · Case study"), that is not its title slide.
    return next(s for s in slides if "·" not in s.kicker and s.kind != "section"
                and s.kicker)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_step_is_on_the_slide_where_it_happens(audience: str) -> None:
    lesson = _lesson(audience)
    for cycle, slides in zip(lesson.cycles, _cycles(_plan(lesson)), strict=True):
        story = next((s for s in slides if s.kind == "scenario"), None)
        checks = [s for s in slides if s.kind == "quiz_question"]
        tasks = [s for s in slides if s.kind == "task" and "Feedback" not in s.kicker]
        feedback = [s for s in slides if "Feedback" in s.kicker]
        discuss = next((s for s in slides if s.kind == "think_pair_share"), None)
        where = {"Story": story, "Explain": _big_ideas(slides), "Think": discuss,
                 "Check": checks[0], "Ending": checks[-1], "Task": tasks[0],
                 "Feedback": feedback[0] if feedback else tasks[-1]}
        for paragraph in cycle.notes.split("\n"):
            label = LABEL.match(paragraph.strip())
            if label is None:
                continue
            (holder,) = _holder(slides, paragraph.strip())
            name = label[1].split()[0].rstrip(",")  # "Think, pair, share"
            if name == "Say":  # the opening: with the story where it introduces it
                assert holder in (story, _big_ideas(slides)), (cycle.title, paragraph[:40])
            else:
                assert holder is where[name], (cycle.title, name, holder.title)


@pytest.mark.parametrize(("audience", "story_first"),
                         [("ks1", False), ("ks2", True), ("ks3", True), ("ks4", True)])
def test_the_story_comes_where_the_notes_tell_it(audience: str, story_first: bool) -> None:
    """KS2-KS4 tell the story, then explain; KS1 explains ("Live means…"), then tells it."""
    lesson = _lesson(audience)
    for cycle, slides in zip(lesson.cycles, _cycles(_plan(lesson)), strict=True):
        story = next((i for i, s in enumerate(slides) if s.kind == "scenario"), None)
        if story is None:
            continue
        ideas = slides.index(_big_ideas(slides))
        assert (story < ideas) is story_first, cycle.title
        # Nothing is taught before the story but the cycle's title (KS2 readers; 11-16s'
        # beside a still of the story's room, test_section_scene).
        if story_first:
            assert [s.kind for s in slides[:story]] == ["section"]
            assert "Outcome: " + cycle.outcome in slides[0].notes.split("\n")


def _plan_labels(path: Path) -> list[str]:
    """The timed steps of the lesson plan's step table, in order, as the notes label them
    ("Welcome (2 min):"): each row's step name under its time on the lesson's clock."""
    out: list[str] = []
    table = next(t for t in Document(str(path)).tables
                 if t.rows[0].cells[-1].text == "What you say and do")
    for row in table.rows[1:]:
        when = row.cells[0]
        if when.text == row.cells[-1].text:  # a stage's band, across the table
            continue
        merge = row._tr.find(f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is not None and merge.get(qn("w:val")) != "restart":
            continue  # a long step's next piece: its time cell is the one above
        time, _, name = when.text.partition("\n")
        if "–" in time:
            a, b = time.split("–")
            out.append(f"{name} ({int(b) - int(a)} min):")
    return out


def _deck_labels(built_packs: Path, audience: str) -> list[str]:
    """The timed step labels in the built deck's notes, slide by slide."""
    out: list[str] = []
    for slide in built_deck(built_packs, audience).slides:
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        lines = [line.strip() for line in notes.split("\n")]
        # A timed cue after a year group's route or a second adult's job starts a line of
        # its own (render/notes_cues) but is still the step's ("Ask (1 min):" in "Task").
        out += [m[0] for before, line in zip(["", *lines], lines, strict=False)
                if (m := LABEL.match(line)) and not (ASIDE.match(before) and CUE.match(line))]
    return out


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_deck_and_the_lesson_plan_run_the_steps_in_one_order(built_packs: Path,
                                                                  audience: str) -> None:
    folder = built_packs / f"live-streaming-{audience}"
    planned = _plan_labels(folder / f"live-streaming-{audience}-lesson-plan.docx")
    shown = _deck_labels(built_packs, audience)
    assert len(planned) >= 4 * len(_lesson(audience).cycles)
    assert shown == planned


def test_notes_without_steps_stay_whole_on_the_big_ideas_slide() -> None:
    """Notes a deck cannot place (no step names it knows) keep the old order and place: all
    on the big ideas slide, before the story."""
    lesson = _lesson("ks2")
    plain = "Show the stream and read the story.\nTalk about the comments."
    cycles = [c.model_copy(update={"notes": plain}) for c in lesson.cycles]
    slides = _cycles(_plan(lesson.model_copy(update={"cycles": cycles})))[0]
    ideas = _big_ideas(slides)
    assert ideas.notes.endswith(plain)
    assert [s.kind for s in slides[:3]] == ["section", "idea_cards", "scenario"]


def test_steps_are_placed_by_their_names() -> None:
    notes = ("Say (2 min): introduce Kai.\nExplain (3 min): the ideas.\nDiscuss (1 min): pairs."
             "\nTask (5 min): sort.\nFeedback (2 min): answers.\nWatch for: names.")
    steps = cycle_steps(notes, has_story=True)
    assert steps is not None and steps.story_first
    places = [p.places for p in steps.paragraphs]
    # "Say" with no "Story" step opens the story; a step of no known name goes with the one
    # before it; a caution after the last step is for the whole cycle (its title slide).
    assert places == [("story",), ("explain",), ("explain",), ("task",), ("feedback",),
                      (OPEN, "feedback")]
    beside = cycle_steps("Say (2 min): live means now.\nStory (3 min): Pip.", has_story=True)
    assert beside is not None and not beside.story_first
    assert [p.places for p in beside.paragraphs] == [("explain",), ("story",)]
    assert cycle_steps("Read the story.", has_story=True) is None
    # A first step of no known name has no place of its own (the big ideas take it): it
    # stopped the build with an IndexError that validate never saw.
    hook = cycle_steps("Hook (2 min): a question.\nExplain (3 min): ideas.", has_story=True)
    assert hook is not None and [p.places for p in hook.paragraphs] == [(), ("explain",)]


TPS = "think_pair_share"  # the kind's name: the group its slides are planned as


def test_a_think_pair_share_step_is_said_on_its_slide() -> None:
    """ "Think, pair, share (N min)" goes on the think, pair, share slide (kinds/
    think_pair_share); opening the cycle before any explanation, it talks about the story:
    the story comes first, then the discussion, then the big ideas."""
    opening = cycle_steps("Think, pair, share (4 min): the story, then the question.\n"
                          "Explain (2 min): routes.\nTask (5 min): pairs.", has_story=True)
    assert opening is not None and opening.story_first and TPS in opening.early
    assert [p.places for p in opening.paragraphs] == [(TPS,), ("explain",), ("task",)]
    later = cycle_steps("Story (2 min): Kai.\nExplain (3 min): ideas.\n"
                        "Think, pair, share (3 min): pairs.", has_story=True)
    assert later is not None and later.story_first and TPS not in later.early
    # Without a story to talk about, a first think, pair, share does not make one first.
    alone = cycle_steps("Think, pair, share (3 min): pairs.\nExplain (2 min): ideas.",
                        has_story=False)
    assert alone is not None and TPS in alone.early and not alone.story_first


def test_the_ks3_think_pair_share_follows_its_story_before_the_big_ideas() -> None:
    lesson = _lesson("ks3")
    for cycle, slides in zip(lesson.cycles, _cycles(_plan(lesson)), strict=True):
        kinds = [s.kind for s in slides]
        if cycle.think_pair_share is None:
            assert "think_pair_share" not in kinds
            continue
        at = kinds.index("think_pair_share")
        assert kinds[at - 1] == "scenario"
        assert slides[at + 1] is _big_ideas(slides)


def test_a_step_of_no_known_name_is_warned(tmp_path: Path) -> None:
    """A timed step the slides are not made for, among steps that are, is said on the slide
    before with no other sign: validate warns (LP184), one line with file, line and field,
    naming the steps it knows, a slide kind's placed step ("Think") among them."""
    fixture = Path(__file__).parent / "validate_fixtures" / "step-names"
    lesson = (fixture / "lesson.yml").read_text(encoding="utf-8")
    (tmp_path / "lesson.yml").write_text(lesson.replace("Teach (3 min)", "Explain (3 min)"),
                                         encoding="utf-8")
    found = [p for p in validate([tmp_path]).problems if p.code == "LP184"]
    assert sorted(p.message.split("'")[1] for p in found) == ["Activity", "Hook", "Quiz",
                                                              "Review"]
    line = str(found[0])
    assert re.search(r"lesson\.yml:\d+:\d+: warning\[LP184\] cycles\[0\]\.notes: ", line), line
    assert "Say, Story, Explain, Check, Ending, Task, Feedback or Think" in line, line
    assert not [p for p in validate([tmp_path]).problems if p.code == "LP157"]


# Where the starter's and plenary's steps happen, by the first word of their names: the
# first slide whose kicker starts so; other steps on the part's first slide.
STARTER = {"ground": "Before we start", "welcome": "Before we start", "goal": "Learning outcome"}
PLENARY = {"exit": "Exit ", "self-check": "Check your answers", "help": "Getting help",
           "close": "Key messages", "who": "Getting help"}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_starters_and_plenarys_steps_are_where_they_happen(audience: str) -> None:
    """"Ground rules (2 min)" on the ground rules, "Goal and key words" on the goal, the
    exit quiz on its first question, the close on the key messages (where it starts), who can
    help on the help cards: not all on the part's vote
    slide, after (or before) the slides they name."""
    lesson = _lesson(audience)
    slides = _plan(lesson).slides
    for notes, home, places in ((lesson.starter.notes, "Starter", STARTER),
                                (lesson.plenary.notes, "Plenary", PLENARY)):
        for paragraph in (x.strip() for x in notes.split("\n") if x.strip()):
            label = LABEL.match(paragraph)
            if label is None:
                continue
            (holder,) = [s for s in slides if for_own_staff(paragraph, DEFAULT_BRAND)
                         in s.notes.split("\n")]
            kicker = places.get(label[1].split()[0].lower(), home)
            assert holder is next(s for s in slides if s.kicker.startswith(kicker)), \
                (label[0], holder.title)


def test_a_kinds_step_in_a_part_without_its_content_is_warned(tmp_path: Path) -> None:
    """"Think (3 min)" names the think, pair, share kind's step, but a Part without its
    ``think_pair_share:`` makes no such slide: its notes would go on the slide before.
    validate says so (LP184), naming the field to give."""
    fixture = Path(__file__).parent / "validate_fixtures" / "step-names"
    lesson = (fixture / "lesson.yml").read_text(encoding="utf-8")
    (tmp_path / "lesson.yml").write_text(lesson.replace("Teach (3 min)", "Think (3 min)"),
                                         encoding="utf-8")
    found = [p for p in validate([tmp_path]).problems if p.code == "LP184"
             and "'Think'" in p.message]
    assert len(found) == 1, found
    assert "'think_pair_share:' is not given" in found[0].message, found[0].message


@dataclass(frozen=True)
class _Task:
    kind: ClassVar[str] = "task"


@dataclass(frozen=True)
class _Again:
    kind: ClassVar[str] = "think_again"


def test_a_kind_may_not_take_a_built_in_step_or_group() -> None:
    """A kind placed in a Part by a built-in step ("story"), named as a built-in group
    ("task"), or on a step another kind takes, would take their slides or notes with no
    sign: the registry refuses it, in one line."""
    from lessonpack.errors import InternalError
    from lessonpack.kinds import registry

    tps = registry.by_name("think_pair_share")
    assert tps.in_cycle is not None
    on_story = replace(tps, in_cycle=replace(tps.in_cycle, step="story"))
    as_task = replace(tps, name="task", payload=_Task,
                      in_cycle=replace(tps.in_cycle, step="again"))
    for changed in (on_story, as_task):
        with pytest.raises(InternalError, match="built-in step"), registry.replaced(changed):
            pass
    twin = replace(tps, name="think_again", payload=_Again)
    with pytest.raises(InternalError, match="both placed by the step 'think'"), \
            registry.registered(twin):
        pass
