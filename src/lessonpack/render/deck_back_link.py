"""A slide's link back to another (a spare slide's "Back to Take home"): the words at the end
of its kicker, made a jump to that slide's part rather than to a number. PowerPoint and
LibreOffice follow the jump to the slide itself, so the link still works after a school adds
or removes slides; a typed slide number ("type 22 and press Enter") did not.

On a trainer's template the jump is the kicker shape's, not its words': PowerPoint draws a
linked run in the theme's hyperlink colour whatever the run says, and a template's link
colour is not chosen for its slides (LibreOffice's #0000FF on Fedora "bubbles"' slate
#405A74, 1.1:1). A shape's click leaves its words in the colour lessonpack measured;
lessonpack's own theme sets a readable link colour (deck_theme), so its decks keep the
linked words."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import partial
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation

from lessonpack.plan.model import Slide
from lessonpack.render.ooxml.slides import slides_xml
from lessonpack.render.shape_names import KICKER_NAME

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
JUMP = "ppaction://hlinksldjump"
WORDS = "Back to"


def link_back(prs: Presentation, plan: Sequence[Slide], *, on_shape: bool = False) -> int:
    """On each slide whose plan names a ``back_to``, the kicker's words from "Back to" on
    made a click that jumps to that slide. Works on kept slides' saved bytes as on slides
    made here (ooxml.slides.SlideXml). Returns how many slides were given one: a slide whose
    kicker holds no "Back to" is left unrelated (no orphan relationship) and uncounted.
    ``on_shape`` (a trainer's template): the click is the kicker shape's, its words plain."""
    wanted = [(n, spec) for n, spec in enumerate(plan) if spec.back_to]
    if not wanted:
        return 0
    shown = slides_xml(prs)
    made = 0
    for n, spec in wanted:
        if n >= len(shown) or spec.back_to > len(shown):
            continue
        slide = shown[n]
        # Looked for before relating: a relationship no run clicks would be an orphan.
        if not slide.reading(f"back run: {spec.kicker}", partial(_has_back, kicker=spec.kicker)):
            continue
        r_id = slide.part.relate_to(shown[spec.back_to - 1].part, RT.SLIDE)
        slide.rewrite(("back link", r_id, spec.kicker, on_shape),
                      partial(_link, r_id=r_id, kicker=spec.kicker, on_shape=on_shape))
        made += 1
    return made


def _plain(text: str) -> str:
    """Text with its no-break spaces as spaces (render/deck_nobreak holds words together)."""
    return text.replace("\u00a0", " ")


def _back_run(tree: Any, *, kicker: str) -> tuple[Any, int] | None:
    """The kicker's run holding "Back to" and where in it the words start; None if none."""
    for r in _kicker_runs(tree, kicker):
        t = r.find(f"{A}t")
        words = _plain(t.text or "") if t is not None else ""
        if WORDS in words:
            return r, words.index(WORDS)
    return None


def _has_back(tree: Any, *, kicker: str) -> bool:
    """Whether the kicker holds a run with "Back to" (a plain answer, safe to remember)."""
    return _back_run(tree, kicker=kicker) is not None


def _link(tree: Any, *, r_id: str, kicker: str, on_shape: bool = False) -> None:
    """The kicker's run holding "Back to" cut there, its tail given a jump to ``r_id``; with
    ``on_shape``, the shape holding that run given the jump instead."""
    found = _back_run(tree, kicker=kicker)
    if found is None:
        return
    if not on_shape:
        _jump(_cut(*found), r_id)
        return
    sp = next(el for el in found[0].iterancestors(f"{P}sp"))
    c_nv_pr = sp.find(f"{P}nvSpPr/{P}cNvPr")
    for old in c_nv_pr.findall(f"{A}hlinkClick"):
        c_nv_pr.remove(old)
    # First child of cNvPr, as the schema orders it (before hlinkHover and extLst).
    c_nv_pr.insert(0, c_nv_pr.makeelement(f"{A}hlinkClick", {f"{R}id": r_id, "action": JUMP}))


def _kicker_runs(tree: Any, kicker: str) -> list[Any]:
    """The runs of the kicker: the shape named so, or whose words are the kicker's."""
    runs: list[Any] = []
    for sp in tree.iter(f"{P}sp"):
        name = sp.find(f"{P}nvSpPr/{P}cNvPr")
        text = _plain("".join(t.text or "" for t in sp.iter(f"{A}t")))
        if (name is not None and name.get("name") == KICKER_NAME) or text == kicker:
            runs += sp.iter(f"{A}r")
    return runs


def _cut(r: Any, at: int) -> Any:
    """The run ``r`` cut at character ``at``: ``r`` keeps the text before, a copy after it
    holds the rest and is returned (``r`` itself when ``at`` is 0)."""
    if not at:
        return r
    t = r.find(f"{A}t")
    tail = copy.deepcopy(r)
    tail.find(f"{A}t").text = (t.text or "")[at:]
    t.text = (t.text or "")[:at]
    r.addnext(tail)
    return tail


def _jump(r: Any, r_id: str) -> None:
    """The run ``r`` made a click that jumps to the slide related as ``r_id``."""
    props = r.find(f"{A}rPr")
    if props is None:
        props = r.makeelement(f"{A}rPr", {})
        r.insert(0, props)
    for old in props.findall(f"{A}hlinkClick"):
        props.remove(old)
    click = props.makeelement(f"{A}hlinkClick", {f"{R}id": r_id, "action": JUMP})
    # Before any rtl or extLst, as the schema orders rPr's children.
    later = next((c for c in props if c.tag in (f"{A}rtl", f"{A}extLst")), None)
    if later is not None:
        later.addprevious(click)
    else:
        props.append(click)
