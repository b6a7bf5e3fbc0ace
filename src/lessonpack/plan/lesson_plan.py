"""Plans the teacher's lesson plan: a one-page overview, the script, what to prepare and the
safeguarding checks.

The first page is what a teacher glances at before the lesson (outcome, timings, resources,
safeguarding checks); the script after it is followed in the lesson, with "Say", "Task" and
"Watch for" as bold labels. What is read once (misconceptions, differentiation, curriculum
links, the answer key, sources) is the teacher notes' file (plan/teacher_notes).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    Audience,
    FactsFile,
    Lesson,
)
from lessonpack.content.parts import Check
from lessonpack.content.steps import MINUTES
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan import (
    before_the_day,
    footers,
    item_files,
    lesson_steps,
    named_people,
    notes_script,
    plan_crib,
    safeguarding_checks,
    visit_logistics,
    visiting,
)
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_fit import choose_label, serves_every_year
from lessonpack.plan.class_fit import class_sheet_parts as _class_sheet_parts
from lessonpack.plan.class_line import class_year, date_and_class, year_label
from lessonpack.plan.class_size import ASSUMED, class_size, pupils
from lessonpack.plan.dsl_phone import school_phone_for_dsl, unnamed_dsl_line
from lessonpack.plan.help_cards import copies as help_copies
from lessonpack.plan.help_cards import two_sided
from lessonpack.plan.letter.home import letter_after_file
from lessonpack.plan.letter_dates import (
    letter_by,
    too_late,
    undated_without_lesson,
    under_two_weeks,
)
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    DeckPlan,
    DocPlan,
    Heading,
    Paragraph,
    Place,
    Role,
    Table,
)
from lessonpack.plan.no_cutting import no_cutting
from lessonpack.plan.rse_sentence import confirm_line, withdrawable
from lessonpack.plan.safe_notes import names_check
from lessonpack.plan.safeguarding_checks import without_fill_in_check
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.slide_marks import with_marked_slides
from lessonpack.plan.slide_span import SlideSpan
from lessonpack.plan.sort_cards import (
    cards_filename,
    has_cards,
    print_counts,
    short_print_counts,
    sorts_on_cards,
)
from lessonpack.plan.teacher_notes import NOTES_FILE, NOTES_NAME
from lessonpack.plan.visitor_asides import without_visitor_asides

# Who the plan is for, as its subtitle says: the class teacher, or, when a visiting trainer
# delivers the lesson, whoever teaches it (the plan is the trainer's).
PLAN_NAME = "Teacher lesson plan"
VISIT_PLAN_NAME = "Lesson plan"

# Page one's line of what to print (Paragraph.to_mark_page): up to the page the steps end
# on, marked under the last step's time (lesson_steps.END_OF_TEACHING); the footer gives
# that page's number as a field Word works out as it lays the pages (render/docx_page_ref).
# Run on after it: what to do before the lesson day (plan/before_the_day). The mark named
# alone, with no "the … line" round it: a secondary plan's line then ran to a third line by
# two words, and page one's last line of who to reach went overleaf.
PRINT_TO_TEACH = f"up to \u201c{lesson_steps.END_OF_TEACHING}\u201d (the footer gives its page)."


# The running sheet's second clock and the cut list that times it, named alike; its spare
# row fits one line of the "What happens" column.
SHORT_OF_TIME = "If short of time"
SHORT_OF_TIME_SPARE = "Spare if short of time"
# Page one's label for the night before's preparing, a word a teacher reads as a heading
# ("Prep:" read as note-speak).
PREPARING = "Preparing:"


def slide_ranges(lesson: Lesson, deck: DeckPlan | None) -> list[SlideSpan]:
    """Slides 1–7 for the starter, each cycle (from its first slide to the next) and the
    plenary; none when there is no deck or its slides do not match the cycles. Each part is
    found by the deck planner's marks (``Slide.cycle``, ``Slide.place``)."""
    if deck is None:
        return []
    starts = [next((n for n, s in enumerate(deck.slides, 1) if s.cycle == k), 0)
              for k in range(1, len(lesson.cycles) + 1)]
    if not all(starts) or starts != sorted(starts):
        return []
    plenary = next((n for n, s in enumerate(deck.slides, 1) if n > starts[-1]
                    and s.place is Place.PLENARY), None)
    if plenary is None:
        return []
    bounds = [1, *starts, plenary, len(deck.slides) + 1]
    return [SlideSpan(a, b - 1) for a, b in itertools.pairwise(bounds)]


CORE_WIDTH = 0.9  # the "If short" column's share of the running sheet's width


