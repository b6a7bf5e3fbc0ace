"""A visiting trainer's parents' session, as the host school sees it: the parents' visit
brief (a dated row per job, who does it) and the whole-school invitation with a reply slip.

The facilitator notes listed jobs only the school can do (the handouts to print for the
families expected, the hall, supervised play for children who come, a member of staff who
knows the families, the DSL or deputy on site), but the school never received them, and the
only publicity was one line in two classes' letters: nobody could count "families
expected". The wording is the session's own (``visit:`` in its parents.yml, where the DSL
reviews it); the dates come from the school file's session and letter dates, never typed.
"""

from __future__ import annotations

from collections.abc import Callable

from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import ParentSession
from lessonpack.content.parents_model import ParentsVisit
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.plan import item_files, named_people, visiting
from lessonpack.plan import pictures as pics
from lessonpack.plan.letter.home import other_formats
from lessonpack.plan.letter.school import SIGN_LINE, letterhead, role_line
from lessonpack.plan.letter.workshop import content_note
from lessonpack.plan.letter_dates import (
    change_and_return,
    interpreters_by,
    letter_by,
    reply_by,
    school_day_after,
    school_days_before,
    send_by,
    session_day,
    short,
    sign_off_by,
)
from lessonpack.plan.model import (
    Block,
    Callout,
    Checklist,
    CutLine,
    DocPlan,
    FlyerFacts,
    Heading,
    IconLines,
    Paragraph,
    Table,
    WriteOnLine,
)
from lessonpack.plan.parents.parents_sign_in import print_counts
from lessonpack.plan.story_people import story_people
from lessonpack.plan.visit_brief.brief import BRIEF_WIDTHS, HOLIDAYS_NOTE, brief_doc
from lessonpack.plan.visit_brief.brief_day import (
    PRINT_SCHOOL_DAYS,
    EveningJobs,
    Row,
    dsl_who,
    head_who,
    mid,
)
from lessonpack.plan.visit_brief.brief_on_the_day import trainer_back
from lessonpack.plan.visit_brief.visit_times import PLAY_AFTER, after_session, session_span

# Room to sign above the head's name (letter/school.SIGN_SPACE): the flyer's page is full.
SIGN_SPACE = 16
# The invitation's headline and its words' size (points): a flyer read at arm's length.
HEADLINE_PT = 26
FLYER_PT = 14


def _venue(brand: Brand) -> str:
    return brand.parents_session_venue.strip() or "the hall"


# A family who uses a wheelchair or a hearing aid decides from the invitation whether it
# can come: the school says what the room has, or the field asks it to.
FILL_IN_ACCESS = "[step-free entry? a hearing loop? say what the room has]"


def _names(brand: Brand) -> dict[str, str]:
    """What the content's {dsl}, {deputy}, {head}, {trainer}, {venue}, {set_by}, {record},
    {sign_in} and {access} stand for at this school."""
    return {"{dsl}": brand.dsl_name.strip() or fill_ins.FILL_IN_DSL,
            "{head}": head_who(brand),
            "{deputy}": brand.deputy_dsl_name.strip() or "the deputy DSL",
            "{trainer}": visiting.delivered_by(brand),
            "{venue}": _venue(brand),
            "{set_by}": _set_by(brand),
            "{record}": visiting.sign_off_record(brand),
            "{sign_in}": print_counts(brand),
            "{access}": brand.parents_session_access.strip() or FILL_IN_ACCESS,
            "{interpreters_by}": _interpreters_by(brand) or "as soon as you can",
            # Questions about the evening go to the team, named with its contact above.
            "{other_formats}": other_formats(brand, "invitation", questions=False)}


def _interpreters_by(brand: Brand, said: Callable[[str], str] = str) -> str:
    """"by Friday 8 January 2027": when a family asks for an interpreter to have one booked
    in time (letter_dates.interpreters_by), ``said`` as the paper says dates; "" when no
    such day falls after the invitation goes home."""
    day = interpreters_by(session_day(brand.parents_session_date), brand.letter_date)
    return f"by {said(day)}" if day else ""


