"""A slide's link back to another (a spare slide's "Back to “Take home”"): the words at the
end of its kicker, made a jump to that slide's part rather than to a number. PowerPoint and
LibreOffice follow the jump to the slide itself, so the link still works after a school adds
or removes slides; a typed slide number ("type 22 and press Enter") did not."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation

from lessonpack.plan.model import Slide
from lessonpack.render.deck_kicker import KICKER_NAME

JUMP = "ppaction://hlinksldjump"


def link_back(prs: Presentation, plan: Sequence[Slide], words: str = "Back to") -> int:
    """On each slide whose plan names a ``back_to``, the kicker's words from ``words`` on
    made a click that jumps to that slide. Returns how many links were made."""
    made = 0
    slides = list(prs.slides)
    for slide, spec in zip(slides, plan, strict=False):
        if not spec.back_to or spec.back_to > len(slides):
            continue
        # The kicker: a placeholder on lessonpack's template, a drawn box on a trainer's.
        kickers = [sh for sh in slide.shapes if sh.has_text_frame
                   and (sh.name == KICKER_NAME or _plain(sh.text_frame.text) == spec.kicker)]
        run = next((r for sh in kickers for p in sh.text_frame.paragraphs for r in p.runs
                    if words in _plain(r.text)), None)
        if run is None:
            continue
        r_id = slide.part.relate_to(slides[spec.back_to - 1].part, RT.SLIDE)
        link = _split(run._r, _plain(run.text).index(words))  # noqa: SLF001 (the run's XML)
        props = link.get_or_add_rPr()
        for old in props.findall(qn("a:hlinkClick")):
            props.remove(old)
        click = props.makeelement(qn("a:hlinkClick"), {qn("r:id"): r_id, "action": JUMP})
        # After the fonts and before any extLst, as the schema orders rPr's children.
        ext = props.find(qn("a:extLst"))
        if ext is not None:
            ext.addprevious(click)
        else:
            props.append(click)
        made += 1
    return made


def _plain(text: str) -> str:
    """Text with its no-break spaces as spaces (render/deck_nobreak holds words together)."""
    return text.replace("\u00a0", " ")


def _split(r, at: int):  # type: ignore[no-untyped-def]
    """The run ``r`` cut at character ``at``: ``r`` keeps the text before (if any), a copy
    after it holds the rest, and is returned."""
    if at == 0:
        return r
    text = r.find(qn("a:t"))
    tail = copy.deepcopy(r)
    tail.find(qn("a:t")).text = text.text[at:]
    text.text = text.text[:at]
    r.addnext(tail)
    return tail
