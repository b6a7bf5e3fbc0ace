"""Curly quotes and apostrophes on slides and in their notes (straight
'I'll' and "Jess" on the slides beside curly notes); a [field] a school fills in and code-like
tokens keep their straight marks (a field is found by its exact text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx.oxml.ns import qn

from built_decks import built_deck
from lessonpack.content.fill_ins import BRACKETS
from lessonpack.plan.quotes import typographic

AUDIENCES = ("ks1", "ks2", "ks3", "ks4", "parents")
# What stays straight, written apart from plan/quotes.py so the two check each other; a
# field is the fill-in pattern, as everywhere.
_KEPT = re.compile(BRACKETS + r"|`[^`]*`|\S*(?:://|[\\=<>{}_@])\S*|--\S*")


@pytest.mark.parametrize(("straight", "curly"), [
    ("I'll tell.", "I’ll tell."),
    ("Saying 'This is for art club'", "Saying ‘This is for art club’"),
    ('"Keep practising" gives praise', "“Keep practising” gives praise"),
    ('He said, "Don\'t tell."', "He said, “Don’t tell.”"),
    ("Kai's 'secret'.", "Kai’s ‘secret’."),
    ("(‘quoted’) and ('this')", "(‘quoted’) and (‘this’)"),
    ("Ask [DSL's name] or [deputy DSL's name].", "Ask [DSL's name] or [deputy DSL's name]."),
    ("Run `x --name 'a'` with key='v' and --label='x'",
     "Run `x --name 'a'` with key='v' and --label='x'"),
    ("the 1990s' rules", "the 1990s’ rules"),
    ("StarFan_J's: tricking", "StarFan_J’s: tricking"),  # a username's possessive is prose
    # A quotation opening or closing on a username: its marks are prose, the name kept.
    ('Say: "BigFan_Ace started." Then', "Say: “BigFan_Ace started.” Then"),
    ("'Hi from StarFan_J'.", "‘Hi from StarFan_J’."),
    ("a path C:\\x\\'y' and key='v' at http://a_b.org/'x'",
     "a path C:\\x\\'y' and key='v' at http://a_b.org/'x'"),
    # Longer than any fill-in: a writer's aside, curled as prose (fill_ins.FIELD_MAX).
    ("[" + "it's an aside " * 12 + "]", "[" + "it’s an aside " * 12 + "]"),
])
def test_marks_are_set_outside_fields_and_code(straight: str, curly: str) -> None:
    assert typographic(straight) == curly


def _texts(tree: object) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(qn("a:t")))
            for p in tree.iter(qn("a:p"))]  # type: ignore[attr-defined]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_straight_marks_reach_a_slide_or_its_notes(built_packs: Path, audience: str) -> None:
    deck = built_deck(built_packs, audience)
    curled = 0
    for number, slide in enumerate(deck.slides, 1):
        trees = [slide.shapes.element]
        if slide.has_notes_slide:
            trees.append(slide.notes_slide.shapes.element)
        for tree in trees:
            for text in _texts(tree):
                outside = _KEPT.sub("", text)
                assert "'" not in outside and '"' not in outside, (audience, number, text)
                curled += sum(text.count(c) for c in "‘’“”")
    assert curled > 10, audience  # the decks do quote and abbreviate


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_straight_marks_reach_a_document(built_packs: Path, audience: str) -> None:
    """Every Word document's body, header and footer: a worksheet's story, a plan's script
    and its answer key in one style (straight in the teaching text,
    curly in the key)."""
    import zipfile

    from lxml import etree

    curled = 0
    for path in sorted((built_packs / f"live-streaming-{audience}").glob("*.docx")):
        with zipfile.ZipFile(path) as z:
            parts = [n for n in z.namelist() if re.fullmatch(
                r"word/(document|header\d*|footer\d*)\.xml", n)]
            for name in parts:
                for p in etree.fromstring(z.read(name)).iter(f"{W}p"):
                    text = "".join(t.text or "" for t in p.iter(f"{W}t"))
                    outside = _KEPT.sub("", text)
                    assert "'" not in outside and '"' not in outside, (path.name, text)
                    curled += sum(text.count(c) for c in "‘’“”")
    assert curled > 10, audience


def test_the_default_looks_fields_keep_their_exact_text(built_packs: Path) -> None:
    # Its straight apostrophe is the field's exact text: "[DSL's" as typed into Find
    # matches no curled quote. Its spaces are no-break spaces on a slide: a yellow field
    # broke over two lines ("[deputy" / "DSL's name]", read as two fields), and the hidden
    # slide tells the teacher to type over each field.
    texts = [text for slide in built_deck(built_packs, "ks2").slides
             for text in _texts(slide.shapes.element)]
    assert any("[DSL's\u00a0name]" in text for text in texts)
    assert not any(re.search(r"\[[^\]]*[‘’][^\]]*\]", text) for text in texts)
    fields = [f for text in texts for f in re.findall(r"\[[^\[\]]{2,140}\]", text)]
    assert fields and not [f for f in fields if len(f) <= 30 and " " in f], fields


def test_a_quoted_answer_ends_its_sentence_once() -> None:
    """"Answer: B, “Great trick! Keep practising.”." read as a typo: a
    quote that ends its own sentence takes no second full stop."""
    from lessonpack.api import load
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.pack import plan_pack
    from lessonpack.plan.quotes import closed

    assert closed("“Keep practising.”") == "“Keep practising.”"
    icing = "“Great cake! What flavour is the icing?”"
    assert closed(icing) == icing
    assert closed("Show Mum") == "Show Mum."
    index = load()
    for key in ("live-streaming-ks1", "live-streaming-ks2"):
        plan = plan_pack(index.items[key].item, index.facts, DEFAULT_BRAND, index.pictures)
        answers = [line for deck in plan.decks for s in deck.slides
                   for line in s.notes.split("\n") if line.startswith("Answer: ")]
        assert answers and not [a for a in answers if re.search(r"[.!?][”’\"]\.", a)]
