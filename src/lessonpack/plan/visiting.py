"""A lesson taught by a visiting trainer (``brand.delivered_by``) keeps the school in charge of
its children: the class teacher stays in the room, the school decides who needs extra care and
tells the trainer only what they need, a disclosure goes to the school's DSL at once (phoned
from the room or fetched, never left to the session's end) and is recorded on the school's form (the
trainer's organisation notes only that a concern was handed over), and nothing pupils made or
wrote leaves the site (KCSIE's duties, as a school's DSL applies them to a visitor). A
school's own staff keep the lesson's own wording: every function here returns the lesson's
text unchanged for them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import (
    HEAD_CONCERNS_FIELD,
    HEAD_FIELD,
    HEAD_PHONE_FIELD,
    pupil_name,
)
from lessonpack.content.model import Audience, Check, DisclosureStep, Lesson
from lessonpack.content.parts import EarlyCheck
from lessonpack.content.wording import VISITOR_ASIDE
from lessonpack.plan import visit_disclosure
from lessonpack.plan.class_line import class_and_teacher
from lessonpack.plan.contact_text import NBSP
from lessonpack.plan.dsl_phone import lead_phones
from lessonpack.plan.item_files import Item
from lessonpack.plan.letter_dates import reply_by, school_days_before, short
from lessonpack.plan.local_help import LOCAL_HELP_CONTACT, childrens_services
from lessonpack.plan.named_people import UNNAMED_DSL, dsl, visitor

# Which checks a visitor skips or asks the class teacher to do, and which disclosure steps a
# visitor does differently, are content fields (`visitor:` on a check, `role:` on a step;
# content/model.py), never read from the wording: rewording a step cannot lose its rewrite.
_THE_HEAD = re.compile(r"\bthe headteacher\b")  # a `staff_concern` step says it (the model checks)
# A signatory whose role says they lead the school; a "Head of PSHE" does not.
_HEAD_ROLE = re.compile(r"^\s*(head ?teacher|head of school|executive head(teacher)?|principal)\b",
                        re.IGNORECASE)


def head(brand: Brand) -> str:
    """"Mrs Sarah Whitfield (Headteacher)": the file's headteacher, or the letters'
    signatory when their role is the head's; "" when neither names one."""
    name, role = brand.letter_signatory.strip(), brand.letter_signatory_role.strip()
    named = brand.headteacher.strip()
    if named:  # the signatory's own title for the role where the head signs ("Principal")
        return f"{named} ({role if named == name and _HEAD_ROLE.search(role) else 'Headteacher'})"
    return f"{name} ({role})" if name and _HEAD_ROLE.search(role) else ""


def head_or_field(brand: Brand) -> str:
    """The head by name with their out-of-hours phone, for the parents' session's route when
    neither safeguarding lead is free: a parents' evening runs after the office closes, and
    "phone the headteacher" with no name or number cannot be followed at 6pm. A yellow field
    for what the school file leaves out (HEAD_FIELD, HEAD_PHONE_FIELD), which the notes'
    "Fill in first" box asks for (plan/fill_in_first.head_line) and the build warns of
    (build/head_warning)."""
    name = head(brand)
    if not name:
        return HEAD_FIELD
    # The number held whole on its line ("07700" / "900512" broke the one number to ring).
    phone = " ".join(brand.headteacher_phone.split()).replace(" ", NBSP)
    return f"{name}, {phone or HEAD_PHONE_FIELD}"


def _head_in_the_day(brand: Brand) -> str:
    """"Mrs Sarah Whitfield (Headteacher), 07700 900388": the head with a number to ring in
    a lesson, the box's "phone from the room" needing one; the head's own phone where the
    school file gives it (as the evening's box has it), the office's otherwise, the head
    alone when it gives neither."""
    phone = " ".join(brand.headteacher_phone.split()).replace(" ", NBSP)
    office = " ".join(brand.phone.split()).replace(" ", NBSP)
    said = phone or (f"office {office}" if office else "")
    return f"{head(brand)}, {said}" if said else head(brand)


