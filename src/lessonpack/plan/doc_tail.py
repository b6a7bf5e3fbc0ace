"""How a document read once before teaching ends: its sources last, their tail kept on the last
page with what comes before them. The lesson's teacher notes and the parents' session's
reference notes both end so (plan/teacher_notes, plan/parents/reference_notes)."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.plan.model import Block, BulletList, Paragraph

# The lines of sources that end a document and share its last page at the least (a third
# of a page): left to break anywhere, a last page held two or three lines of sources and
# read as a page printed by mistake. The page before gives up those lines and stays over
# three quarters used. (21 lines at 10 pt; at the sources' 9 pt, 21 left a last page 28%
# used.)
SOURCES_TAIL = 24


def with_sources_last(before: list[Block], sources: list[Block]) -> list[Block]:
    """``before`` then ``sources``, the last paragraph before them kept with them where the
    sources are fewer lines than SOURCES_TAIL and held whole: a short list of sources alone
    on a last page leaves it mostly empty; with the last answer of the key above them it is
    fuller, and reads as the document's end."""
    listed = next((b for b in sources if isinstance(b, BulletList)), None)
    if listed is None or listed.keep_tail < len(listed.items) or not before \
            or not isinstance(before[-1], Paragraph):
        return [*before, *sources]
    return [*before[:-1], replace(before[-1], keep_next=True, keep_lines=True), *sources]