def _set_by(brand: Brand) -> str:
    """"by 5.15pm, before the trainer sets up": when the room is ready, the trainer's time
    back (the brief's "Evening:" line); without a session time, before the trainer sets up."""
    back = trainer_back(brand)
    return "before the trainer sets up" if "_" in back else \
        f"by {back}, before the trainer sets up"


def _filled(text: str, names: dict[str, str]) -> str:
    text = _named(text, names)
    return text[:1].upper() + text[1:]


def _named(text: str, names: dict[str, str]) -> str:
    for key, value in names.items():
        text = text.replace(key, value)
    return text


def _when(brand: Brand) -> dict[str, str]:
    """The day each kind of row falls on ("Mon 14 Dec"), or words when the school file gives
    no full date: the session's date and the letters' (the invitation goes with them)."""
    day, letter = session_day(brand.parents_session_date), brand.letter_date
    sent = letter or letter_by(day)
    return {
        "files": short(send_by(day, letter)) or "Three school weeks ahead",
        "sign_off": short(sign_off_by(day, letter)) or "Two school weeks ahead",
        # The head approves with the DSL's sign-off, before any holiday, as a day's brief
        # has the letters approved; the day before the invitation goes is the last day for
        # a change ({changes_by}): approved that day, a change had one night to be made.
        "approve": short(school_days_before(sign_off_by(day, letter), 1))
        or "Before the sign-off",
        "invitation": short(sent) or "Two school weeks ahead",
        "replies": short(reply_by(day, letter)) or "A school week ahead",
        # The lessons' printing day (brief_day.PRINT_SCHOOL_DAYS): a visit day prints once.
        "print": short(school_days_before(day, PRINT_SCHOOL_DAYS)) or "Two school days before",
        # The slips and forms cut apart the day before, as a visit day's cards are.
        "cut": short(school_days_before(day, 1)) or "The day before",
        "evening": short(day) or "On the day",
        "after": short(school_day_after(day)) or "The school day after",
    }


def changes_by(brand: Brand) -> str:
    """"by Tue 5 Jan, who sends the office corrected copies to print by Wed 6 Jan":
    the last day for a change to the invitation and the day it comes back, the school day
    before it goes (letter_dates.change_and_return); in words for an undated session."""
    day = session_day(brand.parents_session_date)
    return change_and_return(day, brand.letter_date)


def _said(brand: Brand, minutes: int) -> dict[str, str]:
    """What the content's names stand for in a row's words (a session of ``minutes``)."""
    names = _names(brand)
    names["{changes_by}"] = changes_by(brand)
    names["{play_until}"] = play_until(brand, minutes)
    # The sealed contact slips wait in school until the next school day.
    after = short(school_day_after(session_day(brand.parents_session_date)))
    names["{collected}"] = f"on {after}" if after else "the next school day"
    # Who the trainer is, in a row: the name alone ("tell Sam Carter the numbers").
    names["{trainer}"] = visiting.trainer(brand) or "the trainer"
    # A row's date is short, as its "By" column's ("by Fri 8 Jan").
    names["{interpreters_by}"] = _interpreters_by(brand, short) or "in time"
    # By short name ("Mrs Okafor", "Mr Price"), the "Who" column's DSL with "(DSL)", as
    # the day brief's own rows say them: one brief named one person three ways.
    return {**names, **{k: pupil_name(names[k]) for k in ("{dsl}", "{deputy}")}}


def play_until(brand: Brand, minutes: int) -> str:
    """"7.15pm": until when the play staff stay, a quarter of an hour after a session of
    ``minutes`` ends (families who stay to talk collect their children last); said in
    words when the session's time is not given."""
    return after_session(brand.parents_session_date, minutes, PLAY_AFTER) or \
        "the last child is collected"


def rows(visit: ParentsVisit, brand: Brand, minutes: int
         ) -> tuple[tuple[str, str, str, str], ...]:
    """(when, file or job, who, what they do), in the content's order (which is date order),
    for a session of ``minutes``."""
    when, said = _when(brand), _said(brand, minutes)
    # The slips' sentence as the notes and the last help slide say it (SignIn.slips).
    said["{slips}"] = visit.sign_in.slips
    # "The DSL" lowered after another name ("Office, then the DSL"); _filled capitalises a
    # cell's first word.
    who = {**said, "{dsl}": mid(dsl_who(brand))}
    return tuple((when[r.when], r.file, _filled(r.who, who), _filled(r.says, said))
                 for r in visit.rows)