def _neither_free(brand: Brand, evening: bool = False) -> str:
    """Whom a visitor goes to when neither safeguarding lead can be reached, named where the
    school gives the names: a visitor does not know who the head is or the local number. At
    a parents' session (``evening``) with the head's out-of-hours phone (or its field), as
    the school's own presenter has it: the office has shut."""
    named = head(brand)
    # Another senior leader besides the named head: the step must not fail when the head
    # is off site (KCSIE's fallback is the senior leadership team).
    who = ((head_or_field(brand) if evening else _head_in_the_day(brand))
           + ", or another senior leader") if named else "the headteacher or another senior leader"
    local = childrens_services(brand) or "the local authority's children's social care"
    return f"If neither is free: {who}, then {local}."


# A box's "If neither is free: the headteacher, then children's social care": the content
# says whom; the school's file says who they are and how to reach them.
_NEITHER_HEAD = re.compile(r"(If neither is free: )the headteacher( or another senior leader)?\b")
_NEITHER_LOCAL = re.compile(r"(, then )children's social care\b")


def _parents_tell(step: str, brand: Brand) -> str:
    return _neither_named(_named(step, brand), brand)


def _lesson_tell(step: str, brand: Brand) -> str:
    """A lesson's "tell" step: the leads named, each with their number, and whom to go to
    when neither is free, named with a number to ring from the room: a teacher reads this
    box mid-disclosure, and "a senior leader" names no one to find."""
    return _neither_named(_named(step, brand, phones=True), brand, evening=False)


def _neither_named(step: str, brand: Brand, evening: bool = True) -> str:
    """A box's fallback when neither safeguarding lead is free, named as a visitor's box
    names it (``_neither_free``): the head (or a field for them), then the council's
    24-hour line (or a field for its number). An evening has no office to ring; in a
    lesson the head's phone, else the office's (``_head_in_the_day``)."""
    if not _NEITHER_HEAD.search(step):
        return step
    local = childrens_services(brand) or f"children's social care ({LOCAL_HELP_CONTACT})"
    who = head_or_field(brand) if evening or not head(brand) else _head_in_the_day(brand)
    # The head named with a phone, the other senior leaders kept after a comma.
    step = _NEITHER_HEAD.sub(lambda m: m[1] + who + (f",{m[2]}" if m[2] else ""), step,
                             count=1)
    return _NEITHER_LOCAL.sub(lambda m: m[1] + local, step, count=1)


def head_concerns(brand: Brand) -> str:
    """Who hears a concern about the head (KCSIE Part 4), as the school file names them
    (``head_concerns_to``), else a field whose words still send it the right way: a
    maintained school's chair of governors, a trust's named person (often its CEO, not the
    local chair)."""
    return " ".join(brand.head_concerns_to.split()) or HEAD_CONCERNS_FIELD


def _staff_concern(step: str, brand: Brand) -> str:
    """The allegations route (KCSIE Part 4) with the head named and, for a concern about the
    head, whoever the school names (``head_concerns``) where the step says "the chair of
    governors"; that clause and the LADO added when the step does not say them."""
    name = head(brand)
    if name:
        step = _THE_HEAD.sub(name, step, count=1)
    if not _THE_CHAIR.search(step):
        step = (step.rstrip(".") + "; about the head, the chair of governors, who involves "
                "the LADO.")
    return _THE_CHAIR.sub(lambda _m: head_concerns(brand), step, count=1)


# A `staff_concern` step's words for whoever hears a concern about the head.
_THE_CHAIR = re.compile(r"\bthe chair of governors\b")


def _class_teacher(item: Item, brand: Brand) -> str:
    """The teacher of this key stage's class: "" when the brand's class is another key
    stage's (plan/class_line.py: one teacher is not on the KS1 and KS2 plans both)."""
    return class_and_teacher(item.audience, brand)[1].strip()


