"""Word blocks for children who cannot yet read: traffic-light cards, a hand, faces.

Functions take the document being written (``render.docx_writer.DocWriter``) and one plan block;
the shapes themselves are drawn by ``docx_shapes``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Mm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.check.measure import text_width
from lessonpack.content.picture_library import Picture
from lessonpack.plan.model import (
    CircleChoice,
    HandOutline,
    PictureCards,
    SmileyScale,
    SortCards,
)
from lessonpack.render.docx_cards import (
    CUT_GREY,
    cut_borders,
    cut_grid,
    fill_height,
    page_share_height,
    row_counts,
)
from lessonpack.render.docx_letter import styled_run
from lessonpack.render.docx_page import measured
from lessonpack.render.docx_shapes import SMILES, circle_run, light_run, smiley_run
from lessonpack.render.docx_sort_grid import LANDSCAPE, SPARE, card_need, sort_rows
from lessonpack.render.docx_xml import (
    TWIPS_PER_CM,
    W,
    add_run,
    border_xml,
    cell_xml,
    distribute,
    keep_with_next,
    row_xml,
    set_paragraph_borders,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import inline_xml, paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.table import CT_Tc
    from docx.oxml.text.paragraph import CT_P

    from lessonpack.render.docx_writer import DocWriter

# An empty light a Year 2 child colours: 1.8 cm, as big as five rows hold on side one in
# every look (a 1 cm one holding a sign was coloured over or scribbled past); the column's
# sign goes beside its heading instead.
CIRCLE_CM = 1.8
# The column's sign over its heading: at 0.9 cm the red light's hand printed as a blob.
HEAD_LIGHT_CM = 1.15
# A non-reader finds the row by its picture (1 cm emoji were too small
# to use without an adult reading row by row): as large as one side holds with the rest
# (the adult's note a line, not a box, left room for 2.4 cm).
PICTURE_CM = 2.4
CARD_ROW_CM = 2.7
ROW_NUMBER_PT = 20
# The light's name under it: a label for black-and-white printing, not text to read.
LABEL_PT = 12
FACE_CM = 1.4
# Printed picture cards: a card's height, its picture's, and its words' size.
CARD_CM = 6.5
CARD_PICTURE_CM = 4.5
CARD_TEXT_PT = 18
MEANING_PT = 14  # a traffic-light card's meaning under its colour ("stop and ask")
# The hand frame's border (eighths of a point) and its colour.
FRAME_BORDER = 18
CAPTION_GREY = "595959"
_MIDDLE = '<w:vAlign w:val="center"/>'


# The text height of an A4 page with our margins: sizes above are for it; a shorter page (a
# trainer's US Letter with 1 in margins) scales them down so each sheet stays one page.
A4_TEXT_CM = 25.7


def _a(word: str) -> str:
    """"An" before a vowel sound ("An amber light"), else "A": alt text is read aloud."""
    return "An" if word[:1].lower() in "aeiou" else "A"


def _fit(renderer: DocWriter) -> float:
    section = renderer.doc.sections[-1]
    height = (measured(section.page_height) - measured(section.top_margin)
              - measured(section.bottom_margin))
    return min(1.0, Emu(height).cm / A4_TEXT_CM)


def _centre(renderer: DocWriter, p: CT_P) -> DocxParagraph:
    paragraph = DocxParagraph(p, renderer.doc)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def circle_choice(renderer: DocWriter, block: CircleChoice) -> None:
    """A table of cards, each row its picture, its words and one outlined light per choice
    (green, amber, red) with the light's name under it, to colour in."""
    pictured = any(block.pictures)
    lead = (1.3, 2.0) if pictured else (3.3,)  # room for a picture on its screen
    columns = len(lead) + len(block.choices)
    widths = distribute(renderer.width.twips, (*lead, *(1.2 for _ in block.choices)), columns)
    header_fill = shading_xml(renderer.brand.secondary)
    ids = renderer.ids
    # Headings from the top: the signs in a row whatever their words' lines below them.
    rows = [row_xml([cell_xml(w, [ids["LP Table Header"]], header_fill)
                     for w in widths], header=True)]
    body = [cell_xml(w, [ids["LP Table Text"]] * (1 if i < len(lead) else 2), _MIDDLE)
            for i, w in enumerate(widths)]
    fit = _fit(renderer)
    height = round(CARD_ROW_CM * fit * TWIPS_PER_CM)
    rows += [row_xml(body, min_height=height)] * len(block.cards)
    intro = renderer.previous_paragraph()
    table = renderer.append_table(table_xml(widths, rows, renderer.table_style_id))
    if intro is not None:
        keep_with_next(paragraph_xml(intro), True)
    trs = list(table.iterchildren(qn("w:tr")))
    # The picture and its words under one heading that names them: an empty cell over the
    # pictures and "Read aloud" (an instruction, not what the column holds) read as unset.
    heads = list(trs[0].iterchildren(qn("w:tc")))
    if pictured:
        _span_two(heads[0], heads.pop(1), widths[0] + widths[1])
    headings = (WHAT_HAPPENS, *(heading for heading, _, _ in block.choices))
    signs = (None, *block.choices)
    for tc, text, choice in zip(heads, headings, signs, strict=True):
        p = tc.find(qn("w:p"))
        _centre(renderer, p)
        if choice is not None:
            # Each column's sign above its heading, as on the card held up (the lights to
            # colour stay empty: a sign inside was coloured over).
            _, word, colour = choice
            p.append(parse_xml(light_run(renderer.shape_id(), HEAD_LIGHT_CM, colour, word,
                                         f"{_a(word)} {word} card", filled=True)))
            # A line break after the sign, in every column: a space let the shortest
            # heading ("Red:") sit beside its sign while the others wrapped under theirs
            # (a ragged header row).
            p.append(parse_xml(f'<w:r {W}><w:br/></w:r>'))
        add_run(p, text)
    pictures = block.pictures or (None,) * len(block.cards)
    for number, (tr, card, picture) in enumerate(zip(trs[1:], block.cards, pictures,
                                                      strict=True), 1):
        cells = list(tr.iterchildren(qn("w:tc")))
        if pictured:
            if picture is not None:
                _picture(renderer, cells.pop(0).find(qn("w:p")), picture, PICTURE_CM * fit,
                         widths[0], 142)
            else:
                cells.pop(0)
        # A big row number before the words: "colour row 2" is said to a child who cannot
        # read the words.
        styled_run(cells[0].find(qn("w:p")), f"{number}  ", bold=True, size=ROW_NUMBER_PT)
        add_run(cells[0].find(qn("w:p")), card)
        for k, (tc, (_, word, colour)) in enumerate(zip(cells[1:], block.choices,
                                                         strict=True)):
            light, name = tc.findall(qn("w:p"))
            _centre(renderer, light)
            done = number == 1 and k == block.example
            if done:
                # The worked example carries its sign (the tick), white edged dark, as the
                # card held up does, and its word in bold: a solid circle alone printed as
                # a grey blot on a black-and-white copier (teacher).
                light.append(parse_xml(light_run(
                    renderer.shape_id(), CIRCLE_CM * fit, colour, word,
                    f"The {word} light coloured in for: {card} (done for you)", filled=True)))
            else:
                light.append(parse_xml(circle_run(
                    renderer.shape_id(), CIRCLE_CM * fit, colour,
                    f"An empty {word} light to colour for: {card}")))
            label = _centre(renderer, name)
            label.paragraph_format.space_before = label.paragraph_format.space_after = Pt(0)
            # "Row 1 is done for you" is in the words read aloud.
            add_run(name, f"{word}: done" if done else word)
            label.runs[0].font.size = Pt(LABEL_PT)
            label.runs[0].bold = done or None