def _running_sheet(lesson: Lesson, deck: DeckPlan | None, brand: Brand) -> Table:
    """The lesson at a glance: a row per stage with the clock running from the start (and
    the core route's beside it), the slides on screen, what happens and where pupils are on
    their sheet."""
    readers = lesson.readers
    stages = [(lesson.starter.minutes, f"Starter: {lesson.starter.title}",
               "Tick the Start rows" if readers else "No sheet: thumbs, aloud")]
    on_sheet = _class_sheet_parts(lesson)
    stages += [(c.minutes, f"{n}. {c.title}", _cycle_on_sheet(lesson, brand, n, on_sheet))
               for n, c in enumerate(lesson.cycles, 1)]
    stages.append((lesson.plenary.minutes, "Plenary",
                   "End rows, exit quiz, How did I do?" if readers
                   else "No sheet now; How did I do? later"))
    slides = [str(r) for r in slide_ranges(lesson, deck)]
    core = _clocks(lesson.core_minutes)
    rows = [(clock, *core[i:i + 1], *slides[i:i + 1], what, sheet)
            for i, (clock, (_, what, sheet)) in enumerate(
                zip(_clocks([m for m, _, _ in stages]), stages, strict=True))]
    rows += _rows_after(lesson, brand, core, ("–",) if slides else ())
    # "Mins" (not "Minutes"): the narrower first column leaves what happens and the sheet's
    # part on one line each, and page one its resources and checks at 12 pt. The core
    # column's room comes from the two columns of words ("43–52" needs the 0.9). With a
    # core route, its clock is named as the cut list above names it ("Core" beside "Mins"
    # read as two timings no one could choose between); "If short" in two short lines, as
    # a longer word broke mid-word in the narrow column. Its column wide enough for "If
    # short" on one line and its times with room either side: as narrow as "Mins", its
    # header took two lines and its times ran into the next column's.
    header = ("Mins", *(("If short",) if core else ()),
              *(("Slides",) if slides else ()), "What happens", "Pupils' sheet")
    widths = (0.9, *((CORE_WIDTH,) if core else ()), *((0.9,) if slides else ()),
              2.9 if core else 3.35, 3.2 if core else 3.65)
    return Table(header, tuple(rows), widths=widths, keep_whole=True)


def _rows_after(lesson: Lesson, brand: Brand, core: list[str], gap: tuple[str, ...]
                ) -> list[tuple[str, ...]]:
    """The running sheet's rows after the plenary: a core route's spare minutes, then the
    same day's follow-up."""
    rows: list[tuple[str, ...]] = []
    if core:
        # The minutes the core route leaves: a row of their own, so the column adds up to
        # the lesson's length with the slack in sight.
        end = core[-1].split("–")[1]
        rows.append(("–", f"{end}–{lesson.duration_minutes}", *gap,
                     SHORT_OF_TIME_SPARE, "–"))
    follow = lesson.follow_up
    if follow is not None:
        # Outside the lesson's minutes, but on the sheet: the class teacher's time is planned
        # too (a visitor has gone by then).
        owner = visiting.after_owner(lesson, brand)
        rows.append((f"Later, {follow.minutes}", *(("–",) if core else ()), *gap,
                     f"Same day, with {owner}: {follow.what}" if owner
                     else f"Same day: {follow.what}", follow.sheet))
    return rows


def _clocks(minutes: Sequence[int]) -> list[str]:
    """"0–8", "8–21", …: each stage's start and end on a clock running from the start."""
    ends = list(itertools.accumulate(minutes))
    return [f"{end - m}–{end}" for m, end in zip(minutes, ends, strict=True)]


def _cycle_on_sheet(lesson: Lesson, brand: Brand, n: int, on_sheet: tuple[int, ...]) -> str:
    """Where pupils are on their sheet during cycle ``n`` (the running sheet's last column)."""
    c = lesson.cycles[n - 1]
    part = f"Part {n}" if lesson.readers else f"{n}."
    if on_sheet and n not in on_sheet:
        # Not on this class's sheet (a Year 4 sort is done on cards): said, so the
        # teacher does not look for a Part 1 the pupils were never given.
        return f"No sheet: {c.task.title} on cards ({c.task.minutes} min)"
    if on_sheet and c.task.sort is not None:
        # On this class's sheet for its story and question only: the sort itself is on
        # cards (content/routes.SheetRoute), so no one looks for a table to fill in.
        return f"{part}: the story; {c.task.title} on cards ({c.task.minutes} min)"
    # A task done aloud in the lesson whose sheet is done later (KS1's traffic lights:
    # "Later, colour one light…") says so, as the step's notes do.
    later = any(i.lower().startswith("later") for i in c.task.instructions)
    # A visitor has gone by then: the sheet is the class teacher's to finish.
    owner = " (class teacher)" if visiting.after_owner(lesson, brand) else ""
    return (f"{part} {c.task.title}: cards now ({c.task.minutes} min), sheet later{owner}"
            if later else f"{part} {c.task.title} ({c.task.minutes} min)")