def _teacher(item: Item, brand: Brand) -> str:
    return _class_teacher(item, brand) or "The class teacher"


def after_owner(item: Item, brand: Brand) -> str:
    """Who does what is left after a visitor goes (colouring a sheet later, collecting the
    sheets, a quiet check-in): the class teacher, by name where the school gives it. "" for
    the school's own staff, who stay."""
    if not visitor(brand):
        return ""
    return _class_teacher(item, brand) or "the class teacher"


def _the_dsl(brand: Brand) -> str:
    """"the DSL, Mrs Helen Okafor": says the role, as the check that asks the DSL who needs
    extra care is the visitor's talk with the DSL (lesson_plan._checklist adds none)."""
    name = brand.dsl_name.strip()
    return f"the DSL, {name}," if name else UNNAMED_DSL


def _dsl_or_deputy(brand: Brand) -> str:
    deputy = brand.deputy_dsl_name.strip()
    return f"{dsl(brand)} or {deputy}" if deputy else f"{dsl(brand)} or a deputy DSL"


def checklist(lesson: Lesson, brand: Brand, checks: Sequence[Check]) -> tuple[str, ...]:
    """The lesson's checks, with a visitor's own first: the class teacher in the room, and
    the school (not the trainer) deciding who needs extra care. A visitor leaves out the
    checks marked ``visitor: skip`` (the school keeps that information: the visitor's own
    check asks it; fewer, shorter checks also keep page one whole)."""
    if not visitor(brand):
        return tuple(c.text for c in checks)
    own = (f"{_teacher(lesson, brand)} stays all lesson and looks after any upset child: never "
           "teach the class alone.",
           _extra_care(brand),
           *arrival_check(lesson, brand))
    kept = (school_policy(_names_said(c, _asked(c, lesson, brand), brand), brand)
            for c in _kept(checks))
    return (*own, *kept)


def _kept(checks: Sequence[Check]) -> list[Check]:
    """The checks a visitor's plan keeps (the school keeps those marked ``visitor: skip``)."""
    return [c for c in checks if c.visitor != "skip"]


def early_checks(lesson: Lesson, brand: Brand, checks: Sequence[Check]) -> set[EarlyCheck]:
    """What the checks ``checklist`` prints are tagged that cannot wait for the lesson's
    morning (``Check.before_the_day``): a visitor's own arrival check has the DSL or deputy
    confirmed free, in place of the school's check it skips."""
    if not visitor(brand):
        return {c.before_the_day for c in checks if c.before_the_day}
    arrival: set[EarlyCheck] = {"dsl_free"} if arrival_check(lesson, brand) else set()
    return arrival | {c.before_the_day for c in _kept(checks) if c.before_the_day}


def school_policy(text: str, brand: Brand) -> str:
    """The DSL signs the checklist against the host school's child protection policy: in a
    visiting team's pack "our" could be read as the team's, so a visit says "the school's".
    ``text`` unchanged for a school's own staff."""
    if not visitor(brand):
        return text
    return text.replace("our child protection policy", "the school's child protection policy")


def pack_owner(text: str, brand: Brand) -> str:
    """"Changed? Tell Northshire Online Safety Team": in a visiting team's pack, "whoever
    prepared this pack" is the team, by name; left as it was, the school's DSL reading the
    checklist could think someone else owned the check. ``text`` unchanged for a school's
    own staff."""
    team = visitor(brand)
    return text.replace("whoever prepared this pack", team) if team else text


# The DSL hears of pupils who need extra care four school days before the lesson (the Monday
# of a Friday visit): the visit brief's row and each handover give that day.
EXTRA_CARE_SCHOOL_DAYS = 4


def extra_care_by(brand: Brand) -> str:
    """"Mon 18 Jan": the day the DSL has heard from the class teachers who needs extra
    care; "" for an undated booking."""
    return short(school_days_before(brand.lesson_date, EXTRA_CARE_SCHOOL_DAYS))


