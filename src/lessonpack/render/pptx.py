"""Renders a DeckPlan into a .pptx from the deck template, slide by slide.

The template is ours or a trainer's own: its slides are dropped, every slide kind gets a
layout (deck_layouts), the brand goes into the theme and masters, then each slide is filled
placeholder by placeholder, with text boxes where a trainer's layout has no placeholder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Final

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationT
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from lessonpack.caches import TEMPLATE_BYTES, BoundedCache, kept
from lessonpack.check.measure import x_height
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.errors import UserError, problem_at
from lessonpack.geometry import EMU_PT
from lessonpack.io.opc_members import package_members
from lessonpack.io.paths import display_path
from lessonpack.io.templates import template_bytes
from lessonpack.io.zipnorm import package_bytes, zip_members, zip_time
from lessonpack.kinds.base import Drawing, DrawingSlot, Match, SlideKind, StreamsShown
from lessonpack.kinds.look import (
    LOOKS,
    SIZED_FOR,
    Look,
    Reader,
    for_body_font,
    look_for,
    reader_of,
)
from lessonpack.kinds.registry import by_name, kind_of, reveals
from lessonpack.plan.model import DeckPlan, Slide
from lessonpack.plan.named_people import visitor
from lessonpack.plan.visit_brief.brief_day import photo_jobs
from lessonpack.render import deck_draw
from lessonpack.render.app_props import set_deck_app_properties
from lessonpack.render.deck_accent import set_callout, theme_pictures
from lessonpack.render.deck_after_fill import after_fill
from lessonpack.render.deck_back_link import link_back
from lessonpack.render.deck_band_room import reserve_band_strip
from lessonpack.render.deck_before import (
    LOGO_LINE,
    Left,
    NotesFound,
    fields_by_slide,
    fields_in_notes,
    help_slide,
    hide,
    kicker_for,
    lines_for,
    open_notes_with,
    photo_line,
    title_for,
    title_note,
)
from lessonpack.render.deck_before import notes_for as before_notes
from lessonpack.render.deck_body_face import body_face
from lessonpack.render.deck_body_text import FOOT_GAP, grow_text
from lessonpack.render.deck_clone import (
    clone_placeholder,
    element_box,
    materialise_style,
    set_box,
)
from lessonpack.render.deck_draft import add_draft_strip, draft_lines, has_logo_slot
from lessonpack.render.deck_example_band import add_example_bands, bands_deck, merged_words
from lessonpack.render.deck_extents import no_empty_extents
from lessonpack.render.deck_fill_ins import mark_fill_ins
from lessonpack.render.deck_finish import Finishing, finish_on_trainers_template
from lessonpack.render.deck_fit import (
    MIN_PT,
    TextMisfit,
    fits_placeholder,
    inherits_size,
    needed_height,
)
from lessonpack.render.deck_footer_face import footers_in_body_face
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_house_style import Theme
from lessonpack.render.deck_language import tag_deck_language
from lessonpack.render.deck_layout_edits import edit_layouts
from lessonpack.render.deck_layouts import LayoutGaps, find_layouts, resolve_layouts
from lessonpack.render.deck_logo_plate import plate_faint_logos
from lessonpack.render.deck_logo_room import clear_of_logos
from lessonpack.render.deck_master import FOOTER_NAME, add_slide_footer, brand_masters
from lessonpack.render.deck_match import derived_warnings, intro_room, keep_room
from lessonpack.render.deck_nobreak import hold_compounds
from lessonpack.render.deck_notes import NotesMaker, ensure_notes_body
from lessonpack.render.deck_quotes import curl_quotes, typographic_plan
from lessonpack.render.deck_resize import fit_to_widescreen, resized_warning
from lessonpack.render.deck_resolved import ResolvedLayout, on_slide
from lessonpack.render.deck_reveal_titles import even_reveal_titles, reveal_places
from lessonpack.render.deck_sizes import even_sizes
from lessonpack.render.deck_slide_background import background_note, follow_slides
from lessonpack.render.deck_template_text import (
    drop_covered_template_text,
    drop_sample_template_text,
    sample_text_warning,
)
from lessonpack.render.deck_text import fill_body
from lessonpack.render.deck_theme import (
    apply_theme,
    brand_from_theme,
    left_to_right,
    read_theme,
    relink_to_theme,
    with_template_fonts,
)
from lessonpack.render.deck_title_band import title_room
from lessonpack.render.deck_title_room import settle_body
from lessonpack.render.deck_title_sizes import even_titles
from lessonpack.render.deck_titles import raise_titles
from lessonpack.render.deck_unnamed import name_unnamed_shapes
from lessonpack.render.file_dates import set_file_dates
from lessonpack.render.kind_drawings import D
from lessonpack.render.kind_drawings import drawing as supplied_drawing
from lessonpack.render.notes_cues import fill_notes
from lessonpack.render.ooxml import run_xml, slide_id_list, text_body
from lessonpack.render.ooxml.elements import open_presentation
from lessonpack.render.ooxml.parts import count_partnames
from lessonpack.render.ooxml.placeholders import (
    find_ph,
    layout_placeholder,
    placeholder,
    placeholders,
)
from lessonpack.render.ooxml.slides import part_blob, set_part_blobs, slides_xml
from lessonpack.render.slide_cache import DeckSlides

BEFORE_KIND = "before you teach"  # the hidden slide's own prepared blank (slide_cache)
CLONE_IDX = 500  # idx of master placeholders copied onto a slide (beyond any layout's)
# Text boxes standing in for placeholders a trainer's layout lacks: size, bold, capitals.
BOX_STYLES = {"kicker": (18, True, True), "side": (24, True, False),
              "body": (20, False, False), "subtitle": (24, False, False)}

def open_deck(template: Path, shown: str) -> PresentationT:
    try:
        prs = open_presentation(template_bytes(template))
        # Every slide is made from a layout of a master; without one nothing can be built.
        masters = len(prs.slide_masters)
        layouts = sum(len(m.slide_layouts) for m in prs.slide_masters)
    except UserError:
        raise
    except Exception as exc:  # python-pptx raises KeyError, ValueError… for a broken package
        raise UserError(problem_at(shown, "LP130", "cannot be opened as a PowerPoint file "
                                   f"({type(exc).__name__}: {exc})")) from None
    if not masters or not layouts:
        raise UserError(problem_at(shown, "LP130", "has no slide master" if not masters else
                                   "its slide master has no layouts"))
    return prs


def inspect_deck(template: Path, shown: str, brand: Brand | None = None
                 ) -> tuple[Mapping[str, ResolvedLayout], LayoutGaps, Brand, list[str], Theme]:
    """Layouts per slide kind the template serves and the gaps (what the others need:
    refused, LP130, only for a deck with such slides), the template's own theme colours and
    fonts as a brand, notes on where the brand's logo could not go, and the theme as it is
    (its slot colours and fonts: deck_house_style decides with them whether it wins)."""
    layouts, gaps, theme_brand, theme = _inspect_template(template_bytes(template), template,
                                                          shown)
    # Slides that all paint over the master's background: the deck will not look like them.
    painted = background_note(open_deck(template, shown), shown)
    said = [painted] if painted is not None else []
    if brand is None or brand.logo is None:
        # Only a logo can fail to find a place: without one the answer is the template's
        # alone, worked out once per template (a batch brings the same one for many brands).
        return layouts, gaps, theme_brand, said, theme
    notes = brand_masters(open_lean_deck(template, shown), brand, "")
    return layouts, gaps, theme_brand, [*said, *(f"{shown}: {n}" for n in notes)], theme


def open_lean_deck(template: Path, shown: str) -> PresentationT:
    """The template without its example slides (and whatever only they use): every deck
    starts from it. Made once per template version (reading a template's example slides only
    to drop them was a tenth of the time spent on a deck); ``shown`` names the file in the
    problems found the first time."""
    data = template_bytes(template)
    lean = _LEAN.get(data)
    if lean is None:
        prs = open_deck(template, shown)
        follow_slides(prs)  # before they go: the background the trainer's slides share
        _drop_template_slides(prs)
        name_unnamed_shapes(prs)  # a layout's shape with no id or name (deck_unnamed)
        fit_to_widescreen(prs)  # a 26.67 in Keynote export: classroom text at its size
        lean = zip_members(package_members(prs.part.package))
        _LEAN.put(data, lean)
    return open_presentation(lean)


# template -> the same without slides
_LEAN: BoundedCache[bytes, bytes] = BoundedCache(8, max_weight=TEMPLATE_BYTES, weigh=len,
                                                max_entry=TEMPLATE_BYTES)


@kept(8, max_bytes=TEMPLATE_BYTES)
def _digest(data: bytes) -> bytes:
    """What kept slides are keyed by for a template: its digest, not its bytes (a key holding
    a trainer's 200 MB template would keep it for as long as any of its slides is kept)."""
    return hashlib.blake2b(data, digest_size=20).digest()


@kept(16, max_bytes=TEMPLATE_BYTES)
def _inspect_template(_data: bytes, template: Path, shown: str
                      ) -> tuple[Mapping[str, ResolvedLayout], LayoutGaps, Brand, Theme]:
    # Keyed by the template's bytes too: a file changed in place is inspected again. Kept,
    # so handed to every look built on the template: the layouts read-only.
    prs = open_lean_deck(template, shown)
    master = prs.slide_masters[0]
    layouts, gaps = find_layouts(prs, shown)
    return MappingProxyType(layouts), gaps, brand_from_theme(master), read_theme(master)


def fill(frame: TextFrame, lines: Sequence[str], *, bold_prefix: tuple[str, ...]
         = (), lead: bool = False) -> None:
    """One paragraph per line; an optional bold prefix per line, or (``lead``) a first line
    that is a bold, unbulleted heading for the rest."""
    fill_body(text_body(frame), lines, bold_prefix=bold_prefix, lead=lead)


_TX_BODY, _A_T = qn("p:txBody"), qn("a:t")


class _SlideFiller:
    # What kinds may draw: the module is the Drawing (mypy checks it has every entry).
    draw: Final[Drawing] = deck_draw

    def __init__(self, slide: PptxSlide, resolved: ResolvedLayout, brand: Brand,
                 slots: dict[str, int] | None = None, look: Look = LOOKS["ks2"],
                 streamed: StreamsShown | None = None) -> None:
        """``slots``: the slide is a copy of one already prepared, whose slots these are;
        ``look``: the deck's look for its audience (kinds/look.py); ``streamed``: what the
        deck's streams showed so far (kinds.base.StreamsShown), shared by its slides."""
        self.slide, self.resolved, self.brand, self.look = slide, resolved, brand, look
        self.streamed: StreamsShown = {} if streamed is None else streamed
        self.slots = self._prepare() if slots is None else slots
        # What could not be made to fit, even at the 18 pt floor (trainers' small layouts).
        self.misfits: list[str] = []
        self.said: list[str] = []  # what a drawing had no room to show, for the notes
        self.kicker_placed = False
        self.drawn: Box | None = None  # the drawing area, once a kind has asked for it

    def drawing(self, slot: DrawingSlot[D]) -> D:
        """A kind's own drawing, as the kind supplies it (render/kind_drawings.py)."""
        return supplied_drawing(slot)

    def _prepare(self) -> dict[str, int]:
        """Slots of this slide: the layout's, plus master placeholders copied onto it; and
        placeholders whose look is only in sample text get it as their own list style."""
        slide, resolved = self.slide, self.resolved
        slots = dict(resolved.slots)
        title = placeholder(slide, slots["title"])
        if title is not None and resolved.title_from is not None:
            box = element_box(resolved.title_from)
            if box is not None:
                set_box(title.element, box)
            materialise_style(title.element, resolved.title_from)
        for n, (role, clone) in enumerate(resolved.clones.items()):
            idx = CLONE_IDX + n
            clone_placeholder(slide, clone.source, idx, box=clone.box, size_pt=clone.size_pt,
                              bold=clone.bold)
            slots[role] = idx
        for ph in placeholders(slide):
            base = layout_placeholder(ph)
            if base is not None and not inherits_size(ph):
                master = layout_placeholder(base)
                if not materialise_style(ph.element, base.element) and master is not None:
                    materialise_style(ph.element, master.element)
        return slots

    def put(self, role: str, lines: Sequence[str], *, bold_prefix: tuple[str, ...] = (),
            lead: bool = False) -> bool:
        """Text into the role's placeholder, or its stand-in text box; False when neither."""
        if not lines:
            return False
        family = self.brand.heading_font if role == "title" else self.brand.body_font
        idx = self.slots.get(role)
        ph = placeholder(self.slide, idx) if idx is not None else None
        if ph is not None:
            fill(ph.text_frame, lines, bold_prefix=bold_prefix, lead=lead)
            if role != "title":
                body_face(ph, family)  # one body font a deck, not the sample text's
            if role == "title":
                title_room(self, ph)  # a line more or the band's height, not a smaller title
            if not fits_placeholder(ph, family, self.resolved.layout):
                self.misfits.append(TextMisfit(
                    f"the {role} text does not fit its placeholder at {MIN_PT} pt"))
            return True
        box = self.resolved.boxes.get(role)
        if box is None:
            self._left_off(role, lines)
            return False
        self.text_box(role, box, lines, family, bold_prefix=bold_prefix, lead=lead)
        return True

    def _left_off(self, role: str, lines: Sequence[str]) -> None:
        """A warning naming the words a layout without the role's placeholder or box leaves
        off the slide: nothing is dropped unreported (a help slide's introduction, "Day or
        night: Samaritans · Shout", is safeguarding content). Not the kicker: a label over the
        title that a cover sets in its subtitle where it has no box (``kicker_placed``)."""
        words = " / ".join(line.strip() for line in lines if line.strip())
        if role != "kicker" and words:
            self.misfits.append(f'the {role} text "{words}" has no place in the layout '
                                "and is left off the slide: type it back or say it")

    def text_box(self, role: str, box: Box, lines: Sequence[str], family: str, *,
                 bold_prefix: tuple[str, ...] = (), lead: bool = False) -> None:
        size, bold, caps = BOX_STYLES.get(role, (20, False, False))
        shape = self.slide.shapes.add_textbox(*(Emu(v) for v in box))
        shape.name = role.title()
        title = placeholder(self.slide, self.slots["title"])
        if role == "kicker" and title is not None:
            # Read as seen: the line above the title comes before it (screen readers follow
            # the shape tree, and `check` reports LPC104 otherwise).
            title.element.addprevious(shape.element)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.BOTTOM if role == "kicker" else MSO_ANCHOR.TOP
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        fill(frame, lines, bold_prefix=bold_prefix, lead=lead)
        paragraphs = [(p.text, False) for p in frame.paragraphs]
        width, height = box[2] / EMU_PT, box[3] / EMU_PT
        while size > MIN_PT and needed_height(paragraphs, family, size, width, bold, 6) > height:
            size -= 1
        if needed_height(paragraphs, family, size, width, bold, 6) > height:
            self.misfits.append(TextMisfit(f"the {role} text does not fit its box at {MIN_PT} pt"))
        for para in frame.paragraphs:
            para.space_before = Pt(6)
            for run in para.runs:
                run.font.size = Pt(size)
                run.font.bold = bold or run.font.bold
                run.font.name = "+mn-lt"  # the theme's body font: the brand reaches it
                if role == "kicker":
                    run.font.color.theme_color = MSO_THEME_COLOR.ACCENT_1
            if caps:
                for run in para.runs:
                    run_xml(run).get_or_add_rPr().set("cap", "all")

    def region(self, clear: bool = True) -> Box:
        """The drawing area: the region placeholder's box (the placeholder goes), or the
        empty area found in a trainer's layout. ``clear=False``: a drawing that lines up
        with a panel of the layout running to the same foot (the scenario's stream)."""
        if self.resolved.region is not None:
            # Help cards take what a one-line introduction leaves of its two-line box.
            self.drawn = intro_room(self.slide, self.resolved, self.brand.body_font) \
                or self.resolved.region
            return self.drawn
        settle_body(self)  # under a one-line title the area starts higher
        ph = placeholder(self.slide, self.slots["region"])
        assert ph is not None, "resolve_layouts guarantees a drawing region"
        prs = self.slide.part.package.presentation_part.presentation
        box = on_slide((int(ph.left), int(ph.top), int(ph.width), int(ph.height)),
                       (int(prs.slide_width), int(prs.slide_height)))
        ph.element.getparent().remove(ph.element)
        if clear and self.resolved.how == "name":
            # Our layouts' drawing areas run to the footer band: help cards, stat tiles and
            # streams drawn to their foot read as sliding off the slide. The same clear gap
            # the body's drawings keep (deck_body_area.in_body).
            box = (box[0], box[1], box[2], box[3] - FOOT_GAP)
        self.drawn = box
        return box

    def fill(self, spec: Slide, kind: SlideKind) -> None:
        """The title and kicker every slide has, then what its kind draws."""
        self.put("title", [spec.title])
        self.kicker_placed = bool(spec.kicker) and self.put("kicker", [spec.kicker])
        before = len(self.slide.shapes.element)
        kind.fill(self, spec, spec.payload)
        if kind.drawing_read_first:
            self._side_read_after(before)
        self._read_last(kind.read_last)
        # Pictures beside the text, text grown to its room, balanced titles, title art.
        after_fill(self, spec, kind, self.look)
        if self.drawn is not None:
            self._side_read_first(self.drawn)

    def _side_read_after(self, before: int) -> None:
        """The text beside the drawing read after it: the side placeholder (among the first
        ``before`` shapes, those there before the kind drew) moves after what was drawn."""
        idx = self.slots.get("side")
        if idx is None:
            return
        tree = self.slide.shapes.element
        for element in list(tree)[:before]:
            ph = find_ph(element)
            if ph is not None and ph.get("idx") == str(idx):
                tree.append(element)

    def _read_last(self, names: tuple[str, ...]) -> None:
        """The kind's ``read_last`` shapes moved to the end of the reading order."""
        tree = self.slide.shapes.element
        for shape in [sh for sh in self.slide.shapes if sh.name in names]:
            tree.append(shape.element)

    def _side_read_first(self, region: Box) -> None:
        """The drawing is read right after the title; but where the text beside it sits to
        its left (a caption layout), reading order follows the eye: that text first."""
        idx = self.slots.get("side")
        side = placeholder(self.slide, idx) if idx is not None else next(
            (s for s in self.slide.shapes if s.name == "Side"), None)
        if side is None or side.left is None or side.left + side.width > region[0]:
            return
        drawing = None
        tree = self.slide.shapes.element
        for element in tree.iterchildren():
            if element is side.element:
                return  # already read before the drawing
            if element.tag in (qn("p:grpSp"), qn("p:graphicFrame")):
                drawing = element
                break
        if drawing is not None:
            drawing.addprevious(side.element)


def _drop_empty_placeholders(slide: PptxSlide) -> None:
    """An empty placeholder shows "Click to add text" in PowerPoint: never leave one behind.
    Empty: no text body (a picture or table placeholder) or only white space in it."""
    tree = slide.shapes.element
    for element in list(tree.iterchildren()):
        if find_ph(element) is None:
            continue
        body = element.find(_TX_BODY)
        if body is None or not "".join(t.text or "" for t in body.iter(_A_T)).strip():
            tree.remove(element)


def _drop_template_slides(prs: PresentationT) -> None:
    """A trainer's template may carry example slides (ours carries one per layout so that
    LibreOffice keeps every design when it opens it); the deck starts empty."""
    id_list = slide_id_list(prs)
    for sld_id in list(id_list):
        id_list.remove(sld_id)
        prs.part.drop_rel(sld_id.rId)
    # A slide related but left out of the list (a carelessly saved file) would keep its part
    # name, and the new slide given that name would be a second zip entry: a broken deck.
    for r_id, rel in list(prs.part.rels.items()):
        if rel.reltype == RT.SLIDE:
            prs.part.drop_rel(r_id)


def _theme_blob(master: object) -> bytes:
    return master.part.part_related_by(RT.THEME).blob  # type: ignore[attr-defined]


def _examples_in_notes(kind: SlideKind, brand: Brand) -> Brand | None:
    """The brand whose made-up contacts are marked in the notes of a slide of ``kind``: a
    kind says so (SlideKind.notes_mark_examples; the title slide's)."""
    return brand if kind.notes_mark_examples else None


def _set_notes(slide: PptxSlide, notes: str, maker: NotesMaker,
               examples: Brand | None = None) -> None:
    """``examples``: the brand whose made-up contacts are marked in these notes too (the
    title slide's, whose safeguarding line gives a number to ring mid-lesson)."""
    notes_slide = maker.notes_for(slide)
    # The notes body placeholder, as python-pptx's notes_text_frame finds it (the first of
    # type body), without building a placeholder object for every shape on the way.
    for element in notes_slide.shapes.element.iterchildren():
        ph = find_ph(element)
        body = element.find(_TX_BODY)
        if ph is not None and ph.get("type") == "body" and body is not None:
            fill_notes(body, notes, size_pt=12)  # each cue's label bold
            curl_quotes(body)
            # A [field] the notes ask for (the parents' session's head and phone) yellow as
            # on the slides: plain, it read as finished text in the route read mid-session.
            mark_fill_ins(body, examples)
            return
    raise AssertionError("ensure_notes_body gives every notes slide a body placeholder")


def opening_places(specs: Sequence[Slide]) -> frozenset[tuple[int, str]]:
    """Each planned cover and section slide, (index, what it is: its kind's ``Match``):
    headings whose titles are sized apart from the content slides' and from each other's
    (deck_title_sizes.even_titles)."""
    return frozenset((n, match) for n, spec in enumerate(specs)
                     if (match := kind_of(spec).match) in (Match.TITLE, Match.SECTION))


def _deck_finish(prs: PresentationT, deck_key: Hashable | None, reader: Reader, font: str,
                 reveals: frozenset[int], lead: str = "",
                 openings: frozenset[tuple[int, str]] = frozenset(),
                 banded: bool = False) -> Fields:
    """What the deck gets once every slide is in: one size per repeated part (deck_sizes),
    and, where fields are left to fill in, the title slide's notes opening with them
    (deck_before) and a "Draft" strip across its top (deck_draft); the fields found. A deck
    made only of kept slides (``deck_key``: their keys; the next school's same lesson) had
    the same finish before: its bytes are set again without reading every slide's XML (a
    sixth of a warm pack's time). ``reveals``: the answer reveals' slide indices; ``lead``:
    the strip's words before its fields (DeckPlan.years); ``openings``: the cover and
    sections, each with what it is (``opening_places``); ``banded``: an example deck, whose
    cover's EXAMPLE band says it is a draft too (deck_example_band), so no strip is drawn. The
    fields found: the shown slides' and their speaker notes'.

    Kept under the slides' keys and every other input of the finish: two decks of the same
    slides for other years (``lead``) or another reader must not share a Draft strip."""
    if deck_key is not None:
        deck_key = (deck_key, reader, font, reveals, lead, openings, banded)
    done = _FINISHED.get(deck_key) if deck_key is not None else None
    if done is not None and set_part_blobs(prs, done[1]):
        return done[0]
    shown = slides_xml(prs)
    changed = even_reveal_titles(shown, reveals)  # a question and its answer: one title size
    # One title size a layout, a question and its answer alike; a cover's and sections' apart.
    changed |= even_titles(shown, reveals, openings)
    changed |= even_sizes(shown)  # one size for a repeated part of a repeated slide
    found = fields_by_slide(shown)
    in_notes = fields_in_notes(shown)
    if found or in_notes:
        # Seen when the deck is opened or shown, not only in the notes (deck_draft).
        strip = "" if banded else add_draft_strip(
            shown[0], (int(prs.slide_width or 0), int(prs.slide_height or 0)), found, reader,
            font, in_notes, lead)
        open_notes_with(shown[0], title_note(found, reader, strip, has_logo_slot(shown[0]),
                                             in_notes))
        changed.add(0)
    if deck_key is not None:
        blobs = {(i, False): part_blob(prs, i, False) for i in sorted(changed)}
        if found or in_notes:
            blobs[(0, True)] = part_blob(prs, 0, True)
        _FINISHED.put(deck_key, ((found, in_notes), blobs))
    return found, in_notes


def _band_room(prs: PresentationT, layouts: dict[str, ResolvedLayout], banded: bool,
               custom: bool) -> dict[str, ResolvedLayout]:
    """The layouts with the EXAMPLE band's strip kept, for a deck that gets the band. On a
    trainer's template (``custom``) the strip comes from the drawing areas alone: squeezed
    with the rest, its 32 pt title had come out at 30 and its cards 18.4 pt under its rule."""
    return reserve_band_strip(prs, layouts, hold_titles=custom) if banded else layouts


def _example_bands(prs: PresentationT, fields: Fields, reader: Reader, brand: Brand,
                   banded: bool) -> None:
    """The EXAMPLE bands (none unless the deck is ``banded``); where fields are left, the
    cover's says the deck is a draft too, one bar in place of two (merged_words)."""
    if not banded:
        return
    found, in_notes = fields
    cover = ""
    if found or in_notes:
        shown = slides_xml(prs)
        fill_in = draft_lines(found, reader, has_logo_slot(shown[0]), in_notes)
        cover = merged_words(reader.presents, fill_in, brand.body_font,
                             int(prs.slide_width or 0))
    add_example_bands(prs, brand, reader.presents, cover)


# The fields left on a deck's shown slides, and in their speaker notes.
Fields = tuple[list[tuple[int, str, list[str]]], NotesFound]
# A deck of kept slides -> (its fields, the bytes of the slides and notes its finish changed).
_FINISHED: BoundedCache[Hashable, tuple[Fields, dict[tuple[int, bool], bytes]]] = BoundedCache(
    16, max_weight=16 << 20, weigh=lambda done: sum(len(b) for b in done[1].values()))


def _before_words(prs: PresentationT, plan: DeckPlan, brand: Brand, look: Look,
                  fields: Fields, reader: Reader) -> tuple[str, Left, list[str]] | None:
    """The hidden "Before you teach" slide's title, what its lines are about and the lines
    (deck_before), None where the deck needs none: the fields ``found`` on shown slides (and
    the logo, where the title slide has the dashed logo box); a primary deck's school card
    with names only (no DSL photo): how to add the photo. ``fields``: _deck_finish's."""
    found, in_notes = fields
    primary = look.name in ("ks1", "ks2")
    help_at = help_slide(slides_xml(prs)) if primary else None
    # Asked of an unnamed lead too: the card's drawing is a stand-in, and children who
    # cannot read know a face before a name.
    photo = (_photo_asked(help_at, brand, look, reader)
             if help_at and brand.dsl_photo is None else "")
    # An example school's made-up contacts need replacing in every deck, the parents' too
    # (its slides have no bracket, so only this slide warns the presenter).
    if not (found or in_notes or photo or brand.example):
        return None
    shown = slides_xml(prs)
    logo = LOGO_LINE if shown and has_logo_slot(shown[0]) else ""
    left, lines = lines_for(found, reader, photo, brand.example, logo, in_notes)
    # A deck for every year that tells the youngest years' stories says so first.
    lines = [plan.years[1], *lines] if plan.years[1] else lines
    return title_for(found, reader, in_notes), left, lines


def _photo_asked(help_at: tuple[int, str], brand: Brand, look: Look, reader: Reader) -> str:
    """The hidden slide's line asking for the DSL's photo, and the deputy's where KS1 draws
    the deputy on a card of their own (plan/deck/help school_adults)."""
    both = look.name == "ks1" and brand.deputy_dsl_photo is None
    names = [pupil_name(n.strip()) for n in (brand.dsl_name, brand.deputy_dsl_name)
             if n.strip()][:2 if both else 1]
    unnamed = ["your DSL", "your deputy DSL"][:2 if both else 1]
    jobs = photo_jobs(brand, len(names or unnamed)) if reader.visiting else ""
    return photo_line(*help_at, names or unnamed, reader, jobs)


def _before_you_teach(prs: PresentationT, resolved: ResolvedLayout, brand: Brand, look: Look,
                      reader: Reader, title: str, left: Left, lines: list[str],
                      kept: DeckSlides, notes_maker: NotesMaker, footer: str,
                      has_footer: bool, custom: bool, unreadable: list[str]) -> None:
    """The hidden last slide listing the fields still to fill in (deck_before)."""
    slide, slots = kept.blank_slide(resolved.layout, BEFORE_KIND)
    filler = _SlideFiller(slide, resolved, brand, slots, look)
    if slots is None:
        kept.keep_blank(resolved.layout, BEFORE_KIND, slide, filler.slots)
    keep_room(slide, resolved, filler.slots)
    if custom:
        raise_titles(slide, resolved.layout)
    filler.put("title", [title])
    filler.put("kicker", [kicker_for(reader)])
    filler.put("body", lines)
    grow_text(filler, "body", look)  # under the title, clear of the footer
    mark_fill_ins(slide.shapes.element, brand)  # the fields as yellow as on their slides
    _drop_empty_placeholders(slide)
    if not has_footer:
        add_slide_footer(slide, resolved.layout, footer, brand.body_font)
    if custom:
        # The teacher reads this slide to prepare: its text fitted and coloured for the
        # template's background (a dark master's list style is often black) as a shown
        # slide's is, footer and slide number included.
        # Its title level with the shown slides' (their kickers under the band's strip).
        finish_on_trainers_template(Finishing(filler, by_name("bullets"), [], unreadable,
                                              banded=bands_deck(brand)))
    _set_notes(slide, before_notes(left, reader), notes_maker)
    hide(slide)


def _drop_template_text(prs: PresentationT, misfits: list[str] | None) -> None:
    """A trainer's template's sample text out of the built deck: what lessonpack's text
    covers, and "Your Name" and the like anywhere, said as a warning (the trainer may have
    meant that box for their own words)."""
    drop_covered_template_text(prs)
    dropped = drop_sample_template_text(prs)
    if misfits is not None:
        misfits += sample_text_warning(dropped)


def _report_misfits(number: int, found: list[str], misfits: list[str] | None,
                    crowded: set[int] | None) -> None:
    """A slide's misfits as the build warns them, and its number among the crowded ones."""
    if misfits is not None:
        misfits += [f"slide {number}: {m}" for m in found]
    if crowded is not None and found:
        crowded.add(number)


def _sized_look(look: Look, body_font: str) -> Look:
    """The look's sizes for the deck's body font: raised where its lower case reads smaller
    than Arial's (a trainer's Calibri), as kinds/look.py for_body_font says."""
    ours, theirs = x_height(SIZED_FOR), x_height(body_font)
    return for_body_font(look, ours / theirs) if ours and theirs else look


def logos_on_template(prs: PresentationT, layouts: dict[str, ResolvedLayout]
                      ) -> dict[str, ResolvedLayout]:
    """On a trainer's template, once the logos are in: a crest a dark template would hide
    goes on a plate (deck_logo_plate), and cards and streams are kept off the logo's corner
    (deck_logo_room)."""
    plate_faint_logos(prs, (resolved.layout for resolved in layouts.values()))
    return clear_of_logos(layouts)


def _kept_for(template: Path, prs: PresentationT, brand: Brand, callout: object,
              layouts: dict[str, ResolvedLayout], custom: bool, banded: bool) -> bytes:
    """What kept slides are good for: the same template bytes; on a trainer's template also
    the same theme colours, since text colours are chosen by what is drawn (deck_contrast),
    and the same drawing areas."""
    kept_for = _digest(template_bytes(template))
    # On a trainer's template bars drawn on slides name accent1 or accent2 by the brand
    # (deck_accent): kept apart.
    kept_for += str(callout).encode()
    # An example file's made-up contacts are marked as fill-ins (deck_fill_ins): a real
    # school's same names, built next in this process, are not.
    kept_for += b"example" if brand.example else b""
    # A banded deck's kickers keep below the band's strip (deck_kicker.hug_kicker).
    kept_for += b"banded" if banded and custom else b""
    if custom:
        kept_for += b"".join(_theme_blob(m) for m in prs.slide_masters)
        # The drawing areas clear of the brand's logo (deck_logo_room): another brand's
        # logo, or none, leaves other areas.
        kept_for += repr([(k, r.region, sorted(r.drawn_in.items()))
                          for k, r in sorted(layouts.items())]).encode()
    return kept_for


def render_pptx(plan: DeckPlan, brand: Brand, template: Path, stated: dt.datetime | None, *,
                custom: bool = False, brand_theme: bool = True,
                misfits: list[str] | None = None, crowded: set[int] | None = None) -> bytes:
    """The deck as .pptx bytes, dated at ``stated``, the build's stated time (no dates when
    None; the zip's members then carry a fixed one). ``custom``: a trainer's template (its
    other theme colours are kept); ``brand_theme``: write the brand into the theme (not when
    a trainer's template is used without a brand file); ``crowded`` gets the numbers of
    slides whose text did not fit."""
    plan = typographic_plan(plan)  # curly quotes, before any text is measured (deck_quotes)
    prs = open_lean_deck(template, str(template))
    # Only the kinds this deck has must have a layout (the build refused a template lacking
    # one before rendering: build/run.py).
    layouts = resolve_layouts(prs, str(template), {kind_of(s).name for s in plan.slides})
    if custom:
        left_to_right(prs)  # the lessons are English, whatever the template was written in
        footers_in_body_face(prs)  # not LibreOffice's Times under a sans deck
    if brand_theme:
        if custom:
            relink_to_theme(prs)
            brand = with_template_fonts(prs, brand)
        apply_theme(prs, brand, roles_only=custom)
    brand_masters(prs, brand, plan.footer)
    # The EXAMPLE band's strip, kept on every layout before a slide is drawn (with the logos
    # just placed): nothing moves for it after (deck_band_room).
    banded = bands_deck(brand)
    layouts = _band_room(prs, layouts, banded, custom)
    if custom:
        layouts = logos_on_template(prs, layouts)
    callout = set_callout(prs, brand, custom)  # the brand's accent on call-out bars
    master_footer = {m.part.partname: any(s.name == FOOTER_NAME for s in m.shapes)
                     for m in prs.slide_masters}
    # Before any slide is drawn or kept ones added: a slide's drawing never edits its layout.
    edit_layouts(layouts, plan.slides)
    count_partnames(prs.part.package)
    ensure_notes_body(prs)
    notes_maker = NotesMaker()
    kept_for = _kept_for(template, prs, brand, callout, layouts, custom, banded)
    kept = DeckSlides(prs, kept_for, (brand.heading_font, brand.body_font), plan.footer)
    look = _sized_look(look_for(plan.look), brand.body_font)
    # Who runs the deck: its own words to them (deck_before) name their role and what they do.
    reader = reader_of(look, bool(visitor(brand)))
    unreadable: list[str] = []
    streamed: StreamsShown = {}  # this deck's streams, for their close-ups (deck_room)
    keys: list[Hashable] = []
    all_kept = True  # every slide a kept one: the deck's finish may be known (_deck_finish)
    for number, spec in enumerate(plan.slides, 1):
        kind = kind_of(spec)
        resolved = layouts[kind.name]
        has_footer = master_footer[resolved.layout.slide_master.part.partname]
        key = kept.key((look, spec), resolved.layout, has_footer)
        keys.append(key)
        made = kept.reuse(key, resolved.layout)
        all_kept = all_kept and made is not None
        if made is not None:
            slide_misfits = list(made.misfits)
        else:
            slide, slots = kept.blank_slide(resolved.layout, spec.kind)
            filler = _SlideFiller(slide, resolved, brand, slots, look, streamed)
            if slots is None:
                kept.keep_blank(resolved.layout, spec.kind, slide, filler.slots)
            keep_room(slide, resolved, filler.slots)  # clear of a trainer's title rule and footers
            if custom:
                raise_titles(slide, resolved.layout)  # as large as lessonpack's own
            filler.fill(spec, kind)
            slide_misfits = filler.misfits
            _drop_empty_placeholders(slide)
            curl_quotes(slide.shapes.element)  # whatever drew the text (deck_quotes)
            if not has_footer:
                add_slide_footer(slide, resolved.layout, plan.footer, brand.body_font)
            if custom:
                # What the check will measure, measured the same way (deck_contrast).
                slide_misfits = [m for m in slide_misfits if not isinstance(m, TextMisfit)]
                # Panels, refit, title, kicker, contrast, reading order: deck_finish's steps.
                finish_on_trainers_template(Finishing(
                    filler, kind, slide_misfits, unreadable,
                    reveal=reveals(spec), banded=banded))
            # Last, on the sizes the slide ends with: no line break inside "grown-up".
            hold_compounds(slide)
            no_empty_extents(slide)  # a drawing squeezed to less than nothing stays valid
            # The notes talk about what the slide shows: a kind may say its own.
            notes = kind.notes(filler, spec, spec.payload) if kind.notes is not None \
                else spec.notes
            if filler.said:  # what a drawing had no room to show is said aloud
                notes = "\n".join([notes, *filler.said]) if notes else "\n".join(filler.said)
            _set_notes(slide, notes, notes_maker, _examples_in_notes(kind, brand))
            if spec.hidden:
                hide(slide)
            kept.keep(key, slide, slide_misfits)
        _report_misfits(number, slide_misfits, misfits, crowded)
    # A parents' session is presented, not taught: its notes say so (``reader``).
    found = _deck_finish(prs, tuple(keys) if all_kept else None, reader, brand.body_font,
                         reveal_places(plan.slides), plan.years[0],
                         opening_places(plan.slides), banded)
    # Made-up contacts projected to a class: the cover and their slides say so.
    _example_bands(prs, found, reader, brand, banded)
    # A primary deck's school card with names only (no DSL photo): the hidden slide says
    # how to add the photo through the file (deck_before.PHOTO_HOW).
    before = _before_words(prs, plan, brand, look, found, reader)
    if before and "bullets" in layouts:
        # Fields left to fill in: a hidden last slide lists them (deck_before).
        resolved = layouts["bullets"]
        _before_you_teach(prs, resolved, brand, look, reader, *before, kept, notes_maker,
                          plan.footer,
                          master_footer[resolved.layout.slide_master.part.partname], custom,
                          unreadable)
    if misfits is not None:  # layouts made from a title-only one (deck_match._derive)
        misfits += derived_warnings(layouts, (kind_of(spec).name for spec in plan.slides))
        misfits += resized_warning(template_bytes(template)) if custom else []
    if unreadable:
        raise UserError([problem_at(display_path(template), "LP151", u)
                         for u in dict.fromkeys(unreadable)])
    if custom:
        _drop_template_text(prs, misfits)
    # After the cache kept each slide's bytes: a link relates one slide to another.
    link_back(prs, plan.slides, on_shape=custom)
    theme_pictures(prs)  # the LIVE badge in the accent, the tick readable (deck_accent)
    core = prs.core_properties
    core.title, core.subject, core.author = plan.meta.title, plan.meta.subject, plan.meta.author
    core.keywords, core.language = plan.meta.keywords, plan.meta.language
    core.last_modified_by, core.comments, core.category = plan.meta.author, "", "Lesson deck"
    core.revision = 1
    set_file_dates(core, stated)
    tag_deck_language(prs, plan.meta.language)
    set_deck_app_properties(prs)
    return package_bytes(prs.part.package, zip_time(stated))
