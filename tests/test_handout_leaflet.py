"""The parents' handout reads as a take-home leaflet: a school masthead (a fill-in in the
default look), four action cards with the session's line icons and alt text, the agreement
as one tick-box panel, and the contacts on the brand's tint with the school first. Each test
plans the handout and reopens the .docx it renders."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.content.model import ParentSession
from lessonpack.content.picture_library import builtin_library
from lessonpack.io.templates import builtin
from lessonpack.plan.handout_actions import action_cards
from lessonpack.plan.handout_school_row import WHAT_FOR
from lessonpack.plan.model import ActionCards, CompactTable, Paragraph, TickPanel
from lessonpack.plan.parents.workshop import plan_handout
from lessonpack.render.docx import render_docx

ROOT = Path(__file__).resolve().parents[1]
WHEN = datetime(2026, 12, 5, tzinfo=timezone.utc)


def _session() -> ParentSession:
    item = load().items["live-streaming-parents"].item
    assert isinstance(item, ParentSession)
    return item


def _oakfield() -> Brand:
    return load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand


def _handout(brand: Brand) -> Document:
    plan = plan_handout(_session(), load().facts, brand, builtin_library())
    return docx.Document(io.BytesIO(render_docx(plan, brand, builtin().document, WHEN)))


def _headings() -> list[str]:
    return [action.heading for action in _session().handout.actions]


def test_every_phase_gets_four_action_cards_from_its_own_slides() -> None:
    """Each card stands only while the phase's slides teach one of its points."""
    assert len(_headings()) == 4
    for phase in ("primary", "secondary", "all"):
        cards = action_cards(_session().for_phase(phase), builtin_library())
        assert isinstance(cards, ActionCards), phase
        assert [heading for heading, _ in cards.cards] == _headings(), phase
        assert all(picture.name.startswith("plain-") for _, picture in cards.cards)


def test_a_card_whose_points_a_phase_lacks_is_left_out_of_that_phase() -> None:
    session = _session()
    secondary = session.for_phase("secondary")
    first = secondary.sections[0]
    # The secondary slides without the shared-rooms point: that card goes, the rest stay.
    kept = [p for s in secondary.sections for p in s.points
            if p not in session.handout.actions[0].points]
    trimmed = secondary.model_copy(update={"sections": [
        first.model_copy(update={"points": kept})]})
    cards = action_cards(trimmed, builtin_library())
    assert isinstance(cards, ActionCards)
    assert [heading for heading, _ in cards.cards] == _headings()[1:]