def _extra_care(brand: Brand) -> str:
    """The visitor's check on who needs extra care, by the day the visit brief and the
    handovers give (a plan's "a week ahead" fell before the teachers had told the DSL);
    "a week ahead" only when the booking has no date."""
    day = extra_care_by(brand)
    if not day:
        return (f"A week ahead, ask {_the_dsl(brand)} who needs extra care; the school plans "
                "it and tells you only what you need.")
    return (f"By {day}, {_the_dsl(brand)} tells you who needs extra care (the class teacher "
            "tells the DSL first); the school plans it and tells you only what you need.")


def arrival_check(item: Item, brand: Brand) -> tuple[str, ...]:
    """A visitor's check before the day: a safeguarding lead the visitor can reach at once
    (on site and free, not just in school: a deputy may be teaching), and the visitor's checks
    confirmed to the school in writing by their organisation, which KCSIE asks of the school
    (the parents' session says it in its handover check)."""
    if not visitor(brand):
        return ()
    # To whom, by name: the visit brief asks the DSL to email the trainer, and "the school
    # confirms" left a DSL reading the plan not knowing where the confirmation goes.
    named = trainer(brand)
    to = f"you ({named})" if named else "you"
    # By the visit brief's "DSL cover" date (the reply slips' day). The DBS letter goes the
    # other way: the team sends it with the files, and the school confirms it has it (as the
    # parents' notes say); "the school confirms ... your DBS check" read as the school
    # sending the trainer their own letter.
    when = short(reply_by(brand.lesson_date, brand.letter_date))
    by = f"By {when}" if when else "Before the day"
    return (f"{by} the school confirms to {to} by email that {_dsl_or_deputy(brand)} is "
            "free (not teaching) all lesson, with a phone number, and that it has "
            f"{visitor(brand)}'s written confirmation of your enhanced DBS check. Bring "
            "photo ID.",)


def _asked(check: Check, lesson: Lesson, brand: Brand) -> str:
    """What only the school has (a photo of its DSL), asked of the class teacher: a visitor
    has no such photo."""
    if check.visitor == "ask_class_teacher":
        who = _class_teacher(lesson, brand) or "the class teacher"
        return f"Ask {who} to {check.text[:1].lower()}{check.text[1:]}"
    return check.text


def _names_said(check: Check, text: str, brand: Brand) -> str:
    """"the DSL and the deputy" by name in a check marked ``role: names_dsl_and_deputy``
    (the model makes sure its text says it), for a visitor who has not met them."""
    dsl, deputy = brand.dsl_name.strip(), brand.deputy_dsl_name.strip()
    if check.role == "names_dsl_and_deputy" and dsl and deputy:
        return text.replace("the DSL and the deputy", f"{dsl} (DSL) and {deputy} (deputy)")
    return text


def disclosure(item: Item, brand: Brand, steps: Sequence[DisclosureStep]) -> tuple[str, ...]:
    """The "If a child discloses" steps: a visitor tells the school's DSL at once (in a class:
    phoned from the room, or fetched; plan/visit_disclosure.py) and the disclosure is recorded
    on the school's form only; nothing about a
    child is taken away. A school's own staff get the step that says whom to tell with the
    DSL and deputy named: staff read this box under pressure, and it must name someone.
    The steps are found by their ``role`` (the model requires one ``tell`` step)."""
    pairs = [(s.role, _staff_concern(s.text, brand) if s.role == "staff_concern" else s.text)
             for s in steps]
    parents = item.audience is Audience.PARENTS
    if not visitor(brand):
        # A parents' box also names whom to phone when neither lead is free.
        tell_step = _parents_tell if parents else _lesson_tell
        return tuple(tell_step(t, brand) if r == "tell" else t for r, t in pairs)
    # In a class, the handover's and the title slide's own words (plan/visit_disclosure.py).
    tell = (f"Act immediately (KCSIE): go to or phone {_dsl_or_deputy(brand)} now, not at "
            "the end of the session." if parents
            else f"Act immediately (KCSIE). {visit_disclosure.tell(brand)}")
    tell = f"{tell} {_neither_free(brand, parents)} In danger now: 999."
    kept = ("Question-box slips stay in school." if parents
            else "Pupils' sheets and slips stay in school.")
    # A visitor has no login to the school's online system: paper, or a signed note.
    written = ("Write a parent's concern, in their words, with date and time, on the "
               "school's paper form or a signed, dated note for the DSL before you leave."
               if parents else f"{visit_disclosure.record()} Add the date and time; with no "
               "paper form, a signed, dated note.")
    record = f"{written} {own_record(brand)} {kept}"
    # The lesson's "a second adult takes them aside" would take the class teacher out of
    # the room and leave the visitor alone with the class.
    swap = {"tell": tell, "record": record, "in_class": visit_disclosure.in_class()}
    out = [swap.get(r or "", t) for r, t in pairs]
    roles = [r for r, _ in pairs]
    if "record" not in roles:  # recorded straight after telling
        out.insert(roles.index("tell") + 1, record)
    return tuple(out)


