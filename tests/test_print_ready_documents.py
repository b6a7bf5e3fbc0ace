"""A class teacher's check before the photocopier, proved on the built Word files: the KS1
traffic lights are told apart by a sign as well as a colour (colour-blind children, a
black-and-white copier); the KS1 sort pictures are drawn on a screen (the sort is about
what happens online); every [placeholder] on pupils' sheets and the parents' handout is
highlighted as on letters; the KS2 "Save" line says who saves what; a visiting trainer's
credit on a letter is printed dark and bold; the parents' session gives its last Part time
for its quiz, handout and signposting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.fill_ins import FIELD as PLACEHOLDER
from lessonpack.content.model import WELCOME_MINUTES, ParentSession
from lessonpack.render.fill_in_marks import TINT

ROOT = Path(__file__).resolve().parent.parent
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"


@pytest.fixture(scope="module")
def default(built_packs: Path) -> Path:
    return built_packs  # every audience in the default look, built once a session (conftest)


def _doc(out: Path, name: str) -> Document:
    return Document(str(next(out.rglob(f"live-streaming-{name}.docx"))))


def _signs(doc: Document) -> list[tuple[str, str]]:
    """Each drawn sign's name and its fill ("none" when only outlined)."""
    found = []
    for shape in doc.element.body.iter(f"{WPS}wsp"):
        name = shape.find(f"{WPS}cNvPr")
        if name is not None and name.get("name", "").startswith("Sign: "):
            fill = shape.find(f"{WPS}spPr/{A}solidFill/{A}srgbClr")
            found.append((name.get("name"), "none" if fill is None else fill.get("val")))
    return found


def test_ks1_lights_on_the_worksheet_carry_their_signs(default: Path) -> None:
    doc = _doc(default, "ks1-worksheet")
    signs = _signs(doc)
    # Each column's sign once, beside its heading, as on the card held up; inside the
    # lights to colour only the worked example's (row 1, done for the child: its tick reads
    # on a black-and-white copy, where the green does not). Any other would be coloured over.
    assert sorted(signs) == sorted([("Sign: green", "FFFFFF"), ("Sign: amber", "FFFFFF"),
                                    ("Sign: red", "FFFFFF"), ("Sign: green", "FFFFFF")])
    alts = [d.get("descr") for d in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert any(a.endswith("(a raised hand)") for a in alts)


def test_ks1_sort_pictures_are_drawn_on_a_screen(default: Path) -> None:
    # The sort's statements, by their pictures' alt text: each framed as a screen; the
    # lights to colour, the light cards and the faces to circle are not screens.
    ks1 = load().items["live-streaming-ks1"].item
    statements = {item.text for cycle in ks1.cycles if cycle.task.sort is not None
                  for item in cycle.task.sort.items}
    for name in ("ks1-worksheet", "ks1-cards"):
        doc = _doc(default, name)
        framed, unframed = [], []
        for p in doc.element.body.iter(qn("w:p")):
            described = p.find(f".//{qn('wp:docPr')}")
            if described is None:
                continue
            borders = p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
            screen = borders is not None and {
                b.tag.split("}")[1] for b in borders} == {"top", "left", "bottom", "right"}
            (framed if screen else unframed).append(described.get("descr", ""))
        assert sorted(framed) == sorted(statements), (name, framed)
        assert not statements & set(unframed), (name, unframed)


# Staff and parents' papers: a pupils' worksheet names an unnamed lead without a field
# (test_unnamed_lead_card).
@pytest.mark.parametrize("name", ["parents-handout", "ks2-letter-home", "ks3-letter-home"])
def test_every_placeholder_is_highlighted(default: Path, name: str) -> None:
    body = _doc(default, name).element.body
    marked, plain = [], []
    for run in body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if PLACEHOLDER.search(text):
            lit = run.find(f"{qn('w:rPr')}/{qn('w:shd')}[@{qn('w:fill')}='{TINT}']") is not None
            (marked if lit and PLACEHOLDER.fullmatch(text) else plain).append(text)
    assert "[DSL's name]" in marked
    assert plain == []


def test_a_letter_without_a_logo_keeps_a_dashed_space_for_one(default: Path) -> None:
    """A school brand with no logo: the letterhead keeps a dashed box the logo's size with
    "[School logo]" small inside, not a line of grey text where the logo would be."""
    from lessonpack.render.docx_letter import LOGO_HEIGHT, LOGO_SPACE_WORDS_PT

    letterhead = _doc(default, "ks3-letter-home").tables[0]
    space = letterhead.cell(0, 0).paragraphs[0]
    assert space.text == "[School logo]"
    sides = space._p.pPr.find(qn("w:pBdr"))
    assert {etree.QName(b).localname: b.get(qn("w:val")) for b in sides} == {
        "top": "dashed", "left": "dashed", "bottom": "dashed", "right": "dashed"}
    assert all(r.font.size.pt == LOGO_SPACE_WORDS_PT for r in space.runs)
    # About the logo's height: the words' line and the padding above and below them.
    padding = sum(int(sides.find(qn(f"w:{s}")).get(qn("w:space"))) for s in ("top", "bottom"))
    high = space.paragraph_format.line_spacing.pt + padding
    assert abs(high - LOGO_HEIGHT.pt) <= 4, high


def test_ks2_steps_each_get_two_lines_and_save_says_the_grown_up_saves_the_words(
        default: Path) -> None:
    """Kofi's steps, the lesson's main task: a row each, two lines of handwriting high (one
    short line each was too little for Year 4), and "Save" never says "never a picture"
    beside a screenshot (a screenshot is a picture to a nine-year-old)."""
    doc = _doc(default, "ks2-worksheet")
    table = next(t for t in doc.tables if t.cell(0, 0).text == "Step")
    rows = table.rows[1:]
    assert [r.cells[0].text.split(" (")[0] for r in rows] == ["Stop", "Tell", "Save", "Report"]
    assert all(r.cells[1].text == "" for r in rows)  # room to write, no answer
    heights = [r._tr.find(f"{qn('w:trPr')}/{qn('w:trHeight')}") for r in rows]
    assert all(h is not None and int(h.get(qn("w:val"))) >= round(1.4 * 567)
               for h in heights)
    save = rows[2].cells[0].text
    assert "screenshots the words" in save and "never a picture" not in save


def test_ks3_pupils_practise_the_viewers_and_friends_side(default: Path) -> None:
    # Years 7-9 are mostly too young to go live on these apps: no task has them plan a
    # stream (a "Go Live checklist"); they answer as a viewer and as a friend.
    body = _doc(default, "ks3-worksheet").element.body
    # Every paragraph, those of a Part's questions kept together in a table too.
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    assert not any("Go Live checklist" in t for t in texts)
    assert any("What could a good viewer do?" in t for t in texts)
    assert any(t.startswith("c) A friend your age") for t in texts)


def test_ks1_plan_says_when_the_sheets_come_back_to_colour(default: Path) -> None:
    doc = _doc(default, "ks1-lesson-plan")
    text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in doc.element.body.iter(qn("w:p")))
    # Colouring comes later in the day with the class teacher, not in the 6-minute close.
    assert re.search(r"later that day[^.]*colour", text, re.IGNORECASE)
    assert "during the close" not in text


