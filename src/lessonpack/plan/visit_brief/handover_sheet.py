"""The class teacher's handover sheet: one page when a trainer visits, saying who is coming
and when, and what the class teacher does before, during and after the lesson.

What a visitor leaves behind (the question box, the sheets, a colouring session later, a
quiet check-in) was written only in the trainer's speaker notes and plan, which the class
teacher never reads, so the jobs after the visit had no owner. The sheet names the
school's DSL and deputy where the school file gives them, as the plan's disclosure box does.
"""

from __future__ import annotations

from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.content.routes import for_the_class
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.content.wording import VISITOR_ASIDE
from lessonpack.plan import (
    counts_and_lists,
    footers,
    item_files,
    named_people,
    visit_disclosure,
    visiting,
)
from lessonpack.plan.class_line import class_year
from lessonpack.plan.class_size import pupils
from lessonpack.plan.lesson_plan import help_slide
from lessonpack.plan.letter.reply_slip import after_back_short
from lessonpack.plan.letter_dates import reply_by, short
from lessonpack.plan.model import (
    Block,
    Checklist,
    DeckPlan,
    DocPlan,
    Heading,
    Paragraph,
    WriteOnLine,
)
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.sort_cards import card_sets, has_cards, sorts_on_cards
from lessonpack.plan.visit_brief.brief_day import KEPT_FOR, Dues
from lessonpack.plan.visit_brief.brief_print_rows import cut_job
from lessonpack.plan.visit_brief.names_jobs import names_line
from lessonpack.plan.visit_brief.screen_check import (
    rebuilt_for,
    rebuilt_set,
    screen_job,
    when,
)
from lessonpack.plan.visit_brief.visit_times import lesson_line, times_line


def _papers(lesson: Lesson) -> str:
    """What the trainer hands over at the sign-off: the question box, and what pupils hand
    in unless the class teacher already collects it as they leave (a reading class's sheets,
    the plenary's ``second_adult_collects_sheets``): handed "the pupils' sheets" she had,
    she was confused."""
    if lesson.readers and lesson.plenary.second_adult_collects_sheets:
        return "the question box"
    return "the question box and the " + visiting.handed_in(lesson, "pupils' sheets")