def own_record(brand: Brand) -> str:
    """What the visiting team keeps of a concern it handed over: its own policy's words
    (``concern_record``: a council may require its own log) and who sees that log on what
    lawful basis (``concern_sharing``), else only that it was handed to the school's DSL."""
    said = " ".join(_sentence(t) for t in (brand.concern_record, brand.concern_sharing)
                    if t.strip()) if brand.concern_record.strip() else ""
    if said:
        return said
    return (f"{visitor(brand)} notes only that a concern was handed to the school's DSL, "
            "as agreed with them.")


def _sentence(text: str) -> str:
    said = " ".join(text.split())
    return said if said.endswith((".", "!", "?")) else f"{said}."


_THE_DSL = re.compile(r"\bthe DSL\b")  # a `tell` step says it (the model checks)
_A_DEPUTY = re.compile(r"\ba deputy(?: DSL)?\b")


def _named(step: str, brand: Brand, phones: bool = False) -> str:
    """"tell the DSL or a deputy DSL" with the brand's names: "tell the DSL (Mrs Priya Shah)
    or a deputy (Mr Ben Adeyemi)"; with ``phones``, each with their own number, the
    school's where they have none ("by phone (01632 960 500, ask for either)" where
    neither has one). Unnamed, the step stays as written."""
    name, deputy = brand.dsl_name.strip(), brand.deputy_dsl_name.strip()
    own = deputy_phone = ""
    if phones and name:
        own, deputy_phone, school = lead_phones(brand)
        if own or deputy_phone:
            own, deputy_phone = own or school, deputy_phone or school
        elif _BY_PHONE.search(step):
            whom = "either" if deputy else "them"
            step = _BY_PHONE.sub(f"by phone ({school}, ask for {whom})", step, count=1)
        else:  # a step in other words: the school's number beside the DSL's name
            own = school
    if name:
        step = _THE_DSL.sub(f"the DSL ({', '.join(filter(None, (name, own)))})", step, count=1)
    if deputy:
        said = ", ".join(filter(None, (deputy, deputy_phone)))
        step = _A_DEPUTY.sub(f"a deputy ({said})", step, count=1)
    return step


_BY_PHONE = re.compile(r"\bby phone\b")


# The content's "the class teacher" is a visitor's colleague; a school's own plan is read
# by the class teacher, who would otherwise turn every "the class teacher checks in" into
# "I". Each pattern's replacement speaks to the reader.
_ASK_TEACHER = re.compile(r"\b([Aa])sk\s+the\s+class\s+teacher\s+(about|who)\b")
_TEACHER_DOES = re.compile(r"\b([Tt])he\s+class\s+teacher(,\s+who\s+knows\s+them,)?\s+"
                           r"(will|can|should|(\w+?)(e?s))\b([^.;:]*)")