def _dsl_line(brand: Brand, audience: Audience) -> str:
    """Who the DSL is, as page one names them: "DSL: Mrs Priya Shah (school office), deputy
    Mr Ben Adeyemi"; for a visiting trainer's brand (it names no DSL but says how its lead
    is referred to), when to reach them; for an unbranded pack, the same line in [fields]."""
    if not brand.dsl_name:
        if not brand.names_its_lead:
            return unnamed_dsl_line(age_of(audience).primary)
        return f"Contact {brand.safeguarding_lead} a week ahead"
    # No email: the line is read to reach a lead during the lesson, and an inbox is never
    # the immediate route (the school's phone is added where no number is given). Two long
    # addresses took the line to three, and page one's "Fill in first" box overleaf.
    own, deputy = _without_email(brand.safeguarding_contact), \
        _without_email(brand.deputy_dsl_contact)
    shared = _shared_place(own, deputy) if brand.deputy_dsl_name else ""
    if brand.deputy_dsl_name and own and own == deputy:
        shared = own  # "Student Services, room G14" whole, for both
    if shared:  # "Student Services, room G14" said once for both
        own, deputy = own[len(shared):].lstrip(", "), deputy[len(shared):].lstrip(", ")
        own, deputy = own.removeprefix("or "), deputy.removeprefix("or ")
    line = f"DSL: {brand.dsl_name}"
    if own:
        line += f" ({own})"
    if brand.deputy_dsl_name:
        reach = f" ({deputy})" if deputy and deputy != own else ""
        line += f", deputy {brand.deputy_dsl_name}{reach}"
    # "; both: Student Services, room G14", two characters under ", both in …": at a school
    # with long addresses the longer form wrapped the place's last word to a third line, and
    # that line took the steps' start off page two.
    line = f"{line}; both: {shared}" if shared else line
    phone = school_phone_for_dsl(brand)
    return f"{line}; phone {phone}" if phone else line


def _without_email(contact: str) -> str:
    """``contact`` without its email address ("Student Services, room G14, or
    safeguarding@…" -> "Student Services, room G14")."""
    parts = [p.strip() for p in contact.split(",") if "@" not in p]
    return ", ".join(p for p in parts if p)


def _shared_place(own: str, deputy: str) -> str:
    """The comma-separated places two contacts begin with alike ("Student Services, room
    G14" of "Student Services, room G14, or safeguarding@…" and "…, or deputy.dsl@…"), when
    each goes on to its own way to reach them; else empty."""
    a, b = own.split(", "), deputy.split(", ")
    n = 0
    while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
        n += 1
    return ", ".join(a[:n])


# The spaces either side of a blank to write on ("______"): no-break spaces, so a blank
# never wraps alone onto the next line ("Signed, dated: / ______"), and "by ______ on
# ______" stays on one line.
_BESIDE_BLANK = re.compile(r" (?=_{3})|(?<=_{3}) (?=\S+ _{3})")


def _checklist(lesson: Lesson, brand: Brand, deck: DeckPlan | None = None
               ) -> tuple[str, ...]:
    """The lesson's safeguarding checks (each blank kept with its label, each slide named
    by its number), with a first one to talk to the DSL before the lesson unless a kept
    check already does."""
    return tuple(_BESIDE_BLANK.sub("\u00a0", _with_slides(c, deck))
                 for c in _checks(lesson, brand))