def test_a_card_naming_a_point_no_section_has_is_refused_with_its_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A slide point reworded without its card: validate names the file, line and field."""
    text = (ROOT / "content/live-streaming/parents.yml").read_text(encoding="utf-8")
    point = _session().handout.actions[1].points[0]
    reworded = point.replace("small", "little")
    assert reworded != point
    folder = tmp_path / "live-streaming"
    folder.mkdir()
    (folder / "parents.yml").write_text(
        text.replace(f"- {point}\n", f"- {reworded}\n"), encoding="utf-8")
    code = main(["validate", "--content", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    line = next(line for line in err.splitlines() if "handout.actions[1].points[0]" in line)
    # The line of the card's own (unchanged) point, under handout.actions.
    card_line = text[:text.index(f"points: [{point}]")].count("\n") + 1
    assert f"parents.yml:{card_line}:" in line
    assert "error[" in line and repr(point) in line


def test_a_phase_left_with_too_few_cards_is_refused() -> None:
    data = _session().model_dump(exclude_unset=True)
    handout = data["handout"]
    # Two cards only: a row of two reads as something missing, so the content is refused.
    handout["actions"] = handout["actions"][:2]
    with pytest.raises(ValidationError, match="at least 3"):
        ParentSession.model_validate(data)


def test_the_handout_opens_with_the_cards_and_ends_with_the_tinted_contacts() -> None:
    plan = plan_handout(_session(), load().facts, DEFAULT_BRAND, builtin_library())
    assert isinstance(plan.blocks[0], ActionCards)
    assert sum(isinstance(b, TickPanel) for b in plan.blocks) == 1
    contacts = [b for b in plan.blocks if isinstance(b, CompactTable) and b.tinted]
    assert len(contacts) == 1
    # The school's own row first: its DSL before any national service, the service in the
    # Service column and the person (a field here) leading the contacts.
    service, contact, what = contacts[0].table.rows[0]
    assert service == "Our school's safeguarding lead"
    # A number to ring first, never "phone or email": an email may sit unread all weekend.
    assert contact == "Phone [school phone] and ask for [DSL's name]", contact
    assert what.startswith(WHAT_FOR) and "Deputy: [deputy DSL's name]" in what, what


def test_the_school_row_names_the_service_and_puts_the_lead_among_the_contacts() -> None:
    """"Mrs Priya Shah" in the Service column read as a service nobody knew (a designer's
    review): the school's lead is the service, the name the contact's first words."""
    brand = _oakfield()
    plan = plan_handout(_session(), load().facts, brand, builtin_library())
    table = next(b for b in plan.blocks if isinstance(b, CompactTable) and b.tinted).table
    service, contact, what = table.rows[0]
    assert service == "Oakfield Primary School: Designated Safeguarding Lead"
    assert contact.startswith(f"{brand.dsl_name}. "), contact
    assert brand.dsl_name not in service and brand.dsl_name not in what
    # The deputy's name beside their own number, not in the next column: a parent in a
    # hurry knows whom to ask for.
    assert f"\nDeputy, {brand.deputy_dsl_name}: direct line" in contact, contact
    # One way a line: run together with semicolons, the narrow column wrapped mid-name.
    assert ";" not in contact, contact
    assert "Deputy" not in what, what
    # A lead with an address of their own: the name takes the "DSL:" label's place.
    riverside = load_brand(ROOT / "examples/brands/riverside-academy/brand.yml").brand
    plan = plan_handout(_session(), load().facts, riverside, builtin_library())
    table = next(b for b in plan.blocks if isinstance(b, CompactTable) and b.tinted).table
    assert table.rows[0][0] == "Riverside Academy: Designated Safeguarding Lead"
    # A lead reached by email alone: the office's number first, asking for the lead, as the
    # letters home give it; the address after it, said to be read in school hours.
    contact = " ".join(table.rows[0][1].replace("\u00a0", " ").split())
    assert contact.startswith(f"Phone {riverside.phone}, ask for {riverside.dsl_name}; "
                              "email (safeguarding@"), contact
    assert contact.endswith(") may not be read out of school hours"), contact


def test_the_cards_carry_icons_with_alt_text_and_their_headings() -> None:
    document = _handout(DEFAULT_BRAND)
    cards = document.tables[0]
    pictures = cards._tbl.findall(".//" + qn("wp:docPr"))
    assert len(pictures) == len(_headings())
    assert [p.get("descr") for p in pictures] == [
        action.alt for action in _session().handout.actions]
    text = " ".join(cell.text for cell in cards.rows[0].cells).replace("\u2019", "'")
    for heading in _headings():
        assert heading in text


def test_the_default_header_leaves_the_school_a_name_and_logo_to_fill_in() -> None:
    header = _handout(DEFAULT_BRAND).sections[0].header
    text = "".join(p.text for p in header.paragraphs)
    assert "[School name]" in text and "[School logo]" in text
    # The logo's place is a dashed box, as on the letters, not a bracketed word alone.
    borders = [(r.text, r._r.rPr.find(qn("w:bdr"))) for p in header.paragraphs for r in p.runs
               if (r._r.rPr is not None and r._r.rPr.find(qn("w:bdr")) is not None
                   and r._r.rPr.find(qn("w:bdr")).get(qn("w:val")) == "dashed")]
    assert "".join(text for text, _ in borders).strip("\u00a0") == "[School logo]"
    # As high as the header's logo prints (12 pt words, 8 pt clear above and below: about
    # 1 cm), and wider than its words: not a box smaller than the name beside it.
    assert all(int(bdr.get(qn("w:space"))) >= 8 for _, bdr in borders)
    assert "".join(text for text, _ in borders).startswith("\u00a0" * 3)


def test_a_branded_header_names_no_fill_in() -> None:
    header = _handout(_oakfield()).sections[0].header
    assert "[School" not in "".join(p.text for p in header.paragraphs)


def test_the_agreement_is_one_panel_of_tick_boxes_under_a_word_heading() -> None:
    document = _handout(_oakfield())
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("LP Heading")]
    assert any(h.startswith("Our family agreement") for h in headings)
    panel = next(t for t in document.tables
                 if any("Anything else we agree" in c.text for c in t._cells))
    assert len(panel.rows) == 1 and len(panel.columns) == 1
    ticks = [p for p in panel.cell(0, 0).paragraphs if p.style.name == "LP Checkbox"]
    assert len(ticks) == len(_session().for_phase("primary").handout.family_agreement)


def test_the_contacts_sit_on_the_brand_tint() -> None:
    brand = _oakfield()
    document = _handout(brand)
    contacts = next(t for t in document.tables if t.rows[0].cells[0].text == "Service")
    # The cells' own shading (a fill-in's run carries the fill-in tint of its own).
    fills = {shd.get(qn("w:fill")) for row in contacts.rows[1:] for cell in row.cells
             for shd in cell._tc.findall(qn("w:tcPr") + "/" + qn("w:shd"))}
    assert fills == {str(brand.light).lstrip("#").upper()}


def test_side_two_opens_on_a_new_page_with_the_childrens_words() -> None:
    """The leaflet's back starts on a page of its own with the children's words; the age
    rules end side one under their own header row, no heading saying it again."""
    document = _handout(_oakfield())
    body = list(document.element.body)
    starts = [i for i, el in enumerate(body) if el.findall(".//" + qn("w:pageBreakBefore"))]
    assert len(starts) == 1
    side_two = "".join(t.text or "" for el in body[starts[0]:starts[0] + 2]
                       for t in el.iter(qn("w:t")))
    assert side_two.startswith("Words taught in class"), side_two[:60]
    rules = [el for el in body[:starts[0]] if el.tag == qn("w:tbl")][-1]
    header = "".join(t.text or "" for t in rules.iter(qn("w:t")))
    assert header.startswith("PlatformAge rule for going live"), header[:60]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("LP Heading")]
    assert not any("age rules" in h.lower() for h in headings), headings


def _day_or_night(brand: Brand) -> list[str]:
    """The line under the help table naming services to reach at any hour."""
    facts = load().facts
    plan = plan_handout(_session(), facts, brand)
    return [b.text for b in plan.blocks if isinstance(b, Paragraph)
            and b.label == "Day or night:"]


def test_a_handout_for_families_with_teenagers_names_samaritans_and_shout() -> None:
    """A teenager in crisis at night needs someone to talk or text to, and so does their
    parent: the secondary handout names Samaritans and Shout (as the KS4 lesson does), on
    one line under the help table (two more rows ran a handout onto a third side); a primary
    school's names neither. The all-through handout, whose side two holds the Year 10-11
    words and the sextortion steps, names them too, in the letter home's words."""
    (line,) = _day_or_night(DEFAULT_BRAND.model_copy(update={"phase": "secondary"}))
    assert line == "Samaritans 116 123 · Shout: text SHOUT to 85258", line
    assert _day_or_night(_oakfield()) == []
    assert _day_or_night(DEFAULT_BRAND) == [line]


def test_an_unknown_handout_helpline_is_one_line_at_its_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = tmp_path / "live-streaming" / "parents.yml"
    own.parent.mkdir()
    text = (ROOT / "content/live-streaming/parents.yml").read_text(encoding="utf-8")
    assert "  signposting: [samaritans, shout]\n" in text
    own.write_text(text.replace("  signposting: [samaritans, shout]\n",
                                "  signposting: [samaritans, shoutt]\n"), encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path)]) == 1
    err = capsys.readouterr()
    line = next(x for x in (err.out + err.err).splitlines() if "shoutt" in x)
    assert "error[LP110] handout.signposting[1]: unknown helpline 'shoutt'" in line
    assert line.startswith(str(own))
