"""The slide-kind registry: each kind module declares itself completely, a payload no kind
claims is a bug reported as one, and a kind's layout is required or optional by its word."""

from __future__ import annotations

import io
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

import pytest
from pptx import Presentation

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.errors import InternalError, UserError
from lessonpack.io.resources import builtin_templates
from lessonpack.io.zipnorm import zip_time
from lessonpack.kinds import registry
from lessonpack.kinds.base import BODY, SlideKind, layout
from lessonpack.plan.model import DeckPlan, DocMeta, Slide
from lessonpack.render.deck_layouts import resolve_layouts
from lessonpack.render.pptx import open_lean_deck, render_pptx
from supplied_drawings import supplied_drawings

DECK = builtin_templates() / "deck.pptx"


def test_every_kind_has_its_layout_in_our_template() -> None:
    prs = Presentation(str(DECK))
    have = {lay.name: {ph.placeholder_format.idx for ph in lay.placeholders}
            for lay in prs.slide_layouts}
    for kind in registry.kinds():
        assert kind.payload.kind == kind.name
        if kind.fallback is not None and kind.layout.name not in have:
            continue  # an optional layout: the fallback's is used (checked below)
        assert kind.layout.name in have, kind.name
        assert set(kind.layout.slots.values()) <= have[kind.layout.name], kind.name
    # Our template resolves every kind by name, none by guesswork; a kind whose optional
    # layout it lacks gets its fallback's.
    resolved = resolve_layouts(open_lean_deck(DECK, "deck.pptx"), "deck.pptx")
    assert {name: r.how for name, r in resolved.items()} == {
        k.name: "name" for k in registry.kinds()}
    for kind in registry.kinds():
        if kind.layout.name not in have:
            assert resolved[kind.name].layout.name == \
                resolved[kind.fallback].layout.name  # type: ignore[index]


def test_kinds_come_in_their_declared_order() -> None:
    names = [k.name for k in registry.kinds()]
    assert names[:2] == ["title", "section"]  # a section is matched unlike the title slide
    assert names == sorted(names, key=lambda n: (registry.by_name(n).fallback is not None,
                                                 registry.by_name(n).order, n))


@dataclass(frozen=True)
class _Unclaimed:
    kind: ClassVar[str] = "unclaimed"
    text: str


def _plan(*slides: Slide) -> DeckPlan:
    return DeckPlan("x.pptx", DocMeta("T", "S", "A", "K"), "footer", slides)


def test_a_payload_no_kind_claims_is_an_internal_error() -> None:
    slide = Slide("Lost", "notes", _Unclaimed("words"))  # type: ignore[arg-type]
    with pytest.raises(InternalError, match=r"'Lost' has payload _Unclaimed, which no slide "
                                            "kind module in lessonpack.kinds declares"):
        render_pptx(_plan(slide), DEFAULT_BRAND, DECK, zip_time(None))
    assert InternalError("x").exit_code == 3


def _bullets_fill(filler, slide, payload) -> None:  # type: ignore[no-untyped-def]
    filler.put("body", payload.bullets)


def test_optional_layout_falls_back() -> None:
    extra = SlideKind("glossary", _Glossary, layout("LP Glossary", body=BODY),
                      "a glossary layout", _bullets_fill, fallback="bullets")
    with registry.registered(extra):
        resolved = resolve_layouts(open_lean_deck(DECK, "deck.pptx"), "deck.pptx")
        assert resolved["glossary"].layout.name == "LP Bullets"
        assert resolved["glossary"].kind == "glossary"
        assert resolved["glossary"].describe() == (
            "glossary: layout 'LP Bullets', by name; no layout of its own: uses the bullets "
            "slides' layout")


def test_required_layout_missing_is_lp130() -> None:
    extra = SlideKind("glossary", _Glossary, layout("LP Glossary", body=BODY),
                      "a glossary layout (title + one text box)", _bullets_fill)
    with registry.registered(replace(extra, match=None)):
        with pytest.raises(UserError) as caught:
            resolve_layouts(open_lean_deck(DECK, "deck.pptx"), "deck.pptx")
        (problem,) = caught.value.problems
        assert problem.code == "LP130"
        assert problem.message.startswith(
            "template lacks a glossary layout (title + one text box) for glossary slides "
            "(available layouts: 'LP Title' [")