# A second verb the teacher does, in the same sentence: "and passes any concern", ", sends
# the DSL" (a verb straight after "and" or a comma, then its object; "sheets and crayons"
# has none).
_AND_DOES = re.compile(r"(\band\s+|,\s+)(\w+?)(e?s)(?=\s+(?:the|any|a|an|them|it|what)\b)")
_WITH_TEACHER = re.compile(r"\bwith\s+the\s+class\s+teacher\b")
_ES_VERBS = ("ch", "sh", "ss", "x")
_IRREGULAR = {"has": "have", "is": "are", "does": "do"}


def _base(stem: str, ending: str) -> str:
    """"check"+"s" -> "check"; "giv"+"es" -> "give"; "watch"+"es" -> "watch"."""
    return stem + ("" if ending == "es" and stem.endswith(_ES_VERBS) else ending[:-1])


def _you_do(m: re.Match[str]) -> str:
    """"The class teacher checks … and passes" -> "You check … and pass"; "will" stays;
    "The class teacher, who knows them, plans" -> "You know them: plan"."""
    you = "You" if m[1] == "T" else "you"
    rest = _AND_DOES.sub(lambda a: a[1] + _IRREGULAR.get(a[2] + a[3], _base(a[2], a[3])), m[6])
    if m[4] is None:  # a modal: "you will read it"
        return f"{you} {m[3]}{rest}"
    verb = _IRREGULAR.get(m[3], _base(m[4], m[5]))
    return f"{you} know them: {verb}{rest}" if m[2] else f"{you} {verb}{rest}"


def as_the_reader(text: str) -> str:
    """"the class teacher checks in afterwards" as the class teacher reads it: "you check in
    afterwards"; "ask the class teacher about children in care" -> "note any children in care"."""
    if "teacher" not in text:
        return text
    text = _ASK_TEACHER.sub(lambda m: ("N" if m[1] == "A" else "n") + "ote"
                            + (" any" if m[2] == "about" else " who"), text)
    text = _TEACHER_DOES.sub(_you_do, text)
    return _WITH_TEACHER.sub("with you", text)


def for_own_staff(text: str, brand: Brand) -> str:
    """``text`` as a school's own teacher reads it: without the content's asides for a
    visiting trainer ("(a visitor asks the class teacher)", content/wording.VISITOR_ASIDE),
    kept for a visitor, and with "the class teacher" said to the reader (as_the_reader).
    A paragraph break the aside began after is kept."""
    if visitor(brand):
        return text
    if "isit" in text:
        out = VISITOR_ASIDE.sub(
            lambda m: "\n" * m[0][:len(m[0]) - len(m[0].lstrip())].count("\n"), text)
        text = re.sub(r"\n[ \t]+", "\n", out).strip() if out != text else text
    return as_the_reader(text)


def handed_in(item: Item, sheets: str) -> str:
    """What pupils hand in at the lesson's end, beside the question box, for someone in the
    school to read that day: a class that does not read yet (``readers: false``) draws its
    helping hands; a reading class writes on its sheets (``sheets``, as the caller names
    them). Decided here once, by the lesson's own setting, not by its key stage."""
    return "helping hands" if isinstance(item, Lesson) and not item.readers else sheets


def help_note(item: Item, brand: Brand) -> str:
    """What the presenter does about the question box and what pupils hand in, said on the
    help slides. A visiting trainer leaves the building, so the box, the helping hands (KS1)
    and the baseline sheets need a named owner in the school the same day, and any concern
    is handed over in person before the trainer goes (KCSIE: without delay)."""
    if not visitor(brand):
        return "Say where the question box is and when you will read it; stay available after."
    sheets = handed_in(item, "the pupils' baseline sheets")
    papers = f"the question box and {sheets}"
    # A concern handed over at once is the safeguarding line's and the title slide's; how it
    # is recorded is in the plan: said once each, not again in the lesson's last minutes.
    # Who in the school reads them is agreed beforehand (the plan's checklist:
    # handover_check): the class teacher, the same day (the handover). Scripted, since an
    # instruction to "tell pupils who reads the box" was not a line anyone said.
    if isinstance(item, Lesson):
        reader = pupil_name(after_owner(item, brand))
        return (f"Visiting: {papers} stay with the school. Say: \u201c{reader[:1].upper()}"
                f"{reader[1:]} will read the question box today.\u201d")
    return f"Visiting: {papers} stay with the school; tell pupils who reads the box, and when."


