"""Which function writes each kind of document block: the one table render/docx.py looks a
block up in. Each entry is made by ``handles`` (render/docx_writer.py), so mypy refuses a
handler whose signature is not ``(DocWriter, that block) -> None``
(tests/test_types.py checks this module), and tests/test_extension_points.py that every
member of plan.model's ``Block`` union has an entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.plan.model import (
    ActionCards,
    BulletList,
    Callout,
    Checklist,
    CircleChoice,
    CompactTable,
    CutLine,
    FlyerFacts,
    HandOutline,
    Heading,
    HelpCards,
    IconLines,
    Letterhead,
    MultipleChoice,
    PageBreak,
    Paragraph,
    PictureCards,
    Questions,
    QuizGrid,
    SideBySide,
    SmileyScale,
    SortCards,
    StepTable,
    StoryPicture,
    Table,
    TickPanel,
    WriteOnLine,
    WritingLines,
)
from lessonpack.render import (
    docx_flyer,
    docx_handout,
    docx_help_cards,
    docx_letter,
    docx_pictures,
    docx_quiz,
    docx_room,
    docx_steps,
    docx_table,
    docx_text,
)
from lessonpack.render.docx_writer import DocWriter, Handler, handles

if TYPE_CHECKING:
    from lessonpack.render.docx import DocxRenderer

HANDLERS: dict[type, Handler] = dict([
    handles(Heading, docx_text.heading),
    handles(Paragraph, docx_text.paragraph),
    handles(BulletList, docx_text.bullet_list),
    handles(Checklist, docx_text.checklist),
    handles(MultipleChoice, docx_text.multiple_choice),
    handles(WritingLines, docx_text.writing_lines),
    handles(Questions, docx_text.questions),
    handles(Callout, docx_text.callout),
    handles(PageBreak, docx_text.page_break),
    handles(Table, docx_table.table),
    handles(QuizGrid, docx_quiz.quiz_grid),
    handles(Letterhead, docx_letter.letterhead),
    handles(WriteOnLine, docx_letter.write_on_line),
    handles(CutLine, docx_letter.cut_line),
    handles(SideBySide, docx_letter.side_by_side),
    handles(CircleChoice, docx_pictures.circle_choice),
    handles(HandOutline, docx_pictures.hand_outline),
    handles(PictureCards, docx_pictures.picture_cards),
    handles(SmileyScale, docx_pictures.smiley_scale),
    handles(SortCards, docx_pictures.sort_cards),
    handles(HelpCards, docx_help_cards.help_cards),
    handles(ActionCards, docx_handout.action_cards),
    handles(TickPanel, docx_handout.tick_panel),
    handles(CompactTable, docx_handout.compact_table),
    handles(StepTable, docx_steps.step_table),
    handles(FlyerFacts, docx_flyer.flyer_facts),
    handles(IconLines, docx_flyer.icon_lines),
    handles(StoryPicture, docx_room.story_picture),
])


def _renderer_is_a_writer(renderer: DocxRenderer) -> DocWriter:
    """Never called: mypy checks here that the renderer offers everything DocWriter
    promises a handler."""
    return renderer
