"""The facilitator notes' "If short of time" list, on page one as a lesson plan's is.

An evening planned to its last minute had no slack: a late start or a family who stayed to
ask ran the feedback forms past the time the invitation gave. Each step the content marks
(``cut:`` in parents.yml) says what it becomes; the minutes it saves and its slides come
from the session and its deck, never typed, so a changed step or deck changes the list.
"""

from __future__ import annotations

from lessonpack.content.model import ParentSession
from lessonpack.content.parents_cues import CueCut
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.lesson_plan import SHORT_OF_TIME
from lessonpack.plan.model import Block, BulletList, DeckPlan, Paragraph
from lessonpack.plan.parents.session_sheet import part_slides
from lessonpack.plan.slide_span import SlideSpan

# The deck's slides a cut's ``slides`` names, besides its Part's own first slide: by their
# payload's type, so a renamed kind or payload fails at import, never drops the numbers.
SHOWN_BY: dict[str, type] = {"quiz": QuestionSlide, "help": SignpostingSlide}


def short_of_time(session: ParentSession, deck: DeckPlan | None) -> list[Block]:
    """"If short of time, cut these:" and a line a cut ("What children do online (slide
    5): say it in one line (saves 3 min)."), then what is never cut; nothing where the
    session marks no step."""
    cuts: list[str] = []
    kept: list[str] = []
    parts = part_slides(session, deck)
    for n, section in enumerate(session.sections, 1):
        for cue in section.cues or ():
            if cue.cut is None:
                continue
            where = _slides(deck, parts, n, cue.cut)
            named = section.title if cue.cut.slides == "part" else cue.label
            shown = f" ({where.label})" if where is not None else ""
            if cue.cut.never:
                kept.append(f"Never cut \u201c{named}\u201d{shown}.")
            else:
                cuts.append(_cut(f"{named}{shown}", cue.minutes or 0, cue.cut))
    if not cuts:
        return []
    return [Paragraph("", label=f"{SHORT_OF_TIME}, cut these:", keep_next=True),
            BulletList((*cuts, *kept), compact=True)]


def _cut(said: str, minutes: int, cut: CueCut) -> str:
    """"Quiz (slides 17–18): skip it; go straight to questions (saves 1 min).", for a step
    of ``minutes``."""
    return f"{said}: {cut.do} (saves {minutes - cut.keep} min)."


def _slides(deck: DeckPlan | None, parts: list[SlideSpan], n: int,
            cut: CueCut) -> SlideSpan | None:
    """Slide 5, slides 17–18: Part ``n``'s first slide, or its shown slides of the kind
    ``cut`` names; None without a deck."""
    if deck is None or not parts:
        return None
    part = parts[n - 1]
    if cut.slides == "part":
        return SlideSpan(part.first, part.first)
    found = [k for k, s in enumerate(deck.slides, 1)
             if part.first <= k <= part.last and not s.hidden
             and isinstance(s.payload, SHOWN_BY[cut.slides])]
    if not found:
        return None
    return SlideSpan(found[0], found[-1])