def _delete_slides(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """"By Fri 29 Jan: delete the latest slides Sam Carter sent (they show staff photos).":
    the rebuilt slides went to each class teacher too, and the brief's deletion row was in
    the office's paper, not the teacher's. Named as the screen check names them
    (screen_check.rebuilt_set): a date here and "the latest" there read as two sets. None
    when no photo is put in."""
    if not rebuilt_for(lesson.audience, brand):
        return ()
    back = after_back_short(brand)
    when = f"By {back}" if back else "Within a week of the visit"
    return (f"{when}: delete {rebuilt_set(brand)} (they show staff photos).",)


def before(lesson: Lesson, brand: Brand, photo_slide: str = "") -> tuple[str, ...]:
    """``photo_slide``: the deck's slide with the DSL's photo ("slide 27"), which the
    teacher shows to try the screen and the photo at once."""
    dsl = named_people.dsl(brand)
    # The trainer's number is on the sheet's "Who is coming" line, a line above.
    screen = screen_job(brand, rebuilt_for(lesson.audience, brand), photo_slide,
                        phone=not (brand.trainer_phone.strip()
                                   or brand.delivered_by_phone.strip()))
    # Dated as the visit brief's extra-care row: the DSL briefs the trainer from it, so a
    # teacher's word after that day reaches the trainer too late.
    day = visiting.extra_care_by(brand)
    tell = f"By {day}, tell" if day else "Tell"
    slips = _reply_slips(brand)
    # A line: what the school then decides, and that the trainer hears only what they
    # need, is the brief's extra-care row. One item with the reply slips, which go to the
    # same person: two items ran the sheet onto a second page.
    care = (f"{slips[0].removesuffix('.')}; {_lower(tell)} the DSL (not the trainer) about "
            "any pupil the topic may touch." if slips else
            f"{tell} {dsl} (not the trainer) about any pupil the topic may touch.")
    return (
        # First: it must be done before the letter home goes (the visit brief's row).
        *filter(None, (names_line(lesson, brand),)),
        care,
        _question_box(lesson),
        # The room the plan's steps use (a circle, then tables): a visitor cannot move the
        # furniture at 9am, and the plan was the only paper that said what it needed.
        *_room(lesson, brand),
        # The brief gives the class teacher the cutting, but teachers work from this sheet:
        # with the job only in the office's paper, the cards were found uncut on the day.
        *_cutting(lesson, brand),
        # The day's brief gives the class teachers the same job on the same day, on the
        # slides that replace the first email's. The printing is the office's (the brief's
        # print run gives each file's day): a line asking the teacher to check it ran the
        # sheet onto a second page once the reply slips and the photo rule were on it.
        f"{when(brand)} {_lower(screen)}{_no_photo(lesson, brand)}",
    )


def _cutting(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """"By Thu 21 Jan, once the office prints them: cut out …": the brief's cutting row, on
    its day, for the class teacher who does it. None for a class with no cards."""
    if not has_cards(lesson):
        return ()
    # The office prints on one day and the cutting is the next (brief_day.PRINT_SCHOOL_DAYS):
    # both days said, so a teacher can chase cards not in their tray.
    dues = Dues(brand)
    printed, cut = dues.when("printed").short, dues.when("cut").short
    lead = f"By {cut}" if printed else "The day before the lesson"
    prints = f"prints them on {printed}" if printed else "has printed them"
    return (f"{lead}, once the office {prints}: "
            f"{_lower(cut_job(lesson, pupils(lesson.audience, brand)))}",)


def _reply_slips(brand: Brand) -> tuple[str, ...]:
    """"By Fri 15 Jan: collect the letter's reply slips; …": the slips come back to the
    class teacher (the letter says so), and the brief's row giving them the job was in the
    office's paper, not in the one the teacher works from. None when the letter has no slip
    or goes home after the lesson."""
    if not brand.reply_slip or brand.letter_sent == "after":
        return ()
    back = short(reply_by(brand.lesson_date, brand.letter_date))
    lead = f"By {back}:" if back else "By the slip's date:"
    # Each slip asks to see the materials or to be called: every one goes to the DSL.
    return (f"{lead} collect the letter's reply slips; give them to {named_people.dsl(brand)} "
            "that day.",)


def _no_photo(lesson: Lesson, brand: Brand) -> str:
    """" No photo? You bring Mrs Okafor and Mr Price in to meet the class.": the brief's rule for
    a photo that never comes, where the teachers who carry it out read it. The deputy too
    where the class's help slide gives them a card of their own (a class that cannot read
    yet); a reading class meets the deputy whatever the photo, as its slide names them
    with no face. "" when no photo is awaited."""
    if not rebuilt_for(lesson.audience, brand):
        return ""
    lead = fill_ins.pupil_name(brand.dsl_name.strip()) or "the DSL"
    deputy = fill_ins.pupil_name(brand.deputy_dsl_name.strip())
    if deputy and lesson.readers:
        # A reading class's help slide names the deputy without a face, and the deputy may
        # be the one on call: the class meets them in person whatever the photo. Why, in
        # a few words: the brief asks for the deputy's photo for Year 2 alone, and an
        # introduction with no reason given read as optional. Short: the sheet is one page.
        return (f" You bring in {deputy} (named on the slide, no photo) to meet the class, "
                f"and {lead} if no photo.")
    both = f"{lead} and {deputy}" if deputy and brand.deputy_dsl_photo is None else lead
    # Who does it, said: the trainer is a visitor, and "Introduce them" left it open.
    return f" No photo? You bring {both} in to meet the class."


def _room(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """"Set up the room: six tables for the card sorts; mini-whiteboards …": the content's
    room, after the tables a class sorting cards in groups needs, as many as the sets the
    office prints (sort_cards.card_sets): a room left in rows cost the first sort five
    minutes of a timed six."""
    if not lesson.room:
        return ()
    tables = ""
    if sorts_on_cards(lesson) and lesson.card_sets == "table":
        sets = card_sets(lesson, pupils(lesson.audience, brand))
        tables = f"{counts_and_lists.number_word(sets)} tables for the card sorts; "
    return (f"Set up the room: {tables}{lesson.room}",)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _question_box(lesson: Lesson) -> str:
    """One owner for the question box: the trainer's when the content says they bring it
    (the plan said the trainer brings it while this sheet asked the school for one)."""
    brought = any(r.provided_by == "trainer" and "question box" in r.text.lower()
                  for r in lesson.resources)
    box = ("The trainer brings the question box (it stays with you)"
           if brought else "Put a question box in the room")
    # A job, with its verb: "A quiet place nearby …" told nobody to arrange it. One line:
    # the sheet is one page.
    return box + "; arrange a quiet place for an upset pupil."


def second_adult_jobs(lesson: Lesson, year: int | None = None) -> tuple[str, ...]:
    """The jobs the lesson gives the second adult (its parts' ``second_adult`` fields; at a
    visit that adult is the class teacher), a part's jobs together after when: "At the
    start: put the lights on their spots …", and a record for the DSL on its own line,
    each moment named: "At the start and at the end: quietly note …". The class teacher was
    asked after the lesson for "the thumbs names" they were never told to collect."""
    parts = [("At the start", lesson.starter.second_adult),
             # A cycle's title names the part, not the job ("Say no and tell: lay out
             # sheets" read as an instruction to say no).
             *((f'In "{c.title}"', c.second_adult) for c in lesson.cycles),
             ("At the end", lesson.plenary.second_adult)]
    parts = [(when, [j for j in (for_the_class(job, year) for job in jobs) if j])
             for when, jobs in parts]
    records = _records(parts)
    lines = {moment: [j for j in jobs if not j.startswith(RECORD)] for moment, jobs in parts}
    out = []
    for moment, _jobs in parts:
        out += [_one_line(moment, lines[moment])] if lines[moment] else []
        out += [_one_line(_and(moments), [job]) for job, moments in records.items()
                if moments[0] == moment]
    return tuple(out)


# How a second adult's job that records something private for the DSL begins.
RECORD = "quietly note "


def _records(parts: list[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """Each private record for the DSL ("quietly note who shows thumbs up to …") and the
    moments it is made: a line of its own on the sheet, each moment named once (after the
    room's setup in one sentence, the record was easy to miss)."""
    records: dict[str, list[str]] = {}
    for moment, jobs in parts:
        for job in (j for j in jobs if j.startswith(RECORD)):
            records.setdefault(job, []).append(moment)
    return records


def _one_line(moment: str, jobs: list[str]) -> str:
    """A part's jobs on one line of the list, after one "when": a line each repeated it,
    and the KS1 sheet had no room left for a school's longer names."""
    return f"{moment}: " + "; ".join(j.rstrip(".") if i < len(jobs) - 1 else j
                                   for i, j in enumerate(jobs))


def _and(moments: list[str]) -> str:
    """"At the start and at the end": the moments one record is made."""
    rest = [m[:1].lower() + m[1:] for m in moments[1:]]
    return ", ".join([moments[0], *rest[:-1]]) + (f" and {rest[-1]}" if rest else "")


def during(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    return (
        *second_adult_jobs(lesson, class_year(lesson.audience, brand)),
        # That the trainer never teaches alone is the plan's first check. Staying, watching
        # and the ground rules (on the slide the class agrees them on) are one item: a line
        # of their own, the rules ran the sheet onto a second page once the reply slips
        # and the photo rules were on it; the disclosure rule below says the class is
        # never left to the trainer alone.
        "Stay in the room all lesson, in sight of every pupil, and back up the ground rules. "
        "A pupil goes quiet, gets upset, leaves or says something worrying? Look after them "
        "and note their name.",
        # Two lines of the rule the plan's disclosure box and the title slide's notes say
        # whole, pointing to the box: the whole rule here ran to five lines.
        visit_disclosure.pointer(brand),
    )


def lesson_after(lesson: Lesson) -> tuple[str, ...]:
    """The plenary's ``after_lesson`` steps, the content's own words for the class teacher's
    jobs (KS1: the "If I tell" thumbs to the DSL; KS2: who still blames a tricked child),
    without what is said to a visitor: this sheet is the handing over."""
    steps = (VISITOR_ASIDE.sub("", s.text).strip() for s in lesson.plenary.after_lesson)
    return tuple(s[:1].upper() + s[1:] for s in steps if s)


def _dsl_named(text: str, brand: Brand) -> str:
    """The content's first "the DSL" by the school's name for them, and "the DSL or the
    deputy" as both names ("Mrs Okafor or Mr Price (deputy)"): the role's "or deputy"
    after a name read as a word left out. Short names, as the sheet's disclosure and sheets
    lines give them (its first job gives the DSL's whole name): whole, each ran a job a
    word onto a line of its own. Unchanged where the school names no DSL."""
    dsl = fill_ins.pupil_name(brand.dsl_name.strip())
    deputy = fill_ins.pupil_name(brand.deputy_dsl_name.strip())
    if not dsl:
        return text
    if deputy and "the DSL or the deputy" in text:
        return text.replace("the DSL or the deputy", f"{dsl} or {deputy} (deputy)", 1)
    return text.replace("the DSL", dsl, 1)


def after(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    dsl = named_people.dsl(brand)
    # This sheet is read by the class teacher: "the class teacher reads…" is "you read…".
    own = tuple(visiting.as_the_reader(s) for s in lesson_after(lesson))
    if own:  # the content's jobs, with the DSL named where the school gives the name
        return (*(_dsl_named(s, brand) for s in own),
                sheets_kept(brand),
                "Check in quietly with any pupil you noted, somewhere others can see you.",
                _send_letter_after(brand), *_delete_slides(lesson, brand))
    out = []
    if lesson.follow_up is not None:
        f = lesson.follow_up
        out.append(f"Later today ({f.minutes} min): {f.what[:1].lower()}{f.what[1:]}"
                   f"{'' if f.what.endswith('.') else '.'}")
    out += [
        f"Read {_papers(lesson)} the same day; anything that worries you goes to {dsl}.",
        sheets_kept(brand),
        "Check in quietly with any pupil you noted, somewhere others can see you.",
        "Pupils' sheets stay in school; the trainer takes nothing about a pupil away.",
        _send_letter_after(brand), *_delete_slides(lesson, brand),
    ]
    return tuple(out)


def sheets_kept(brand: Brand) -> str:
    """What happens to the pupils' sheets once read, the plans' rule (content's
    ``sheets_kept``) in one line: the plan leaves it to the class teacher, who reads this
    sheet, not the plan, so with no line here the sheets (a named pupil's private ticks)
    had no owner. The DSL by short name where the school file names them."""
    dsl = fill_ins.pupil_name(brand.dsl_name.strip()) or "the DSL"
    return fill(safeguarding_words().sheets_kept_handover, dsl=dsl)


# Every pack has a letter for after the lesson (what was learned, what to do if a child
# tells): built, printed by the office on the day (the visit brief's row), it went nowhere
# until a job said who sends it.
SEND_LETTER_AFTER = "At the end of the day: send the letter after the lesson home with every pupil."


def _send_letter_after(brand: Brand) -> str:
    """Sending the letter after the lesson, and who takes its reply slips: once the trainer
    has gone, a parent asking to see the materials or to be called had nobody named to
    answer. The slips come back to the class teacher, by name and by a date a school week
    on (the slip says so), and a worry or a wish to see the materials goes to the DSL the
    day it comes, as the letter before the lesson's slips do: one owner, one route."""
    dsl = named_people.dsl(brand)
    back = after_back_short(brand)
    by = f" by {back}" if back else ""
    return (f"{SEND_LETTER_AFTER[:-1]}; its slips come back to you{by}: each to {dsl} the "
            "day it comes.")


def _team_reach(brand: Brand) -> str:
    """" (07700 900123, 0306 999 0100)": how the class teacher reaches the team if the
    trainer is late or a question comes after the lesson (the school's contacts replaced
    the team's): the trainer's own phone first where the booking gives one, then the
    team's phone; the team's email only where no phone is given. On the day a phone is
    the way; the email is on the visit brief, and with it "Who is coming" ran to two
    lines and the sheet a line past its page."""
    phones = [p for p in (brand.trainer_phone.strip(), brand.delivered_by_phone.strip()) if p]
    # No phone or email in the brand: a field to write one in, never nothing.
    said = ", ".join(phones) or brand.delivered_by_email.strip() or \
        fill_ins.TRAINER_PHONE_FIELD
    return f" ({said})"


def _trainer(brand: Brand) -> str:
    return visiting.trainer(brand) or "The trainer"


def _back(brand: Brand) -> str:
    """"photographs this sheet only (work device; no pupil or pupil's work in
    shot).": the trainer writes the time and who took the papers, and takes the sheet's
    answers away in a photo. A visitor's camera in a classroom is what staff are trained to
    question: the line says it is a work device, not a personal phone, and that the photo
    is of this sheet, which names no child, with no child nor a child's named work (a
    helping hand carries a child's writing) beside it."""
    # Deleted, and when: the photo names the teacher and leaves the school with the trainer.
    return ("photographs this sheet only (work device; no pupil or pupil's work in shot; "
            f"deleted within {KEPT_FOR} of the visit).")


# Points after each checklist item and after each section's last: the items set close
# together, and the sections with no more between them than a paragraph's gap, read as one
# dense block to a teacher given the sheet at 8.45am. A point between items and five between
# sections: at 12 pt (the documents' floor) the Year 4 sheet, the fullest, fills its page
# with these, and at 2 and 7 its sign-off went overleaf.
ITEM_SPACE, SECTION_SPACE = 1.0, 5.0


def _listed(items: tuple[str, ...]) -> Checklist:
    return Checklist(items, item_space=ITEM_SPACE, end_space=SECTION_SPACE)


def feedback_strip() -> tuple[Block, ...]:
    """Two questions for the class teacher at the sheet's foot, read by the trainer at the
    sign-off: a visiting team reports how each lesson went, and the class teacher is the
    one who knows whether it suited the class. One line, with the team's thanks (said under
    "Who is coming" it cost the full KS2 sheet the line this needs)."""
    return (WriteOnLine("Thank you! Right for your class?",
                        said="\u2610 Yes  \u2610 Partly  \u2610 No   What should we change?"),)


def plan_handover(lesson: Lesson, brand: Brand, deck: DeckPlan | None = None
                  ) -> DocPlan | None:
    """The sheet for a visiting trainer's lesson; None for a school's own staff. ``deck``:
    the class's slides, whose help slide the screen check names by number."""
    if not named_people.visitor(brand):
        return None
    coming = visiting.coming_named(brand).removesuffix(",")
    blocks: list[Block] = [
        lesson_line(lesson, brand),
        times_line(lesson, brand),
        # Who and how to reach them, no more: the lesson's length is the "Lesson:" line's
        # times, and "teaches this 45-minute lesson with your class" ran this line to a
        # second, and the sheet a line past its page.
        Paragraph(f"{coming}{_team_reach(brand)}.", label="Who is coming:"),
        Heading("Before the lesson", 2), _listed(before(lesson, brand, help_slide(deck))),
        Heading("During the lesson", 2), _listed(during(lesson, brand)),
        Heading("After the lesson", 2), _listed(after(lesson, brand)),
        # Who writes on the sheet and how it gets back to the trainer: the handover of the
        # box is the record of who holds the slips, and the two questions below are the
        # team's one word from the class.
        # Who hands what to whom: the trainer hands the papers to the class teacher, who
        # signs for them ("… handed over" named neither).
        Paragraph(f"{_trainer(brand)} hands you {_papers(lesson)}, then {_back(brand)}",
                  label="Sign-off:", keep_next=True),
        # Two labelled blanks, in the order they are written: "Time: Received by (you):"
        # read as one broken line.
        WriteOnLine("Time:", lead=("Received by:", "")),
        *feedback_strip(),
    ]
    return DocPlan(class_file(lesson, brand, "handover") + ".docx", "handover",
                   item_files.meta(lesson, brand, "handover for the class teacher"),
                   title=f"Handover: {lesson.topic_title}",
                   # No subtitle: the "Lesson:" line under the title names the class and its
                   # teacher, and the sheet's names and cutting jobs need its two lines.
                   subtitle="",
                   header="Handover for the class teacher",
                   # Sizes and spacing: render/docx_styles.apply_handover_sizes, for the kind.
                   footer=footers.doc_footer(lesson, brand), blocks=tuple(blocks))
