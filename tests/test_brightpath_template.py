"""Brightpath, the example council trainer's template, as a designer, a DSL and a trainer judge it.

Built as the review built it (Northshire brand, Brightpath template, Ashgrove school file):
drawn content keeps clear of the template's title rule and footers (nothing drawn over a
rule or the footer's words), Kofi's stream keeps its pictures (the story is told in them),
the KS1 cover keeps Pip and Olly in the template's circle (the design's place for a picture,
which left empty read as unfinished) and the visiting team is named on the slides and as the
decks' author (the school and families see who taught the lesson).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.util import Inches

from built_decks import slides_file
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT
from lessonpack.plan.quotes import typographic
from long_questions import long_question_content

ROOT = Path(__file__).resolve().parents[1]
TEAM = "Northshire Online Safety Team"
ROOM_PT = 19  # 16 px on an 800 px render of a 13.33 in slide
# Above the footer's logo and words: the template has no footer band, so only a clear gap
# keeps the last row of cards from seeming to rest on the footer (designer: 25 pt at least).
FOOT_PT = 25


@pytest.fixture(scope="module")
def decks(brightpath_at_ashgrove: Path) -> dict[str, Path]:
    """The look's three decks, from conftest's build of it (--all at Ashgrove, a primary
    school: KS1, KS2 and parents)."""
    return {a: brightpath_at_ashgrove / f"live-streaming-{a}" / slides_file(a, "primary")
            for a in ("ks1", "ks2", "parents")}


@pytest.fixture(scope="module")
def long_questions_ks2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KS2 deck in the same look with the tests' long untitled quiz questions
    (tests/fixtures/long-questions): two-line question and answer titles."""
    out = tmp_path_factory.mktemp("brightpath-long-questions")
    content = long_question_content(out / "content")
    code = main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--content", str(content),
                 "--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")])
    assert code == 0
    return out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"


