"""Years 5–6's own Part 3 (``route_cycles``): a Year 6 class is taught Amara's group call
where Year 4 keep Kofi's baking show, and nothing in its pack tells Kofi's story (session
21's name swap told his plot under Amara's name in the Year 6 letter)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.route_cycles import prose, story_names
from lessonpack.plan import class_fit, route_parts
from lessonpack.plan.class_line import class_and_teacher, year_label

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"
# Everyone Kofi's story names: a Year 6 pack prints none of them.
KOFI = ("Kofi", "Baker Bea", "StarFan_J", "Ama_M", "grandma")
# Everyone Zainab's Part 1 story names, and her football: a Year 6 pack prints none of them.
ZAINAB = ("Zainab", "Dev", "FootyFan_Leo", "xNightOwlx", "BigFan_Ace", "keepy-uppy",
          "keepy-uppies")


def _ks2() -> Lesson:
    item = load().items["live-streaming-ks2"].item
    assert isinstance(item, Lesson)
    return item


def for_year(lesson: Lesson, year: int | None) -> Lesson:
    """``lesson`` fitted to a class of ``year`` (None: no class), as a pack plans it."""
    classes = [f"Year {year}, Mrs Lin"] if year is not None else []
    return class_fit.for_class(lesson, Brand(org_name="Oak School", classes=classes))


def _texts(lesson: Lesson) -> list[str]:
    """Every prose string a pack of ``lesson`` may print (the summary is a listing's)."""
    dumped = lesson.model_dump(mode="json")
    dumped.pop("summary")
    return [t for _, t in prose(dumped)]


def _named(texts: list[str], names: tuple[str, ...]) -> list[str]:
    return [t for t in texts for n in names if re.search(rf"\b{n}\b", t, re.IGNORECASE)]


def test_year_6_is_taught_amaras_call_and_lolas_room() -> None:
    lesson = _ks2()
    fitted = for_year(lesson, 6)
    part3 = fitted.cycles[2]
    assert part3.scenario is not None and part3.scenario.character == "Amara"
    assert part3.scenario.video_call and "eleven" in part3.scenario.story
    assert fitted.route_cycles == []
    texts = _texts(fitted)
    assert not _named(texts, KOFI)
    assert any("Lola is eleven." in t for t in texts)
    assert not any("nine" in t for t in texts)
    # The lesson's other lines about Part 3's child say Amara: the EAL starters, the
    # letter's conversation starter. (The names check lists the pack's own stories:
    # plan/story_people, tests/test_story_people.py.)
    assert any("(Owen, Lola and Amara)" in t for t in texts)
    # The call's classmates carry no class code a real class could have ("6T").
    assert not any("_6" in t for t in texts)
    assert any("'Amara can tell…'" in t for t in texts)
    assert any(t.startswith("On Amara's class call") for t in texts)
    # The same minutes: the clock and slide numbers of the rest of the lesson hold.
    assert part3.minutes == lesson.cycles[2].minutes
    # Every text said instead still fits its field's budget: the lesson with the route's
    # Part and words (before the class's routes are cut) passes the model.
    swapped = route_parts.for_year(lesson, 6)
    Lesson.model_validate(swapped.model_dump(exclude_defaults=True))


def test_year_6_sorts_comments_on_owens_stream_and_has_its_own_statement() -> None:
    """Years 5–6 sort comments on an eleven-year-old's game stream, not Zainab's
    keepy-uppies; their objectives name the group calls Part 3 teaches, and the baseline
    has a statement of their age."""
    lesson = _ks2()
    fitted = for_year(lesson, 6)
    part1 = fitted.cycles[0]
    assert part1.scenario is not None and part1.scenario.character == "Owen"
    assert "eleven" in part1.scenario.story and part1.scenario.beside == "mum"
    assert part1.minutes == lesson.cycles[0].minutes
    texts = _texts(fitted)
    assert not _named(texts, ZAINAB)
    # The sort is on the sheet (no cards), with red flags beyond a plain ask: praise as a
    # hook, another app, a gift for a school's name, splitting from friends.
    assert part1.task.sort is not None and part1.task.sort.heading == "Comment"
    flags = [i.text for i in part1.task.sort.items if i.answer == "Red flag"]
    assert any("another app" in f for f in flags) and any("school" in f for f in flags)
    assert "group call or class chat" in fitted.objectives[3]
    assert fitted.starter.statements[0].text != lesson.starter.statements[0].text
    assert "school" in fitted.starter.statements[0].text
    # The misconception the statement answers says the same.
    assert "go to my school" in fitted.misconceptions[0].belief
    # Year 6 search a room of their own, not the one Year 4 saw (a class taught both years
    # would otherwise sort the same places twice): new clues, new places to look.
    part2, year4 = fitted.cycles[1], lesson.cycles[1]
    assert part2.scenario is not None and year4.scenario is not None
    assert part2.scenario.character == "Lola" and "stranger learn" in part2.scenario.question
    assert set(part2.scenario.clues.values()).isdisjoint(year4.scenario.clues.values())
    assert part2.task.sort is not None and year4.task.sort is not None
    assert {i.text for i in part2.task.sort.items}.isdisjoint(
        i.text for i in year4.task.sort.items)
    # Its clues said by the rows' places ("the label on her desk"), as the sheet names them.
    assert part2.task.prompts[0].model_answer.startswith(
        "The sign past the glass (Cedar Lane) and the label on her desk")
    answer = " ".join(part1.notes.split("Model answer:")[1].split())
    assert "reports it to CEOP too" in answer and "whose DSL decides" in answer
    assert "She stops streaming him in public (family only, comments off)" in answer
    # The exit quiz is Year 6's own where Year 4's would be answered from memory, never
    # Year 4's cake or its dare for coins; nor a line Year 6's own slides and sheets print
    # (Roamer_22's comment, Part 2's task again: answered from memory): a new comment
    # wanting to know where a child will be, a new gift for a new ask.
    flag, first = fitted.exit_quiz[0], fitted.exit_quiz[1]
    shown = {c.text for part in fitted.cycles if part.scenario is not None
             for c in part.scenario.comments}
    assert not {o.text for o in flag.options} & shown, flag.options
    assert flag.correct_text == "Which way do you walk home from school?"
    assert "gift card" in first.question and "Lola" not in first.question
    assert first.correct_text.startswith("Stop: leave the chat")
    year4_said = {q.question for q in lesson.exit_quiz} | {
        o.text for q in lesson.exit_quiz for o in q.options if not o.correct}
    for question in (flag, first):
        assert question.question != "Which comment is a red flag?" or \
            question.options != lesson.exit_quiz[0].options
        assert not {o.text for o in question.options} & year4_said, question
    assert first.question not in year4_said
    # A sort card says where to look: the certificate, as Year 4's says "the frame".
    assert "The certificate behind her" in {i.text for i in part2.task.sort.items}


@pytest.mark.parametrize("year", [None, 3, 4])
def test_years_3_and_4_and_no_class_keep_zainabs_stream(year: int | None) -> None:
    lesson = _ks2()
    fitted = for_year(lesson, year)
    assert fitted.cycles[0].scenario == lesson.cycles[0].scenario
    assert fitted.starter.statements == lesson.starter.statements
    assert fitted.objectives == lesson.objectives
    assert fitted.exit_quiz[0].options[0].text.startswith("Great cake!")
    texts = _texts(fitted.model_copy(update={"route_cycles": []}))
    assert not _named(texts, ("Owen", "TopFan_Rex"))


@pytest.mark.parametrize("year", [None, 3, 4])
def test_years_3_and_4_and_no_class_keep_kofis_story(year: int | None) -> None:
    lesson = _ks2()
    fitted = for_year(lesson, year)
    assert [c.title for c in fitted.cycles] == [c.title for c in lesson.cycles]
    assert fitted.cycles[2].scenario == lesson.cycles[2].scenario
    texts = _texts(fitted.model_copy(update={"route_cycles": []}))
    assert _named(texts, ("Kofi",)) and not _named(texts, ("Amara", "NewMate_Y7"))
    assert any("Mei is nine." in t for t in texts)


def _with_route(change: dict[str, Any]) -> dict[str, Any]:
    """The KS2 lesson's fields with its route Part changed: what a loader would validate."""
    data = _ks2().model_dump(exclude_defaults=True)
    data["route_cycles"][0].update(change)
    return data


def test_a_line_left_naming_the_replaced_story_is_refused() -> None:
    data = _ks2().model_dump(exclude_defaults=True)
    instead = data["route_cycles"][0]["instead"]
    data["route_cycles"][0]["instead"] = [i for i in instead if "Kofi's plan" not in i["text"]]
    with pytest.raises(ValidationError, match=r"would still name 'Kofi' \(at short_of_time"):
        Lesson.model_validate(data)


def test_an_instead_the_lesson_never_says_is_refused() -> None:
    data = _ks2().model_dump(exclude_defaults=True)
    data["route_cycles"][0]["instead"].append({"text": "Kofi bakes a cake.", "say": "x"})
    said = re.escape("the lesson never says 'Kofi bakes a cake.'")
    with pytest.raises(ValidationError, match=said):
        Lesson.model_validate(data)


@pytest.mark.parametrize(("change", "said"), [
    ({"minutes": 15}, "15 minutes, but Part 3 takes 16"),
    ({"years": "7-8"}, "'7-8' is no sheet route's"),
    ({"replaces": 3, "years": "5-6", "title": "x" * 51}, "at most 50"),
])
def test_a_route_part_that_does_not_fit_is_refused(change: dict[str, Any], said: str
                                                  ) -> None:
    with pytest.raises(ValidationError, match=re.escape(said)):
        Lesson.model_validate(_with_route(change))


def test_a_sentence_said_by_two_route_parts_of_one_year_is_refused() -> None:
    """A class of Years 5–6 is taught both its route Parts at once: a sentence each says
    its own way would print one of them at random."""
    data = _ks2().model_dump(exclude_defaults=True)
    data["route_cycles"][1]["instead"].append(
        {"text": "(Zainab, Mei and Kofi)", "say": "(Owen, Mei and someone)"})
    with pytest.raises(ValidationError, match=r"instead says '\(Zainab, Mei and Kofi\)' again"):
        Lesson.model_validate(data)


def test_two_route_parts_for_one_part_are_refused() -> None:
    data = _ks2().model_dump(exclude_defaults=True)
    data["route_cycles"][1]["replaces"] = 3
    with pytest.raises(ValidationError, match="a second Part 3 for Years 5-6"):
        Lesson.model_validate(data)


def test_a_storys_names_include_its_commenters_and_account() -> None:
    kofi = _ks2().cycles[2].scenario
    assert kofi is not None
    assert story_names(kofi.model_dump()) == ["Ama_M", "Baker Bea", "Kofi", "StarFan_J"]
    amara = _ks2().route_cycles[0].scenario
    assert amara is not None
    assert "Jo" in story_names(amara.model_dump())


# ---- the built packs: Oakfield's Year 4 and Year 6 classes -------------------------------

@pytest.fixture(scope="module")
def oakfield_ks2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oakfield-ks2")
    assert main(["build", "-k", "ks2", "-q", "-j", "1", "--out", str(out),
                 "--brand", str(OAKFIELD)]) == 0
    return out


def _docx(path: Path) -> str:
    body = Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in body.iter(qn("w:p")))


