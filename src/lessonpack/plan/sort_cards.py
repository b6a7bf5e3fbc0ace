"""Plans a lesson's cards to print and cut out: a file of its own beside the lesson plan.

Readers (Key Stages 2 to 4) who sort better by moving cards on a desk (or a class working in
pairs) get each sort's cards, big enough to handle, with the sort's headings as cards to
lay in a row. A picture-led lesson (Key Stage 1) gets the picture cards the teacher holds up
as they read each one aloud, and a red, an amber and a green card for every child. The
cards are a separate file so the lesson plan stays short and a teacher prints only the
pages they need; each sort (or kind of card) starts a page, so "print page 2" gets one set.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, Lesson, SortItem
from lessonpack.content.picture_library import PictureLibrary, builtin_library
from lessonpack.plan import counts_and_lists, footers, item_files
from lessonpack.plan.class_size import ASSUMED, class_size, pupils
from lessonpack.plan.help_cards import copies as help_copies
from lessonpack.plan.help_cards import help_card_blocks, two_sided
from lessonpack.plan.model import (
    Block,
    DocPlan,
    Heading,
    PageBreak,
    Paragraph,
    PictureCards,
    SortCards,
)
from lessonpack.plan.picture_sheet import choice_colours
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.worksheet.route import class_sheet
from lessonpack.plan.worksheet.sort import printed_order

SUFFIX = "cards"
# Card text in points: larger for 7- to 11-year-olds, whose cards are short.
CARD_PT = {Audience.KS2: 18}


def cards_filename(lesson: Lesson, brand: Brand) -> str:
    """"live-streaming-ks2-cards.docx": named in the lesson plan's resources."""
    return class_file(lesson, brand, SUFFIX) + ".docx"


def has_cards(lesson: Lesson) -> bool:
    return any(c.task.sort for c in lesson.cycles)


def sorts_on_cards(lesson: Lesson) -> bool:
    """Whether the class sorts on cut-out cards: a lesson with a sort, unless every sheet
    route it keeps sorts on the sheet (a pack fitted to a Year 6 class keeps Years 5–6's
    route alone). The composite pack of every year keeps both, so its cards stay."""
    return has_cards(lesson) and (
        not lesson.sheet_routes or any(r.sort_cards for r in lesson.sheet_routes))


def sort_pages(lesson: Lesson) -> int:
    """Pages of sort cards in the cards file: a page a sort, none for a class that sorts on
    its sheet."""
    if not sorts_on_cards(lesson):
        return 0
    return sum(1 for cycle in lesson.cycles if cycle.task.sort is not None)


# A table of four or five pupils: a class sorting a set a table needs one set for each five.
TABLE_OF = 5