def _checks(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """The checks as written: ``role: talk_to_dsl`` marks a kept check that talks to the
    DSL already; a visitor's own checks always do (they ask the DSL who needs extra care)."""
    chosen = _chosen(lesson, brand)
    checks = visiting.checklist(lesson, brand, chosen)
    handover = visiting.handover_check(lesson, brand)
    if named_people.visitor(brand) or any(c.role == "talk_to_dsl" for c in chosen):
        return (*checks, *handover)
    contact = f" ({brand.safeguarding_contact})" if brand.safeguarding_contact else ""
    return (f"Talk to {brand.safeguarding_lead}{contact} before the lesson.", *checks,
            *handover)


def _rse_settled(check: Check, brand: Brand) -> Check:
    """The letter's RSE choice, once the school's file has made it, as a line confirming
    that choice against the school's RSHE policy: the file is whoever built the pack's
    reading, and the policy decides whether parents may withdraw their child."""
    if check.role != "rse_choice" or brand.rse_lesson is None:
        return check
    return check.model_copy(update={"text": confirm_line(brand.rse_lesson)})


def _chosen(lesson: Lesson, brand: Brand) -> list[Check]:
    """The content's checks this plan keeps: the fill-in check only while fields are empty,
    and the letter's RSE choice, once the school's file has made it, as a line confirming it."""
    kept = set(without_fill_in_check(lesson.safeguarding.checks))
    return [_rse_settled(c, brand) for c in lesson.safeguarding.checklist if c.text in kept]


def _letter_check(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """When to send the letter home, unless the school has dated it: its reply slip offers
    parents a look at the materials before the lesson, so it cannot go the day before. Not
    on a visitor's plan: the school sends its own letters (the visit logistics say when the
    files reach it)."""
    if named_people.visitor(brand) or brand.letter_sent == "after":
        return ()
    # As the letters print it: no letter date beside a blank lesson date.
    brand = undated_without_lesson(brand)
    if brand.letter_date:
        # Dated on the lesson's day or after, the pack holds the letter after the lesson
        # (plan_letters): said, so no one sends it expecting replies before.
        return ((f"Letter home: dated {brand.letter_date}, not before the lesson, so it "
                 "tells parents what the class learned.",)
                if too_late(brand.lesson_date, brand.letter_date) else
                _dated_letter(lesson, brand))
    by = letter_by(brand.lesson_date)
    # Worked out from the calendar: the pack knows the Christmas holidays, not the school's
    # half terms or training days, and says so rather than claim a count it cannot make.
    when = f"by {by}, the date it carries ({TERM_DAYS})" if by else \
        "two school weeks before the lesson"
    short = short_notice(lesson, brand)
    return (f"Letter home: send it {when}; its slip offers parents a look at the "
            f"materials first. {short}",)


def _dated_letter(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """A letter the school has dated before a dated lesson: sent that day, which is two
    school weeks ahead at the latest; where the lesson comes sooner, the short-notice route
    too, so that a plan for a lesson taught tomorrow never leaves the letter's date unsaid."""
    if not under_two_weeks(brand.lesson_date, brand.letter_date):
        return (f"Letter home: send it on {brand.letter_date}, the date it carries; its slip "
                "offers parents a look at the materials first. "
                f"{short_notice(lesson, brand, UNSENT_LEAD)}",)
    return (f"Letter home: dated {brand.letter_date}, to send that day, under two school "
            f"weeks before the lesson ({brand.lesson_date}); its slip offers parents a look "
            f"at the materials first. {short_notice(lesson, brand)}",)


# A teacher asked to teach it this week cannot send the letter a fortnight ahead: the DSL
# still hears first, and parents hear what their child learned, in the letter written for
# after the lesson (its slip asks for questions, not a look "before the lesson"), which every
# pupil pack holds: the plan names its file ({file}).
SHORT_NOTICE = ("tell the DSL today, and print the letter after the lesson, {file}, to send on "
                "the lesson day.")
# The letter after the lesson's two blanks in an undated build (its Lesson date and its
# Date), both yellow fields; said in few words, as the line ends the plan's last page.
AFTER_DATES_BY_HAND = "Date it by hand."
# Where the letter offers the right to withdraw from sex education, it must reach parents first.
SHORT_NOTICE_WITHDRAW = ("tell the DSL today, and move the lesson, not the letter (parents may "
                         "withdraw their child only before it).")
# Where the school has not said which part of RSHE the lesson is, the teacher is told both ways.
SHORT_NOTICE_RSE = ("tell the DSL today. If sex education here, move the "
                    "lesson, not the letter (parents may withdraw their child only before it); "
                    "if relationships or health education, print the letter after the lesson, "
                    "{file}, to send on the lesson day.")


# How "two school weeks" before a dated lesson is counted, said beside the date.
# The letter is dated that day (plan_letter): sent sooner, its date is the school's to set.
# In the teacher's words: the letter's date is typed over on the letter (the brand file's
# letter_date, which whoever builds the pack can set, is for the build's notes).
TERM_DAYS = ("ten school days, counting weekdays outside the Christmas holidays: "
             "earlier if a half term or training day falls between, and change the "
             "letter's date to the day it goes")


SHORT_NOTICE_LEAD = "At short notice:"
# A dated letter is sent on its day; a teacher who finds the night before that it never went
# needs the same route.
UNSENT_LEAD = "If it never went:"


def short_notice(lesson: Lesson, brand: Brand, lead: str = SHORT_NOTICE_LEAD) -> str:
    """What a teacher does at short notice (or, ``lead`` says, when the letter never went):
    the letter after the lesson, unless the letter may offer parents the right to withdraw
    (the school's ``rse_lesson``, or not yet said)."""
    offered = withdrawable(brand.rse_lesson)
    if not lesson.letter.rse_withdrawal or offered is False:
        advice = SHORT_NOTICE
    else:
        advice = SHORT_NOTICE_WITHDRAW if offered else SHORT_NOTICE_RSE
    said = f"{lead} {advice.format(file=letter_after_file(lesson, brand))}"
    if advice is SHORT_NOTICE_WITHDRAW or brand.lesson_date:
        return said
    # Undated, the letter after prints its lesson date and its own date blank: a teacher
    # who printed it the night before sent it home with both empty.
    return f"{said} {AFTER_DATES_BY_HAND}"


def _resources(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """The lesson's resources, with the file of sort cards to print named in the resource
    marked ``cut_cards`` (else as a resource of its own)."""
    items = [r.text for r in lesson.resources]
    if not has_cards(lesson):
        return tuple(items)
    where = f"print {cards_filename(lesson, brand)}"
    at = next((i for i, r in enumerate(lesson.resources) if r.cut_cards), None)
    if not lesson.readers:  # the cards the teacher holds up, and each child's three
        # As short as before the copies were said: page one holds the resources whole.
        # The class's own count, as the cards file and the visit brief say it.
        return (*items, f"Cards to cut out: {where}, "
                        f"{print_counts(lesson, pupils(lesson.audience, brand))}.")
    if not sorts_on_cards(lesson):
        # The class sorts on its sheet: its cards file is the help cards alone, said so
        # that nobody looks for sort cards in it (or prints them from an older copy).
        if lesson.take_away is None:
            return tuple(items)
        copies = help_copies(pupils(lesson.audience, brand))
        both = ", both sides of one sheet" if two_sided(lesson) else ""
        if at is None:
            return (*items, f"Help cards only: print {cards_filename(lesson, brand)}, "
                            f"{copies} copies{both}.")
        items[at] = (f"{items[at].rstrip('.')} to cut: {cards_filename(lesson, brand)} holds "
                     f"the help cards alone (print {copies} copies{both}).")
        return tuple(items)
    # Which pages how many times, as KS1's plan says it: "the cards file, one set per
    # table" printed once left a class short of sort sets, printed six times short of help
    # cards.
    where = f"{where}, {_card_counts(lesson, brand)}"
    if at is None:
        return (*items, f"Sort cards to cut out: {where}.")
    items[at] = f"{items[at].rstrip('.')}: {where}."
    return tuple(items)


def _card_counts(lesson: Lesson, brand: Brand) -> str:
    """"pages 1 and 2 six times, page 3 (help cards) 8 times" for the school file's class,
    said to be for a class of 30 where the file gives no size."""
    size = pupils(lesson.audience, brand)
    counts = short_print_counts(lesson, size)
    if class_size(lesson.audience, brand) is None:
        return f"{counts} (counted for a class of {ASSUMED})"
    return counts


# "{check 1}" in a cut: the slides of Part 1's check, found in the deck ("slides 10–11"),
# so the teacher skips the slides by number, whatever the template adds before them.
_CHECK_MARK = re.compile(r"\{check (\d)\}")


def check_slides(deck: DeckPlan | None, part: int) -> str:
    """"slides 10–11": Part ``part``'s check questions and their answers in ``deck``; ""
    when there is no deck or no such slide."""
    found = [n for n, s in enumerate(deck.slides, 1) if _is_check(s.kicker, part)] \
        if deck else []
    return SlideSpan(found[0], found[-1]).label if found else ""


def _is_check(kicker: str, part: int) -> bool:
    """A check's kicker: "Learning cycle 1 · Quick check", "Part 2 · Check 1 of 2 · Answer"."""
    label, _, rest = kicker.partition("·")
    return label.strip().endswith(f" {part}") and \
        rest.strip().startswith(("Quick check", "Check "))


# "{help slide}": the first "Who can help" slide, whose picture of the DSL is a photo only
# when the school gave one (a drawing otherwise): the plan points at the slide by number.
HELP_MARK = "{help slide}"


def help_slide(deck: DeckPlan | None) -> str:
    """"slide 27": the deck's first help (signposting) slide; "" without one."""
    found = next((n for n, s in enumerate(deck.slides, 1)
                  if isinstance(s.payload, SignpostingSlide)), None) if deck else None
    return SlideSpan(found, found).label if found else ""


def _with_slides(line: str, deck: DeckPlan | None) -> str:
    """``line`` with each "{check n}", "{help slide}" and "{slides mark}" said as its
    slides (plan/slide_marks); without the bracket round it when the deck has none."""
    line = with_marked_slides(line, deck)
    line = _CHECK_MARK.sub(lambda found: check_slides(deck, int(found[1])), line)
    return line.replace(HELP_MARK, help_slide(deck)).replace(" ()", "")


def _no_time(lesson: Lesson, deck: DeckPlan | None = None) -> list[Block]:
    """What to cut when the lesson runs short, on page one where the teacher plans the hour
    (the content's ``short_of_time``: each saving, and what is never cut)."""
    if not lesson.short_of_time:
        return []
    if lesson.core_minutes:
        # The cuts make the core route the running sheet's "If short of time" clock times.
        core = sum(lesson.core_minutes)
        label = (f"{SHORT_OF_TIME}: {core} min, {lesson.duration_minutes - core} left to "
                 "settle; no second checks. Cut these:")
    else:
        label = "If short of time, cut these:"
    return [Paragraph("", label=label, keep_next=True),
            BulletList(tuple(_with_slides(line, deck) for line in lesson.short_of_time))]


def _overview(lesson: Lesson, brand: Brand, deck: DeckPlan | None, built_for: str = "",
              choose: str = "") -> list[Block]:
    """Page one, the crib to teach from: what the lesson is for, the pages to print, what
    to cut when time is short, each stage's time, slides and sheet, who to reach and the
    answers (the "Fill in first" box goes above who to reach: plan/fill_in_first)."""
    # The DSL, and a visiting trainer where the school names them (so the plan does not read
    # as if the class teacher delivers); a team alone is credited in every page's footer
    # (script_footer): said again here it cost page one a line its lists needed at 12 pt.
    by = f"Visiting trainer: {visiting.trainer(brand)}" if visiting.trainer(brand) else ""
    who = ". ".join(filter(None, (by, _dsl_line(brand, lesson.audience))))
    # The composite plan of every year says, in bold over its route panel, how to get the
    # class's own pack instead.
    serves = serves_every_year(lesson, brand) if choose else ""
    return [
        Paragraph(lesson.outcome, label="Outcome:"),
        date_and_class("Date:", lesson.audience, brand),
        *([Paragraph(built_for, "note")] if built_for else []),
        *([Paragraph("", label=serves)] if serves else []),
        # The composite plan of every year: the choice of route in a panel under the class
        # line, where the teacher starts reading (a Year 3 class must not get Year 6's sheet).
        *([Paragraph(choose, label=choose_label(lesson), panel=True, role=Role.ROUTE_CHOICE)]
          if choose else []),
        # The pages to print named by where the steps end, not by a number: the page they
        # end on is known only where the plan is laid out (a school's longer contacts or a
        # trainer's template move it), and a page-number field shows Word its stored guess
        # until fields are updated (it said 6 where the steps ended on page 5).
        # With what cannot wait for the morning (the DSL told and free, the names, the
        # sign-off, the age rules, the letter), in one box: their checks are after the print
        # line, which a teacher printing to teach from never reads (end-teacher, session
        # 29). One paragraph, as the print line took two lines before.
        _to_print(lesson, brand),
        # The preparing, and the least kit, before anyone reads on (a bag of cards per
        # child took 45 minutes, said only on page five).
        *([Paragraph(kit, label=PREPARING)]
          if (kit := visit_logistics.least_kit(lesson, brand)
                     or _no_cutting_first(lesson, brand, deck))
          else []),
        *_no_time(lesson, deck),
        Heading("Running sheet", 2),
        _running_sheet(lesson, deck, brand),
        # Who to reach, before the answers (read in the lesson, so they may open page two):
        # after them, a school's two-line contacts went overleaf and a teacher looks for the
        # DSL's number on page one. Under the class at the top, they took the "Fill in first"
        # box (which goes above this line) to page two. Whole: a contact split over a page
        # turn is misread.
        *([Paragraph(who, "note", keep_lines=True, role=Role.WHO_TO_REACH)] if who else []),
        # What is said to be right, on the running sheet's page; the reasons are in the
        # answer key at the plan's end.
        *plan_crib.answers(lesson),
    ]


def _to_print(lesson: Lesson, brand: Brand) -> Paragraph:
    """Page one's line of what to print, then what to do before the lesson day
    (plan/before_the_day), read from the checklist, names check and letter line this plan
    prints, run on in one paragraph: a panel of its own, or this line in a tinted box, cost
    page one the few points its "Fill in first" box needed (Ashgrove's Year 4 plan, the
    default Key Stage 2 plan)."""
    text = before_the_day.before_the_day(
        visiting.early_checks(lesson, brand, _chosen(lesson, brand)),
        names_check(lesson.safeguarding.notes, lesson), _letter_check(lesson, brand), brand)
    if not text:
        return Paragraph(PRINT_TO_TEACH, label="To teach, print", to_mark_page=True)
    # The label stays "To teach, print": the footer's "To teach: 1–6" is made from it.
    return Paragraph(f"{PRINT_TO_TEACH} {before_the_day.LABEL} {text}", label="To teach, print",
                     to_mark_page=True)


def _in_the_room(lesson: Lesson, brand: Brand) -> list[Block]:
    """Page two's top, printed with the steps: the ground rules agreed in the starter and
    the disclosure steps, whole (acted on at once, never read across a page turn)."""
    sg = lesson.safeguarding
    return [
        Heading(lesson_steps.GROUND_RULES, 3), BulletList(tuple(sg.ground_rules)),
        Callout(lesson_steps.DISCLOSES,
                visiting.disclosure(lesson, brand, sg.disclosure), "safeguarding",
                whole=True, numbered=True),
    ]


# A reading class's sheet closes on a side of its own: the exit quiz under a Name line
# (plan/worksheet/close). On a four-side sheet printed double-sided it was the back of
# Part 3, read before the plenary. Said as two print jobs, the way a copier is set: "double-
# sided, but its last side on its own" left a teacher asking what became of page 3 of four.
SHEET_PRINTING = ("Print the worksheet as two jobs, so nobody reads the exit quiz early: the "
                  "pages before it double-sided, then the exit quiz (the last page) alone.")


def _sheet_printing(lesson: Lesson) -> tuple[str, ...]:
    """How to print a reading class's sheet so its exit quiz stays unseen; nothing for a
    lesson whose pupils do not read (its sheet has no quiz)."""
    return (SHEET_PRINTING,) if lesson.readers and lesson.exit_quiz else ()


def _no_cutting_first(lesson: Lesson, brand: Brand, deck: DeckPlan | None) -> str:
    """Page one's "No time to cut?" route, for a plan built for a named class: a plan for
    no class carries every year group's cuts on page one, and the route put its "Fill in
    first" box overleaf (the resources list says the route in full instead)."""
    return no_cutting(lesson, brand, deck) if class_year(lesson.audience, brand) else ""


def _before_the_lesson(lesson: Lesson, brand: Brand, deck: DeckPlan | None) -> str:
    """The time printing and cutting takes; where the sorts can be done with nothing cut,
    a pointer to page one's route, or the route itself where page one has none (a teacher
    reads this list the night before too)."""
    line = visit_logistics.before_the_lesson(lesson, brand)
    route = no_cutting(lesson, brand, deck)
    if not route:
        return line
    if _no_cutting_first(lesson, brand, deck):
        return f"{line} With no time to cut, see page one's {PREPARING.rstrip(':')} line."
    return f"{line} {route}"


def _before(lesson: Lesson, brand: Brand, deck: DeckPlan | None = None) -> list[Block]:
    """What is read the day before: what to print, then the checks to make (a visitor's
    logistics after them), and where the teacher notes are. (The lesson's summary is not
    repeated: its stories are in the steps.) Each list runs on over a page turn, an item
    kept whole: side by side, the resources and checks moved whole to the next page under
    the steps' last row and left a page three quarters empty."""
    sg = lesson.safeguarding
    return [
        Heading(before_the_day.HEADING, 2),
        # A school's own plan opens its resources with the time printing and cutting takes
        # and when the letter home goes, the names check first: the letter names the
        # characters.
        Heading("Resources", 3),
        BulletList((*([] if named_people.visitor(brand)
                      else [_before_the_lesson(lesson, brand, deck)]),
                    *names_check(sg.notes, lesson), *_letter_check(lesson, brand),
                    *_resources(lesson, brand), *_sheet_printing(lesson)),
                   whole_items=True),
        # The checks to tick (the DSL signs them); how to teach it safely, read once, is the
        # teacher notes' (plan/teacher_notes.SAFE_TEACHING).
        Heading(safeguarding_checks.SAFE_DELIVERY, 3),
        Checklist(_checklist(lesson, brand, deck), whole_items=True),
        # A visitor's: who prints, brings and provides what.
        *visit_logistics.lesson_logistics(lesson, brand),
    ]


def _how_did_i_do(lesson: Lesson, brand: Brand, minutes: str) -> list[Paragraph]:
    """The worksheet's self-check, as a step of the plenary (it is on every pupil's sheet)."""
    if not lesson.readers:
        what = "each child colours one face under How did I do? on their sheet"
    else:
        what = "pupils tick one box for each row of How did I do? on their sheet"
    owner = visiting.after_owner(lesson, brand)
    collect = (f"{owner} collects the sheets" if owner else "collect the sheets")
    later = ""
    if not lesson.readers:
        # The sort's lights are coloured "later in the day" (the task says so): say when the
        # collected sheets come back, and that they stay in school (the hands name adults).
        later = (f" Later that day, {owner} hands them back to colour the traffic lights "
                 "and keeps them in school." if owner else
                 " Later that day, hand them back to colour the traffic lights, then keep "
                 "them in school.")
    what = what[:1].upper() + what[1:]
    return [Paragraph(f"{what}, privately; {collect} to see who needs more help.{later}",
                      label=f"How did I do? ({minutes}):")]


def _with_self_check(lesson: Lesson, brand: Brand, steps: Sequence[Paragraph]
                     ) -> list[Paragraph]:
    """The plenary's steps with the sheet's self-check once: the content's own step when
    its notes have one, else ours, before what happens "After the lesson"."""
    # The content's own step says the sheet's heading, in its label ("How did I do?
    # (1 min):") or its words.
    if any("how did i do" in f"{b.label} {b.text}".lower() for b in steps):
        return list(steps)
    at = next((i for i, b in enumerate(steps)
               if b.label.lower().startswith("after the lesson")), len(steps))
    # A minute of its own when the plenary's timed steps leave one; else within the close.
    timed = sum(int(m) for b in steps for m in MINUTES.findall(b.label))
    minutes = "1 min" if timed < lesson.plenary.minutes else "during the close"
    return [*steps[:at], *_how_did_i_do(lesson, brand, minutes), *steps[at:]]


def _script(lesson: Lesson, brand: Brand, deck: DeckPlan | None) -> list[Block]:
    """The lesson step by step: one table, a stage's title row (its minutes and slides)
    over a row per timed step, the clock running as on the running sheet."""
    st, pl = lesson.starter, lesson.plenary
    # " · slides 1–7": where the deck is at each stage.
    slides = ([f" · {r.label}" for r in slide_ranges(lesson, deck)]
              or [""] * (len(lesson.cycles) + 2))
    stages = [lesson_steps.starter_stage(lesson, notes_script.script(st.notes), slides[0])]
    clock = st.minutes
    for n, cycle in enumerate(lesson.cycles, 1):
        stages.append(lesson_steps.cycle_stage(lesson, n, notes_script.script(cycle.notes), clock,
                                               slides[n]))
        clock += cycle.minutes
    stages.append(lesson_steps.plenary_stage(
        lesson, _with_self_check(lesson, brand, notes_script.script(pl.notes)), clock, slides[-1]))
    return [Heading("The lesson, step by step", 2), lesson_steps.step_table(stages),
            _notes_pointer(lesson, brand)]


def _notes_pointer(lesson: Lesson, brand: Brand) -> Paragraph:
    """Under the steps' "Print to here" line, where the printed plan ends: the read-once
    reference is the teacher notes' file (plan/teacher_notes). At the plan's end it was a
    last page of its own in the default Key Stage 2 plan."""
    return Paragraph(f"read {class_file(lesson, brand, NOTES_FILE)}.docx once before the day: "
                     "how to teach it safely, the key words, misconceptions, differentiation, "
                     "where adults get help, curriculum links, the answer key and sources.",
                     label=f"{NOTES_NAME}:")


def plan_lesson_plan(lesson: Lesson, facts: FactsFile, brand: Brand,
                     deck: DeckPlan | None = None, built_for: str = "", choose: str = ""
                     ) -> DocPlan:
    """``deck``: the lesson's deck plan, for the slide numbers of each stage; ``built_for``:
    the line saying which year the pack is pitched for and that other years have their own
    (plan/class_fit.written_for), under the class on page one; ``choose``: for a pack built
    for no class, the route the teacher chooses (plan/class_fit.choose_route)."""
    # The reference read once (key words to sources) is the teacher notes' own file
    # (plan/teacher_notes): here, the plan ends with what to prepare and check.
    # Printed to teach from: page one, then the ground rules, the disclosure steps and the
    # steps, from page two at the latest; the preparation, reference and answer key run on
    # after them. No page breaks: page one's overview longer than its page (a school's
    # contacts, a visitor's asides) left page two holding its last box alone, and a page of
    # their own left the steps' last page half empty (a KS4 plan's with three lines).
    blocks = [*_overview(lesson, brand, deck, built_for, choose), *_in_the_room(lesson, brand),
              *_script(lesson, brand, deck), *_before(lesson, brand, deck)]
    return DocPlan(class_file(lesson, brand, "lesson-plan") + ".docx", "lesson_plan",
                   item_files.meta(lesson, brand, "teacher lesson plan"),
                   title=lesson.title,
                   subtitle=f"{VISIT_PLAN_NAME if named_people.visitor(brand) else PLAN_NAME} · "
                   # The class's year where it is known, as every footer says it (a Year 6
                   # plan said "Key Stage 2 (ages 7–11)" under a Year 6 footer).
                   f"{year_label(lesson.audience, brand)} · "
                   f"{lesson.duration_minutes} minutes",
                   # The organisation is at the header's left; the key stage tells four
                   # printed plans apart (a brand's footer may not name it).
                   header=f"{lesson.audience.value.upper()} lesson plan",
                   footer=footers.script_footer(lesson, brand),
                   footer_shorter=footers.script_footer_shorter(lesson, brand),
                   single_spaced=True,
                   blocks=without_visitor_asides(tuple(blocks), brand, facts))
