"""The designed parts of a slide, on top of the template's placeholders: pictures beside the
text, text grown to the room it has, cards, quiz panels, large figures, the age's title art,
and titles that never leave one word on their last line.

Works on any template: drawing areas are the boxes of the placeholders the slide would have
filled (so a trainer's layout keeps its own geometry), and placeholders keep their styles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.slide import Slide as PptxSlide
from pptx.util import Emu, Inches

from lessonpack.check.measure import LINE, count_lines, text_width
from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import Filler, SlideKind
from lessonpack.kinds.cards import Card
from lessonpack.kinds.look import Look
from lessonpack.kinds.quiz_answers import Answer
from lessonpack.kinds.quiz_question import Question
from lessonpack.plan.model import Slide
from lessonpack.render.deck_cards import GAP, draw_answers, draw_cards, draw_options
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_cover_group import compose_cover
from lessonpack.render.deck_fill_ins import mark_fill_ins
from lessonpack.render.deck_fit import (
    MIN_PT,
    TextMisfit,
    box_size,
    fits_placeholder,
    inherited_attr,
    inherited_style,
    insets,
    layout_style,
    title_face,
)
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_help import no_lone_word
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_question_band import ask_above
from lessonpack.render.deck_reveal_sentence import answer_in_front, answer_on_second_line
from lessonpack.render.deck_title_band import title_room
from lessonpack.render.deck_title_room import kicker_on_title, settle_body
from lessonpack.render.ooxml import A
from lessonpack.render.ooxml.placeholders import level1_run_defaults, placeholder

INCH = int(Inches(1))
EMU_PT = 12700
FOOT_GAP = int(0.2 * INCH)  # left clear above the footer under drawn panels
FOOT_BAND = int(0.7 * INCH)  # our master's footer band (tools/build_pptx_template.py)


def box_of(ph: SlidePlaceholder) -> Box:
    return (int(ph.left or 0), int(ph.top or 0), *box_size(ph))


def _take(filler: Filler, role: str) -> Box | None:
    """The box of a role's placeholder, which then goes (its area is drawn instead)."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is not None:
        box = filler.resolved.drawn_in.get(role) or box_of(ph)
        ph.element.getparent().remove(ph.element)
        return box
    return filler.resolved.boxes.get(role)


def own_defaults(ph: SlidePlaceholder) -> Any:
    """The placeholder's own level-1 run defaults (a:lstStyle/a:lvl1pPr/a:defRPr), made if
    missing: what is set there is what deck_fit measures the text with."""
    return level1_run_defaults(ph.element.find(qn("p:txBody")))


def _set_size(ph: SlidePlaceholder, size: int) -> None:
    """The placeholder's own level-1 size: text is fitted from there down (deck_fit)."""
    own_defaults(ph).set("sz", str(size * 100))
    for run_pr in ph.element.find(qn("p:txBody")).iter(qn("a:rPr")):
        run_pr.attrib.pop("sz", None)


def _on_footer(filler: Filler, ph: SlidePlaceholder) -> bool:
    """Whether the placeholder ends within FOOT_GAP of our master's footer band (a body
    running to the foot, not a one-line intro above cards nor a panel already clear)."""
    _x, y, _w, h = box_of(ph)
    band = int(filler.slide.part.package.presentation_part.presentation.slide_height) \
        - FOOT_BAND
    return y + h > band - FOOT_GAP