def test_a_visiting_trainers_letter_credits_the_team_above_the_slip(tmp_path: Path) -> None:
    """The letter's first paragraph names the visiting team; no credit at the page foot,
    where it printed under the reply slip and was cut off and returned with it."""
    assert main(["build", "-k", "ks2", "--out", str(tmp_path), "-q", "-f", "docx",
                 "--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]) == 0
    letter = _doc(tmp_path, "ks2-letter-home")
    footer = "".join(p.text for p in letter.sections[0].footer.paragraphs)
    assert "delivered by" not in footer.lower()
    body = "\n".join(p.text for p in letter.paragraphs)
    above_slip = body.split("Reply slip")[0]
    assert "Northshire Online Safety Team" in above_slip


def test_parents_last_part_has_time_for_its_quiz_and_signposting() -> None:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    last = session.sections[-1]
    steps = [int(m) for m in re.findall(r"\((\d+) min\)", last.notes)]
    # Quiz, handout, signposting and a close: 10 minutes of the hour (the welcome's 5 and
    # the other parts' fill the rest; the running order said 65 when it was 12).
    assert last.minutes >= 10 and sum(steps) == last.minutes
    assert WELCOME_MINUTES + sum(s.minutes for s in session.sections) == 60


def test_ks1_answer_key_quotes_a_card_in_single_quotes(default: Path) -> None:
    doc = _doc(default, "ks1-teacher-notes")  # the answer key moved out of the plan
    text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in doc.element.body.iter(qn("w:p")))
    assert "\u201cYour friend from class says \u2018Well done!\u2019\u201d" in text
    assert '"Well done!"\u201d' not in text
