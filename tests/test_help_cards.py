"""The take-away help card (Lesson.take_away): KS2 to KS4 pupils keep a small card with who
to tell and the routes to help, because the worksheet with its help box is collected.
Printed on the last page of the cards file (a card of many routes on the last two, front and
back), four to a page, at 12 pt or more."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.picture_library import builtin_library
from lessonpack.plan.help_cards import (
    ALSO,
    BACK_HEADING,
    BACK_LINE,
    BACK_PAGE,
    CARDS_A_PAGE,
    HEADING,
)
from lessonpack.plan.quotes import typographic
from lessonpack.render.docx_help_cards import CARD_LEAST_PT
from printed import printed

ROOT = Path(__file__).resolve().parents[1]
BRAND = ROOT / "examples" / "brands" / "riverside-academy" / "brand.yml"


def _lesson(stage: str) -> Lesson:
    return next(i.item for i in load(()).items.values()
                if i.item.kind == "lesson" and i.item.audience.value == stage)


def _facts() -> FactsFile:
    return load(()).facts


def _faces(doc: Document, heading: str) -> list:
    """The cells of the grid whose cards' band reads ``heading``, in order."""
    (table,) = [t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == heading]
    return list({c._tc: c for row in table.rows for c in row.cells}.values())


def _cards(tmp_path: Path, stage: str, *brand: str) -> Document:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["build", "-k", stage, "-f", "docx", "--out", str(tmp_path), "--quiet",
                     *brand]) == 0
    finally:
        os.chdir(cwd)
    pack = tmp_path / f"live-streaming-{stage}"
    return Document(str(pack / f"live-streaming-{stage}-cards.docx"))


def test_every_lesson_with_a_collected_worksheet_has_a_card() -> None:
    # KS1 children cannot yet read a card; KS2 to KS4 hand their worksheets in.
    assert _lesson("ks2").take_away and _lesson("ks3").take_away and _lesson("ks4").take_away
    assert _lesson("ks1").take_away is None


def test_ks2_pupils_keep_a_card_after_their_sort_cards(tmp_path: Path) -> None:
    card = _lesson("ks2").take_away
    assert card is not None
    doc = _cards(tmp_path, "ks2")
    assert any(p.text.startswith(HEADING) for p in doc.paragraphs)
    cards = [t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == card.heading]
    cells = [c for t in cards for row in t.rows for c in row.cells]
    assert len(cells) == CARDS_A_PAGE
    text = printed("\n".join(p.text for p in cells[0].paragraphs))
    # Unnamed (the default build): the lead's name a field to type over before copying,
    # the only one on the card.
    assert "In school: [DSL's name], our safeguarding lead" in text
    assert text.count("[") == 1
    assert "0800 1111" in text and "ceop.police.uk" in text


def test_ks4_card_prints_a_page_of_cards_with_every_route_from_the_facts(tmp_path: Path) -> None:
    lesson = _lesson("ks4")
    card = lesson.take_away
    assert card is not None
    doc = _cards(tmp_path, "ks4")
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")
                or p.text.startswith(HEADING)]
    # No class size in the default build: the heading gives a class of 30's copies and
    # says so (a rule with no number left the teacher counting at the copier).
    assert f"{HEADING}: print 8 copies for a class of 30" in headings
    # Each side's cards are one grid of dashed cells (one cut line between two cards): the
    # front's and, on the next page, the back's.
    fronts, backs = _faces(doc, card.heading), _faces(doc, BACK_HEADING)
    assert len(fronts) == len(backs) == CARDS_A_PAGE
    by_id = {h.id: h for h in _facts().helplines}
    for front, back in zip(fronts, backs, strict=True):
        text = printed("\n".join(p.text for cell in (front, back) for p in cell.paragraphs))
        assert typographic(card.reassurance) in text  # documents print curly quotes
        # The school's lead first, named as the help slide names an unnamed lead, with the
        # slide's name and room fields: where to find the lead in person, never an inbox.
        school = next(line for line in text.splitlines() if "In school:" in line)
        school = school[school.index("In school:"):]
        assert school.startswith("In school: our safeguarding lead, [DSL's name] (in "
                                 "[DSL's room], or ask any member of staff"), school
        assert "[" not in text.replace(school, "")  # the routes' own lines: no field
        for ref in ("childline", "samaritans", "shout", "police"):
            # Each route's own card line from the facts (a line each on the card).
            assert (by_id[ref].card or by_id[ref].contact) in text, ref
        assert "0800 1111" in text and "116 123" in text and "85258" in text
        assert by_id["report_remove"].name in text and "ceop.police.uk" in text
        # Both image routes the slides teach (Take It Down was missing).
        assert by_id["take_it_down"].name in text and by_id["take_it_down"].web in text