def _pptx(path: Path) -> str:
    texts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            texts += _shape_texts(shape)
        texts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(texts)


def _shape_texts(shape: Any) -> list[str]:
    if shape.shape_type == 6:  # a group: the mock screen's comments are inside
        return [t for s in shape.shapes for t in _shape_texts(s)]
    return [shape.text_frame.text] if shape.has_text_frame else []


def _pack(build: Path, year: int) -> dict[str, str]:
    folder = build / f"live-streaming-ks2-year-{year}"
    return {p.name.split(f"year-{year}-")[1]: (_pptx(p) if p.suffix == ".pptx" else _docx(p))
            for p in sorted(folder.iterdir())}


def test_the_year_6_pack_tells_amaras_story_everywhere(oakfield_ks2: Path) -> None:
    pack = _pack(oakfield_ks2, 6)
    for name, text in pack.items():
        assert not _named([text], KOFI), name
        assert "Mei is nine" not in text and "nine-year-old" not in text, name
        # No cards to sort in Year 6: nothing sends the teacher or a pupil looking for one.
        assert not re.search(r"each card|Card tables?|sort cards|Leave the cards", text), name
    slides, sheet = pack["slides.pptx"], pack["worksheet.docx"]
    assert "Amara’s video call" in slides and "Amara is live" not in slides
    assert "Jo (Amara’s mum)" in slides and "9 in the call" in slides
    # Drawn as a call: a tile each, Amara on camera and the three who write in its chat,
    # then one counting the other five, so the tiles add up to "9 in the call".
    call = next(s for s in Presentation(str(
        oakfield_ks2 / "live-streaming-ks2-year-6" / "live-streaming-ks2-year-6-slides.pptx"
    )).slides if s.shapes.title.text == "Amara’s video call")
    screen = next(s for s in call.shapes if s.name == "Mock live stream")
    tiles = [s.name for s in screen.shapes if s.name.startswith("Call tile")]
    assert tiles == ["Call tile 1", "Call tile 1 picture", "Call tile 2", "Call tile 2 initial",
                     "Call tile 3", "Call tile 3 initial", "Call tile 4",
                     "Call tile 4 initial", "Call tile 5", "Call tile more"], tiles
    assert [s.text_frame.text for s in screen.shapes if s.name == "Call tile more"] == ["+5"]
    assert [s.text_frame.text for s in screen.shapes if s.name.endswith("initial")] == \
        ["S", "N", "S"]
    (amara,) = [s for s in screen.shapes if s.name == "Call tile 1 picture"]
    assert amara.element.xpath("./p:nvPicPr/p:cNvPr/@descr") == ["Amara, on the call"]
    # A class taught Year 4's lesson meets new clues in Year 6: Lola's room, not Mei's.
    assert "Lola is eleven" in slides and "Lola is eleven" in sheet
    assert "Cedar Lane" in pack["lesson-plan.docx"]
    assert "The sign past the glass" in sheet and "The frame on the wall" not in sheet
    for name, text in pack.items():
        assert not _named([text], ("Mei", "Elm Road", "Hillside")), name
    assert "Part 3: What should Amara do?" in sheet and "Amara’s video call, “" in sheet
    plan = pack["lesson-plan.docx"]
    assert "Year 6 (ages 10–11) · 60 minutes" in plan
    assert "Years 5–6 version: Parts 1 and 3 are stories at their age, Owen’s game stream " \
        "and Amara’s class video call" in plan
    assert "Part 3 check: C (NewMate_Y7’s" in plan
    after = pack["letter-home-after.docx"]
    assert "(Owen, Lola and Amara)" in after
    for name, text in pack.items():
        assert not _named([text], ZAINAB), name
    assert "Owen is live" in slides and "Nia (Owen’s mum)" in slides
    assert "Owen’s live stream, “Castle build, game night!”" in sheet
    assert "Part 1 check: B (To make it harder for Owen" in plan
    assert "On Amara’s class call, someone asked her for a photo and a secret." in after


