"""The one rule a slide's hand-made line breaks follow (render/deck_even_lines): where a
break goes, what a break carries, and how a module's marked breaks are undone after the deck
sets its text at another size."""

from __future__ import annotations

from lxml import etree
from pptx import Presentation
from pptx.util import Inches, Pt

from lessonpack.render.deck_even_lines import (
    MARK,
    break_at,
    cut_score,
    evenest_cut,
    marked,
    soft_break,
    unbreak_marked,
    wrap_width,
)
from lessonpack.render.ooxml import A

_P = f'<a:p xmlns:a="{A}">{{}}</a:p>'
_RPR = ('<a:rPr sz="2400" b="1"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
        '<a:latin typeface="Arial"/></a:rPr>')


def _para(body: str) -> etree._Element:
    return etree.fromstring(_P.format(body))


def _text(p: etree._Element) -> str:
    return "".join("\v" if etree.QName(c).localname == "br" else c.findtext(f"{{{A}}}t") or ""
                   for c in p)


def test_a_break_keeps_the_runs_size_and_font_but_no_colour() -> None:
    """A break's properties keep its line's height; a colour on it would go stale when a
    later pass recolours the run's words (a dark template's tx1)."""
    p = _para(f"<a:r>{_RPR}<a:t>Nobody likes your videos. Just give up.</a:t></a:r>")
    break_at(p[0], 4)
    assert _text(p) == "Nobody likes your videos.\vJust give up."
    br = p[1]
    props = br.find(f"{{{A}}}rPr")
    assert props.get("sz") == "2400" and props.get("b") == "1"
    assert props.find(f"{{{A}}}latin").get("typeface") == "Arial"
    assert props.find(f"{{{A}}}solidFill") is None
    # The words either side keep their colour.
    assert all(r.find(f"{{{A}}}rPr/{{{A}}}solidFill") is not None for r in (p[0], p[2]))


def test_a_marked_break_is_known_by_its_value_only() -> None:
    mine, theirs = soft_break(None, "lessonpack-test"), soft_break(None, "lessonpack-other")
    assert marked(mine, "lessonpack-test") and not marked(theirs, "lessonpack-test")
    assert mine.find(f"{{{A}}}rPr").get(MARK) == "lessonpack-test"
    assert soft_break(None).find(f"{{{A}}}rPr") is None


def test_marked_breaks_are_undone_and_others_kept() -> None:
    """``join``: the two copies of one run made one again; else each run kept, the space at
    the end of the first. A break another module made stays where it is."""
    for join, runs in ((True, 2), (False, 3)):
        p = _para(f"<a:r>{_RPR}<a:t>Tell a</a:t></a:r>")
        p.append(soft_break(p[0].find(f"{{{A}}}rPr"), "lessonpack-test"))
        p.append(etree.fromstring(f'<a:r xmlns:a="{A}"><a:t>grown-up</a:t></a:r>'))
        p.append(soft_break(None, "lessonpack-other"))
        p.append(etree.fromstring(f'<a:r xmlns:a="{A}"><a:t>today.</a:t></a:r>'))
        unbreak_marked(p, "lessonpack-test", join=join)
        assert _text(p) == "Tell a grown-up\vtoday.", join
        assert len(p.findall(f"{{{A}}}r")) == runs, join


def test_a_clause_end_is_worth_some_unevenness() -> None:
    """"Nobody likes your videos. / Just give up.", not the evener "Nobody likes your /
    videos. Just give up.": a break where a sentence or clause ends reads best."""
    words = ["Nobody", "likes", "your", "videos.", "Just", "give", "up."]
    best = evenest_cut(words, "Arial", 28, 6.0 * 72, False)
    assert best is not None and " ".join(words[:best[1]]) == "Nobody likes your videos."
    assert cut_score(words, 3, "Arial", 28, False) > cut_score(words, 4, "Arial", 28, False)


def test_a_sentence_end_wins_at_any_evenness_where_asked() -> None:
    words = ["A", "young", "person", "talks", "to", "Childline.", "What", "happens?"]
    plain = evenest_cut(words, "Arial", 28, 9.0 * 72, True)
    sentence = evenest_cut(words, "Arial", 28, 9.0 * 72, True, sentences=True)
    assert sentence is not None and words[sentence[1] - 1] == "Childline."
    assert plain is not None


def test_a_break_inside_a_list_of_choices_costs() -> None:
    words = ["Ring", "A,", "B", "or", "C", "on", "your", "sheet"]
    best = evenest_cut(words, "Arial", 28, 3.2 * 72, False)
    assert best is not None and best[1] not in (2, 3, 4)


def test_the_wrap_width_is_the_shapes_own_box_less_its_insets() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(0, 0, Inches(4), Inches(1))
    box.text_frame.word_wrap = True
    box.text_frame.margin_left, box.text_frame.margin_right = Inches(0.25), Pt(0)
    assert wrap_width(box.element) == 4 * 72 - 18
    group = slide.shapes.add_group_shape()
    inner = group.shapes.add_textbox(0, 0, Inches(4), Inches(1))
    assert wrap_width(inner.element) is None  # a group's box is in its own units
    box.text_frame.word_wrap = False
    assert wrap_width(box.element) is None


def test_a_sentence_beside_a_picture_breaks_at_its_comma_as_every_hand_break() -> None:
    """A trainer's one sentence to finish, beside a picture, breaks after its last comma
    (deck_side) with the one break every hand-made line break is: the run's size and font
    on it, not its colour."""
    from pathlib import Path

    from pptx.dml.color import RGBColor

    from lessonpack.render.deck_side import points_beside_picture

    picture = Path(__file__).resolve().parents[1] / "src" / "lessonpack" / "pictures" / "stop.png"
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Before you go"
    body = slide.placeholders[1]
    # Wide enough that the natural wrap would leave "I" at the end of the first line.
    body.left, body.top, body.width, body.height = Inches(0.3), Inches(1.6), Inches(8.6), \
        Inches(4)
    body.text_frame.text = "If a message in a chat worried me, I would tell someone."
    run = body.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.name = Pt(28), "Arial"
    run.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    slide.shapes.add_picture(str(picture), Inches(9), Inches(2), Inches(0.9), Inches(0.9))
    points_beside_picture(slide)
    p = body.text_frame.paragraphs[0]._p
    assert _text(p) == "If a message in a chat worried me,\vI would tell someone."
    props = p.find(f"{{{A}}}br/{{{A}}}rPr")
    assert props.get("sz") == "3600"  # the sentence's size, set beside a picture
    assert props.find(f"{{{A}}}latin").get("typeface") == "Arial"
    assert props.find(f"{{{A}}}solidFill") is None
    assert all(r.find(f"{{{A}}}rPr/{{{A}}}solidFill") is not None
               for r in p.findall(f"{{{A}}}r"))