# Kinds of row a visit day's brief says once for the day: the files, the DSL's sign-off, the
# head's approval (of the letters and the invitation together).
_SAID_FOR_THE_DAY = ("files", "sign_off", "approve")


def evening_jobs(session: ParentSession, brand: Brand) -> EveningJobs | None:
    """The session's part of a visit day's brief when it is that day's evening: its own
    rows, less those the day says once; the invitation's going home and the handout's
    printing as text for the day's letters and printing rows. None without a ``visit:``."""
    if session.visit is None:
        return None
    kept: dict[str, list[Row]] = {}
    said: dict[str, str] = {}
    cover: Row | None = None
    covered = ""
    minutes = session.duration_minutes
    for row, planned in zip(session.visit.rows, rows(session.visit, brand, minutes),
                            strict=True):
        if row.when in _SAID_FOR_THE_DAY:
            continue
        if row.cover is not None:  # asked with the lessons' cover (brief_rows.day_rows)
            if cover is None:
                cover, covered = planned, _named(row.cover.covered, _said(brand, minutes))
            continue
        if row.when in ("invitation", "print") and row.when not in said:
            said[row.when] = planned[3]
            continue
        kept.setdefault(row.when, []).append(
            _evenings(planned) if row.when == "evening" else planned)
    # The names the school's own version tells (a primary evening's children, not a
    # secondary's), for the day's names check.
    people = story_people(session.for_phase(brand.phase))
    return EveningJobs({kind: tuple(found) for kind, found in kept.items()},
                       said.get("invitation", ""), said.get("print", ""), cover, covered,
                       people)


def _evenings(row: Row) -> Row:
    """"Evening: the room", "Evening: question box": in a day's brief the evening's jobs
    sit beside the lessons' (the classes' question boxes have a row too; "The room" read as
    where the lessons are), so each says it is the evening's."""
    when, file, who, what = row
    if not file.lower().startswith("evening"):
        file = f"Evening: {file[:1].lower()}{file[1:]}"
    return when, file, who, what


def _on_the_evening(brand: Brand) -> Callout:
    """What the office and the trainer agree and no file gives: written in when booked;
    with the team's own phone and email (the school's replaced them on every page), on the
    parking line's room so the brief stays one page."""
    team = visiting.team_contact(brand)
    return Callout("On the evening", (
        "Trainer arrives: ________   Doors open: ________   Sign in at: ______________",
        *(("School contact, name and phone: ____________________   Parking: ____________",
           f"Reach the team: {team}") if team else
          ("Contact on the evening, name and phone: ______________________________",
           "Parking: ______________________________________________"))), whole=True)


def plan_parents_brief(session: ParentSession, brand: Brand) -> DocPlan | None:
    """The host school's brief for a visiting trainer's session; None for a school's own
    staff, or a session without a ``visit:`` block."""
    if not named_people.visitor(brand) or session.visit is None:
        return None
    when = brand.parents_session_date
    # "6pm–7pm": when it ends too, so the office knows how long the hall is needed.
    span = session_span(when, session.duration_minutes)
    said = f"{session_day(when)}, {span}" if span and session_day(when) else when
    line = (Paragraph(f"{said}  ·  {_venue(brand)[:1].upper()}{_venue(brand)[1:]}",
                      label="Session:") if when
            else WriteOnLine("Session:", lead=("Where:", _venue(brand))))
    blocks: list[Block] = [
        line,
        Paragraph(f"{visiting.coming(brand)} runs the session. Please pass each row to "
                  f"the person named. {HOLIDAYS_NOTE}"),
        Table(("By", "File or job", "Who", "What to do"),
              rows(session.visit, brand, session.duration_minutes),
              widths=BRIEF_WIDTHS, narrow_sides=True),
        _on_the_evening(brand),
    ]
    return brief_doc(session, brand, f"Visit brief: {session.topic_title} for parents", blocks)