@dataclass(frozen=True)
class _Glossary:
    kind: ClassVar[str] = "glossary"
    bullets: tuple[str, ...]
    leads: tuple[str, ...] = ()


def test_a_kinds_decorate_hook_is_all_a_new_kind_adds_after_its_text() -> None:
    """A new kind draws its extras through its own hook: the renderer's shared finish
    (render/deck_after_fill.after_fill) names no kind."""
    seen = []

    def stamp(filler, slide, payload, look) -> None:  # type: ignore[no-untyped-def]
        assert payload is slide.payload
        seen.append((slide.title, look is filler.look))
        filler.slide.shapes.add_textbox(0, 0, 914400, 914400).name = "Glossary stamp"

    glossary = SlideKind("glossary", _Glossary, layout("LP Glossary", body=BODY),
                         "a glossary layout", _bullets_fill, fallback="bullets", decorate=stamp)
    with registry.registered(glossary):
        data = render_pptx(_plan(Slide("Words", "notes", _Glossary(("stream: live video",)))),
                           DEFAULT_BRAND, DECK, zip_time(None))
        (slide,) = Presentation(io.BytesIO(data)).slides
        assert seen == [("Words", True)]
        assert "Glossary stamp" in [shape.name for shape in slide.shapes]
        assert "stream: live video" in [shape.text_frame.text for shape in slide.shapes
                                        if shape.has_text_frame]


