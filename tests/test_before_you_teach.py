"""A deck with fields still to fill in ("[DSL's name]") lists them on a hidden last slide,
with the slide each is on, and its title slide's notes open by saying so
(KS1's help slide showed "[DSL's name]" to five-year-olds). Hidden: skipped when
presenting, left out of `lessonpack check`; last, so every shown slide keeps its number."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from built_decks import built_deck
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.cli import main
from lessonpack.content.fill_ins import FIELD, FILL_IN_DSL
from lessonpack.render.deck_before import LOGO_LINE, STRIP_LINE

ROOT = Path(__file__).resolve().parents[1]

# How the hidden slide asks for the DSL's photo (render/deck_before.PHOTO_HOW).
PHOTO = "drawn, not photographed"
# How it once asked for names a pupils' school card left out: every such card now shows a
# yellow field for each name instead, listed with the other fields.
NAMES = "type the names over those words"


def _hidden(slide: object) -> bool:
    return slide.element.get("show") == "0"  # type: ignore[attr-defined]


def _text(slide: object) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(qn("a:t")))
                     for p in slide.shapes.element.iter(qn("a:p")))  # type: ignore[attr-defined]


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4", "parents"])
def test_the_hidden_last_slide_lists_every_field_and_its_slide(built_packs: Path,
                                                              audience: str) -> None:
    deck = built_deck(built_packs, audience)
    *shown, last = list(deck.slides)
    # Hidden before it: only the parents' quiz slides kept for a session with time to spare.
    assert _hidden(last) and all("quiz" in _text(s).lower() for s in shown if _hidden(s))
    # A parents' session is presented, not taught.
    verb = "present" if audience == "parents" else "teach"
    assert f"Before you {verb}" in last.shapes.title.text_frame.text
    # The help slide's school card shows a yellow field for each name when no DSL is named,
    # listed with the deck's other fields. No photo line while nobody is named.
    # The cover's dashed logo box first (not a field: the "Draft" strip names it first).
    assert _text(last).split("\n").count(LOGO_LINE) == 1, audience
    # The "Draft" strip the title slide shows while fields are left: deleted last, by hand.
    assert _text(last).split("\n").count(STRIP_LINE) == 1, audience
    entries = [(n, rest) for n, rest in re.findall(r"Slide (\d+) · ([^\n]*)", _text(last))
               if f"Slide {n} · {rest}" not in (LOGO_LINE, STRIP_LINE)]
    names = [int(n) for n, rest in entries if NAMES in rest]
    listed = {int(n): set(FIELD.findall(rest)) for n, rest in entries
              if NAMES not in rest and FIELD.search(rest)}
    # One line a slide: the help slide's photo is asked for on its line of fields.
    numbers = [n for n, _rest in entries]
    assert len(numbers) == len(set(numbers)), entries
    # A primary deck's drawn lead (and KS1's drawn deputy) is asked for as a photo, named
    # or not: children who cannot read know a face before a name.
    assert (PHOTO in _text(last)) == (audience in ("ks1", "ks2")), audience
    on_slides = {n: set(FIELD.findall(_text(s))) for n, s in enumerate(shown, 1)
                 if FIELD.search(_text(s))}
    assert listed == on_slides, (listed, on_slides)
    # A field in a slide's speaker notes (the title slide's "phone [school phone], ask for
    # the DSL") is listed too, by the slide whose notes hold it.
    notes = {n: FIELD.findall(s.notes_slide.notes_text_frame.text)
             for n, s in enumerate(shown, 1) if s.has_notes_slide}
    in_notes = {n: set(found) for n, found in notes.items() if found}
    noted = {int(n): set(FIELD.findall(rest)) for n, rest
             in re.findall(r"Slide (\d+)’s speaker notes: ([^\n]*)", _text(last))}
    assert 1 in in_notes and noted == in_notes, (noted, in_notes)
    opening = shown[0].notes_slide.notes_text_frame.text.splitlines()[0]
    assert opening.startswith(f"Before you {verb}:"), opening
    assert on_slides and not names  # every slide's fields, to be typed over
    helps = [n for n in on_slides if any(sh.name == "Help card 1" for sh in shown[n - 1].shapes)]
    assert helps and any(FILL_IN_DSL in f.replace("\xa0", " ") for n in helps
                         for f in on_slides[n]), on_slides
    for number in on_slides:
        assert str(number) in opening
    # Seen, not only read in the notes: slide 1 opens with a "Draft" strip naming the
    # slides (and what is missing, where it fits), its words plain, never a field.
    first = list(shown[0].shapes)
    strip = first[0]
    assert strip.name == "Draft strip" and strip.top == 0 and strip.width == deck.slide_width, \
        strip.name
    words = strip.text_frame.text
    # The cover's dashed "[School logo]" slot is not a field, but is filled in all the same:
    # the strip names it first, then the fields.
    logo = any(sh.name == "Logo slot" for sh in shown[0].slide_layout.shapes)
    assert logo, "a deck built without a brand shows the logo slot on its cover"
    assert words.startswith(("Draft: Add your logo here. Fill in ",
                             "Draft: Add logo here. Fill in ")), words
    # Then every field by name where they fit on the line, else "the yellow fields".
    named = [f.strip("[]").replace("\xa0", " ").replace("'", "’").split("’s ")[-1]
             for n in on_slides for f in on_slides[n]]
    assert "the yellow fields" in words or all(name in words for name in named), words
    assert words.endswith("."), words
    assert not FIELD.search(words) and "[" not in words
    for number in on_slides:
        assert re.search(rf"\bslides? (\d+, )*(\d+ and )?{number}\b", words), words
    assert "delete the yellow “Draft” strip at the top of this slide" in opening, opening
    # And how the logo the strip asks for goes in.
    assert "your school’s logo over the dashed “School logo” box on this slide" in opening
    # Nothing else on the slide under it: the cover's words start below the strip.
    assert all(sh.top >= strip.top + strip.height for sh in first[2:]
               if sh.has_text_frame and sh.text_frame.text.strip()), words


def test_the_ks2_deck_for_every_year_says_whose_stories_it_tells(built_packs: Path) -> None:
    """Slide 1's strip and the hidden slide: the composite KS2 deck tells the Years 3–4
    stories, and a Years 5–6 class asks for its own (plan/class_fit.deck_years)."""
    deck = built_deck(built_packs, "ks2")
    (strip,) = [sh for sh in deck.slides[0].shapes if sh.name == "Draft strip"]
    assert strip.text_frame.text.startswith("Draft: Add logo here. Fill in the yellow fields"), \
        strip.text_frame.text
    assert strip.text_frame.text.endswith(
        ". Years 3\u20134 stories (Years 5\u20136 too: see the plan)."), strip.text_frame.text
    last = list(deck.slides)[-1]
    assert "This deck tells the Years 3\u20134 stories; Years 5\u20136 are taught them too, " \
        "as the plan says." in _text(last), _text(last)
    assert "Years 3\u20134 stories" not in _text(built_deck(built_packs, "ks1").slides[0])


def test_check_reads_hidden_slides_as_hidden(built_packs: Path) -> None:
    # The teacher reads the hidden slide to prepare: check measures it, and knows it hidden.
    path = built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"
    slides = list(Presentation(str(path)).slides)
    shown = [s for s in slides if not _hidden(s)]
    view = open_deck(path, "ks1")
    assert len(shown) < len(slides)
    assert [s.number for s in view.slides] == list(range(1, len(slides) + 1))
    assert [s.hidden for s in view.slides] == [_hidden(s) for s in slides]
    assert [s.number for s in view.shown] == list(range(1, len(shown) + 1))


def test_a_filled_in_deck_says_how_to_add_the_photo(tmp_path: Path) -> None:
    # A school's own deck has its names filled in and no DSL photo: nothing is left to
    # fill in, so the title slide's notes do not send the teacher anywhere; the hidden
    # slide says the photo goes in through the file, and on which slide it shows.
    brand = ROOT / "examples" / "brands" / "oakfield-primary" / "brand.yml"
    assert main(["build", "-a", "ks1", "--brand", str(brand), "--out", str(tmp_path),
                 "--quiet"]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    *shown, last = deck.slides
    assert not any(_hidden(s) for s in shown) and _hidden(last)
    assert not any(FIELD.search(_text(s)) for s in shown)
    # The first help slide: the school's adults' cards (KS1 may run to two slides).
    number = next(n for n, s in enumerate(shown, 1)
                  if any(sh.name == "Help card 1" for sh in s.shapes))
    assert last.shapes.title.text_frame.text == "Before you teach"
    (photo,) = re.findall(rf"Slide (\d+) · [^:\n]*: [^\n]*{PHOTO}", _text(last))
    assert photo == str(number)
    # Said to a school's own teacher: whom to ask and how to change the picture on the
    # slide; the file's fields are for whoever builds the pack (a visitor's deck says them).
    assert "Mrs Shah and Mr Adeyemi" in _text(last) and "Change Picture" in _text(last)
    assert "dsl_photo" not in _text(last) and "rebuild" not in _text(last)
    assert "Type over" not in _text(last) and "dashed" not in _text(last)
    assert "bracketed" not in last.notes_slide.notes_text_frame.text
    opening = deck.slides[0].notes_slide.notes_text_frame.text.splitlines()[0]
    assert not opening.startswith("Before you teach"), opening
    # Nothing left to fill in: no "Draft" strip on the title slide.
    assert not any(sh.name.startswith("Draft") for sh in deck.slides[0].shapes)


def test_a_deck_with_the_photo_has_no_hidden_slide(tmp_path: Path) -> None:
    from PIL import Image

    brand_dir = tmp_path / "brand"
    shutil.copytree(ROOT / "examples" / "brands" / "oakfield-primary", brand_dir)
    Image.new("RGB", (300, 400), (180, 140, 120)).save(brand_dir / "dsl.png")
    brand = brand_dir / "brand.yml"
    brand.write_text(brand.read_text(encoding="utf-8") + "dsl_photo: dsl.png\n",
                     encoding="utf-8")
    assert main(["build", "-a", "ks1", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "--quiet"]) == 0
    deck = Presentation(str(next((tmp_path / "out").rglob("*-slides.pptx"))))
    # The photo is in, the names are filled in: the hidden slide asks for no photo, and
    # says only that the example school's contacts are made up.
    *shown, last = deck.slides
    assert not any(_hidden(s) for s in shown) and _hidden(last)
    assert PHOTO not in _text(last) and "example data" in _text(last)


def test_an_example_school_s_parents_deck_warns_the_presenter(tmp_path: Path) -> None:
    # The parents' slides carry the example school's made-up names and numbers, highlighted,
    # with no bracket: the pupils' decks had the hidden slide saying so, the parents' none.
    brand = ROOT / "examples" / "brands" / "oakfield-primary" / "brand.yml"
    assert main(["build", "-a", "parents", "--brand", str(brand), "-f", "pptx", "--out",
                 str(tmp_path), "--quiet"]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    last = deck.slides[len(deck.slides) - 1]
    assert _hidden(last)
    assert last.shapes.title.text_frame.text == "Before you present"
    assert "example data" in _text(last) and "presenter" in _text(last)
    # Its papers are the facilitator notes: no lesson plan is named, nothing "taught".
    words = _text(last) + last.notes_slide.notes_text_frame.text
    assert "facilitator notes" in words and "lesson plan" not in words
    assert "teach" not in words.lower()
    # Shown slides first, then the hidden ones: the show's numbering has no gaps.
    hidden = [_hidden(s) for s in deck.slides]
    assert hidden == sorted(hidden)


def _marked_at_the_top(wild: Path, out: Path) -> Path:
    """``wild`` with a mark (a logo's box) drawn at the top of each of its layouts."""
    deck = Presentation(str(wild))
    w, h = deck.slide_width // 3, deck.slide_height // 12
    for n, layout in enumerate(deck.slide_layouts):
        layout.shapes._spTree.append(parse_xml(
            f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{900 + n}" name="Mark"/>'
            f'<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{w}" y="0"/>'
            f'<a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:solidFill><a:srgbClr val="1E4D2B"/></a:solidFill></p:spPr>'
            '</p:sp>'))
    deck.save(str(out))
    return out


@pytest.mark.parametrize(("template", "where"), [("klee2-libreoffice", "top"),
                                                 ("klee2-libreoffice+mark", "foot"),
                                                 ("lo-cft-fire-red", "top"),
                                                 ("lo-cft-smooth-black", "top")])
def test_a_trainers_cover_gets_the_draft_strip_where_it_has_room(
        tmp_path: Path, template: str, where: str) -> None:
    """The strip at the top of the cover, as on every other deck, even where the layout
    keeps an empty title box there (klee2's cover sets its title lower). A cover with
    something drawn at its top: the strip at the foot, read last. A cover whose art or
    footer fills both edges still gets it, at the top over the art and clear of the
    cover's own words: a deck with unfilled names never looks finished."""
    name, _, mark = template.partition("+")
    wild = ROOT / "tests" / "fixtures" / "wild" / f"{name}.pptx"
    if mark:
        wild = _marked_at_the_top(wild, tmp_path / f"{name}-marked.pptx")
    assert main(["build", "-a", "ks1", "-f", "pptx", "--template", str(wild), "--out",
                 str(tmp_path / "out"), "--quiet"]) == 0
    tmp_path = tmp_path / "out"
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    cover = deck.slides[0]
    strips = [sh for sh in cover.shapes if sh.name == "Draft strip"]
    opening = cover.notes_slide.notes_text_frame.text.splitlines()[0]
    assert opening.startswith("Before you teach:"), opening
    assert f"strip at the {where} of this slide" in opening, opening
    (strip,) = strips
    assert strip.text_frame.text.startswith("Draft: "), strip.text_frame.text
    texts = [sh for sh in cover.shapes if sh.has_text_frame and sh.text_frame.text.strip()]
    if where == "top":
        assert strip.top == 0 and texts[0].name == "Draft strip"
        assert all(sh.top >= strip.top + strip.height for sh in texts[1:]
                   if sh.top is not None), [sh.name for sh in texts]
        return
    assert strip.top + strip.height == deck.slide_height
    assert texts[-1] is not None and texts[-1].name == "Draft strip"
    assert all(sh.top + sh.height <= strip.top for sh in texts[:-1]
               if sh.top is not None), [sh.name for sh in texts]


def test_the_draft_strips_lines_name_the_logo_first_and_group_a_persons_fields() -> None:
    """The strip's lines, the fullest first: with the cover's logo slot, the logo before the
    fields; a shorter line says each person's fields once ("the DSL's name and room");
    the last only where (slides), for a line too long for every other."""
    from lessonpack.kinds.look import Reader
    from lessonpack.render.deck_draft import draft_lines

    found = [(46, "Who can help", ["[DSL's name]", "[deputy DSL's name]", "[DSL's room]"])]
    teacher = Reader("teacher")
    plain = draft_lines(found, teacher)
    assert plain[0] == "Fill in slide 46: DSL’s name, deputy DSL’s name, DSL’s room."
    assert plain[1] == "Fill in slide 46: DSL’s name and room, deputy DSL’s name."
    assert plain[-2] == "Fill in the yellow fields on slide 46 before you teach."
    logo = draft_lines(found, teacher, logo=True)
    assert all(line.startswith("Add your logo here. Fill in ") for line in logo), logo
    assert logo[0].startswith("Add your logo here. Fill in slide 46: DSL’s name, ")
    assert logo[-1] == "Add your logo here. Fill in the yellow fields on slide 46."


def test_a_cover_whose_own_words_fill_both_edges_gets_the_strip_drawn_over_them() -> None:
    """No edge free even of the cover's own shapes: the strip still goes on, at the top,
    drawn last so the words under it do not hide it."""
    from pptx.util import Inches

    from lessonpack.kinds.look import Reader
    from lessonpack.render.deck_draft import STRIP_NAME, add_draft_strip
    from lessonpack.render.ooxml.slides import SlideXml

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank: no layout shapes
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    for name, top in (("Banner", 0), ("Strapline", height - Inches(1))):
        box = slide.shapes.add_textbox(0, top, width, Inches(1))
        box.name, box.text_frame.text = name, f"{name} words"
    found = [(9, "Who can help", ["[DSL's name]"])]
    where = add_draft_strip(SlideXml(slide.part), (width, height), found, Reader("teacher"),
                            "Calibri")
    assert where == "top"
    names = [sh.name for sh in slide.shapes]
    assert names[-2:] == [STRIP_NAME, "Draft strip rule"], names
    (strip,) = [sh for sh in slide.shapes if sh.name == STRIP_NAME]
    assert strip.top == 0 and strip.text_frame.text.startswith("Draft: Fill in slide 9: DSL")


def test_a_strip_at_the_foot_takes_the_footers_it_covers_off_the_cover() -> None:
    """A cover with its title at the top and its footer and number at the foot (lo51
    "alizarin"): the strip goes to the foot, over the footers; they leave the cover, so
    nothing meets the strip (LPC307), and the title stays."""
    from copy import deepcopy

    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.util import Inches

    from lessonpack.kinds.look import Reader
    from lessonpack.render.deck_draft import STRIP_NAME, add_draft_strip
    from lessonpack.render.ooxml.slides import SlideXml

    prs = Presentation()
    layout = prs.slide_layouts[0]  # title slide: date, footer and number at its foot
    slide = prs.slides.add_slide(layout)
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    title = slide.shapes.title
    title.top, title.height, title.text = Inches(0.1), Inches(1), "Live streams"
    for ph in layout.placeholders:
        if ph.placeholder_format.type in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            copy = deepcopy(ph._element)  # placed by the layout: no box of its own
            sp_pr = copy.find(qn("p:spPr"))
            for xfrm in sp_pr.findall(qn("a:xfrm")):
                sp_pr.remove(xfrm)
            slide.shapes._spTree.append(copy)
    found = [(9, "Who can help", ["[DSL's name]"])]
    where = add_draft_strip(SlideXml(slide.part), (width, height), found, Reader("teacher"),
                            "Calibri")
    assert where == "foot"
    names = [sh.name for sh in slide.shapes]
    assert STRIP_NAME in names and title.name in names, names
    assert not [sh for sh in slide.shapes if sh.is_placeholder and
                sh.placeholder_format.type in (PP_PLACEHOLDER.FOOTER,
                                               PP_PLACEHOLDER.SLIDE_NUMBER)], names