WHAT_HAPPENS = "What happens"  # the heading over each row's picture and words


def _span_two(first: CT_Tc, second: CT_Tc, width: int) -> None:
    """``first`` header cell across its own column and the next (``second`` removed)."""
    tc_pr = first.find(qn("w:tcPr"))
    tc_pr.find(qn("w:tcW")).set(qn("w:w"), str(width))
    tc_pr.find(qn("w:tcW")).addnext(parse_xml(f'<w:gridSpan {W} w:val="2"/>'))
    second.getparent().remove(second)


def _picture(renderer: DocWriter, p: CT_P, picture: Picture,
             height_cm: float = PICTURE_CM, cell_twips: int = 0, margin_twips: int = 0) -> None:
    """The picture centred in its paragraph; with ``cell_twips`` (the cell's width and its
    side margin), drawn on a screen: every picture in the sort is something seen on a tablet
    or a video call, and a child must not read "someone you don't know says Hi" as the park."""
    paragraph = _centre(renderer, p)
    if cell_twips:  # the screen's edges take their height from the picture's
        height_cm -= SCREEN_CM
    shape = paragraph.add_run().add_picture(picture.path, height=Cm(height_cm))
    inline_xml(shape).docPr.set("descr", picture.alt)
    if cell_twips:
        _screen(paragraph, cell_twips - 2 * margin_twips, round(shape.width / 635))