def card_sets(lesson: Lesson, size: int = ASSUMED) -> int:
    """Sets of sort cards a class of ``size`` needs: one a table of four or five, or one a
    pair (the cards page, the plan and the visit brief give this one number); a support
    group's one set, the least it needs (its tables are the teacher's to count)."""
    if lesson.card_sets == "support":
        return 1
    return -(-size // (TABLE_OF if lesson.card_sets == "table" else 2))


# A support group's sort cards: said in words, the group's size being the teacher's.
SUPPORT_COPIES = "one copy for each table of the support group"


def _how(ordered: bool, sets: str, copies: int, size: int | None) -> str:
    """The sort page's print line with its number: "Print 6 copies, one for each table",
    for the school file's class, else for a class of 30 (said, so another size can count);
    "one copy for each table" with no number left the teacher at the copier counting."""
    # Laying out the headings and moving the cards is said by the labels over each kind.
    sort = (" Put the cards in the order they happened before you sort them."
            if ordered else "")
    if sets == "support":
        # Which group, said where it is printed: "the support group" alone sent the
        # teacher at the copier to search the plan for who it was.
        # One line: two pushed the sort cards' rows back to their least on KS4's page.
        # The group is the teacher notes' (their Differentiation), said in as few words.
        return (f"Print one per support-group table (teacher notes: Differentiation) and cut "
                f"them out.{sort}")
    who = "table (a group of four or five)" if sets == "table" else "pair"
    assumed = "" if size is not None else f" in a class of {ASSUMED}"
    return (f"Print {copies} copies, one for each {who}{assumed}, and cut along the dashed "
            f"lines.{sort}")


def cards_heading(part: int, title: str) -> str:
    """"Cards for worksheet Part 2: Spot the warning signs": a sort page's heading names the
    worksheet part it is for. "Part 2" alone opened a file whose Part 1 is on the sheet (no
    cards), and whoever cut the cards looked for the missing pages."""
    return f"Cards for worksheet Part {part}: {title}"


def _sorts(lesson: Lesson, brand: Brand) -> list[Block]:
    """Each sort on its own page(s), its cards in the order the worksheet prints them (an
    ordering task's shuffled, as on the sheet)."""
    blocks: list[Block] = []
    size = class_size(lesson.audience, brand)
    sets = card_sets(lesson, pupils(lesson.audience, brand))
    # A class's own year's sheet heads its Parts by the cycle's title, the whole sheet by
    # the task's (plan/worksheet): the cards name the Part as the pupils' sheet does.
    own_sheet = class_sheet(lesson) is not None
    for n, cycle in enumerate(lesson.cycles, 1):
        sort = cycle.task.sort
        if sort is None:
            continue
        if blocks:
            blocks.append(PageBreak())
        title = cycle.title if own_sheet else cycle.task.title
        blocks += [Heading(cards_heading(n, title), 2),
                   Paragraph(_how(sort.ordered, lesson.card_sets, sets, size), "note",
                             keep_next=True),
                   SortCards(tuple(sort.columns), tuple(i.text for i in printed_order(sort)),
                             size=CARD_PT.get(lesson.audience, 16))]
    return blocks


def _pictures(lesson: Lesson, library: PictureLibrary, size: int) -> list[Block]:
    """The cards a picture-led lesson holds up as it reads them aloud, then a red, an amber
    and a green card for each child to hold up in answer."""
    cards = [(item.text, picture) for item in _picture_items(lesson)
             if (picture := library.get(item.picture or "", item.text))]
    blocks: list[Block] = []
    if cards:
        # The copy count in the page's heading: the file holds once-only pages and a page
        # printed for the class, and whoever is at the copier reads the headings.
        blocks += [Heading(f"Picture cards: {PRINT_ONCE}", 2),
                   Paragraph("Cut along the dashed lines and hold up each card as you read "
                             "it aloud.", "note", keep_next=True)]
        # One across the page, the words beside the picture: big enough to hold up to a
        # class on the carpet. The pages break where print_counts says they do.
        pages = [cards[:STRIPS_FIRST_PAGE], *(
            cards[i:i + STRIPS_A_PAGE] for i in range(STRIPS_FIRST_PAGE, len(cards),
                                                      STRIPS_A_PAGE))]
        for n, page in enumerate(pages):
            blocks += [*([PageBreak()] if n else []),
                       PictureCards(tuple(page), per_row=1, page_rows=STRIPS_A_PAGE)]
    # Each card says what it means under its colour ("Amber: stop and ask"), as the
    # column headings do ("Green / Amber / Red" alone).
    lights = [(_meaning(heading, word), colour) for cycle in lesson.cycles if cycle.task.sort
              for heading, word, colour in choice_colours(cycle.task.sort)]
    if lights:  # a card of each colour for every child to hold up
        blocks += [*([PageBreak()] if blocks else []),
                   Heading(f"Traffic-light cards: {light_copies(size)}", 2),
                   # Two lines, so four sets fit the page: one side only (cut out), in
                   # colour as the visit brief and the plan say, if the school can; the
                   # signs say why black and white works. One instruction: "in colour
                   # (... black and white will do)" read as two.
                   Paragraph("Print one side only, in colour if you can (black and white "
                             "works: each card has its sign and word). A page makes "
                             f"{LIGHT_SETS_WORD} children's "
                             f"sets, so a class of {size} needs {light_copies(size, False)}. "
                             f"Cut out one {_listed([w.split(':')[0].lower() for w, _ in lights])}"
                             " card for each child, or use paper circles on lolly sticks.",
                             "note", keep_next=True),
                   PictureCards(tuple(lights * LIGHT_SETS), per_row=len(lights),
                                scale=LIGHT_CARD_SCALE)]
    return blocks


def _meaning(heading: str, word: str) -> str:
    """"Green: OK" from the heading "Green: OK" (the light's word, then what it means,
    capitalised to start its own line on the card); the word alone when the heading says
    no more."""
    _, colon, meaning = heading.partition(":")
    meaning = meaning.strip()
    return f"{word.capitalize()}: {meaning[:1].upper()}{meaning[1:]}" if colon and meaning \
        else word.capitalize()


def _listed(words: list[str]) -> str:
    """"green, one amber and one red": the cards a child needs, each with its "one"."""
    return ", one ".join(words[:-1]) + f" and one {words[-1]}" if len(words) > 1 else words[0]


LIGHT_SETS = 4  # children's sets of traffic-light cards a page
LIGHT_SETS_WORD = counts_and_lists.number_word(LIGHT_SETS)
CLASS_SIZE = ASSUMED  # a class the file gives no size for: the copies asked of the office
PRINT_ONCE = "print 1 copy"


def light_copies(size: int = CLASS_SIZE, verb: bool = True) -> str:
    """"print 7 copies": the traffic-light page's copies for a class of ``size``, as its
    heading says (the school file's class, so the cards, the plan and the visit brief give
    one number)."""
    n = -(-size // LIGHT_SETS)
    return f"print {n} copies" if verb else f"{n} copies"


# Picture cards a page, one across the page each: two under the file's title and the
# page's heading, three on a page after (render.docx_pictures sizes the strips for it).
STRIPS_FIRST_PAGE, STRIPS_A_PAGE = 2, 3


def _picture_items(lesson: Lesson) -> list[SortItem]:
    return [item for cycle in lesson.cycles if cycle.task.sort
            for item in cycle.task.sort.items if item.picture]


def picture_cards(lesson: Lesson) -> int:
    """How many picture cards the teacher holds up (printed once): the visit brief's
    cutting row names them beside the lights, or a TA cut the lights alone."""
    return len(_picture_items(lesson))


def picture_pages(cards: int) -> int:
    """Pages the picture cards print on."""
    if not cards:
        return 0
    return 1 + -(-max(0, cards - STRIPS_FIRST_PAGE) // STRIPS_A_PAGE)


def lights_page(lesson: Lesson) -> int:
    """The cards file's page of traffic lights: the one after the picture cards."""
    return picture_pages(len(_picture_items(lesson))) + 1


def _times(copies: int) -> str:
    """"eight times": two numbers side by side ("page 3 8 times") misread."""
    return counts_and_lists.number_word(copies)


def _pages(first: int, last: int) -> str:
    return f"page {first}" if first == last else \
        f"pages {first} and {last}" if last == first + 1 else f"pages {first} to {last}"


def sort_print_counts(lesson: Lesson, sets: int, class_size: int = CLASS_SIZE) -> str:
    """A reading lesson's cards file: "pages 1 and 2 six times (sort cards, a set per
    table); page 3 eight times (help cards, one per pupil and spares)". Each
    sort starts a page of its own (``_sorts``) and the help cards take the page after."""
    sorts = sort_pages(lesson)
    each = "table" if lesson.card_sets == "table" else "pair"
    said = f"{_pages(1, sorts)} {_times(sets)} times (sort cards, a set per {each})" \
        if sorts else ""
    if sorts and lesson.card_sets == "support":
        said = f"{_pages(1, sorts)} once for each table of the support group (sort cards)"
    if lesson.take_away is None:
        return said
    # As short as it was (two a page is said on the page): a longer line ran a visit
    # day's brief onto a third side.
    sides = ", both sides of one sheet" if two_sided(lesson) else ""
    helps = (f"{_times(help_copies(class_size))} times (help cards{sides}, one per pupil and "
             "spares)")
    # A class that sorts on its sheet: the file is the help-card page alone.
    return f"{said}; {_help_pages(lesson, sorts)} {helps}" if sorts \
        else f"{_help_pages(lesson, 0)} {helps}"


def _help_pages(lesson: Lesson, sorts: int) -> str:
    """The help cards' page, or their two (front and back) after ``sorts`` pages of sorts."""
    return _pages(sorts + 1, sorts + 1 + two_sided(lesson))


def short_print_counts(lesson: Lesson, class_size: int = CLASS_SIZE) -> str:
    """``sort_print_counts`` as the plan's resources say it, after the resource's own words
    on who shares a set: "pages 1 and 2 six times, page 3 (help cards) 8 times" (the
    longer line pushed the plan's last lines onto a page of their own)."""
    sorts = sort_pages(lesson)
    said = (f"{_pages(1, sorts)} once for each support-group table"
            if lesson.card_sets == "support"
            else f"{_pages(1, sorts)} {_times(card_sets(lesson, class_size))} times")
    if lesson.take_away is None:
        return said
    sides = ", both sides" if two_sided(lesson) else ""
    return (f"{said}, {_help_pages(lesson, sorts)} (help cards{sides}) "
            f"{help_copies(class_size)} times")


def print_counts(lesson: Lesson, class_size: int = CLASS_SIZE) -> str:
    """A picture-led lesson's cards file as a whole: which pages are printed how often for
    a class of ``class_size`` (said under its title and in the plan's resources, before
    anyone sends the file to print; the visit papers count the school file's class)."""
    times = _times(-(-class_size // LIGHT_SETS))
    pages = picture_pages(len(_picture_items(lesson)))
    once = ("" if not pages else "page 1 once and " if pages == 1 else
            "pages 1 and 2 once and " if pages == 2 else f"pages 1 to {pages} once and ")
    return f"{once}page {pages + 1} {times} times"


# Of a picture card's size: four rows of lights (each with its meaning) fit the page.
LIGHT_CARD_SCALE = 0.65


def plan_sort_cards(lesson: Lesson, brand: Brand,
                    pictures: PictureLibrary | None = None) -> DocPlan | None:
    """The lesson's cards to cut out; None when it has no sort."""
    if not has_cards(lesson):
        return None
    blocks: list[Block]
    title = lesson.title
    if lesson.readers and not sorts_on_cards(lesson):
        # The class sorts on its sheet: the help cards alone, so nobody prints and cuts
        # sort cards the class never uses (none at all without a help card).
        if lesson.take_away is None:
            return None
        blocks = [b for b in help_card_blocks(lesson, brand, pictures)
                  if not isinstance(b, PageBreak)]
        # The page other packs print after their sorts, alone and as it is there: under a
        # title block its four cards ran onto a second page.
        what, title, subtitle = "Help cards to keep", "", ""
    elif lesson.readers:
        blocks = _sorts(lesson, brand) + help_card_blocks(lesson, brand, pictures)
        what = "Sort cards to cut out"
        subtitle = what if lesson.take_away is None else f"{what}, and help cards to keep"
    else:
        # The class's own size (class_sizes), else the assumed 30: the brief and the plan
        # count the same class.
        size = pupils(lesson.audience, brand)
        blocks, what = _pictures(lesson, pictures or builtin_library(), size), \
            "Cards to cut out"
        subtitle = f"{what}. Print {print_counts(lesson, size)}."
    return DocPlan(cards_filename(lesson, brand), "worksheet",
                   item_files.meta(lesson, brand, what[:1].lower() + what[1:]),
                   title=title, subtitle=subtitle, header=lesson.topic_title,
                   footer=footers.doc_footer(lesson, brand), blocks=tuple(blocks))