def plan_invitation(session: ParentSession, brand: Brand,
                    library: PictureLibrary | None = None) -> DocPlan | None:
    """The invitation home, for every family (the class letters reached two year groups),
    set as a one-page flyer on the school's letterhead: the headline, the day, time and
    place large beside a picture, the paragraphs, the offers behind their icons, from the
    school's signatory, and at the page's foot a slip for the office to count who is
    coming."""
    if not named_people.visitor(brand) or session.visit is None:
        return None
    invitation = session.visit.invitation
    names = _names(brand)
    # The team's phone and email beside its name, kept by the family above the cut: in the
    # page's footer they went back to the office on the reply slip.
    names["{trainer}"] = _led_by(brand)
    when = brand.parents_session_date
    back = reply_by(session_day(when), brand.letter_date) if when else ""
    headline = invitation.headline or \
        f"Parents' and carers' workshop: {session.topic_title.lower()}"
    offers = tuple((_filled(o.text, names), pics.get(library, o.picture))
                   for o in invitation.offers)
    signed = brand.letter_signatory or "[Name]"
    role = role_line(brand.letter_signatory_role or "Headteacher", brand)
    blocks: list[Block] = [
        letterhead(brand, brand.letter_date or letter_by(session_day(when))),
        Heading(headline, 1, size=HEADLINE_PT),
        _when_and_where(session, brand, pics.get(library, invitation.picture)),
        *(Paragraph(_filled(p, names), space_before=8 if n == 0 else 0, size=FLYER_PT)
          for n, p in enumerate(invitation.paragraphs)),
        *([IconLines(offers)] if offers else []),
        # An all-through school's workshop has teenage sextortion figures and a story.
        *([Paragraph(content_note(brand).strip())] if content_note(brand) else []),
        # "Mrs Sarah Whitfield, Headteacher, Ashgrove Primary School" under a line to sign
        # on, as the school's letters are: the visit brief has the head approve and sign it.
        Paragraph(f"{SIGN_LINE}\n{signed}, {role}", space_before=SIGN_SPACE, size=FLYER_PT),
        # To the office, which counts them: slips handed to a dozen class teachers reached
        # nobody counting. At the page's foot, whatever the flyer above it holds.
        CutLine(f"Reply slip: return to the school office by {back or '_' * 22}.",
                foot=True),
        Checklist(tuple(_filled(line, names) for line in invitation.reply_slip)),
        WriteOnLine("Signed (parent or carer):", lead=("Child's name and class:", "")),
    ]
    return DocPlan(item_files.file_stem(session, "invitation") + ".docx", "letter",
                   item_files.meta(session, brand, "invitation", schools=True),
                   title="", subtitle="", header="",
                   footer="", blocks=tuple(blocks),
                   furniture=False)


def _when_and_where(session: ParentSession, brand: Brand, picture: Picture | None
                    ) -> FlyerFacts:
    """The day, time and place large, a line each beside the invitation's picture: among the
    letter's paragraphs, or in a small box, a family looking for when to come missed them.
    Lines to write on for what the file leaves out."""
    when = brand.parents_session_date
    time = session_span(when, session.duration_minutes)
    length = _length(session.duration_minutes)
    venue = _venue(brand)
    return FlyerFacts((
        ("Date", session_day(when) or "_" * 18),
        ("Time", f"{time} ({length})" if time else f"{'_' * 8} ({length})"),
        ("Place", f"{venue[:1].upper()}{venue[1:]}")), picture)


def _length(minutes: int) -> str:
    """"about an hour" (55-65 minutes), else "about 90 minutes"."""
    return "about an hour" if 55 <= minutes <= 65 else f"about {minutes} minutes"


def _led_by(brand: Brand) -> str:
    """"Sam Carter, Northshire Online Safety Team (0306 999 0100, onlinesafety@…)": who
    leads the workshop, with the team's own phone and email (not the trainer's mobile) for
    a family with a question about it."""
    who = visiting.delivered_by(brand) or "Our visitor"
    contact = visiting.team_contact(brand, trainers_own=False).replace("  ·  ", ", ")
    return f"{who} ({contact})" if contact else who