def test_the_card_names_the_schools_lead_when_the_brand_does(tmp_path: Path) -> None:
    import yaml

    name = yaml.safe_load(BRAND.read_text(encoding="utf-8"))["dsl_name"].strip()
    doc = _cards(tmp_path, "ks3", "--brand", str(BRAND))
    card = _lesson("ks3").take_away
    assert card is not None
    cards = [t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == card.heading]
    assert cards
    text = "\n".join(p.text for p in cards[0].rows[0].cells[0].paragraphs)
    assert f"In school: {name} (safeguarding lead)" in text and "[DSL" not in text


def test_the_cards_file_passes_lessonpack_check(tmp_path: Path) -> None:
    """The card is read by the pupils who most need it: 12 pt at least (LPC202), and no grid
    table a screen reader would read as data without a header (LPC105)."""
    _cards(tmp_path, "ks4")
    cards = tmp_path / "live-streaming-ks4" / "live-streaming-ks4-cards.docx"
    assert main(["check", str(cards)]) == 0


def test_a_card_of_many_routes_is_printed_front_and_back_at_12_pt(tmp_path: Path) -> None:
    """KS4's eleven lines on one side of a quarter page came to 10 pt, "a card nobody
    keeps": its front holds the school, home, Childline and CEOP, its back the lines open
    all night and the other services, every word 12 pt or more, no bookmark letting any
    sit under it. The back page opens as the front does (a one-line heading, the same note)
    and its grid has the front's rows, so printed on both sides each back falls behind its
    front. KS2's few lines stay on one side."""
    doc = _cards(tmp_path, "ks4")
    card = _lesson("ks4").take_away
    assert card is not None
    fronts, backs = _faces(doc, card.heading), _faces(doc, BACK_HEADING)
    front_text = "\n".join(p.text for p in fronts[0].paragraphs)
    back_text = "\n".join(p.text for p in backs[0].paragraphs)
    assert "In school" in front_text and "CEOP" in front_text and "Samaritans" not in front_text
    assert back_text.startswith(f"{BACK_HEADING}\n{BACK_LINE}")
    assert "Samaritans" in back_text and "Shout" in back_text and "Police" in back_text
    sizes = {r.font.size.pt for cell in (*fronts, *backs) for p in cell.paragraphs
             for r in p.runs if r.font.size and r.text.strip()}
    assert min(sizes) >= 12 == CARD_LEAST_PT, sizes
    assert not list(doc.element.body.iter(qn("w:bookmarkStart")))
    body = list(doc.element.body.iterchildren())
    tables = [el for el in body if el.tag == qn("w:tbl")]
    front_grid, back_grid = tables[-2], tables[-1]

    def opening(grid) -> list[str]:
        at = body.index(grid)
        return ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in body[at - 2:at]]

    (front_heading, front_note), (back_heading, back_note) = (opening(front_grid),
                                                              opening(back_grid))
    assert front_heading.startswith(HEADING) and back_heading == BACK_PAGE
    assert front_note == back_note and "both sides" in front_note
    heights = [[tr.find(f"{qn('w:trPr')}/{qn('w:trHeight')}").get(qn("w:val"))
                for tr in grid.findall(qn("w:tr"))] for grid in (front_grid, back_grid)]
    assert heights[0] == heights[1]
    assert main(["check", str(tmp_path / "live-streaming-ks4" / "live-streaming-ks4-cards.docx")
                 ]) == 0
    ks2 = _cards(tmp_path / "ks2", "ks2")
    assert not [t for t in ks2.tables if t.rows[0].cells[0].paragraphs[0].text == BACK_HEADING]