def trainer(brand: Brand) -> str:
    """The visiting trainer's own name ("Sam Carter"), "" for a school's own staff or when
    the brand and school file name nobody."""
    return brand.trainer_name.strip() if visitor(brand) else ""


def delivered_by(brand: Brand) -> str:
    """"Sam Carter, Northshire Online Safety Team": who is coming, named where the
    school or brand gives the trainer's name; the team alone otherwise; "" for a school's
    own staff."""
    return ", ".join(filter(None, (trainer(brand), visitor(brand)))) if visitor(brand) else ""


def coming(brand: Brand) -> str:
    """``delivered_by`` as the subject of a sentence: "Sam Carter, Northshire Online Safety
    Team," before the verb (the team is said in apposition, so a comma closes it), the team
    alone with none ("Northshire Online Safety Team")."""
    said = delivered_by(brand)
    return f"{said}," if trainer(brand) and "," in said else said


def sign_off_record(brand: Brand, several: bool = False) -> str:
    """What the DSL records with the signed safeguarding checklist: the trust DSL's sign-off
    for a school in an academy trust (``trust``), the school's own child protection policy
    for a maintained school (a trust's wording read wrong to a council school). KCSIE puts
    the school's policy first: the local authority's procedures are what it follows, not
    what the DSL files by."""
    trust = brand.trust.strip()
    if trust:
        return f"record {trust}'s DSL sign-off where the trust asks for one"
    return f"file {'them' if several else 'it'} as your child protection policy asks"


def team_contact(brand: Brand, *, trainers_own: bool = True) -> str:
    """"0306 999 0100  ·  onlinesafety@northshire…": how the school reaches the visiting
    team on the day (a late change, a trainer not arrived), the trainer's own phone first
    ("Sam Carter 07700 900123  ·  …") where the booking gives one; "" for a school's own
    staff or a trainer's brand with none. The school's own phone and email replaced the
    team's. ``trainers_own=False``: the team's alone, for what goes to every family (a
    trainer's own mobile is for the school on the day)."""
    if not visitor(brand):
        return ""
    own = brand.trainer_phone.strip() if trainers_own else ""
    mobile = f"{trainer(brand) or 'the trainer'} {own}" if own else ""
    return "  ·  ".join(filter(None, (mobile, brand.delivered_by_phone.strip(),
                                      brand.delivered_by_email.strip())))


def trainer_reach(brand: Brand) -> tuple[str, str]:
    """("Team:", "Sam Carter 07700 900123  ·  0306 …  ·  onlinesafety@…"): how the office
    reaches the visit's trainer, for the brief; "" for a school's own staff. Where the
    brand gives no trainer's name or no phone, "Trainer:" with a field for each part it
    lacks ("[trainer's name] [trainer's phone]  ·  [trainer's email]"): a brief that said
    only "Brightpath Training" left the office nobody to confirm or call off with."""
    if not visitor(brand):
        return "", ""
    phone = brand.trainer_phone.strip() or brand.delivered_by_phone.strip()
    if trainer(brand) and phone:
        return "Team:", team_contact(brand)
    name = trainer(brand) or fill_ins.TRAINER_NAME_FIELD
    email = brand.delivered_by_email.strip() or fill_ins.TRAINER_EMAIL_FIELD
    return "Trainer:", f"{name} {phone or fill_ins.TRAINER_PHONE_FIELD}  \u00b7  {email}"


def coming_named(brand: Brand) -> str:
    """``coming`` with a field for the trainer's name where the brand gives none
    ("[trainer's name], Brightpath Training,"): the visit's own papers say who walks in."""
    if trainer(brand) or not visitor(brand):
        return coming(brand)
    return f"{fill_ins.TRAINER_NAME_FIELD}, {visitor(brand)},"