def grow_text(filler: Filler, role: str, look: Look, largest: int = 0) -> int:
    """Body text as large as the look allows (or ``largest``) and its box holds (the
    template's size at least): the text takes the room, not a corner of it. Returns the
    size it got."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is None:
        return 0
    if role == "body" and filler.resolved.how == "name" and _on_footer(filler, ph):
        # Text grown to fill our own layout's body stops 0.2 in above the footer: grown
        # objectives ended on the footer band and read as overfilled (KS3/KS4
        # slide 4; KS1 big ideas, KS2 steps). Our layouts only: a trainer's
        # placeholder keeps the template's box.
        x, y, w, h = box_of(ph)
        ph.left, ph.top, ph.width, ph.height = x, y, w, h - FOOT_GAP
    inherited = inherited_style(ph, filler.resolved.layout)[1][0] or 0
    if inherited < max(look.body_pt, largest):
        _set_size(ph, max(look.body_pt, largest))
    for r_pr in ph.element.iter(qn("a:rPr")):
        r_pr.attrib.pop("sz", None)  # sizes from an earlier fitting, in another box
    fits = fits_placeholder(ph, filler.brand.body_font, filler.resolved.layout)
    if not fits:
        filler.misfits.append(TextMisfit(f"the {role} text does not fit its placeholder at 18 pt"))
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) // 100
    return int(layout_style(ph, filler.resolved.layout)[0])


# Shares of the text area's width a picture beside the text may take, largest first: it
# gives way (down to a small one) before the text would drop below the look's smallest size.
PICTURE_SHARES = (1.0, 0.75, 0.55, 0.4)


def picture_beside(filler: Filler, role: str, picture: Picture, look: Look,
                   more: Sequence[Picture] = ()) -> None:
    """The role's placeholder narrowed and the picture beside it, as tall as the text area
    (left of the text for the youngest, who read the picture first); the picture is made
    smaller where the text needs the room, and the text grown to what it then has. With
    ``more`` pictures (agree, disagree, not sure), all of them one above the other, equal."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is None:
        return
    x, y, w, h = box_of(ph)
    if role == "body" and filler.resolved.how == "name" and _on_footer(filler, ph):
        h -= FOOT_GAP  # picture and text clear of the footer, as grow_text leaves text
    gap = int(0.35 * INCH)
    misfits = list(filler.misfits)
    for share in PICTURE_SHARES:
        filler.misfits[:] = misfits
        side = int(min(h, w * look.picture_share) * share)
        if look.picture_first:
            set_box(ph.element, (x + side + gap, y, w - side - gap, h))
            pic_box = (x, y, side, side)
        else:
            set_box(ph.element, (x, y, w - side - gap, h))
            pic_box = (x + w - side, y, side, side)
        if grow_text(filler, role, look) >= look.floor_pt:
            break
    if more:
        # A key (agree, disagree, not sure): each picture with its word beside it, so no
        # picture lines up with a statement and reads as its answer.
        every = [picture, *more]
        gap = int(0.15 * INCH)
        each = min(side, (h - gap * (len(every) - 1)) // len(every), int(1.2 * INCH))
        top = y + max(0, (h - each * len(every) - gap * (len(every) - 1)) // 2)
        for n, one in enumerate(every):
            add_picture(filler.slide, one, (pic_box[0], top + n * (each + gap), each, each))
            _key_word(filler, one, (pic_box[0] + each, top + n * (each + gap),
                                    side - each, each))
        return
    # At the area's top, level with the text's first line: the content of every slide
    # starts on one line under the title. A wide picture (the LIVE badge) too, not centred
    # down its square.
    pic_box = (pic_box[0], y, side, side)
    add_picture(filler.slide, picture, pic_box).top = Emu(y)


def _key_word(filler: Filler, picture: Picture, box: Box) -> None:
    """The word a key's picture stands for, from its alt text ("A thumbs up: agree")."""
    from pptx.enum.text import PP_ALIGN

    from lessonpack.render.deck_drawings import T, new_label

    word = picture.alt.rsplit(":", 1)[-1].strip().capitalize()
    if word and box[2] > INCH // 2:
        new_label(filler.slide.shapes, (box[0] + int(0.1 * INCH), box[1], box[2] - int(0.1 * INCH),
                                        box[3]),
                  [(word, T.TEXT_2, True)], 20, filler.brand.heading_font, f"Key: {word}",
                  align=PP_ALIGN.LEFT)


def _title_run(filler: Filler) -> tuple[Any, Any, str, float, bool, str, float] | None:
    """The title's one run with what its lines are measured by: the placeholder, the run,
    its text as shown, size, boldness, face and inner width; None for a title of several
    runs (already broken by hand) or none."""
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return None
    runs = [r for p in ph.element.find(qn("p:txBody")).findall(qn("a:p"))
            for r in p.findall(qn("a:r"))]
    if len(runs) != 1:
        return None
    text = runs[0].findtext(qn("a:t")) or ""
    if inherited_attr(ph, "cap") in ("all", "small"):
        text = text.upper()
    size, bold, _space, _bulleted = layout_style(ph, filler.resolved.layout)
    own = runs[0].find(qn("a:rPr"))
    if own is not None and own.get("sz"):  # a trainer's title refitted to its box
        size = int(own.get("sz")) / 100
    left, _top, right, _bottom = insets(ph, filler.resolved.layout)
    width = box_size(ph, filler.resolved.layout)[0] / EMU_PT - left - right
    return ph, runs[0], text, size, bold, title_face(ph, runs[0], filler.brand), width


def keep_title_lines(filler: Filler) -> None:
    """A reveal's title ("Answer: " + the question) at the deck's one title size, broken
    where its question's title breaks (``pair_cut``): the second line the same words in
    the same place on both slides, so the click to the answer moves nothing but the
    cards. Where no break suits both, its lines as even as they can be."""
    _unbreak(placeholder(filler.slide, filler.slots.get("title")))
    found = _title_run(filler)
    if found is None:
        return
    _ph, run, text, size, bold, family, width = found
    if text != answer_in_front(text):  # broken before (a trainer's title refitted)
        run.find(qn("a:t")).text = answer_in_front(run.findtext(qn("a:t")) or "")
        text = answer_in_front(text)
    if count_lines(text, family, size, width, bold) < 2:
        return
    prefix = text.split()[0] + " "
    if prefix.strip().upper() == "ANSWER:":
        asked = text[len(prefix):]
        k = answer_on_second_line(asked, prefix, family, size, width, bold)
        if k is not None:
            # The question's own lines, "Answer: " leading its second (the last sentence).
            words = (run.findtext(qn("a:t")) or "").split()
            own = words[0]
            run.find(qn("a:t")).text = " ".join([*words[1:k + 1], own, *words[k + 1:]])
            _break_at(run, k)
            return
    cut = pair_cut(text[len(prefix):], prefix, family, size, width, bold) \
        if text.startswith(prefix) and prefix.strip().upper() == "ANSWER:" else None
    if cut is not None:
        _break_at(run, cut + 1)
    elif count_lines(text, family, size, width, bold) == 3:
        # Three lines: where they wrap, held by hand, as its question holds them.
        _break_at_each(run, wrap_cuts(text, family, size, width, bold))
    else:  # the answer wrapped naturally and left "a streamer?" alone
        _even_lines(run, text, family, size, width, bold)


def pair_cut(question: str, prefix: str, family: str, size: float, width: float,
             bold: bool) -> int | None:
    """Where a question's title and its reveal's (``prefix`` + the question) both break:
    the number of the question's words on the first line, chosen so that each title is two
    lines and the reveal's lines come out most even, a clause's or sentence's end
    preferred. None where the reveal fits one line, takes more than two, or no break
    keeps both at two."""
    words = question.split()
    if len(words) < 3 or count_lines(prefix + question, family, size, width, bold) != 2:
        return None
    best: tuple[float, int] | None = None
    for cut in range(1, len(words)):
        score = _two_line_score(prefix + " ".join(words[:cut]), " ".join(words[cut:]),
                                family, size, width, bold)
        if score is not None and (best is None or score < best[0]):
            best = (score, cut)
    return None if best is None else best[1]


def _two_line_score(head: str, tail: str, family: str, size: float, width: float,
                    bold: bool) -> float | None:
    """How well a title reads broken into ``head`` / ``tail`` (lower is better): the lines
    as even as can be, a clause's end preferred, a sentence's end most of all ("A young
    person talks to Childline. / What happens?", uneven or not, never "…talks to /
    Childline."). None where either line does not fit one line."""
    if count_lines(head, family, size, width, bold) != 1 \
            or count_lines(tail, family, size, width, bold) != 1:
        return None
    score = abs(text_width(tail, family, size, bold) - text_width(head, family, size, bold))
    if not _ends_a_clause(head):
        score += size * 2
    if head.rstrip("\"'”’)").endswith((".", "?", "!")):
        score -= width
    return score


def wrap_cuts(text: str, family: str, size: float, width: float, bold: bool) -> list[int]:
    """Where ``text`` (three lines at ``width``) breaks into three lines as even as they
    can be, each fitting one line: the number of words before the second and third lines'
    starts (a natural wrap left "internet?" alone on the last line). [] where none fit."""
    words = text.split()
    best: tuple[float, list[int]] | None = None
    for one in range(1, len(words) - 1):
        head = " ".join(words[:one])
        if count_lines(head, family, size, width, bold) != 1:
            break
        for two in range(one + 1, len(words)):
            lines = [head, " ".join(words[one:two]), " ".join(words[two:])]
            if any(count_lines(line, family, size, width, bold) != 1 for line in lines):
                continue
            wide = [text_width(line, family, size, bold) for line in lines]
            score = max(wide) - min(wide)
            if best is None or score < best[0]:
                best = (score, [one, two])
    return [] if best is None else best[1]


def _break_at_each(run: Any, cuts: Sequence[int]) -> None:
    """``run`` broken by hand after each of its first ``cuts`` words."""
    for cut in sorted(cuts, reverse=True):
        _break_at(run, cut)


def _unbreak(ph: Any) -> None:
    """A title broken by hand (runs and soft breaks in one paragraph) made one run again,
    to be broken anew."""
    if ph is None:
        return
    paras = ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}")
    if len(paras) != 1:
        return
    runs, breaks = paras[0].findall(qn("a:r")), paras[0].findall(qn("a:br"))
    if len(runs) >= 2 and len(breaks) == len(runs) - 1:
        head = runs[0].find(qn("a:t"))
        head.text = " ".join(r.findtext(qn("a:t")) or "" for r in runs)
        for gone in (*breaks, *runs[1:]):
            paras[0].remove(gone)


# The strip under a question's panels saying how to answer: only a question slide (not
# its reveal) has it (deck_cards.draw_options).
HOW_TO_ANSWER = "How to answer panel"


def match_reveal_lines(filler: Filler, reveal: str = "") -> None:
    """A question's title broken by hand into two even lines when its reveal's title
    (``reveal``; by default "Answer: " + the question) takes two at the same size and the
    question alone one: both slides' panels start under the same two lines, no title
    shrinks. Without ``reveal``, only on a slide with a question's how-to-answer strip (a
    trainer's title, broken again after it was refitted: deck_titles.rebalance_title)."""
    if not reveal:
        title = placeholder(filler.slide, filler.slots.get("title"))
        if title is None or not any(sh.name == HOW_TO_ANSWER for sh in filler.slide.shapes):
            return
        reveal = "Answer: " + " ".join(title.text_frame.text.split())
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return
    # Measured whole: a question already broken by its own rule is broken anew where its
    # reveal breaks (keep_title_lines), or given its own rule's break back.
    broken = len(ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:br')}")) > 0
    _unbreak(ph)
    found = _title_run(filler)
    if found is None:
        return
    ph, run, text, size, bold, family, width = found
    if inherited_attr(ph, "cap") in ("all", "small"):
        reveal = reveal.upper()
    if not _break_as_reveal(run, text, reveal, (family, size, width, bold)) and broken:
        balance_title(filler)


def _break_as_reveal(run: Any, text: str, reveal: str,
                     measure: tuple[str, float, float, bool]) -> bool:
    """The question's title ``run`` (``text`` as shown) broken where its reveal's title
    breaks (two lines: ``pair_cut``; three: ``wrap_cuts``); False where it is left whole."""
    family, size, width, bold = measure
    prefix = reveal.split()[0] + " "
    lines = count_lines(text, family, size, width, bold)
    at_sentence = answer_on_second_line(text, prefix, family, size, width, bold)
    if at_sentence is not None:
        # Its reveal puts "Answer: " on the second line: both break at the sentence.
        _break_at(run, at_sentence)
        return True
    cut = pair_cut(text, prefix, family, size, width, bold) if lines <= 2 else None
    if cut is None and lines <= 3 and count_lines(reveal, family, size, width, bold) == 3:
        # Three lines: the question held at the words where its reveal wraps, each of its
        # lines its reveal's without "Answer:", so no line is wider than the reveal's.
        cuts = [c - 1 for c in wrap_cuts(reveal, family, size, width, bold)]
        if len(cuts) == 2 and cuts[0] > 0:
            _break_at_each(run, cuts)
            return True
    if cut is not None:
        _break_at(run, cut)
        return True
    if lines == 1 and count_lines(reveal, family, size, width, bold) == 2:
        _even_lines(run, text, family, size, width, bold, lines=2)
        return True
    return False


def _even_lines(run: Any, text: str, family: str, size: float, width: float,
                bold: bool, lines: int = 0) -> None:
    """``run`` broken by hand (a soft break) where its lines come out most even, keeping
    their number (or into ``lines``: two, where a one-line title must match its reveal's
    two); sentence breaks preferred."""
    words = (run.findtext(qn("a:t")) or "").split()
    shown = text.split()
    lines = lines or count_lines(text, family, size, width, bold)
    if lines != 2 or len(words) != len(shown) or len(words) < 4:
        return
    best: tuple[float, int] | None = None
    for cut in range(2, len(words) - 1):
        score = _two_line_score(" ".join(shown[:cut]), " ".join(shown[cut:]),
                                family, size, width, bold)
        if score is not None and (best is None or score < best[0]):
            best = (score, cut)
    if best is not None:
        _break_at(run, best[1])


def _break_at(run: Any, cut: int) -> None:
    """``run`` broken by hand (a soft break) after its first ``cut`` words."""
    words = (run.findtext(qn("a:t")) or "").split()
    if not 0 < cut < len(words):
        return
    own = run.find(qn("a:rPr"))
    run.find(qn("a:t")).text = " ".join(words[:cut])
    second = etree.fromstring(etree.tostring(run))
    second.find(qn("a:t")).text = " ".join(words[cut:])
    br = etree.Element(f"{{{A}}}br")
    if own is not None:
        br.append(etree.fromstring(etree.tostring(own)))
    run.addnext(br)
    br.addnext(second)


def centred(filler: Filler, role: str) -> None:
    """The role's text centred down its placeholder."""
    ph = placeholder(filler.slide, filler.slots.get(role))
    body_pr = None if ph is None else ph.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None:
        body_pr.set("anchor", "ctr")


def question_large(filler: Filler, look: Look) -> None:
    """The think-pair-share question beside a stream as large as the look's body text and
    its panel allow, centred down the panel (it filled the panel's top third
    and left the rest empty)."""
    ph = placeholder(filler.slide, filler.slots.get("side"))
    if ph is None:
        return
    grow_text(filler, "side", look)
    centred(filler, "side")


def balance_title(filler: Filler) -> None:
    """One rule for titles in every look, lessonpack's own layouts and a trainer's template
    alike (deck_titles.rebalance_title applies it again after a template's title is
    refitted). A title wraps naturally at its box's full width, except:

    - a two-line title wrapping inside its last sentence: broken by hand (a soft line
      break, as PowerPoint's Shift+Enter) at that sentence's start, the first line still
      70 % of the width (deck_titles.sentence_cut);
    - else, its natural last line is a runt (one word, or under a third as wide as the
      lines above: "Tricks, pressure and what / to do"): broken by hand where its lines
      come out most even, a clause's end preferred ("Tricks, pressure / and what to do").

    Why the even split and not the 70 % narrowing templates' titles had: the titles that
    read badly were runts left by natural wraps ("…what / to do"), while an even break at a
    comma read well in the look that had it; the 70 % floor only guarded a right-inset
    narrowing that grew two-line titles up into the kicker, and a hand break changes no
    box, so the title keeps the lines it was measured with. One rule: the same title breaks
    at the same words in every look."""
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return
    body = ph.element.find(qn("p:txBody"))
    paras = body.findall(qn("a:p"))
    runs = paras[0].findall(qn("a:r")) if len(paras) == 1 else []
    if len(runs) != 1:
        return
    text = runs[0].findtext(qn("a:t")) or ""
    if inherited_attr(ph, "cap") in ("all", "small"):
        text = text.upper()  # measured as shown; the words are written as they were
    words = text.split()
    size, bold, _space, _bulleted = layout_style(ph, filler.resolved.layout)
    own = runs[0].find(qn("a:rPr"))
    if own is not None and own.get("sz"):
        size = int(own.get("sz")) / 100
    family = title_face(ph, runs[0], filler.brand)
    # Less the inner margins, as `check` (LPC304) measures the lines.
    left, _top, right, _bottom = insets(ph, filler.resolved.layout)
    width = box_size(ph, filler.resolved.layout)[0] / EMU_PT - left - right
    lines = count_lines(text, family, size, width, bold)
    if len(words) < 4 or lines < 2:
        return
    from lessonpack.render.deck_titles import comma_cut, sentence_cut

    # Where it wraps inside its last sentence and can break at its start, there, as the
    # default look's narrower face does ("…a dare.' / What comes first?" in every look);
    # else a scrap of a phrase left on the last line breaks where that phrase starts
    # ("Tricks, pressure / and what to do").
    cut = sentence_cut(text, family, size, width, bold)
    if cut is None:
        cut = comma_cut(words, family, size, width, bold)
    best: tuple[float, int] | None = None if cut is None else (0.0, cut)
    if best is None and not _runt_last_line(words, family, size, width, bold, lines):
        return  # a full last line wraps as it falls
    if best is None:
        best = _evenest_last_line(words, family, size, width, bold, lines)
    if best is None:
        return
    original = (runs[0].findtext(qn("a:t")) or "").split()
    cuts = [best[1]]
    if lines == 3:
        # The two lines above the last evened too: a three-line title (a grown title box,
        # deck_title_room.grow_title) filled its first line and left its middle one short.
        middle = _even_cut(words[:best[1]], family, size, width, bold)
        if middle is not None:
            cuts.insert(0, middle)
    pieces = [" ".join(original[a:b]) for a, b in zip([0, *cuts], [*cuts, len(original)],
                                                       strict=True)]
    _break_run(runs[0], own, pieces)


def _evenest_last_line(words: Sequence[str], family: str, size: float, width: float,
                       bold: bool, lines: int) -> tuple[float, int] | None:
    """(score, cut) of the hand break that leaves ``lines`` lines with the last one as
    even as can be, a clause's end preferred; None where no break keeps the line count."""
    best: tuple[float, int] | None = None
    for cut in range(1, len(words) - 1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if (count_lines(head, family, size, width, bold) != lines - 1
                or count_lines(tail, family, size, width, bold) != 1):
            continue
        # Even lines: the last line as close as can be to the average of the others.
        score = abs(text_width(tail, family, size, bold) - text_width(head, family, size, bold)
                    / max(1, lines - 1))
        # A break where the sentence breaks reads best ("Answer: “Don't tell your dad.” /
        # What should Olly do?"), not inside a quotation: worth a few words' unevenness.
        if not _ends_a_clause(head):
            score += size * 6
        if best is None or score < best[0]:
            best = (score, cut)
    return best


def _break_run(run: Any, own: Any, pieces: Sequence[str]) -> None:
    """``run`` holds ``pieces[0]``; each further piece follows in a copy of it after a soft
    line break (a:br, carrying the run's own properties so the break's line keeps its size)."""
    last = run
    last.find(qn("a:t")).text = pieces[0]
    for piece in pieces[1:]:
        nxt = etree.fromstring(etree.tostring(run))
        nxt.find(qn("a:t")).text = piece
        br = etree.Element(f"{{{A}}}br")
        if own is not None:
            br.append(etree.fromstring(etree.tostring(own)))
        last.addnext(br)
        br.addnext(nxt)
        last = nxt


def _even_cut(words: Sequence[str], family: str, size: float, width: float,
              bold: bool) -> int | None:
    """Where ``words`` (two lines' worth) break into two one-line pieces most evenly, a
    clause's end preferred; None where no such break is there."""
    best: tuple[float, int] | None = None
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if count_lines(head, family, size, width, bold) != 1 \
                or count_lines(tail, family, size, width, bold) != 1:
            continue
        score = abs(text_width(head, family, size, bold) - text_width(tail, family, size, bold))
        if not _ends_a_clause(head):
            score += size * 2
        if best is None or score < best[0]:
            best = (score, cut)
    return None if best is None else best[1]


def in_body(filler: Filler, draw: Callable[[Box], list[str]], clear: bool = True) -> bool:
    """Draw in the body placeholder's area (the placeholder goes), collecting what does not
    fit; False when the layout has no body area."""
    region = _take(filler, "body")
    if region is None:
        return False
    if clear and filler.resolved.how == "name":
        # A clear gap above the footer: panels, rows and cards ending on the footer band
        # read as overflow. Our own layouts; a trainer's keeps its area.
        # ``clear=False``: a drawing that needs the whole height (KS4's seven-step timeline).
        x, y, w, h = region
        region = (x, y, w, h - FOOT_GAP)
    filler.misfits += draw(region)
    return True


def draw_card_grid(filler: Filler, cards: Sequence[Card]) -> bool:
    """Cards in the body area."""
    return in_body(filler, lambda region: draw_cards(filler.slide, region, cards,
                                                       filler.brand, filler.look))


def draw_question(filler: Filler, spec: Slide, question: Question,
                  mark: Picture | None = None) -> bool:
    """Lettered answer panels in the body area, the slide's picture beside them where the
    look has quiz pictures; on a reveal slide the right one marked and why, below."""
    look, slide = filler.look, filler.slide

    def draw(region: Box) -> list[str]:
        asked: list[str] = []
        if question.asked:  # a short title: the whole question over the panels
            region, asked = ask_above(slide, region, question.asked, filler.brand, look)
        if spec.pictures and look.quiz_pictures:
            x, y, w, h = region
            side = int(min(h, 3.0 * INCH))
            left = x if look.picture_first else x + w - side
            add_picture(slide, spec.pictures[0], (left, y + (h - side) // 2, side, side))
            region = (x + side + GAP if look.picture_first else x, y, w - side - GAP, h)
        return asked + draw_options(slide, region, question.options, filler.brand, look,
                                    pictures=question.pictures, answer=question.answer,
                                    explanation=question.explanation, mark=mark,
                                    prompt=question.prompt, like=question.like)

    # Before the panels are placed: they start under the title's last line
    # (deck_title_room), which must be where the question slide's was.
    if question.answer is not None:
        keep_title_lines(filler)
    else:
        title = slide.shapes.title
        if title is not None:  # the box its reveal's title grows to, if it grows
            title_room(filler, title, f"Answer: {spec.title}")
        match_reveal_lines(filler, f"Answer: {spec.title}")
    return in_body(filler, draw)


def draw_answer_rows(filler: Filler, answers: Sequence[Answer]) -> bool:
    """A row per answer, with its letter, in the body area."""
    return in_body(filler, lambda region: draw_answers(filler.slide, region, answers,
                                                         filler.brand, filler.look))


def after_fill(filler: Filler, spec: Slide, kind: SlideKind, look: Look) -> None:
    """What is added once the kind's usual text is in: what the kind adds itself (its
    ``decorate``: a picture beside the text, grown text, title art), then what every slide
    gets (the kicker aligned, the title balanced). Nothing here depends on which kind the
    slide is: a kind's own look is its ``decorate`` (tests/test_render_kind_names.py)."""
    if kind.decorate is not None:
        kind.decorate(filler, spec, spec.payload, look)
    align_kicker(filler)
    kicker_on_title(filler)  # over a title hanging from its box's foot (cover, section)
    balance_title(filler)
    compose_cover(filler)
    mark_fill_ins(filler.slide.element, filler.brand)


def section_picture(filler: Filler, picture: Picture, look: Look) -> None:
    """The section's picture on a white disc at the right; its text keeps clear of it."""
    from pptx.enum.shapes import MSO_SHAPE

    from lessonpack.render.deck_drawings import T, new_shape

    slide = filler.slide
    width = int(slide.part.package.presentation_part.presentation.slide_width)
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    side = int(min(3.6 * INCH, height * 0.5))
    x = width - side - int(0.8 * INCH)
    y = (height - side) // 2
    for role in ("kicker", "title", "subtitle"):
        ph = placeholder(slide, filler.slots.get(role))
        if ph is None:
            continue
        bx, by, bw, bh = box_of(ph)
        if bx + bw > x - int(0.3 * INCH):
            set_box(ph.element, (bx, by, max(INCH, x - int(0.4 * INCH) - bx), bh))
            if not fits_placeholder(ph, filler.brand.heading_font if role == "title"
                                    else filler.brand.body_font, filler.resolved.layout):
                # On a trainer's template the check's own measure of the finished slide
                # (deck_contrast.refit_text) says whether it fits: this estimate, in the
                # brand's font rather than the template's, warned of text that did fit.
                filler.misfits.append(TextMisfit(
                    f"the {role} text does not fit beside the picture"))
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, y, side, side), T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""
    decorative_shape(disc)
    inset = int(side * 0.17)
    add_picture(slide, picture, (x + inset, y + inset, side - 2 * inset, side - 2 * inset))


def title_art(filler: Filler, pictures: tuple[Picture, ...], look: Look) -> None:
    """The age's pictures on the title slide, in front of a calm cover: KS1's characters
    large and side by side, else one picture on a white disc.

    Our title layout draws a stream window ("LIVE", "1,204 watching", hearts). A cover in
    the background's own colour hides it on the slide: a child's stream with an audience on
    a KS1 cover, hearts on a sextortion lesson, a phone emoji inside a phone frame and a
    picture pasted over its comment bars all said the wrong thing.
    """
    from pptx.enum.shapes import MSO_SHAPE

    from lessonpack.render.deck_cover import credit_line
    from lessonpack.render.deck_drawings import T, new_shape

    # A visiting team named at the cover's foot, as on a trainer's own cover: the kicker
    # says who the session is for and how long it is.
    credit_line(filler)
    slide = filler.slide
    window = next((sh for sh in slide.slide_layout.shapes if sh.name == "Stream window"), None)
    if window is not None:  # our layout's (a trainer's layout named like ours may lack it)
        pad = int(0.15 * INCH)
        cover = new_shape(slide.shapes, MSO_SHAPE.RECTANGLE,
                          (window.left - pad, window.top - pad, window.width + 2 * pad,
                           window.height + 2 * pad), T.TEXT_2, "Cover")
        decorative_shape(cover)
    if look.name == "ks1" and len(pictures) >= 2:
        # A short title for children who cannot yet read, said aloud and pointed at: set
        # larger, the words under it too, and the characters as large as the other ages'
        # picture discs (at the body's sizes the words and two small characters sat in a
        # band across the middle, the slide's foot empty).
        _ks1_cover_words(filler)
        side = int(2.5 * INCH)
        top = int(3.6 * INCH) - side // 2
        add_picture(slide, pictures[0], (int(7.9 * INCH), top, side, side))
        add_picture(slide, pictures[1], (int(10.3 * INCH), top, side, side))
        return
    side = int(3.4 * INCH)
    x, y = int(10.6 * INCH) - side // 2, int(3.6 * INCH) - side // 2
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, y, side, side), T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""  # as section_picture's disc: the same shape XML
    decorative_shape(disc)
    inset = int(side * 0.2)
    add_picture(slide, pictures[0], (x + inset, y + inset, side - 2 * inset, side - 2 * inset))


KS1_COVER_TITLE_PT = 60
KS1_COVER_SUBTITLE_PT = 28
KS1_COVER_WORDS_W = int(6.9 * INCH)  # clear of the characters beside them


def _ks1_cover_words(filler: Filler) -> None:
    """KS1's cover title and the line under it at their own, larger sizes, in a column
    clear of the characters (compose_cover then stacks them by their measured height)."""
    for role, size in (("title", KS1_COVER_TITLE_PT), ("subtitle", KS1_COVER_SUBTITLE_PT)):
        ph = placeholder(filler.slide, filler.slots.get(role))
        if ph is None:
            continue
        x, y, _w, h = box_of(ph)
        set_box(ph.element, (x, y, KS1_COVER_WORDS_W, h))
        for r_pr in ph.element.iter(qn("a:rPr")):
            r_pr.set("sz", str(size * 100))
        if role == "subtitle":
            # Never one word alone under the rest ("…a grown-up you / trust" in Calibri).
            inner = KS1_COVER_WORDS_W - int(sum(insets(ph, filler.resolved.layout)[0::2]) * EMU_PT)
            for para in ph.text_frame.paragraphs:
                if len(para.runs) == 1:
                    run = para.runs[0]
                    run.text = no_lone_word(run.text, filler.brand.body_font, size, inner,
                                            False)


def decorative_shape(shape: Any) -> None:
    from lessonpack.render.ooxml import mark_decorative

    mark_decorative(shape.element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"))


def placeholder_alignment(ph: SlidePlaceholder) -> str | None:
    """The paragraph alignment a placeholder's text takes (its own, its layout's, its
    master's), or None when nothing sets it (left)."""
    from lessonpack.render.deck_fit import level1_styles

    for lvl in level1_styles(ph):
        if lvl.get("algn"):
            return lvl.get("algn")
    return None


def align_kicker(filler: Filler) -> None:
    """A kicker in a stand-in text box follows the title's alignment (a trainer's centred
    titles get centred kickers): one slide, one alignment."""
    title = placeholder(filler.slide, filler.slots.get("title"))
    if title is None or filler.slots.get("kicker") is not None:
        return
    for shape in filler.slide.shapes:
        if shape.name == "Kicker" and not shape.is_placeholder:
            # Read first, as it sits first: before the title (screen readers follow the tree).
            title.element.addprevious(shape.element)
    align = placeholder_alignment(title)
    if align in (None, "l"):
        return
    for shape in filler.slide.shapes:
        if shape.name == "Kicker" and not shape.is_placeholder:
            for p in shape.element.iter(qn("a:p")):
                ppr = p.find(qn("a:pPr"))
                if ppr is None:
                    ppr = etree.Element(qn("a:pPr"))
                    p.insert(0, ppr)
                ppr.set("algn", align)


def _text_height(ph: SlidePlaceholder, family: str, layout: Any) -> int:
    """EMU of height the placeholder's text takes at its size, insets aside."""
    from lessonpack.render.deck_fit import needed_height

    size, bold, space, _bulleted = layout_style(ph, layout)
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            size = int(r_pr.get("sz")) / 100
            break
    caps = inherited_attr(ph, "cap") in ("all", "small")
    paragraphs = [(p.text.upper() if caps else p.text, False) for p in ph.text_frame.paragraphs]
    # Less the default insets (0.1 in each side), which a trainer's placeholder may keep.
    width = box_size(ph, layout)[0] / EMU_PT - 14.4
    return int(needed_height(paragraphs, family, size, width, bold, space) * EMU_PT)


def _lines_height(ph: SlidePlaceholder, layout: Any, lines: int) -> int:
    """EMU of height ``lines`` lines of the placeholder's text take at its size."""
    size = layout_style(ph, layout)[0]
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            size = int(r_pr.get("sz")) / 100
            break
    return int(lines * size * LINE * EMU_PT)


def restack_title(filler: Filler, spec: Slide, subtitle: str) -> None:
    """On a trainer's title or section layout, always kicker, then title, then the line
    under it: a subtitle placeholder above the title (PowerPoint's "Section Header") moves
    below it, the kicker gets a line of its own above the title, and the three sit together,
    centred on the slide's height, in the title's own alignment. ``subtitle``: the slide's
    own line under the title, as its kind holds it."""
    slide, layout = filler.slide, filler.resolved.layout
    title = placeholder(slide, filler.slots.get("title"))
    sub = placeholder(slide, filler.slots.get("subtitle"))
    if title is None or sub is None or filler.slots.get("kicker") is not None:
        return
    payload_sub = subtitle  # the kind's own (title and section slides), not sniffed
    tx, ty, tw, th = box_of(title)
    _sx, sy, _sw, sh = box_of(sub)
    if not spec.kicker and sy >= ty:
        return  # already title, then subtitle
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    if spec.kicker:
        filler.put("subtitle", [payload_sub] if payload_sub else [" "])
    heading, body = filler.brand.heading_font, filler.brand.body_font
    # Measured at the width it is given under the title, not the one it had (beside a
    # section's picture a 1 in column made one sentence 4.6 in tall).
    set_box(sub.element, (tx, sy, tw, sh))
    title_h = min(th + sh, _text_height(title, heading, layout) + int(0.15 * INCH))
    sub_h = _text_height(sub, body, layout) + int(0.15 * INCH) if payload_sub else 0
    kicker_h = int(0.45 * INCH) if spec.kicker else 0
    gap = int(0.12 * INCH)
    # Centred as if the title and the line under it took two lines each, then placed from the
    # top down: the title's first line is at one place on every section slide, and a title
    # or a line that wraps grows down (a one-line title centred on its own climbed 0.3 in).
    two_title = min(th + sh, _lines_height(title, layout, 2) + int(0.15 * INCH))
    two_sub = _lines_height(sub, layout, 2) + int(0.15 * INCH) if payload_sub else 0
    block = kicker_h + gap + max(title_h, two_title) + gap + max(sub_h, two_sub)
    # Clear of the layout's footer, date and slide number: a long line under the title, in
    # a column narrowed for a section's picture, ran over them and off the slide's foot.
    foot = _stack_foot(layout, ty, height)
    top = max(int(0.4 * INCH), min((height - block) // 2,
                                   foot - (kicker_h + gap + title_h + gap + sub_h)))
    if spec.kicker:
        inset = int(insets(title)[0] * EMU_PT)  # in line with the title's text
        filler.text_box("kicker", (tx + inset, top, tw - inset, kicker_h), [spec.kicker], body)
        _colour_like(slide, sub)
        top += kicker_h + gap
    set_box(title.element, (tx, top, tw, title_h))
    _anchor(title, "t")
    top += title_h + gap
    if payload_sub:
        if top + sub_h > foot:
            sub_h = _shrink_to(sub, body, layout, foot - top)
        set_box(sub.element, (tx, top, tw, sub_h))
        _anchor(sub, "t")
    else:
        sub.element.getparent().remove(sub.element)


def _stack_foot(layout: Any, title_top: int, height: int) -> int:
    """Where a title slide's stack must end: above the layout's footer, date and slide
    number below the title (0.1 in clear), else 0.3 in above the slide's foot."""
    from lessonpack.render.deck_geometry import FOOTER_TYPES

    tops = [int(ph.top) for ph in layout.placeholders
            if ph.placeholder_format.type in FOOTER_TYPES and ph.top is not None
            and int(ph.top) > title_top]
    return min(tops) - int(0.1 * INCH) if tops else height - int(0.3 * INCH)


def _shrink_to(ph: SlidePlaceholder, family: str, layout: Any, room: int) -> int:
    """The placeholder's text a point smaller at a time, never under 18 pt, until it and its
    padding fit ``room``; the height it then needs (more than ``room`` if 18 pt does not fit)."""
    from pptx.util import Pt

    pad = int(0.15 * INCH)
    size = int(layout_style(ph, layout)[0] or MIN_PT)
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            size = int(r_pr.get("sz")) // 100
            break
    need = _text_height(ph, family, layout) + pad
    while need > room and size > MIN_PT:
        size -= 1
        for paragraph in ph.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(size)
        need = _text_height(ph, family, layout) + pad
    return need


def _anchor(ph: SlidePlaceholder, anchor: str) -> None:
    body_pr = ph.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None:
        body_pr.set("anchor", anchor)


def _colour_like(slide: PptxSlide, ph: SlidePlaceholder) -> None:
    """The kicker text box on a trainer's title or section slide in white or near-black,
    whichever reads better on the layout's own background (a section layout is often dark,
    where our accent colour would not read). ``ph`` is unused: the background decides."""
    del ph
    backgrounds = layout_backgrounds(slide)
    if not backgrounds:
        return
    from lessonpack.contrast import TEXT_DARK, WHITE, ratio, unit_rgb

    # On a gradient, the colour whose worst stop reads better (grey to black: white).
    lighter = (min(ratio(unit_rgb(WHITE), b) for b in backgrounds)
               >= min(ratio(unit_rgb(TEXT_DARK), b) for b in backgrounds))
    colour = (WHITE if lighter else TEXT_DARK).lstrip("#")
    for shape in slide.shapes:
        if shape.name == "Kicker" and not shape.is_placeholder:
            for r_pr in shape.element.iter(qn("a:rPr")):
                for old in r_pr.findall(qn("a:solidFill")):
                    r_pr.remove(old)
                fill = etree.SubElement(r_pr, qn("a:solidFill"))
                etree.SubElement(fill, qn("a:srgbClr"), val=colour)
                r_pr.insert(0, fill)


def layout_background(slide: PptxSlide) -> tuple[float, float, float] | None:
    """The solid colour behind a slide (a gradient's first stop): ``layout_backgrounds``."""
    colours = layout_backgrounds(slide)
    return colours[0] if colours else None


def layout_backgrounds(slide: PptxSlide) -> tuple[tuple[float, float, float], ...]:
    """The colours behind a slide: its layout's background, else its master's, each stop of
    a gradient (one set in the theme's background styles too); empty when unknown."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    from lessonpack.check.colour import DEFAULT_CLR_MAP, clr_map_of, fill_of, parse_theme

    layout = slide.slide_layout
    master = layout.slide_master
    theme = parse_theme(master.part.part_related_by(RT.THEME).blob)
    clr_map = clr_map_of(master.element.find(qn("p:clrMap")), DEFAULT_CLR_MAP)
    presentation = slide.part.package.presentation_part.presentation
    area = int(presentation.slide_width) * int(presentation.slide_height)
    for owner in (layout, master):
        # A filled shape drawn over most of the slide is its background (the top one wins).
        for shape in reversed(list(owner.shapes)):
            sp_pr = shape.element.find(qn("p:spPr"))
            if (shape.is_placeholder or sp_pr is None
                    or (shape.width or 0) * (shape.height or 0) < 0.8 * area):
                continue
            paint = fill_of(sp_pr, theme, clr_map)
            if paint is not None and paint.colours and not paint.unknown:
                return paint.colours
        paint = _own_background(owner, theme, clr_map)
        if paint is not None and paint.colours and not paint.unknown:
            return paint.colours
    return ()


def _own_background(owner: Any, theme: Any, clr_map: dict[str, str]) -> Any:
    """The paint of a layout's or master's own p:bg (its fill, or the theme's background
    style it names); None when it sets none."""
    from lessonpack.check.colour import background_ref_fill, fill_of

    bg = owner.element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
    if bg is None:
        return None
    bg_pr = bg.find(qn("p:bgPr"))
    if bg_pr is not None:
        return fill_of(bg_pr, theme, clr_map)
    return background_ref_fill(bg.find(qn("p:bgRef")), theme, clr_map)


# A last line narrower than this share of the lines above it reads as left over (the
# typographer's rule of thumb: a last line of a third of the measure or more stands).
RUNT = 1 / 3


def _runt_last_line(words: Sequence[str], family: str, size: float, width: float,
                    bold: bool, lines: int) -> bool:
    """Whether the title's natural wrap (each line filled before the next) leaves its last
    line one word, or under RUNT of the average width of the lines above; not where that
    line is a sentence of its own ("…at the door. / Whose fault is it?")."""
    natural = max((cut for cut in range(1, len(words))
                   if count_lines(" ".join(words[:cut]), family, size, width, bold)
                   == lines - 1), default=0)
    if not natural:
        return False
    tail = words[natural:]
    if len(tail) == 1:
        return True
    if words[natural - 1].rstrip("\"'”’)").endswith((".", "?", "!", ":", ";")):
        return False
    above = text_width(" ".join(words[:natural]), family, size, bold) / max(1, lines - 1)
    return text_width(" ".join(tail), family, size, bold) < RUNT * above


def _ends_a_clause(head: str) -> bool:
    """Whether a title's first line ends where a sentence or clause does (closing quotes and
    brackets aside): a line break there reads best."""
    return head.rstrip("\"'”’)").endswith((".", "?", "!", ":", ";", ","))