def test_the_year_4_pack_keeps_kofis_story(oakfield_ks2: Path) -> None:
    pack = _pack(oakfield_ks2, 4)
    for name, text in pack.items():
        assert not _named([text], ("Amara", "NewMate_Y7", "Owen", "TopFan_Rex")), name
    assert "Kofi is watching" in pack["slides.pptx"]
    assert "Zainab is live" in pack["slides.pptx"]
    assert "Mei is nine" in pack["worksheet.docx"]
    assert "(Zainab, Mei and Kofi)" in pack["letter-home-after.docx"]
    plan = pack["lesson-plan.docx"]
    assert "Year 4 (ages 8–9) · 60 minutes" in plan and "Years 5–6 version" not in plan


def test_the_plan_for_every_year_says_a_year_6_class_has_its_own_part_3() -> None:
    """A pack for no class keeps Kofi's story; its plan's page one and the build's note say
    that a Years 5–6 class's own pack has a Part 3 of its own."""
    lesson, brand = _ks2(), Brand(org_name="Oak School")
    assert class_fit.choose_route(lesson, brand).endswith(
        "A Years 5–6 class's own version has its own Parts 1, 2 and 3: Owen's, Lola's and "
        "Amara's stories, at their age.")
    assert class_fit.every_year(lesson, brand).endswith(
        "a Years 5–6 class's own pack (--class \"Year 6, teacher\") has its own Parts 1, "
        "2 and 3")
    # A class's own plan says which version it is instead.
    assert class_fit.choose_route(lesson, Brand(org_name="Oak", classes=["Year 6, Mr A"])) == ""
    assert class_fit.written_for(lesson, Brand(org_name="Oak", classes=["Year 6, Mr A"])) \
        .startswith("Years 5–6 version: Parts 1 and 3 are stories at their age")
    assert class_fit.written_for(lesson, Brand(org_name="Oak", classes=["Year 4, Mr A"])) \
        == "This version is for Year 4; a Years 5–6 version exists."


@pytest.mark.parametrize(("name", "label", "amara"), [
    ("Years 5-6", "Years 5–6 (ages 9–11)", True),
    ("Year 5/6 Kestrels", "Years 5–6 (ages 9–11)", True),
    ("Y5 & Y6", "Years 5–6 (ages 9–11)", True),
    ("Years 3 and 4", "Years 3–4 (ages 7–9)", False),
    ("Year 6", "Year 6 (ages 10–11)", True),
])
def test_a_mixed_class_is_taught_by_its_years(name: str, label: str, amara: bool) -> None:
    """A small school's mixed Years 5–6 class ("Years 5-6, Mrs Bell") is a Key Stage 2 class
    of its years: it read as a class of no year (the composite pack, and its name on every
    key stage's papers). Its papers say both years' ages; it is taught by its first year's
    route, the younger's where the two differ."""
    brand = Brand(org_name="Oak School", classes=[f"{name}, Mrs Bell"])
    assert year_label(Audience.KS2, brand) == label
    assert class_and_teacher(Audience.KS1, brand) == ("", "")
    fitted = class_fit.for_class(_ks2(), brand)
    scenario = fitted.cycles[2].scenario
    assert scenario is not None and (scenario.character == "Amara") is amara