# The screen's edge (eighths of a point), the same on every side, and the gap (points)
# between edge and picture: a 0.75 pt mid-grey frame with room round the picture (a 2.25 pt
# near-black bezel with a 4.5 pt chin read as a printing fault beside light emoji art, and
# the emoji touched it).
SCREEN_EDGE = 6
SCREEN_GAP = 4
SCREEN_COLOUR = "808080"
SCREEN_CM = (2 * SCREEN_GAP + 2 * SCREEN_EDGE / 8) * 2.54 / 72


def _screen(paragraph: DocxParagraph, room_twips: int, picture_twips: int) -> None:
    """Paragraph borders hugging the picture, indented in from the cell's sides: a side
    border is drawn outside the paragraph's indent, its gap and width beyond the text, so
    the indent leaves room for them (or the right edge ran past the cell and was lost)."""
    frame = picture_twips + 2 * round(2 * (SCREEN_GAP + SCREEN_EDGE / 8) * 20)
    indent = max(0, (room_twips - frame) // 2) + round((SCREEN_GAP + SCREEN_EDGE / 8) * 20)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = \
        Emu(indent * 635)
    set_paragraph_borders(paragraph_xml(paragraph).get_or_add_pPr(), [
        border_xml(side, SCREEN_EDGE, SCREEN_COLOUR, space=SCREEN_GAP)
        for side in ("top", "left", "bottom", "right")])


# A picture card held up on the carpet, one across the page: its most height (two under
# the page's title, three on the next page), its picture's, and its words' size. Two to a row,
# 9 cm wide with a 4.5 cm picture and 18 pt words, they were too small to show 30 children.
# Five to a page (one page, as a designer asked) would be 4.3 cm cards: the carpet's size
# wins over a sheet of paper, and the title's page grows its two cards instead.
STRIP_MOST_CM = 10.0  # grown to fill the title's page of two (a page of three holds 8.3 cm)
STRIP_LEAST_CM = 7.2  # the picture's 6.6 cm and the cell's margins
STRIP_PICTURE_CM = 6.6
STRIP_TEXT_PT = 28
STRIP_PICTURE_SHARE = 0.45  # of the card's width: the picture's side, the words the rest
STRIP_WORDS_PAD_MM = 4  # the words' right indent, inside the cell's own margin
_IN_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def picture_cards(renderer: DocWriter, block: PictureCards) -> None:
    """Cards ``per_row`` to a row, each a large picture over its words (one to a row: a
    picture card across the page, its words beside it), in one grid whose neighbours share
    each dashed cut line; a row never splits, so no card is cut in half by a page break."""
    per_row = block.per_row
    if per_row == 1 and not any(isinstance(picture, str) for _, picture in block.cards):
        _picture_strips(renderer, block)
        return
    ids = renderer.ids
    counts = row_counts(len(block.cards), per_row)
    least = CARD_CM * block.scale
    cells = cut_grid(renderer, counts, (_MIDDLE,), [ids["LP Body"], ids["LP Body"]],
                     fill_height(renderer, len(counts), least, least * CARD_MOST),
                     "Cards to cut out")
    widths = renderer.width.twips // max(counts)
    for tc, (text, picture) in zip(cells, block.cards, strict=True):
        art, words = tc.findall(qn("w:p"))
        # A traffic-light card's words are "Green: OK": its colour, then what it means.
        word, _, meaning = text.partition(": ") if isinstance(picture, str) else (text, "", "")
        if isinstance(picture, str):  # a traffic-light card: a solid circle, its sign in it
            _centre(renderer, art).paragraph_format.space_after = Pt(6)
            art.append(parse_xml(light_run(renderer.shape_id(), CARD_PICTURE_CM * block.scale,
                                           picture, word.lower(),
                                           f"{_a(word)} {word.lower()} card",
                                           filled=True)))
        else:
            _picture(renderer, art, picture, CARD_PICTURE_CM * block.scale, widths, 170)
        caption = _centre(renderer, words)
        add_run(words, word)
        caption.runs[0].font.size = Pt(CARD_TEXT_PT)
        caption.runs[0].bold = True
        if meaning:  # under the colour, smaller: what holding it up says (kept tight, so
            # four rows of a child's three cards still fit a page)
            caption.paragraph_format.space_before = caption.paragraph_format.space_after = Pt(0)
            caption.paragraph_format.line_spacing = 1.0
            words.append(parse_xml(f'<w:r {W}><w:br/></w:r>'))
            styled_run(words, meaning, size=MEANING_PT)


# A grid card's most height, of its least: rows grow to fill the page's foot, no further.
CARD_MOST = 1.3


def _picture_strips(renderer: DocWriter, block: PictureCards) -> None:
    """Each card across the page: its picture on a screen at the left, its words large at
    the right, one dashed line round both to cut along (no line between them: one card);
    the page's cards one grid, so two cards share the line between them."""
    scale = _fit(renderer)
    widths = distribute(renderer.width.twips, (STRIP_PICTURE_SHARE, 1 - STRIP_PICTURE_SHARE),
                        2)
    ids = renderer.ids
    # The picture's cell open on its right, the words' on their left: one frame round both.
    sides = (cut_borders(("right",)), cut_borders(("left",)))
    # As tall as the page's room shares out, to a most: three fill a page of their own.
    # Where the plan says how many a page holds (``page_rows``), every page's cards take
    # that page's share, the two under the file's title too: grown into their page they
    # were 10 cm beside the next page's 8.3 cm, one set cut in two sizes (designer).
    least, most = STRIP_LEAST_CM * block.scale * scale, STRIP_MOST_CM * block.scale * scale
    height = (page_share_height(renderer, len(block.cards), block.page_rows, least, most)
              if block.page_rows else fill_height(renderer, len(block.cards), least, most))
    row = row_xml([cell_xml(w, [ids["LP Body"]], side + _MIDDLE)
                   for w, side in zip(widths, sides, strict=True)], min_height=height)
    table = renderer.append_table(table_xml(widths, [row] * len(block.cards),
                                            cell_margins=(113, 170),
                                            caption="Cards to cut out"))
    cells = list(table.iter(qn("w:tc")))
    for (text, picture), art_cell, words_cell in zip(block.cards, cells[::2], cells[1::2],
                                                     strict=True):
        assert not isinstance(picture, str)  # traffic lights are drawn in a grid
        _picture(renderer, art_cell.find(qn("w:p")), picture,
                 STRIP_PICTURE_CM * block.scale * scale, widths[0], 170)
        words = words_cell.find(qn("w:p"))
        caption = DocxParagraph(words, renderer.doc)
        caption.paragraph_format.space_before = caption.paragraph_format.space_after = Pt(0)
        caption.paragraph_format.line_spacing = 1.0
        # Clear of the dashed cut line at its right: "Your friend from class" ran up to it,
        # so a child cutting along the line cut against the letters.
        caption.paragraph_format.right_indent = Mm(STRIP_WORDS_PAD_MM)
        # "grown-up" kept on one line: at this size a line broke after its hyphen.
        for n, part in enumerate(_IN_WORD_HYPHEN.split(text)):
            if n:
                words.append(parse_xml(f"<w:r {W}><w:noBreakHyphen/></w:r>"))
            add_run(words, part)
        for run in caption.runs:
            run.font.size = Pt(STRIP_TEXT_PT)
            run.bold = True


# Cut-out sort cards for readers: a card's height and its words' size (a hand moves it on a
# desk; a pair reads it from across the table), a heading card's height.
SORT_CARD_CM = 3.8
# Most: two rows of four fill a page under a title (at 7.5 cm the KS2 clue sheet's two rows
# left its lower third blank); taller than that a 4 cm card only spreads its words out.
SORT_CARD_MOST_CM = 9.5
SORT_HEADING_CM = 1.8
SORT_MARGINS = (113, 170)  # a card's top and bottom, and side, margins (twips)


# The labels over the two kinds of card: uncut, the sheet must not read as an answer key
# (two heading cards straight above two columns of cards looked like cards already sorted).
HEADINGS_LABEL = "Heading cards: cut out and lay in a row"
CARDS_LABEL = "Cards to sort: cut out, then move each under a heading"


def _label(renderer: DocWriter, text: str, space_before: float) -> None:
    """A bold small line naming the cards below it, kept with them."""
    p = renderer.para("LP Note", text)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(3)
    for run in p.runs:
        run.bold, run.italic = True, False
    keep_with_next(paragraph_xml(p), True)


def sort_cards(renderer: DocWriter, block: SortCards) -> None:
    """The headings as shaded cards in a labelled strip, then, under their own label and
    apart from it, the cards ``per_row`` to a row across the page (all one size, so no card
    reads as weightier in the sort; an odd set's last place a spare card, so every cut runs
    edge to edge), each centred in its dashed frame: one grid whose
    neighbours share each cut line, its rows as tall as the page allows and never split,
    so a page break never cuts a card in two."""
    ids = renderer.ids
    scale = _fit(renderer)
    if block.headings:
        _label(renderer, HEADINGS_LABEL, 0)
        cells = cut_grid(renderer, (len(block.headings),),
                         (shading_xml(renderer.brand.light), _MIDDLE), [ids["LP Body"]],
                         round(SORT_HEADING_CM * scale * TWIPS_PER_CM),
                         "Sort headings to cut out")
        _write_cards(renderer, cells, block.headings, block.size, bold=True)
        _keep_intro(cells[0])
    _label(renderer, CARDS_LABEL, 12 if block.headings else 0)
    font, total = renderer.brand.body_font, renderer.width.twips
    rows, _ = sort_rows(len(block.cards), block.per_row)  # the spares: cells past the cards
    # As tall as the page allows, but landscape (a 4.4 cm card stretched to 9.5 cm was a
    # slip), never shorter than its words.
    width = total // block.per_row
    need = card_need(block.cards, font, block.size, width, SORT_MARGINS[1], SORT_MARGINS[0])
    most = max(need / TWIPS_PER_CM, min(SORT_CARD_MOST_CM * scale,
                                        LANDSCAPE * width / TWIPS_PER_CM))
    least = min(most, max(need / TWIPS_PER_CM, SORT_CARD_CM * scale))
    height = fill_height(renderer, rows, least, most)
    cells = cut_grid(renderer, (block.per_row,) * rows, (_MIDDLE,), [ids["LP Body"]], height,
                     "Cards to cut out", cell_margins=SORT_MARGINS)
    _write_cards(renderer, cells[:len(block.cards)], block.cards, block.size, bold=False)
    _write_spares(renderer, cells[len(block.cards):], block.size)
    if not block.headings:
        _keep_intro(cells[0])


def _write_spares(renderer: DocWriter, cells: list[CT_Tc], size: float) -> None:
    """The last row's empty places as spare cards: the same dashed frame, so every cut runs
    edge to edge, and a grey line that says the card is the pupils' to fill (an empty
    frame read as a card missing its words)."""
    for tc in cells:
        p = tc.find(qn("w:p"))
        add_run(p, SPARE)
        run = _centre(renderer, p).runs[0]
        run.font.size = Pt(max(11.0, size - 4))
        run.italic = True
        run.font.color.rgb = RGBColor.from_string(CUT_GREY)


def _write_cards(renderer: DocWriter, cells: list[CT_Tc], texts: tuple[str, ...],
                 size: float, *, bold: bool) -> None:
    for tc, text in zip(cells, texts, strict=True):
        p = tc.find(qn("w:p"))
        add_run(p, text)
        caption = _centre(renderer, p)
        caption.runs[0].font.size = Pt(size)
        caption.runs[0].bold = bold


def _keep_intro(first_cell: CT_Tc) -> None:
    """The instructions above (and the label) stay with the grid's first row."""
    table = next(first_cell.iterancestors(qn("w:tbl")))
    label = table.getprevious()
    intro = label.getprevious() if label is not None else None
    if intro is not None and intro.tag == qn("w:p"):
        keep_with_next(intro, True)


def hand_outline(renderer: DocWriter, block: HandOutline) -> None:
    """The words read aloud above an empty frame a child draws round their own hand in
    (nothing printed inside it: a Year 2 hand, 12-13 cm from wrist to fingertip, traced
    upright, ran into the frame's own text), then under it a ruled line for
    each place the task names (as its slide frames them), where a grown-up writes the names
    the child drew, or the footnote when it names none."""
    caption = renderer.para("LP Note", block.caption)
    keep_with_next(paragraph_xml(caption), True)
    width = renderer.width.twips
    border = "".join(border_xml(side, FRAME_BORDER, CAPTION_GREY)
                     for side in ("top", "left", "bottom", "right"))
    cell = cell_xml(width, [renderer.ids["LP Spacer"]], f"<w:tcBorders>{border}</w:tcBorders>")
    height = round(block.height_cm * _fit(renderer) * TWIPS_PER_CM)
    row = row_xml([cell], min_height=height).replace('w:hRule="atLeast"', 'w:hRule="exact"')
    table = renderer.append_table(table_xml([width], [row], cell_margins=(0, 0),
                                             caption="A box to draw round your hand"))
    # The frame keeps with the line under it: the names are read with the hand.
    for p in table.iter(qn("w:p")):
        keep_with_next(p, True)
    spacer = renderer.previous_paragraph()
    if spacer is not None:
        keep_with_next(paragraph_xml(spacer), True)
    if not block.zones:
        renderer.para("LP Note", block.footnote)
        return
    # "Who did I draw?  At school: ______  At home or another place: ______": each place
    # ruled to its share of the width, in one line under the frame.
    names = renderer.para("LP Note")  # one line at the note's size, not two at the body's
    names.paragraph_format.space_before = Pt(4)
    stops = names.paragraph_format.tab_stops
    font, size = renderer.brand.body_font, _size(renderer)
    lead = text_width(f"{block.footnote}", font, size, bold=True) * 20
    said = [text_width(f"  {label}: ", font, size) * 20 for label in block.zones]
    rule = (width - lead - sum(said)) / len(block.zones)  # each place's ruled space alike
    styled_run(paragraph_xml(names), block.footnote, bold=True)
    for n, label in enumerate(block.zones):
        # Ruled up to the next place's name (a left stop: the name starts there), the last
        # to the margin.
        last = n == len(block.zones) - 1
        stops.add_tab_stop(Twips(width if last else round(lead + sum(said[:n + 1])
                                                          + rule * (n + 1))),
                           WD_TAB_ALIGNMENT.RIGHT if last else WD_TAB_ALIGNMENT.LEFT,
                           WD_TAB_LEADER.LINES)
        add_run(paragraph_xml(names), "  " if n == 0 else "\t  ")
        add_run(paragraph_xml(names), f"{label}: ")
    add_run(paragraph_xml(names), "\t")


def _size(renderer: DocWriter) -> float:
    """The note style's size in points (12 when the template leaves it unset)."""
    size = renderer.styles["LP Note"].font.size
    return size.pt if size is not None else 12.0


def smiley_scale(renderer: DocWriter, block: SmileyScale) -> None:
    """One row: what is read aloud and the "I can" statement at its left, then three faces
    with their words under them. In a row, not a statement over the faces: under a hand
    frame 17 cm tall the page had no room for both lines."""
    ids = renderer.ids
    widths = distribute(renderer.width.twips, (STATEMENT_SHARE, 1, 1, 1), 4)
    cells = [cell_xml(widths[0], [*([ids["LP Heading 2"]] if block.heading else []),
                                  ids["LP Note"], ids["LP Note"]], _MIDDLE),
             *(cell_xml(w, [ids["LP Table Text"], ids["LP Table Text"]], _MIDDLE)
               for w in widths[1:])]
    table = renderer.append_table(table_xml(widths, [row_xml(cells)]))
    *heading, said, statement = table.find(qn("w:tr")).find(qn("w:tc")).findall(qn("w:p"))
    for p in heading:
        add_run(p, block.heading)
        DocxParagraph(p, renderer.doc).paragraph_format.space_before = Pt(0)
    if block.read_aloud:
        styled_run(said, "Read aloud: ", bold=True)
        add_run(said, block.read_aloud)
    add_run(statement, block.statement)  # read aloud by the adult: the note's size
    DocxParagraph(statement, renderer.doc).paragraph_format.space_after = Pt(0)
    faces = list(table.iter(qn("w:tc")))[1:]
    pictures = block.pictures or (None,) * len(block.labels)
    for tc, label, smile, picture in zip(faces, block.labels, SMILES, pictures, strict=True):
        face, words = tc.findall(qn("w:p"))
        _centre(renderer, face)
        if picture is not None:  # the sheet's colour emoji, to circle
            _picture(renderer, face, replace(picture, alt=f"{picture.alt}: {label}"),
                     FACE_CM)
        else:
            face.append(parse_xml(smiley_run(renderer.shape_id(), FACE_CM, smile,
                                             f"A face to colour for: {label}")))
        _centre(renderer, words)
        add_run(words, label)


STATEMENT_SHARE = 4.5  # the statement's column against one face's