# A team or service is "from the Northshire Online Safety Team"; an organisation's
# own name is not ("from Northshire Council", "from Brightpath Training Ltd").
_GROUP_NOUNS = frozenset({"team", "service", "unit", "partnership", "hub", "network", "trust"})


def from_visitor(brand: Brand) -> str:
    """The visitor after "from", with "the" where the name is a team or service."""
    name = visitor(brand)
    words = name.split()
    if words and words[-1].lower() in _GROUP_NOUNS and words[0].lower() != "the":
        return f"the {name}"
    return name


def introduction(item: Item, brand: Brand) -> str:
    """The first slide's note for a visitor: who they are, and that the class teacher stays."""
    if not visitor(brand):
        return ""
    if item.audience is Audience.PARENTS:
        # The role is said once: after the name, or alone where the brand names nobody.
        name = brand.dsl_name.strip()
        who = f"{name}, the school's Designated Safeguarding Lead," if name else UNNAMED_DSL
        me = (f"\"I'm {trainer(brand)} from {from_visitor(brand)}.\"" if trainer(brand) else
              f"your name, and that you are from {from_visitor(brand)}.")
        # "If neither is on site, do not start" follows in the safeguarding note, said for
        # every school's session (plan/notes.parent_safeguarding_cue).
        return (f"Introduce yourself: {me} Name {who} as the person to talk to about any "
                "worry after today.")
    # Said to the class: "Miss Bennett", never the first name children do not use.
    teacher = pupil_name(_class_teacher(item, brand)) or "Your class teacher"
    return (f"Introduce yourself: \"I'm {trainer(brand) or '…'} from {from_visitor(brand)}. "
            f"{teacher} is staying with us all lesson.\" You are a visitor: the class teacher "
            "keeps charge of the class.")


def letter_sentence(item: Item, brand: Brand, *, taught: bool = False) -> str:
    """The letter's line telling parents that a visitor teaches the lesson and who stays their
    contact, in the letter's words (a grey footer alone is easily missed); ``taught``: in the
    letter sent after the lesson, said as done."""
    if not visitor(brand):
        return ""
    teacher = _class_teacher(item, brand) or "your child's class teacher"
    # The letter's closing paragraph names the DSL as the contact for any worry.
    who = (f"{trainer(brand)}, a visiting trainer from {from_visitor(brand)},"
           if trainer(brand) else f"A visiting trainer from {from_visitor(brand)}")
    return (f"{who} {'taught' if taught else 'will teach'} it, with {teacher} in the room.")


def handover_check(item: Item, brand: Brand) -> tuple[str, ...]:
    """A visiting trainer's checklist item, short enough for page one: who in the school
    keeps what is handed in, and concerns handed to the DSL at once (the help slides' notes
    say it at length). Nothing for a school's own staff."""
    if not visitor(brand):
        return ()
    lead = dsl(brand)
    if item.audience is Audience.PARENTS:
        # The arrival check folded in: one item keeps the notes' first page whole.
        return (f"Visiting: the school confirms beforehand that {lead} or the deputy will be "
                "on site and free all session, with a number to phone, and has "
                f"{visitor(brand)}'s written confirmation of your enhanced DBS check. Sign in "
                "with photo ID; hand any concern to them at once, in person or by phone.",)
    sheets = handed_in(item, "baseline sheets")
    # Who reads them is decided, as the handover and the visit brief say: the class teacher,
    # in school, that day ("agree with the DSL who keeps them" reopened it on the day). The
    # box straight after the lesson, as the handover says: "the same day" for both let a
    # slip about a threat wait until the evening.
    return (f"Visiting: {after_owner(item, brand)} keeps the question box and {sheets} in "
            f"school and reads the box straight after the lesson, the {sheets} that day; "
            f"any concern goes to {lead} at once (as the handover says).",)