def test_a_kinds_layout_edit_is_made_once_per_deck_with_its_own_slides(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A new kind edits its layout through its own hook (SlideKind.edit_layout, supplied in
    its LAYOUT_EDITS), called once per deck before its slides are drawn, given only its own
    slides: render/deck_layout_edits names no kind."""
    from lessonpack.kinds.base import LayoutEdit, edits

    made = []

    def mark(layout, slides) -> None:  # type: ignore[no-untyped-def]
        made.append((layout.name, [s.title for s in slides]))

    edit = LayoutEdit("glossary_mark")
    glossary = SlideKind("glossary", _Glossary, layout("LP Glossary", body=BODY),
                         "a glossary layout", _bullets_fill, fallback="bullets",
                         edit_layout=edit)
    words = Slide("Words", "notes", _Glossary(("stream: live video",)))
    more = Slide("More words", "notes", _Glossary(("chat: typed messages",)))
    # Supplied as a kind supplies it: a LAYOUT_EDITS in the module of its payload (this one).
    here = sys.modules[_Glossary.__module__]
    monkeypatch.setattr(here, "LAYOUT_EDITS", (edits(edit, mark),), raising=False)
    with registry.registered(glossary):
        render_pptx(_plan(words, more), DEFAULT_BRAND, DECK, zip_time(None))
        assert made == [("LP Bullets", ["Words", "More words"])]  # the layout they use
    monkeypatch.delattr(here, "LAYOUT_EDITS")
    with registry.registered(glossary), \
            pytest.raises(InternalError, match="supplies the layout edit 'glossary_mark'"):
        render_pptx(_plan(words), DEFAULT_BRAND, DECK, zip_time(None))


def _kind_in_module(monkeypatch: pytest.MonkeyPatch, name: str, **attributes: object
                    ) -> SlideKind:
    """A kind whose payload is declared in a module of its own, ``name``, holding
    ``attributes`` (its slots, its SUPPLIES), as a kind's module in lessonpack.kinds would."""
    module = types.ModuleType(name)
    vars(module).update(attributes)
    monkeypatch.setitem(sys.modules, name, module)
    payload = dataclass(frozen=True)(type(name.title(), (), {
        "__module__": name, "__annotations__": {"kind": ClassVar[str], "words": str},
        "kind": name}))
    return SlideKind(name, payload, layout("LP Quote", body=BODY), "a quote layout",
                     _bullets_fill, fallback="bullets")


def test_two_kinds_slots_of_one_name_each_get_their_own_drawing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Drawings are found by their slot, not its name: a new kind declaring a slot named
    "cards" (as the cards kind's is) is handed its own drawing, and the cards theirs."""
    from lessonpack.kinds.base import DrawingSlot, supply
    from lessonpack.kinds.cards import CARDS
    from lessonpack.render.kind_drawings import drawing

    def quote_cards(filler: object) -> None:
        """The quote kind's own drawing."""

    panel: DrawingSlot[object] = DrawingSlot("cards")
    quote = _kind_in_module(monkeypatch, "quote", PANEL=panel,
                            SUPPLIES=(supply(panel, quote_cards),))
    with registry.registered(quote):
        assert drawing(panel) is quote_cards
        assert drawing(CARDS) is not quote_cards
        assert drawing(CARDS).__module__ == "lessonpack.kinds.cards.drawing"


def test_a_slot_supplied_twice_names_both_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    from lessonpack.kinds.base import DrawingSlot, supply
    from lessonpack.render.kind_drawings import supplied

    panel = DrawingSlot("quote_panel")
    quote = _kind_in_module(monkeypatch, "quote", PANEL=panel,
                            SUPPLIES=(supply(panel, _bullets_fill),))
    saying = _kind_in_module(monkeypatch, "saying", SUPPLIES=(supply(panel, _bullets_fill),))
    with registry.registered(quote, saying), pytest.raises(
            InternalError, match=r"'quote_panel' is supplied twice \(quote and saying\)"):
        supplied()


def test_the_section_kind_owns_its_layout_edit() -> None:
    """The one edit today is the section kind's, found through the registry."""
    from lessonpack.render.kind_drawings import layout_edits

    edited = {k.name: k.edit_layout.name for k in registry.kinds() if k.edit_layout}
    assert edited == {"section": "section_rule_under_picture"}
    assert sorted(edit.name for edit in layout_edits()) == sorted(edited.values())


def test_a_fallback_to_a_kind_that_falls_back_is_refused_when_registered() -> None:
    """Layouts are resolved in one pass: a chain of fallbacks would leave a kind with no
    layout and fail late, as a KeyError while rendering."""
    glossary = SlideKind("glossary", _Glossary, layout("LP Glossary", body=BODY),
                         "a glossary layout", _bullets_fill, fallback="bullets")
    chained = SlideKind("terms", _Terms, layout("LP Terms", body=BODY), "a terms layout",
                        _bullets_fill, fallback="glossary")
    said = "'terms' falls back to 'glossary', which itself falls back to 'bullets'"
    with pytest.raises(InternalError, match=said), registry.registered(glossary, chained):
        pass
    assert "terms" not in [k.name for k in registry.kinds()]


def test_a_registered_kind_is_gone_when_its_block_ends() -> None:
    glossary = SlideKind("glossary", _Glossary, layout("LP Glossary", body=BODY),
                         "a glossary layout", _bullets_fill, fallback="bullets")
    before = registry.kinds()
    with registry.registered(glossary):
        assert registry.by_name("glossary") is glossary
        assert registry.kind_of(Slide("W", "n", _Glossary(("a",)))) is glossary  # type: ignore[arg-type]
    assert registry.kinds() == before


@dataclass(frozen=True)
class _Terms:
    kind: ClassVar[str] = "terms"
    bullets: tuple[str, ...]


class _Sayless:  # no ``kind: ClassVar[str]``
    pass


@dataclass
class _Unfrozen:
    kind: ClassVar[str] = "unfrozen"
    words: str


@pytest.mark.parametrize(("payload", "name", "said"), [
    (_Sayless, "sayless", r"payload _Sayless must say kind: ClassVar\[str\] = 'sayless' "
                          r"\(it says None\)"),
    (_Unfrozen, "unfrozen", r"payload _Unfrozen must be a @dataclass\(frozen=True\)"),
])
def test_a_new_kinds_payload_mistakes_are_named_at_import(payload: type, name: str,
                                                          said: str) -> None:
    """The first mistakes a kind's author makes fail where the kind is registered, naming
    the module, instead of as an AttributeError or "unhashable type" in the slide cache."""
    kind = SlideKind(name, payload, layout("LP Bullets", body=BODY), "a layout", _bullets_fill)
    with pytest.raises(InternalError, match=rf"slide kind module my\.kind: {said}"):
        registry._check_payload("my.kind", kind)


def test_every_audience_has_its_own_look() -> None:
    """A deck's look is its audience's (DeckPlan.look is an Audience, not free text): no
    name falls back to another age's look, as an unknown one once fell back to KS2's."""
    from lessonpack.content.model import Audience
    from lessonpack.kinds.look import look_for

    assert [look_for(a).name for a in Audience] == [a.value for a in Audience]


def _kinds_own_lines(folder: Path) -> Iterator[tuple[str, int, str]]:
    """Each line of the kinds' own modules (a kind's module or its package's ``__init__``,
    and the helpers they share) outside the drawings they supply: (file, number, line). A
    kind's drawing (its package's other modules, or a function of its module named in its
    ``SUPPLIES`` or ``LAYOUT_EDITS``) runs in the renderer and draws on the slide."""
    import ast

    for path in sorted([*folder.glob("*.py"), *folder.glob("*/__init__.py")]):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        drawn = {n for node in supplied_drawings(tree)
                 for n in range(node.lineno, (node.end_lineno or node.lineno) + 1)}
        name = str(path.relative_to(folder))
        for n, line in enumerate(text.splitlines(), 1):
            if n not in drawn:
                yield name, n, line


def test_no_kind_reads_the_slide_the_renderer_made() -> None:
    """A kind says what a slide holds and asks for drawings; outside its drawing it never
    imports python-pptx or searches the slide's shapes by the names the renderer gives them
    (a hidden contract: renaming a shape in render/ would silently break the kind)."""
    import re

    import lessonpack.kinds

    reading = re.compile(r"(from|import) pptx\b|\.slide\.shapes|sh(ape)?\.name\b")
    found = [f"{name}:{n}: {line.strip()}"
             for name, n, line in _kinds_own_lines(Path(lessonpack.kinds.__file__).parent)
             if name != "base.py"  # the Filler protocol names python-pptx's types
             and reading.search(line)]
    assert found == []


def test_a_kinds_own_lines_leave_out_the_drawing_it_supplies(tmp_path: Path) -> None:
    """The check above can fail: a kind's fill reading the slide is found; the drawing it
    supplies, and its package's drawing module, are the renderer's side."""
    (tmp_path / "quote.py").write_text(
        "def _fill(filler):\n    return filler.slide.shapes\n\n"
        "def _panel(filler):\n    return filler.slide.shapes\n\n"
        "SUPPLIES = (supply(PANEL, _panel),)\n")
    (tmp_path / "timeline").mkdir()
    (tmp_path / "timeline/__init__.py").write_text("import pptx\n")
    (tmp_path / "timeline/drawing.py").write_text("import pptx\n")
    lines = [(name, n) for name, n, line in _kinds_own_lines(tmp_path) if "pptx" in line
             or "slide" in line]
    assert lines == [("quote.py", 2), ("timeline/__init__.py", 1)]


def test_an_unknown_kind_name_is_one_line_naming_the_kinds() -> None:
    with pytest.raises(InternalError, match=r"^no slide kind 'glosary'; the kinds are title, "
                                            r"section, .*bullets"):
        registry.by_name("glosary")


def test_no_kind_reaches_the_raw_slide() -> None:
    """A kind fills roles (``filler.put``) and draws through ``filler.draw``; the python-pptx
    slide on the filler is the renderer's, so no kind module edits slide XML itself."""
    import ast
    from pathlib import Path

    import lessonpack.kinds

    own = {(name, n): line for name, n, line in
           _kinds_own_lines(Path(lessonpack.kinds.__file__).parent)}
    found = []
    for name in sorted({name for name, _n in own}):
        text = (Path(lessonpack.kinds.__file__).parent / name).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Attribute) and node.attr == "slide" \
                    and isinstance(node.value, ast.Name) and node.value.id == "filler" \
                    and (name, node.lineno) in own:
                found.append(f"{name}:{node.lineno}")
    assert found == []