def test_the_card_reads_as_a_card_not_a_list(tmp_path: Path) -> None:
    """Its question white on a band of the brand's colour across the card's top, the
    reassurance set apart, each route's name in bold (the key six in that colour, an icon
    before each; the rest under a small "Also" heading, without one), every route one size,
    and no phone number split at a line's end."""
    from docx.oxml.ns import qn

    from lessonpack.render.docx_help_cards import BAND_INSIDE_TWIPS, SIDE_TWIPS

    def icons(paragraph: DocxParagraph) -> int:
        return len(paragraph._p.findall(".//" + qn("w:drawing")))

    library = builtin_library().pictures
    plain = {p.sha1 for name, p in library.items() if name.startswith("plain-")}

    def icon_names(paragraph: DocxParagraph) -> set[str]:
        blips = paragraph._p.findall(".//" + qn("a:blip"))
        blobs = [paragraph.part.related_parts[b.get(qn("r:embed"))].blob for b in blips]
        return {"plain" if hashlib.sha1(blob).hexdigest() in plain else "emoji"
                for blob in blobs}

    doc = _cards(tmp_path, "ks4", "--brand", str(BRAND))
    card = _lesson("ks4").take_away
    assert card is not None
    table = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == card.heading)
    for cell, back in zip(_faces(doc, card.heading), _faces(doc, BACK_HEADING), strict=True):
        # A card of both sides: the front's question and reassurance, the back's band and
        # first line, and the routes of both in the order read.
        question, reassurance, *lines = cell.paragraphs
        back_band, back_first, *back_lines = back.paragraphs
        lines += back_lines
        # The small heading over the services that are not key routes, then those services.
        also = next(p for p in lines if p.text == ALSO)
        routes = [p for p in lines if p is not also]
        assert lines.index(also) == 6
        band = question._p.pPr.find(qn("w:shd")).get(qn("w:fill"))
        assert band.upper() not in ("FFFFFF", "AUTO"), band
        assert {str(r.font.color.rgb) for r in question.runs} == {"FFFFFF"}
        # Edge to edge: the band runs to a hair inside the card's cut line, and the card has
        # no top margin above it. It lies inside the cell's margins, as its padding borders
        # do (pulled past them by a negative indent, LibreOffice drew those borders shorter
        # than the band, a thin line across its foot); the words are indented the rest of
        # the way to the card's side margin.
        cell_margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
        for side in ("left", "right"):
            assert int(cell_margins.find(qn(f"w:{side}")).get(qn("w:w"))) <= BAND_INSIDE_TWIPS
        for band_line in (question, back_band):
            assert not band_line.paragraph_format.left_indent
            assert not band_line.paragraph_format.right_indent
            assert band_line._p.pPr.find(qn("w:pBdr")) is not None
        inset = SIDE_TWIPS - BAND_INSIDE_TWIPS
        for paragraph in (reassurance, back_first, *lines):
            fmt = paragraph.paragraph_format
            assert fmt.right_indent.twips == inset
            assert fmt.left_indent.twips + (fmt.first_line_indent or 0) / 635 >= inset - 1
        margins = cell._tc.tcPr.find(qn("w:tcMar"))
        top = None if margins is None else margins.find(qn("w:top"))
        if top is None:
            top = cell_margins.find(qn("w:top"))
        assert top.get(qn("w:w")) == "0"
        assert all(r.italic for r in (*reassurance.runs, *back_first.runs))
        named = [next(r for r in p.runs if r.text.strip()) for p in routes]
        assert all(r.bold for r in named)
        pictured = [p.text.strip() for p in routes if icons(p)]
        # In their order of importance: school, home, Childline, CEOP, then the lines open
        # all night (Samaritans, Shout); then the rest.
        assert [t.split(" (")[0].split(":")[0] for t in pictured] == [
            "In school", "At home", "Childline", "CEOP", "Samaritans", "Shout"]
        assert [p.text.strip() for p in routes[:6]] == pictured
        assert icons(question) == icons(reassurance) == icons(also) == 0
        # The key routes lead in the band's colour; the other services follow in the body's
        # ink under a bold "Also" in the band's colour. Every route one size, the pocket
        # card's least or more (KS4's eleven lines on a quarter page), never two sizes.
        key = [r for r in named if r.text.startswith(
            ("In school", "At home", "Childline", "CEOP", "Samaritans", "Shout"))]
        assert len(key) == 6 and all(str(r.font.color.rgb) == band.upper() for r in key)
        sizes = {r.font.size.pt for p in routes for r in p.runs if r.text.strip()}
        assert len(sizes) == 1 and min(sizes) >= CARD_LEAST_PT, sizes
        assert all(r.bold and str(r.font.color.rgb) == band.upper() for r in also.runs)
        assert all(r.font.size.pt >= CARD_LEAST_PT for r in also.runs)
        # A route's name in bold, and each number a pupil rings or texts; no other words.
        for route in routes[:6]:
            words = [r for r in route.runs if r.text.strip()]
            assert words[0].bold, route.text
            assert all(r.text.replace("\u00a0", "").strip().isdigit()
                       for r in words[1:] if r.bold), route.text
        bold = {r.text for p in routes for r in p.runs if r.bold}
        assert {"0800\u00a01111", "116\u00a0123", "85258", "999"} <= bold, bold
        assert not any("under" in r.text for p in routes for r in p.runs if r.bold)
        # Line icons for older pupils, as their slides draw help routes (no colour emoji).
        assert [icon_names(p) for p in routes[:6]] == [{"plain"}] * 6
        # Air under the last line (5 mm): it never butts against the next card's band.
        foot = cell._tc.tcPr.find(qn("w:tcMar")).find(qn("w:bottom"))
        assert int(foot.get(qn("w:w"))) >= 280
        rest = [r for r in named if r not in key]
        assert rest and all(str(r.font.color.rgb) != band.upper() for r in rest)
        assert all(r.font.size.pt >= CARD_LEAST_PT
                   for p in routes for r in p.runs if r.text.strip())
        text = "\n".join(p.text for p in routes)
        assert "0800\u00a01111" in text and "116\u00a0123" in text