def _rule_and_footer(slide) -> tuple[int, int] | None:
    """The master's title rule's foot and the footer's top (EMU: its words' box or its logo,
    whichever is higher), for slides showing both."""
    layout = slide.slide_layout
    if layout.name not in ("Title and Content", "Title Only"):
        return None
    if any(sh.name == "Question panel" for sh in slide.shapes):
        return None  # a stream or call keeps the full area: Mei's room needs it for words
    rule = next(sh for sh in layout.slide_master.shapes if sh.name == "Title rule")
    footer = next(ph for ph in layout.placeholders
                  if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
    logos = [sh.top for sh in layout.slide_master.shapes
             if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    return rule.top + rule.height, min([footer.top, *logos])


def test_content_keeps_clear_of_the_title_rule_and_footer(decks: dict[str, Path]) -> None:
    for audience, path in decks.items():
        checked = 0
        for number, slide in enumerate(Presentation(str(path)).slides, 1):
            edges = _rule_and_footer(slide)
            if edges is None:
                continue
            rule, footer = edges
            for shape in slide.shapes:
                if shape.is_placeholder and shape.placeholder_format.type in (
                        PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.FOOTER,
                        PP_PLACEHOLDER.SLIDE_NUMBER):
                    continue
                if shape.name == "Kicker" or shape.top is None or shape.top < rule - EMU_PT:
                    continue
                checked += 1
                where = f"{audience} slide {number} {shape.name!r}"
                assert shape.top - rule >= ROOM_PT * EMU_PT, where + " sits on the title rule"
                assert footer - (shape.top + shape.height) >= FOOT_PT * EMU_PT, \
                    where + " sits on the footer"
        assert checked > 50


def _kofi_pictures(path: Path) -> list[str]:
    deck = Presentation(str(path))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Kofi is watching")
    stream = next(sh for sh in slide.shapes if sh.name == "Mock live stream")
    return sorted(sh.name for sh in stream.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE
                  or (sh.shape_type == MSO_SHAPE_TYPE.GROUP
                      and any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in sh.shapes)))


def test_kofis_stream_keeps_its_pictures(decks: dict[str, Path], tmp_path: Path) -> None:
    """The template's shorter area keeps every picture the stream has on lessonpack's own
    slides (the story is told in them), and every comment."""
    assert main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out",
                 str(tmp_path)]) == 0
    own = _kofi_pictures(tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx")
    assert own and _kofi_pictures(decks["ks2"]) == own
    deck = Presentation(str(decks["ks2"]))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Kofi is watching")
    stream = next(sh for sh in slide.shapes if sh.name == "Mock live stream")
    said = " ".join(sh.text_frame.text for sh in stream.shapes if sh.name.startswith("Comment"))
    # A comment's lines are written with their breaks (render/chat_wrap): the words are all
    # there, read as the class reads them.
    said = said.replace("\v", " ")
    assert "Kofi says yum" in said and "Don’t tell your grandma" in said


def _room_stream_comments() -> list[dict[str, str]]:
    """The comments of the KS2 stream whose video is Mei's room, as the lesson file has them
    (its own Parts: a Years 5-6 class's room, Lola's, is in route_cycles, not this deck)."""
    lesson = yaml.safe_load((ROOT / "content/live-streaming/ks2.yml").read_text(encoding="utf-8"))
    found = [slide["scenario"]["comments"] for slide in _walk(lesson["cycles"])
             if isinstance(slide, dict) and isinstance(slide.get("scenario"), dict)
             and "picture_shows" in slide["scenario"] and "street sign" in
             slide["scenario"]["picture_shows"]]
    assert len(found) == 1
    return found[0]


def _walk(node: object):
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    for child in children:
        yield from _walk(child)


def test_meis_room_stream_shows_every_comment_at_18_pt(decks: dict[str, Path]) -> None:
    """The template's 5 in high area once cost the chat a comment: the room and
    the chat share the screen so that all of them show, none under 18 pt."""
    wanted = _room_stream_comments()
    deck = Presentation(str(decks["ks2"]))
    streams = [sh for slide in deck.slides for sh in slide.shapes
               if sh.name == "Mock live stream" and any(s.name == "Wall" for s in sh.shapes)]
    assert streams
    for stream in streams:
        comments = [sh for sh in stream.shapes if sh.name.startswith("Comment ")]
        said = [" ".join(sh.text_frame.text.split()) for sh in comments]
        assert len(said) == len(wanted), said
        for comment, text in zip(wanted, said, strict=True):
            assert comment["user"] in text and typographic(comment["text"]) in text
        sizes = [run.font.size.pt for sh in comments for para in sh.text_frame.paragraphs
                 for run in para.runs]
        assert sizes and min(sizes) >= 18
        bottoms = [sh.top + sh.height for sh in comments]
        assert max(bottoms) <= stream.shapes[0].top + stream.shapes[0].height  # on the screen


def test_ks1_cover_has_pip_and_olly_in_the_circle(decks: dict[str, Path]) -> None:
    slide = Presentation(str(decks["ks1"])).slides[0]
    circle = next(sh for sh in slide.slide_layout.shapes if sh.name == "Circle")
    pictures = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 2
    for pic in pictures:
        assert circle.left <= pic.left and pic.left + pic.width <= circle.left + circle.width
        assert circle.top <= pic.top and pic.top + pic.height <= circle.top + circle.height


def test_the_visiting_team_is_named_on_the_slides(decks: dict[str, Path]) -> None:
    """The trainer's material, taught at the school: the team's logo in every footer and
    on the section slides, the school's crest only on the cover beside it (designer: the
    school's crest beside "Delivered by Northshire …" read as the school's slides)."""
    for audience, path in decks.items():
        deck = Presentation(str(path))
        assert deck.core_properties.author == TEAM, audience
        assert deck.core_properties.last_modified_by == TEAM, audience
        cover = " ".join(sh.text_frame.text for sh in deck.slides[0].shapes
                         if sh.has_text_frame)
        # The team's logo on the cover says who delivers: no "Delivered by" beside it; the
        # words name who presents (the school file's trainer).
        assert "Delivered by" not in cover, audience
        assert "Presented by Sam Carter" in cover and TEAM not in cover, audience
        kicker = next(sh.text_frame.text for sh in deck.slides[0].shapes if sh.name == "Kicker")
        assert "minutes" in kicker and TEAM not in kicker, (audience, kicker)
        master_logos = [sh._element.nvPicPr.cNvPr.get("descr")
                        for sh in deck.slide_master.shapes
                        if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert master_logos == [f"{TEAM} logo"], (audience, master_logos)
        footers = [ph.text_frame.text for slide in list(deck.slides)[1:]
                   for ph in slide.placeholders
                   if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER]
        # The lesson's name beside the team's logo, not the logo's words again.
        assert footers and not any("Delivered by" in f or "Ashgrove" in f for f in footers), \
            (audience, footers[:1])
        for slide in deck.slides:
            layout = slide.slide_layout
            logos = [sh.name for sh in layout.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
            if slide.slide_layout.name == "Section Header":
                assert logos == ["Trainer logo"], (audience, logos)


def test_a_kicker_on_a_title_given_a_plate_goes_back_above_it() -> None:
    """lo35 "tunnel": contrast gave the title a plate after the kicker was hugged onto the
    title's box, and the plate hid half the kicker (LPC305)."""
    from pptx.dml.color import RGBColor
    from pptx.util import Inches

    from lessonpack.render.deck_kicker import unhide_kicker

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    title = slide.shapes.title
    title.top, title.height = Inches(0.8), Inches(1.2)  # a deep title box, its text low
    title.text_frame.text = "Our ground rules"
    kicker = slide.shapes.add_textbox(title.left, Inches(0.6), title.width, Inches(0.4))
    kicker.name = "Kicker"  # hugged: its foot 0.2 in into the title's box
    kicker.text_frame.text = "BEFORE WE START"
    title.element.addprevious(kicker.element)  # read first, drawn under the title
    unhide_kicker(slide)
    assert kicker.top == Inches(0.6)  # no plate: the kicker may sit on the title's box
    title.fill.solid()
    title.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    unhide_kicker(slide)
    assert kicker.top + kicker.height <= title.top


def test_the_kicker_stays_put_when_a_title_wraps(decks: dict[str, Path]) -> None:
    # A two-line question pushed the kicker up to the top edge and a one-line
    # slide pulled it down again, so it jumped as the trainer clicked through. (A section
    # divider stacks its kicker with its title mid-slide; it is not clicked through in pairs.)
    for key, path in decks.items():
        tops: dict[str, set[int]] = {}
        for slide in Presentation(str(path)).slides:
            title = slide.shapes.title
            if (title is None or title.placeholder_format.type != PP_PLACEHOLDER.TITLE
                    or "Section" in slide.slide_layout.name or slide.element.get("show") == "0"):
                continue  # a divider or the teacher's hidden slide (never clicked through)
            for shape in slide.shapes:
                if shape.name == "Kicker" and not shape.is_placeholder:
                    tops.setdefault(slide.slide_layout.name, set()).add(shape.top)
        assert tops, key
        for layout, found in tops.items():
            assert len(found) == 1, (key, layout, found)


def test_titles_keep_their_full_width_and_break_by_hand_one_line_a_line(
        decks: dict[str, Path], long_questions_ks2: Path) -> None:
    """A template's titles follow the rule every look follows (deck_title_breaks.balance_title):
    never narrowed by a wide inset (titles narrowed to even lines wrapped at half the slide
    and grew up into the kicker), a hand break only where the natural wrap left a runt or
    split a last sentence, and then each line one line at the title's full width, measured
    as `check` measures titles."""
    _hand_broken(decks["ks2"])  # the built-in questions' short titles: one line each
    # Two sentences in a question's title ("Mei is nine. / What do…"), question and answer.
    assert _hand_broken(long_questions_ks2) >= 4


def _hand_broken(deck: Path) -> int:
    """How many of the deck's titles are broken by hand, each checked as above."""
    from lessonpack.check.measure import count_styled_lines
    from lessonpack.check.pptx_layout_rules import title_item
    from lessonpack.check.pptx_shapes import open_deck
    from lessonpack.check.pptx_text import text_frame

    broken = 0
    for view in open_deck(deck, deck.name).slides:
        item = title_item(view)
        frame = text_frame(item, view) if item is not None else None
        if item is None or frame is None or len(frame.paras) != 1:
            continue
        left, _top, right, _bottom = frame.insets
        assert left + right <= 2 * 7.2, (frame.paras[0].text, left, right)
        text = frame.paras[0].text.replace("\v", "\n")
        if "\n" not in text:
            continue
        broken += 1
        run = frame.paras[0].runs[0]
        style = (run.font, run.size * frame.font_scale, run.bold)
        for line in text.split("\n"):
            assert count_styled_lines([(line, style)], item.box[2] / 12700 - left - right) \
                == 1, (text, line)
    return broken


def test_the_trainers_palette_keeps_the_teams_name_in_a_host_school(
        decks: dict[str, Path]) -> None:
    # With --school the theme's colour set was named "Ashgrove Primary
    # School", so reusing the deck at the next school showed the team's palette under it.
    from lxml import etree

    deck = Presentation(str(decks["ks2"]))
    for master in deck.slide_masters:
        theme = next(rel.target_part for rel in master.part.rels.values()
                     if rel.reltype.endswith("/theme"))
        root = etree.fromstring(theme.blob)
        ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
        assert root.find(".//a:clrScheme", ns).get("name") == TEAM
        assert root.find(".//a:fontScheme", ns).get("name") == TEAM


def _help_slides(path: Path) -> list:
    return [slide for slide in Presentation(str(path)).slides
            if any(sh.name == "Help card 1" for sh in slide.shapes)]


def test_help_cards_keep_their_icons_and_a_clear_foot(decks: dict[str, Path]) -> None:
    """Brightpath's help cards: every card keeps the icon it has in
    our own layouts (KS2's four had none: the school's longer directions took the room),
    and the last line of each card ends clear of the card's foot (the parents' school card's
    deputy number touched it)."""
    for audience in ("ks2", "parents"):
        slides = _help_slides(decks[audience])
        assert slides, audience
        for slide in slides:
            shapes = {sh.name: sh for sh in slide.shapes}
            cards = [name for name in shapes if name.startswith("Help card")
                     and name.removeprefix("Help card ").isdigit()]
            for card in cards:
                box = shapes[card]
                # Every card has its picture: the school's on a pupils' deck, with no
                # DSL photo, a drawn teacher.
                assert f"{card} picture" in shapes, (audience, card)
                lines = [sh for sh in slide.shapes
                         if sh.name in (f"{card} text", f"{card} contact")]
                foot = max(sh.top + sh.height for sh in lines)
                # 0.1 in: the words' boxes are measured at 1.2 lines; a renderer sets them
                # a little tighter, so the ink ends higher still.
                assert box.top + box.height - foot >= Inches(0.1), (audience, card)


def _group_parts(path: Path, name: str) -> tuple[object, dict[str, object]]:
    slide = next(slide for slide in Presentation(str(path)).slides
                 if any(sh.name == name for sh in slide.shapes))
    group = next(sh for sh in slide.shapes if sh.name == name)
    return slide, {sh.name: sh for sh in group.shapes}


def test_ks1_story_scenes_fill_the_area_with_the_family_beside_the_tablet(
        decks: dict[str, Path]) -> None:
    """Brightpath KS1's story scenes: in the short area under the
    template's title rule the family stands in a column beside a full-height tablet, the
    question's column narrowed to what its tab and words need; the people as large as the
    default look's (~1.5 in), the callers' words in bubbles of whole words."""
    from lessonpack.check.measure import text_width

    for scene, people in (("Video call", ("Pip", "Mum", "Granny", "Grandad")),
                          ("Watching a show", ("Olly", "Dad"))):
        slide, parts = _group_parts(decks["ks1"], scene)
        for name in people:
            face = parts[f"Picture: {name}"]
            assert min(face.width, face.height) >= Inches(1.4), (scene, name)
        tablet = parts.get("Tablet")
        child = parts[f"Picture: {people[0]}"]
        assert tablet.top + tablet.height > child.top + child.height  # beside, not under
        assert child.left >= tablet.left + tablet.width
        panel = next(sh for sh in slide.shapes if sh.name == "Question panel")
        assert panel.left >= child.left + child.width  # the question keeps its own column
        tab = next(sh for sh in slide.shapes if sh.name == "Question tab")
        assert text_width(tab.text_frame.text, "Arial", 18, True) * EMU_PT < tab.width
    _slide, parts = _group_parts(decks["ks1"], "Video call")
    for name in ("Granny", "Grandad"):
        bubble = parts[f"{name} says"]
        words = bubble.text_frame.text.split()
        widest = max(text_width(word, "Arial", 18) for word in words) * EMU_PT
        assert widest < bubble.width - Inches(0.16), name


def test_section_lines_start_where_the_title_does(decks: dict[str, Path]) -> None:
    """Section slides: the line under the title sat 0.1 in right of the
    kicker and title (the title's inset was taken away, the line's kept). A text placeholder
    lined up with a flush title is flush too; and a panel of points keeps 0.2 in inside it
    (its lines ran to 4 px from its edge)."""
    checked = 0
    for path in decks.values():
        for slide in Presentation(str(path)).slides:
            title = slide.shapes.title
            if title is None or title.text_frame._txBody.bodyPr.get("lIns") != "0":
                continue
            for ph in slide.placeholders:
                if ph.placeholder_format.type in (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY) \
                        and abs(ph.left - title.left) <= Inches(0.05) and ph.has_text_frame \
                        and ph.text_frame.text.strip():
                    assert ph.text_frame._txBody.bodyPr.get("lIns") == "0", ph.text_frame.text
                    checked += 1
            for shape in slide.shapes:
                if shape.name == "Side" and not shape.is_placeholder \
                        and len([p for p in shape.text_frame.paragraphs if p.text]) > 1:
                    frame = shape.text_frame
                    assert min(frame.margin_left, frame.margin_right) >= Inches(0.2)
    assert checked


def test_stream_names_sit_level_with_their_avatars_and_chats_clear_the_frame(
        decks: dict[str, Path]) -> None:
    """Brightpath's mock streams: the streamer's name sat below its
    avatar's middle and Kofi's last comment touched the screen's frame."""
    streams = 0
    for path in (decks["ks2"], decks["parents"]):
        for slide in Presentation(str(path)).slides:
            for group in slide.shapes:
                if group.name != "Mock live stream":
                    continue
                parts = {shape.name: shape for shape in group.shapes}
                avatar, name = parts["Avatar"], parts["Streamer name"]
                middle = avatar.top + avatar.height // 2
                assert abs(name.top + name.height // 2 - middle) <= Inches(0.03)
                screen = parts["Screen"]
                last = max(shape.top + shape.height for shape in group.shapes
                           if shape.name.removeprefix("Comment ").isdigit())
                assert screen.top + screen.height - last >= Inches(0.15)
                streams += 1
    assert streams >= 3


def test_kicker_and_title_are_one_group_at_one_place(decks: dict[str, Path]) -> None:
    """Brightpath's title sits on its rule: a one-line title floated 0.5 in under its kicker
    and a two-line question grew up to touch it, so the heading block moved as the trainer
    clicked through. Now the title's first line starts at one place on every slide of a
    layout (a second line grows down) and the kicker sits a fixed gap above it, clear of the
    slide's top edge. Measured as `check` measures the title's lines."""
    from lessonpack.check.pptx_layout_rules import text_extent
    from lessonpack.render.deck_contrast import view_of

    wrapped = 0
    for key, path in decks.items():
        firsts: dict[str, set[int]] = {}
        gaps: set[int] = set()
        for number, slide in enumerate(Presentation(str(path)).slides, 1):
            if slide.slide_layout.name not in ("Title and Content", "Title Only"):
                continue
            view = view_of(slide)
            kicker = next((i for i in view.items if i.name == "Kicker"), None)
            title = next((i for i in view.items if i.ph is not None
                          and i.ph.type == "title" and i.text.strip()), None)
            if kicker is None or title is None or slide.element.get("show") == "0":
                continue
            top, bottom = text_extent(title, view)
            wrapped += bottom - top > Inches(0.8)
            firsts.setdefault(slide.slide_layout.name, set()).add(top)
            foot = kicker.box[1] + kicker.box[3]
            assert 0 <= top - foot <= Inches(0.1), (key, number, top - foot)
            gaps.add(top - foot)
            assert foot - Inches(0.3) >= Inches(0.25), (key, number)  # its line off the edge
        assert firsts and all(len(tops) == 1 for tops in firsts.values()), (key, firsts)
        assert len(gaps) == 1, (key, gaps)
    # Every content title is one line: two lines touched the template's rule (a long quiz
    # question is asked under a short title).
    assert wrapped == 0


def test_a_section_title_starts_at_one_place_and_grows_down(decks: dict[str, Path]) -> None:
    """A one-line section title centred with its kicker and objective sat 0.3 in lower than
    a two-line one: each divider's heading in its own place. The title's box starts at one
    height on every divider of a deck, with the kicker just above it and the objective under
    its last line."""
    dividers = 0
    for key, path in decks.items():
        tops = set()
        for slide in Presentation(str(path)).slides:
            if "Section" not in slide.slide_layout.name:
                continue
            title = slide.shapes.title
            kicker = next(sh for sh in slide.shapes if sh.name == "Kicker")
            below = [sh for sh in slide.placeholders if sh.placeholder_format.idx != 0
                     and sh.has_text_frame and sh.text_frame.text.strip()
                     and sh.top > title.top]
            tops.add(title.top)
            assert kicker.top + kicker.height <= title.top + Inches(0.05)  # its text inset
            assert below and all(sh.top >= title.top + title.height for sh in below)
            dividers += 1
        assert len(tops) <= 1, (key, tops)
    assert dividers >= 3  # KS2's three learning cycles


def test_zainabs_stream_keeps_its_title_and_dads_tag(decks: dict[str, Path]) -> None:
    """Brightpath's shorter area dropped the stream's title
    ("Zainab's keepy-uppy challenge!") and the "Dad" tag that the default look shows."""
    deck = Presentation(str(decks["ks2"]))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Zainab is live")
    group = next(sh for sh in slide.shapes if sh.name == "Mock live stream")

    def shapes(node):
        for shape in node.shapes:
            yield shape
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                yield from shapes(shape)

    texts = [(sh.name, sh.text_frame.text) for sh in shapes(group) if sh.has_text_frame]
    assert any(name == "Stream title" and text.strip() for name, text in texts), texts
    assert any(text == "Dad" for _name, text in texts), texts
    assert any(name == "Comment box" for name, _text in texts), "the comment bar"


def test_kofis_stream_keeps_its_comment_bar(decks: dict[str, Path]) -> None:
    """Beside the template's question panel Kofi's chat wrapped every
    comment and lost its "Add a comment…" bar; the question's column narrows instead."""
    deck = Presentation(str(decks["ks2"]))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Kofi is watching")
    group = next(sh for sh in slide.shapes if sh.name == "Mock live stream")
    assert any(sh.name == "Comment box" for sh in group.shapes)
    comments = [sh for sh in group.shapes if sh.name.startswith("Comment ")
                and sh.name != "Comment box"]
    assert len(comments) >= 4


def test_two_line_titles_keep_the_templates_32_pt(
        decks: dict[str, Path], long_questions_ks2: Path) -> None:
    """Brightpath's question titles came out at 30 pt beside 36 pt ones:
    the template's title box (1.1 in) held two lines only at 30. Every title that wraps is
    now at least the template's own 32 pt, and the question and its reveal at one size;
    sizes as `check` reads them (the run's, else the placeholder's, layout's or master's)."""
    for path in decks.values():
        _wrapped_at_32_pt(path)  # the built-in questions' short titles: one line each
    # The two long questions and their answers, each on two lines.
    assert _wrapped_at_32_pt(long_questions_ks2) >= 4


def _wrapped_at_32_pt(deck: Path) -> int:
    """How many of the deck's titles take two lines or more, every title checked at 32 pt
    or more."""
    from lessonpack.check.pptx_layout_rules import text_extent, title_item
    from lessonpack.check.pptx_shapes import open_deck
    from lessonpack.check.pptx_text import text_frame

    wrapped = 0
    for view in open_deck(deck, deck.name).slides:
        item = title_item(view)
        frame = text_frame(item, view) if item is not None else None
        if frame is None or not frame.text.strip() or item.ph.type != "title":
            continue
        top, bottom = text_extent(item, view)
        wrapped += bottom - top >= Inches(0.8)
        sizes = {r.size * frame.font_scale for p in frame.paras for r in p.runs}
        assert min(sizes) >= 32, (deck.name, view.number, frame.text, sizes)
    return wrapped


def test_a_question_beside_a_stream_gets_room(decks: dict[str, Path]) -> None:
    """KS2 8's "Think, pair, share" question ran seven lines of bold
    27 pt, one or two words a line, in a 3 in column beside an 8.65 in stream. The column
    is now as wide as the stream can spare, up to a third of the area (Zainab's 4 in), and
    no question beside a stream takes more than six lines."""
    from lessonpack.check.measure import count_lines

    columns = []
    for key in ("ks2", "parents"):
        for number, slide in enumerate(Presentation(str(decks[key])).slides, 1):
            shapes = {sh.name: sh for sh in slide.shapes}
            tab, side = shapes.get("Question tab"), shapes.get("Side")
            if tab is None or side is None or "Mock live stream" not in shapes:
                continue
            columns.append(tab.width)
            run = side.text_frame.paragraphs[0].runs[0]
            width = (side.width - side.text_frame.margin_left - side.text_frame.margin_right) \
                / EMU_PT
            lines = sum(count_lines(p.text, "Arial", run.font.size.pt, width, True)
                        for p in side.text_frame.paragraphs)
            assert lines <= 6, (key, number, lines)
            assert tab.width >= Inches(3.2), (key, number, tab.width / 914400)
    assert len(columns) >= 5
    assert max(columns) >= Inches(3.9)  # a third of the area, where the stream can spare it


def test_the_goal_is_set_as_large_as_in_our_own_layout(decks: dict[str, Path]) -> None:
    """Brightpath's "Today's goal" was 28 pt, alone in a large panel, where the default and
    Oakfield decks set it larger: the least emphatic goal slide of the three looks. The
    goal of one sentence beside its picture takes the size our own layout gives it
    (key_messages.GOAL_BESIDE_PT) where the panel holds it."""
    from lessonpack.check.pptx_text import text_frame
    from lessonpack.kinds.key_messages import GOAL_BESIDE_PT
    from lessonpack.render.deck_contrast import view_of

    slide = Presentation(str(decks["ks2"])).slides[2]
    assert any(sh.name == "Outcome panel" for sh in slide.shapes)
    assert any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in slide.shapes)
    view = view_of(slide)
    body = next(i for i in view.items if i.ph is not None and i.ph.type != "title"
                and i.text.strip() and i.ph.type not in ("ftr", "sldNum"))
    frame = text_frame(body, view)
    assert frame is not None and len(frame.paras) == 1
    assert frame.text.startswith("I can")  # the goal, slide 3
    assert min(r.size * frame.font_scale for r in frame.paras[0].runs) >= GOAL_BESIDE_PT - 4


def test_the_goals_picture_is_centred_with_its_sentence(decks: dict[str, Path]) -> None:
    """KS1's star sat in the goal panel's top corner, apart from the sentence centred down
    the panel: the picture is centred on the same line as the words."""
    slide = next(s for s in Presentation(str(decks["ks1"])).slides
                 if any(sh.name == "Outcome panel" for sh in s.shapes))
    panel = next(sh for sh in slide.shapes if sh.name == "Outcome panel")
    (picture,) = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    middle = panel.top + panel.height // 2
    assert abs(picture.top + picture.height // 2 - middle) <= Inches(0.02)


def test_the_goals_picture_is_sized_to_its_panel(decks: dict[str, Path]) -> None:
    """KS1's star at half the goal panel's height read as a small icon adrift in a large
    grey panel; our own layout draws it nearly as tall as the goal's area."""
    slide = next(s for s in Presentation(str(decks["ks1"])).slides
                 if any(sh.name == "Outcome panel" for sh in s.shapes))
    panel = next(sh for sh in slide.shapes if sh.name == "Outcome panel")
    (picture,) = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert picture.height >= 0.8 * panel.height, (
        picture.height / panel.height)
    assert picture.top >= panel.top and picture.top + picture.height <= panel.top + panel.height


def test_points_beside_a_picture_fill_their_area(decks: dict[str, Path]) -> None:
    """KS1 "What is live?": three short points set solid took half the area beside the LIVE
    badge, centred, with a band of nothing under the title's rule. The points are parted so
    the block takes most of the area."""
    from lessonpack.render.deck_side import _text_height

    slide = next(s for s in Presentation(str(decks["ks1"])).slides
                 if any(sh.name == "Picture: live-badge" for sh in s.shapes))
    (body,) = [sh for sh in slide.placeholders if sh.placeholder_format.idx != 0
               and sh.placeholder_format.type not in (13, 15, 16)
               and sh.has_text_frame and sh.text_frame.text.strip()]
    paragraphs = body.text_frame.paragraphs
    assert len(paragraphs) == 3
    assert all(p.space_before is not None and p.space_before.pt >= 12 for p in paragraphs[1:])
    block = _text_height(body, slide)
    assert block is not None
    assert 0.65 * body.height <= block <= 0.85 * body.height, block / body.height


@pytest.mark.parametrize("audience", ["ks1", "ks2", "parents"])
def test_the_cover_title_is_set_larger_than_the_floor(decks: dict[str, Path],
                                                      audience: str) -> None:
    """At the cover's 48 pt floor the title beside the template's circle took a thin strip
    of a large empty navy field; it grows to what the layout's title box holds."""
    from lessonpack.check.pptx_text import text_frame
    from lessonpack.check.pptx_text_rules import overflow
    from lessonpack.render.deck_contrast import view_of

    cover = Presentation(str(decks[audience])).slides[0]
    view = view_of(cover)
    title = next(i for i in view.items if i.ph is not None and i.ph.type == "ctrTitle")
    frame = text_frame(title, view)
    assert frame is not None
    assert min(r.size * frame.font_scale for p in frame.paras for r in p.runs) >= 52
    assert overflow(title, frame) is None


def test_the_footer_row_starts_on_the_bodys_edge_and_ends_with_the_number(
        decks: dict[str, Path]) -> None:
    """The template's footer row: its words from the body's left edge (they were centred,
    sharing no edge with the body), the team's logo before the slide number, the number at
    the row's far right with a clear gap."""
    deck = Presentation(str(decks["parents"]))
    master = deck.slide_masters[0]
    body = next(ph for ph in master.placeholders
                if ph.placeholder_format.type == PP_PLACEHOLDER.BODY)
    logo = next(sh for sh in master.shapes if sh.name == "Trainer logo")
    for slide in list(deck.slides)[1:]:
        if slide.slide_layout.name != "Title and Content":
            continue
        footer = next(ph for ph in slide.placeholders
                      if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
        number = next(ph for ph in slide.placeholders
                      if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER)
        inset = footer.text_frame.margin_left
        assert abs(footer.left + inset - body.left) <= Inches(0.02)
        level = footer._element.find(".//{http://schemas.openxmlformats.org/drawingml/2006/"
                                     "main}lvl1pPr")
        assert level is not None and level.get("algn") == "l"
        assert footer.left + footer.width < logo.left
        assert logo.left + logo.width + Inches(0.1) <= number.left
        assert abs(number.left + number.width - (body.left + body.width)) <= Inches(0.02)
        break
    else:
        raise AssertionError("no content slide on the Title and Content layout")


def test_the_covers_two_logos_share_one_white_strip(decks: dict[str, Path]) -> None:
    """The school's crest and the team's logo on one rounded white strip (two tiles side
    by side looked pasted on)."""
    layout = Presentation(str(decks["ks1"])).slides[0].slide_layout
    plates = [sh for sh in layout.shapes if "panel" in sh.name.lower()]
    logos = [sh for sh in layout.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(plates) == 1 and len(logos) == 2
    plate = plates[0]
    for logo in logos:
        assert plate.left < logo.left and logo.left + logo.width < plate.left + plate.width
        assert plate.top < logo.top and logo.top + logo.height < plate.top + plate.height