def test_the_cards_heading_counts_the_school_files_class() -> None:
    """A class of 28 prints 8 pages of four cards (a card each and four spare): the cards
    file, the plan and the visit brief give one number. With no size in the file, the page
    gives the number for a class of 30, said to be for 30, and how to count for another."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.help_cards import help_card_blocks
    from lessonpack.plan.model import Heading, Paragraph

    lesson = _lesson("ks2")

    def heading(brand: Brand) -> str:
        return next(b.text for b in help_card_blocks(lesson, brand) if isinstance(b, Heading))

    year4 = Brand(class_name="Year 4", class_sizes={"Year 4": 28})
    assert heading(year4) == f"{HEADING}: print 8 copies"
    assert heading(Brand()) == f"{HEADING}: print 8 copies for a class of 30"
    note = next(b.text for b in help_card_blocks(lesson, Brand()) if isinstance(b, Paragraph))
    assert "8 copies give 30 pupils a card each" in note
    assert "Another size: add two to the class and divide by four, rounding up." in note


def test_the_school_route_names_the_deputy_and_where_each_is() -> None:
    """The card a pupil keeps names the deputy for the days the lead is away, and where to
    find each when the school file says where (a card naming the lead alone sent a pupil
    to an empty office); a place both share is said once, and no place is made up."""
    from lessonpack.content.brand import Brand
    from lessonpack.content.model import Audience
    from lessonpack.plan.help_cards import in_school

    ashgrove = Brand(dsl_name="Mrs Helen Okafor",
                     safeguarding_contact="Mrs Okafor's office, by the school hall; 01632 960419",
                     deputy_dsl_name="Mr Daniel Price",
                     deputy_dsl_contact="Deputy Head's office, next to reception; 01632 960420")
    line = in_school(ashgrove, Audience.KS2)
    # Primary pupils say "Mrs Okafor", as their help slide names her; no phone number.
    assert "Mrs Okafor (safeguarding lead, by the school hall)" in line
    assert "Mr Price (deputy, next to reception)" in line
    assert "0163" not in line and "Helen" not in line
    shared = Brand(dsl_name="Mr Daniel Okafor", deputy_dsl_name="Mrs Joy Mensah",
                   safeguarding_contact="Student Services, room G14, or dsl@example.org",
                   deputy_dsl_contact="Student Services, room G14")
    line = in_school(shared, Audience.KS4)
    assert line.count("room G14") == 1 and "Mrs Joy Mensah (deputy)" in line
    assert "@" not in line
    # No deputy in the file: the lead alone, as before; no place: none printed.
    lead_only = in_school(Brand(dsl_name="Mrs Priya Shah"), Audience.KS3)
    assert lead_only == "In school: Mrs Priya Shah (safeguarding lead), or any adult you trust"


def test_the_plan_marks_the_key_routes_and_the_renderer_reads_only_the_mark() -> None:
    """Which lines are the routes a pupil most needs is the plan's decision (HelpCards.key):
    the renderer sets a marked line's name in the brand's colour whatever its words, and a
    line the plan leaves unmarked in the body's ink under the plan's "Also" heading, even
    one worded like a key route; both at one size."""
    import io
    from datetime import datetime, timezone

    from lessonpack.content.brand import DEFAULT_BRAND, Brand
    from lessonpack.io.templates import builtin
    from lessonpack.plan.help_cards import help_card_blocks
    from lessonpack.plan.model import DocMeta, DocPlan, HelpCards
    from lessonpack.render.docx import render_docx

    sides = [b for b in help_card_blocks(_lesson("ks4"), Brand()) if isinstance(b, HelpCards)]
    assert len(sides) == 2  # front and back
    assert all(len(side.key) == len(side.lines) and not side.key[0] for side in sides)
    marked = {line.split(":")[0] for side in sides
              for line, key in zip(side.lines, side.key, strict=True) if key}
    assert {"In school", "Childline"} <= marked and "Police" not in marked
    # The lines open all night are key routes, set large, not small print.
    assert {"Samaritans", "Shout"} <= {line.split(" (")[0] for line in marked}
    card = HelpCards("Who can help?", ("You are not in trouble.", "Home: a grown-up you trust",
                                       "Childline: 0800 1111"), count=1,
                     key=(False, True, False), also="More")
    plan = DocPlan(filename="x.docx", kind="handout", meta=DocMeta("T", "S", "A", "K"),
                   title="T", subtitle="", header="H", footer="F", blocks=(card,))
    doc = Document(io.BytesIO(render_docx(plan, DEFAULT_BRAND, builtin().document,
                                          datetime(2025, 3, 1, tzinfo=timezone.utc))))
    cell = doc.tables[-1].rows[0].cells[0]
    home, childline = (next(p for p in cell.paragraphs if p.text.startswith(w))
                       for w in ("Home", "Childline"))
    primary = str(DEFAULT_BRAND.primary).lstrip("#").upper()
    assert str(home.runs[0].font.color.rgb) == primary
    assert str(childline.runs[0].font.color.rgb) != primary
    assert home.runs[0].font.size == childline.runs[0].font.size
    texts = [p.text for p in cell.paragraphs]
    assert texts.index("More") == texts.index(childline.text) - 1
    assert texts.index(home.text) < texts.index("More")
    # A card of key routes alone has no heading over the rest.
    assert not next(b for b in help_card_blocks(_lesson("ks2"), Brand())
                    if isinstance(b, HelpCards)).also


def test_the_key_routes_are_the_content_s_marks_not_its_words() -> None:
    """The lesson marks each key route (``CardLine.route``): a line reworded or translated
    keeps its place and its icon, and a line worded like a key route but not marked is
    another service, set after the key routes without an icon."""
    from lessonpack.content.brand import Brand
    from lessonpack.content.model import CardLine
    from lessonpack.plan.help_cards import help_card_blocks
    from lessonpack.plan.model import HelpCards

    lesson = _lesson("ks2")
    card = lesson.take_away
    assert card is not None
    assert [line.route for line in card.lines] == ["home", "childline", "ceop"]
    reworded = card.model_copy(update={"lines": [
        CardLine(text="Samaritans: 116 123"),  # another service, listed first
        CardLine(text="Ceop (unmarked): ceop.police.uk"),
        CardLine(text="Zuhause: ein Erwachsener, dem du vertraust", route="home"),
        CardLine(text="Kinder-Hotline: 0800 1111", route="childline")]})
    planned = next(b for b in help_card_blocks(lesson.model_copy(update={"take_away": reworded}),
                                               Brand()) if isinstance(b, HelpCards))
    reassurance, school, home, childline, *rest = planned.lines
    assert reassurance == card.reassurance and school.startswith("In school")
    assert (home, childline) == ("Zuhause: ein Erwachsener, dem du vertraust",
                                 "Kinder-Hotline: 0800 1111")
    # The other services in the order written, after the key routes.
    assert rest == ["Samaritans: 116 123", "Ceop (unmarked): ceop.police.uk"]
    assert planned.key == (False, True, True, True, False, False)
    assert [icon is not None for icon in planned.icons] == list(planned.key)
    # Each key route's picture is its route's, whatever the words.
    original = next(b for b in help_card_blocks(lesson, Brand()) if isinstance(b, HelpCards))
    assert planned.icons[1:4] == original.icons[1:4]


def test_a_route_marks_one_line() -> None:
    import pytest
    from pydantic import ValidationError

    from lessonpack.content.model import CardLine, TakeAway

    with pytest.raises(ValidationError, match="route childline marks more than one line"):
        TakeAway(heading="Worried?", reassurance="It's never your fault.", lines=[
            CardLine(text="Childline: 0800 1111", route="childline"),
            CardLine(text="Childline online: childline.org.uk", route="childline")])


def test_the_card_names_the_schools_own_services_for_pupils() -> None:
    """The card a pupil keeps names what the school's file offers pupils (Riverside's
    Student Support), as the sheet's help box and the slides do: first of the smaller
    lines, after the key routes and before the national services. A service for parents
    only (Oakfield's family support) stays off it. The card's key routes keep their 14 pt
    in Riverside's KS3 card with the line added (measured all in bold, the line counted
    twice and took them down to 12)."""
    from lessonpack.content.brand import load_brand
    from lessonpack.plan.help_cards import help_card_blocks
    from lessonpack.plan.model import HelpCards

    riverside = load_brand(BRAND).brand
    # Its Student Support in another room than the DSL's: a line of its own.
    elsewhere = riverside.model_copy(update={"extra_helplines": [
        h.model_copy(update={"contact": "Library, room L2 (8.15am to 4pm)"})
        if h.audience == "pupils" else h for h in riverside.extra_helplines]})
    own = "Riverside Student Support: Library, room L2 (8.15am to 4pm)"
    for stage in ("ks3", "ks4"):
        # On the card's back, after the lines open all night.
        card = next(b for b in help_card_blocks(_lesson(stage), elsewhere)
                    if isinstance(b, HelpCards) and own in b.lines)
        at = card.lines.index(own)
        assert not card.key[at] and card.key[at - 1], stage
        assert card.lines[at + 1].startswith("Report Remove"), stage
        # In the DSL's own room (the example as it is): said on the "In school" line with
        # its hours, the room once (a line of its own repeated "Student Services, room G14").
        lines = [line for b in help_card_blocks(_lesson(stage), riverside)
                 if isinstance(b, HelpCards) for line in b.lines]
        school = next(line for line in lines if line.startswith("In school:"))
        assert "both at Student Services, room G14, with Riverside Student Support (8.15am " \
            "to 4pm), or any adult you trust" in school, school
        assert sum("room G14" in line for line in lines) == 1, lines
    oakfield = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    card = next(b for b in help_card_blocks(_lesson("ks2"), oakfield)
                if isinstance(b, HelpCards))
    assert not any("Family Support" in line for line in card.lines)


def test_the_schools_own_service_keeps_ks3s_key_routes_large(tmp_path: Path) -> None:
    doc = _cards(tmp_path, "ks3", "--brand", str(BRAND))
    card = _lesson("ks3").take_away
    assert card is not None
    cell = _faces(doc, card.heading)[0]
    school = next(p for p in cell.paragraphs if "In school" in p.text)
    # The school's own service is on the "In school" line (the DSL's room), which keeps
    # the card's routes at the pocket card's least size or more with it.
    assert "Riverside Student Support" in school.text
    assert max(r.font.size.pt for r in school.runs if r.font.size) >= CARD_LEAST_PT


def test_ks4_cards_routes_are_one_size_above_the_least(tmp_path: Path) -> None:
    """KS4's card has the most lines (eleven): its key routes were set at 14 pt over the
    other services at 12, which read as small print. Now, in the draft and a school's look,
    every route at one size, the pocket card's least or more (the largest its eleven lines
    fit a quarter page at), the "Also" heading too, and a size the same on every card."""
    for look, brand in (("default", ()), ("riverside", ("--brand", str(BRAND)))):
        doc = _cards(tmp_path / look, "ks4", *brand)
        card = _lesson("ks4").take_away
        assert card is not None
        table = next(t for t in doc.tables
                     if t.rows[0].cells[0].paragraphs[0].text == card.heading)
        seen = []
        for cell in {c._tc: c for row in table.rows for c in row.cells}.values():
            _question, _reassurance, *lines = cell.paragraphs
            sizes = [{r.font.size.pt for r in p.runs if r.text.strip()} for p in lines]
            routes = {size for p, s in zip(lines, sizes, strict=True) if p.text != ALSO
                      for size in s}
            assert len(routes) == 1 and min(routes) >= CARD_LEAST_PT, (look, sizes)
            assert min(min(s) for s in sizes) >= CARD_LEAST_PT, (look, sizes)
            seen.append(sizes)
        assert len(seen) == CARDS_A_PAGE and all(s == seen[0] for s in seen), look
