"""The identity a pack is delivered under: organisation, logo, colours, fonts, footer, contacts.

A brand is a YAML file (``lessonpack new brand`` writes a commented one) read into ``Brand``.
Problems are reported like content problems, one line each with file, line and column:
LP150 for a value that is wrong, LP151 for colours whose text would be hard to read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from lessonpack.contrast import (
    AA_NORMAL_TEXT,
    TEXT_DARK,
    WHITE,
    contrast_ratio,
    format_ratio,
    hex_colour,
)
from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.io.safety import logo_problem, read_limited

if TYPE_CHECKING:
    from lessonpack.content.problems import LoadedModel

DEFAULT_ORG = "Your school"
# How a brand that names no lead of its own refers to one; planners ask names_its_lead, and
# `lessonpack new brand` writes this text, so rewording it here rewords every use.
DEFAULT_LEAD = "your Designated Safeguarding Lead"
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
HexColour = Annotated[str, StringConstraints(pattern=COLOUR_PATTERN)]
COLOUR_FIELDS = ("primary", "secondary", "accent", "light")
MAX_LOGO_BYTES = 5_000_000


def _text(max_length: int, min_length: int = 0) -> StringConstraints:
    return StringConstraints(strip_whitespace=True, min_length=min_length,
                             max_length=max_length)


# Stripped text of at most N characters (``Required``: at least one), as named types so type
# checkers read the fields as ``str``.
Text40 = Annotated[str, _text(40)]
Text60 = Annotated[str, _text(60)]
Text80 = Annotated[str, _text(80)]
Text120 = Annotated[str, _text(120)]
Text160 = Annotated[str, _text(160)]
Required60 = Annotated[str, _text(60, 1)]
Required80 = Annotated[str, _text(80, 1)]
Required120 = Annotated[str, _text(120, 1)]
Required160 = Annotated[str, _text(160, 1)]
# A story's name (a place, a character) and what the school's file says instead: the new
# name is drawn where a clue's words go, which hold 30 characters (content/parts.Scenario).
_Renames = dict[Annotated[str, _text(40, 1)], Annotated[str, _text(30, 1)]]


@dataclass(frozen=True)
class Photo:
    """A photo file the loader has found, read and checked (brand ``dsl_photo``), with the
    sha1 of its bytes: the planner places it by these without reading the disk (only the
    loader reads files), and a kept slide with another photo at the same path differs."""

    path: Path
    sha1: str

    def __str__(self) -> str:
        return str(self.path)


def _photo(value: object, info: ValidationInfo) -> Photo:
    # A Photo is already checked (a brand copied with a school's facts keeps the school's).
    if isinstance(value, Photo):
        return value
    if not isinstance(value, (str, Path)):
        raise ValueError(f"{value!r} is not a file name; write the photo's file, e.g. dsl.jpg")
    base = Path((info.context or {}).get("base", "."))
    path = Path(value).expanduser()
    path = (path if path.is_absolute() else base / path).resolve()
    file_kind = "school file" if (info.config or {}).get("title") == "lessonpack school" \
        else "brand file"
    data = check_logo(path, shown=str(value), file_kind=file_kind, what="photo",
                      field=info.field_name or "dsl_photo")
    return Photo(path, hashlib.sha1(data).hexdigest())


# Read and written as the file's path, as the brand's other files are; checked when loaded.
PhotoFile = Annotated[Photo, PlainValidator(_photo),
                      PlainSerializer(lambda photo: str(photo.path), return_type=str),
                      WithJsonSchema({"type": "string", "format": "path"})]


class LocalHelpline(BaseModel):
    """A local service added to the help cards and letters, after the national ones."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Required60 = Field(description="Name of the service, e.g. 'Early Help Hub'.")
    contact: Required120 = Field(description="How to reach it: phone, email or website.")
    what_for: Required160 = Field(description="One sentence: what the service helps with.")
    audience: Literal["pupils", "parents", "all"] = Field("all", description=(
        "Who the service is for: 'pupils' (shown on pupils' slides and sheets only), 'parents' "
        "(parents' pack and letters home only) or 'all'."))


# When letters home go out (SchoolFacts.letter_sent).
LETTER_SENT = ("before", "after")
# Choices still read, each as the choice it now means, with a warning (LP149) saying what to
# write instead: every pupil pack has the letter after the lesson, so "both" (the letter
# before it as well) builds what "before" builds.
LETTER_SENT_DEPRECATED = {"both": "before"}
# The schema offers the two choices and marks the old one deprecated, so an editor that reads
# it flags "both" without refusing a file that still works.
_LETTER_SENT_SCHEMA = WithJsonSchema({"anyOf": [
    {"enum": list(LETTER_SENT), "type": "string"},
    *({"const": old, "deprecated": True, "description": f"deprecated: builds what '{now}' "
       "builds; write " + now} for old, now in LETTER_SENT_DEPRECATED.items())]})


# The parts of RSHE a secondary school may teach a lesson in (plan/rse_sentence.py says
# what each makes the letter home say).
RsePart = Literal["relationships", "health", "sex"]
RSE_PARTS: tuple[RsePart, ...] = ("relationships", "health", "sex")
# What each part is called once chosen. "RSE" is not spelt out: the RSHE policy the letter
# points to does that, and the letter and its reply slip are one page.
RSE_PART_WORDS: dict[RsePart, str] = {"relationships": "the relationships part of our RSE",
                                      "health": "our health education",
                                      "sex": "the sex education part of our RSE"}
# Files written
# before relationships education was a choice said true (sex education) or false (health
# education): still read as those, so no school's letter changes under it.
RSE_LESSON_BOOLS: dict[bool, RsePart] = {True: "sex", False: "health"}
_RSE_LESSON_SCHEMA = WithJsonSchema({"anyOf": [
    {"enum": list(RSE_PARTS), "type": "string"},
    {"type": "boolean", "description": "older spelling: true is sex, false is health"},
    {"type": "null"}]})


def _names_a_class(key: str, named: list[str]) -> bool:
    """Whether ``key`` ("Year 4") is one of ``named`` ("Year 4" or "Year 4, Mr Okoro"),
    spaces and case aside."""
    key_said = " ".join(key.split()).lower()
    return any(n.lower() == key_said or n.lower().startswith(key_said + ",") for n in named)


class SchoolFacts(BaseModel):
    """What a school's brand and a school file (lessonpack.content.school) both say: the
    letterhead, the safeguarding staff, the lesson and who signs its letters, local helplines.
    Declared once, so both files read, check and describe these fields alike."""

    # The file a relative logo path starts from, as problems name it.
    file_kind: ClassVar[str] = "brand file"

    example: bool = Field(False, description=(
        "true only in lessonpack's own example files, whose people, phone numbers and "
        "addresses are made up: every contact from the file then prints highlighted yellow "
        "as a fill-in, like [DSL's name], so no pack built from it can go out as it is. A "
        "real school's file leaves this out."))
    logo: Path | None = Field(None, description=(
        "PNG or JPEG logo or crest, relative to this file. Wide logos (about 3:1) fit the "
        "footer best; export SVG logos as PNG first."))
    logo_shows_name: bool = Field(False, description=(
        "true when the logo already spells out the name (a wordmark, or a crest with the "
        "school's name under it): document headers then show the logo alone, not the name "
        "printed again beside it."))
    website: Text120 = Field("", description="Organisation website, e.g. www.school.sch.uk.")
    safeguarding_contact: Text120 = Field("", description=(
        "How to reach the safeguarding lead: room, phone or email."))
    extra_helplines: list[LocalHelpline] = Field(default=[], max_length=4, description=(
        "Up to four local services, added after the national helplines."))
    address: Text160 = Field("", description=(
        "Postal address on one line, for the letterhead: '12 Oak Lane, Oakfield, OK1 2AB'."))
    phone: Text40 = Field("", description="School office phone, for the letterhead.")
    office_hours: Text40 = Field("", description=(
        "When the office answers that phone: '8am to 4pm'. Beside the number on the "
        "parents' help slide when the DSL's contact gives no phone of its own."))
    email: Text120 = Field("", description="School office email, for the letterhead.")
    dsl_name: Text80 = Field("", description=(
        "The Designated Safeguarding Lead's name alone, as letters home print it: "
        "'Mrs Priya Shah'. How to reach them is safeguarding_contact."))
    deputy_dsl_name: Text80 = Field("", description=(
        "The Deputy Designated Safeguarding Lead's name alone: 'Mr Tom Reid'. Named beside "
        "the DSL in letters home and lesson plans, for when the DSL is away."))
    trainer_name: Text80 = Field("", description=(
        "The visiting trainer's name, when someone else delivers the lesson (delivered_by): "
        "'Sam Carter'. Said in their introduction in the first slide's notes, beside 'Delivered "
        "by' on the lesson plans' first page, as the facilitator notes' presenter and in the "
        "letter home, so the school knows who is coming."))
    trainer_phone: Text40 = Field("", description=(
        "The visiting trainer's own phone on the day (a mobile): '07700 900123'. Printed "
        "beside the team's line on the visit brief and the handover, so the school can reach "
        "the trainer if they are late or lost."))
    deputy_dsl_contact: Text120 = Field("", description=(
        "How to reach the deputy DSL: room, phone or email."))
    headteacher: Text80 = Field("", description=(
        "The headteacher's name: 'Mrs Jo Patel'. At a parents' session, whom the presenter "
        "phones when neither safeguarding lead is on site or free, and who hears a concern "
        "about a member of staff. Empty: the letters' signatory when their role is "
        "Headteacher, else a field to fill in."))
    headteacher_phone: Text40 = Field("", description=(
        "A phone that reaches the headteacher out of school hours (the number the school "
        "gives staff for evening events): '07700 900461'. Beside their name in the parents' "
        "session's disclosure route, which runs after the office has shut."))
    head_concerns_to: Text120 = Field("", description=(
        "Who hears a concern about the headteacher (KCSIE Part 4): in a maintained school "
        "the chair of governors, in an academy trust whoever the trust's policy names "
        "(often its CEO): 'Mrs Ruth Page (Chair of Governors)'. Named in every plan's "
        "disclosure box and the parents' notes; empty: a field to fill in, reading 'the "
        "chair of governors (or, in an academy trust, whoever its policy names)'."))
    palette: Literal["template", "brand"] = Field("template", description=(
        "With a trainer's template whose theme chose its own colours: 'template' (default) "
        "keeps its palette and fonts, your house style; 'brand' puts this file's colours "
        "and fonts into the template's theme instead (the logo's colours with them)."))
    dsl_photo: PhotoFile | None = Field(None, description=(
        "PNG or JPEG photo of the DSL, relative to this file: shown in a circle on the "
        "pupils' 'Who can help' card (children know faces before names). No photo: a "
        "primary deck's card shows a drawn teacher, never an empty frame. The school "
        "decides, with the person's consent, whether a photo is used."))
    deputy_dsl_photo: PhotoFile | None = Field(None, description=(
        "PNG or JPEG photo of the deputy DSL, relative to this file: on the deputy's own "
        "card of the KS1 'Who can help' slide (one card per adult, for children who cannot "
        "read names yet). No photo: a drawn teacher. With the person's consent."))
    class_teacher: Text80 = Field("", description=(
        "The teacher of the class, as pupils' parents know them: 'Miss Amy Cole'. On the "
        "lesson plan, and signs primary letters home when letter_signatory is empty."))
    class_name: Text40 = Field("", description=(
        "The class the lesson is for, as parents know it: 'Year 2' or 'Year 5, Hazel class'. "
        "With class_teacher, named on the lesson plan and letter home of the key stage its "
        "year is in (Years 1-2: KS1, 3-6: KS2, 7-9: KS3, 10-11: KS4); the other key stages' "
        "documents get a line to write their class and teacher on. Empty: class_teacher is "
        "named on every key stage's documents."))
    classes: list[Text80] = Field(default_factory=list, max_length=8, description=(
        "More classes the lesson is taught to, each as 'class, teacher': 'Year 4 Owls, "
        "Miss Laura Bennett'. Each is named on the plan and letter of the key stage its year "
        "is in, before class_name. Two classes of one key stage (Year 4 and Year 6) get a "
        "pack each from one build, in folders named by class (live-streaming-ks2-year-6); "
        "build --class picks one for a single build. A visitor's day brief lists every "
        "class."))
    class_sizes: dict[Text40, Annotated[int, Field(ge=1, le=60)]] = Field(
        default_factory=dict, description=(
            "Pupils in each class, by the class's name as class_name or classes write it: "
            "{'Year 4': 28, 'Year 2': 26}. The visit papers count letters, worksheets and "
            "cards from it; a class left out is counted as 30, and the papers say so."))
    lesson_times: dict[Text40, Text40] = Field(default_factory=dict, description=(
        "When each class's lesson starts, by the class's name as class_name or classes "
        "write it: {'Year 2': '9:15am', 'Year 4': '10:45am'}. A visitor's day brief and the "
        "class's handover print it; a line to write it on when left out."))
    trainer_arrives: Text40 = Field("", description=(
        "When the visiting trainer arrives on the day: '8:15am'. On the visit brief and the "
        "handovers; a line to write it on when empty."))
    meeting_place: Text80 = Field("", description=(
        "Where the visiting trainer signs in and is met: 'main reception, Ashgrove Road "
        "gate'. On the visit brief and the handovers; a line to write it on when empty."))
    place_names: _Renames = Field(
        default_factory=dict, description=(
            "A place a lesson's story names, said another way, where it matches a local "
            "school or road: {'Elm Road': 'Larch Close', 'Hillside Primary': 'Brookfield "
            "Primary'}. The stories name Hillside Primary and Elm Road (KS2) and Northgate "
            "High and Elm Road (KS3); the new name is used everywhere the story is: the "
            "stream pictures, slides, notes, sheets and plan."))
    # Said as place_names are (plan/place_names.renamed), and for the same reason: the names
    # are on slides, pictures, sheets and letters, and a hand edit in each left one unchanged.
    character_names: _Renames = Field(
        default_factory=dict, description=(
            "A story's character or username said another way, where a pupil in the class "
            "shares it: {'Owen': 'Theo', 'Lola': 'Maya'}. The plan's names check lists "
            "everyone the stories name; the new name is used everywhere the old one is: the "
            "stream pictures, slides, notes, sheets, cards, letters and plan. Keep the length "
            "and whether it is a boy's or a girl's name (the stories say he or she)."))
    trust: Text80 = Field("", description=(
        "The academy trust the school belongs to: 'Northshire Learning Trust'. Empty: a "
        "maintained (local authority) school. The visit papers ask the DSL to record the "
        "trust DSL's sign-off only for a school in a trust; a maintained school's ask for "
        "its record as the local authority's safeguarding procedures require."))
    letter_date: Text60 = Field("", description=(
        "The date letters home go out, as a letter says it: 'Wednesday 6 January 2027'. "
        "Printed at the top of letters, only with a lesson date; when empty, two school weeks "
        "before a full lesson date (the day the lesson plan says to send it), else a field "
        "to fill in."))
    lesson_date: Text60 = Field("", description=(
        "When the lesson is taught, as a letter says it: 'Wednesday 20 January 2027'. In letters "
        "home and on the lesson plan; a [date of the lesson] placeholder when empty."))
    letter_sent: Annotated[Literal["before", "after"], _LETTER_SENT_SCHEMA] = Field(
        "before", description=(
            "Which letters home a pack holds. Every pack has the letter after the lesson "
            "(what the class learned, questions for home, what to do if a child tells, a "
            "reply slip for questions). 'before': with the letter before the lesson (what it "
            "will cover, a reply slip to see the materials first), the one after dated the "
            "lesson's day; 'after': the letter after the lesson alone, on the letter's date. "
            "'both' is deprecated: it builds what 'before' builds."))
    rse_lesson: Annotated[RsePart | None, _RSE_LESSON_SCHEMA] = Field(None, description=(
        "Which part of relationships, sex and health education (RSHE) the school's policy "
        "teaches the KS3 and KS4 lessons on sexual images in: relationships (the "
        "relationships part of RSE: the letter home says every pupil takes it, parents may "
        "ask to withdraw from sex education only), health (the same, as health education) "
        "or sex (the sex education part of RSE: the letter says parents may ask to withdraw "
        "their child, so it must reach them before the lesson, and at KS4 that the pupil may "
        "choose it from three terms before 16). true and false, "
        "the older spellings, still mean sex and health. Left out: the letter keeps the "
        "choice in brackets for the school to make."))
    rse_policy_url: Text120 = Field("", description=(
        "Where parents can read the school's RSHE (RSE) policy, as the KS3 and KS4 letters "
        "home print it: 'www.riverside-academy.example.org.uk/policies'. A [where to read "
        "it] field when empty."))
    letter_signatory: Text80 = Field("", description=(
        "Who signs letters home: 'Mrs Jo Patel'. A [Name] placeholder when empty."))
    letter_signatory_role: Text80 = Field("", description=(
        "Their role: 'Headteacher'. 'Class teacher' (primary) or 'Head of PSHE' when empty."))
    parents_workshop: bool = Field(False, description=(
        "Letters home invite parents to the parents' and carers' workshop (with the date and "
        "venue below, or lines to write them on). Set for you when a build includes the "
        "parents' pack or the date is given. A named school's letters leave the invitation "
        "out until its date or venue is given."))
    parents_session_date: Text60 = Field("", description=(
        "When the parents' and carers' workshop is, as a letter says it: 'Thursday 21 "
        "January 2027, 6pm'. Letters home of a build with the parents' pack invite parents "
        "to it; a line to write it on when empty."))
    parents_session_venue: Text80 = Field("", description=(
        "Where the parents' workshop is: 'the school hall'. On the letters' invitation and "
        "the facilitator notes; a line to write it on when empty."))
    parents_session_access: Text120 = Field("", description=(
        "How families get into the workshop's room and what helps them hear: 'Step-free "
        "entry by the main gate; a hearing loop in the hall.' On a visiting trainer's "
        "invitation; a field to fill in when empty."))

    @field_validator("rse_lesson", mode="before")
    @classmethod
    def _rse_lesson(cls, value: object) -> object:
        # One line naming the three parts: an RSE lead types "relationships education" or
        # "Sex", not a schema's Literal.
        if value is None or isinstance(value, bool):
            return None if value is None else RSE_LESSON_BOOLS[value]
        text = value.strip().lower().removesuffix(" education") if isinstance(value, str) \
            else value
        if text not in RSE_PARTS:
            raise ValueError(f"{value!r} is not a choice; write relationships, health or sex "
                             "(the part of RSHE your policy teaches the lesson in)")
        return text

    @field_validator("letter_sent", mode="before")
    @classmethod
    def _letter_sent(cls, value: object) -> object:
        # One line that says what each choice means: a teacher types "after the lesson" or
        # "yes", not a schema's Literal.
        text = value.strip().lower() if isinstance(value, str) else value
        if isinstance(text, str) and text in LETTER_SENT_DEPRECATED:
            return LETTER_SENT_DEPRECATED[text]  # said as a warning where the file is read
        if text not in LETTER_SENT:
            raise ValueError(f"{value!r} is not a choice; write before (the letter sent ahead "
                             "of the lesson as well) or after (only the letter sent once it "
                             "is taught)")
        return text

    @model_validator(mode="after")
    def _known_classes(self) -> SchoolFacts:
        # A size or time for a class the file does not name would be silently unused: a typo
        # in "Year 4" would print 30 copies for a class of 34, or leave its time blank. After
        # the fields, so a ``classes`` that failed its own check gives no second error here.
        named = [" ".join(n.split()) for n in (self.class_name, *self.classes)
                 if n and n.strip()]
        said = "; ".join(named) or "none yet"
        errors = [InitErrorDetails(
            type=PydanticCustomError("unknown_class", (
                "{key} names no class in class_name or classes ({said}); write the class "
                "as it is written there"), {"key": repr(key), "said": said}),
            loc=(field,), input=key)
            for field in ("class_sizes", "lesson_times")
            for key in getattr(self, field) if not _names_a_class(key, named)]
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self

    # check_fields=False: delivered_by_logo is Brand's (a school file has no trainer).
    @field_validator("logo", "delivered_by_logo", mode="after", check_fields=False)
    @classmethod
    def _logo(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        base = Path((info.context or {}).get("base", "."))
        path = value.expanduser()
        path = (path if path.is_absolute() else base / path).resolve()
        check_logo(path, shown=str(value), file_kind=cls.file_kind)
        return path


class Brand(SchoolFacts):
    """A school's or trainer's brand: applied to the deck theme, masters and document styles."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="lessonpack brand")

    org_name: Required80 = Field(DEFAULT_ORG, description="Organisation name, as printed.")
    primary: HexColour = Field("#1B2A4A", description=(
        "Dark colour for titles, headings and title-slide backgrounds; white text sits on it."))
    secondary: HexColour = Field("#2456A6", description=(
        "Second colour for section slides, bars and table headers (white text on it), and "
        "for small coloured text on white and on the light colour."))
    accent: HexColour = Field("#C8102E", description=(
        "Highlight for the LIVE badge, call-out bars and icons; white text sits on it."))
    light: HexColour = Field("#EEF2F9", description=(
        "Pale tint for panels and boxes; dark text (#1A1A1A) sits on it."))
    heading_font: Required60 = Field("Arial", description=(
        "Font for titles and headings. Use one every school machine has: Arial or Calibri."))
    body_font: Required60 = Field("Arial", description="Font for body text: Arial or Calibri.")
    footer: Text120 = Field("", description=(
        "Footer text on slides and documents; the organisation name when empty."))
    safeguarding_lead: Required80 = Field(DEFAULT_LEAD, description=(
        "Who pupils and staff report concerns to, as it reads in a sentence: 'Mrs A Khan "
        "(Designated Safeguarding Lead)'."))
    delivered_by: Text80 = Field("", description=(
        "Who delivers the lesson when it is not the school itself, as a footer credits it: "
        "'Northshire Online Safety Team'. Set for you when a school file is applied "
        "(build --school): org_name becomes the school's and the trainer's moves here."))
    concern_record: Annotated[str, _text(240)] = Field("", description=(
        "For a team whose trainers visit schools: what the team itself records when its "
        "trainer hands a child's concern to the school's DSL, as your own safeguarding "
        "policy says, in one or two sentences. Printed after 'record it on the school's "
        "form' in the 'If a child discloses' box of a visit's plans. Empty: '<your team> "
        "notes only that a concern was handed to the school's DSL, as agreed with them.'"))
    concern_sharing: Annotated[str, _text(320)] = Field("", description=(
        "For a team that keeps its own log of concerns (concern_record): what the log "
        "holds, who sees it and on what lawful basis, in plain words, as your "
        "information-sharing agreement with the school says. The visit brief asks the "
        "school's DSL and data protection officer to confirm it when the files arrive. "
        "Empty: the brief asks them to get the agreement from the trainer. Needs "
        "concern_record: a team with no log of its own has no one to share it with."))
    privacy_notice: Text120 = Field("", description=(
        "For a team whose trainers visit schools: where families can read how the team keeps "
        "what they write on its forms, and for how long (a web address: "
        "'northshire.example.gov.uk/privacy'). Printed on the parents' evening's sign-in "
        "sheet and contact slips. Empty: they make no promise and send families to the "
        "trainer, and the build notes ask for it."))
    delivered_by_website: Text120 = Field("", description=(
        "The website of who delivers the lesson (delivered_by): set for you when a school "
        "file is applied (build --school), from the trainer's website, which the school's "
        "replaces. The parents' handout's footer gives it, so families can find the team."))
    delivered_by_phone: Text40 = Field("", description=(
        "The phone of who delivers the lesson (delivered_by): set for you when a school "
        "file is applied (build --school), from the trainer's phone, which the school's "
        "replaces. The visit briefs, handover sheets and parents' invitation give it."))
    delivered_by_email: Text120 = Field("", description=(
        "The email of who delivers the lesson (delivered_by): set for you when a school "
        "file is applied (build --school), from the trainer's email, which the school's "
        "replaces. The visit briefs, handover sheets and parents' invitation give it."))
    delivered_by_logo: Path | None = Field(None, description=(
        "The logo of who delivers the lesson (delivered_by), when logo is the host school's "
        "crest: set for you when a school file with a crest is applied (build --school). The "
        "cover shows both, the trainer's beside the 'Delivered by' credit."))
    logo_of: Text80 = Field("", description=(
        "Whose logo it is, for its alt text, when it is not org_name's: set for you when a "
        "school file without a crest is applied (the trainer's logo stays, named as theirs)."))
    reply_slip: bool = Field(True, description=(
        "Put a tear-off reply slip at the foot of letters home."))
    letters_from_school: bool = Field(False, description=(
        "A council's or trainer's own look whose letters home each school sends: the letters "
        "print the school's letterhead, signer and office contacts as fields to fill in, as "
        "the built-in look does, not the organisation's own (parents expect a letter about "
        "their child's class from the school). A --school file fills them in instead."))
    phase: Literal["primary", "secondary", "all"] = Field("all", description=(
        "The pupils you teach. 'primary': --all builds Key Stages 1 and 2 and the parents' "
        "pack only (ask for ks3 or ks4 by name to build them); 'secondary': Key Stages 3 and "
        "4 and parents; 'all': every audience."))

    @field_validator(*COLOUR_FIELDS, mode="before")
    @classmethod
    def _colour(cls, value: object) -> object:
        if value is None:
            raise ValueError("no colour given; put it in quotes, e.g. \"#1B2A4A\" (without "
                             "quotes YAML reads # as the start of a comment)")
        if not isinstance(value, str) or not _is_colour(value.strip()):
            raise ValueError(f"{value!r} is not a colour; write it as \"#RRGGBB\", e.g. "
                             "\"#1B2A4A\"")
        return value.strip().upper()

    @model_validator(mode="after")
    def _sharing_needs_a_record(self) -> Brand:
        # concern_sharing says who sees the team's own log; with no concern_record the plans
        # say the team keeps no log, so the sharing words would be silently dropped.
        if self.concern_sharing.strip() and not self.concern_record.strip():
            raise ValidationError.from_exception_data(type(self).__name__, [InitErrorDetails(
                type=PydanticCustomError("sharing_without_record", (
                    "says who sees the team's concern log, but concern_record (what the team "
                    "logs) is empty; write concern_record too, or leave concern_sharing out")),
                loc=("concern_sharing",), input=self.concern_sharing)])
        return self

    @model_validator(mode="after")
    def _renamed_once(self) -> Brand:
        # The stories' renames are applied together (plan/place_names.story_renames): a name
        # in both would silently take one of the two new names, whichever merged last.
        both = sorted(set(self.place_names) & set(self.character_names))
        if both:
            raise ValidationError.from_exception_data(type(self).__name__, [InitErrorDetails(
                type=PydanticCustomError("renamed_twice", (
                    "{names} is renamed in place_names and in character_names; say each "
                    "name's new name once, in the one it is"), {"names": ", ".join(both)}),
                loc=("character_names",), input=self.character_names)])
        return self

    @property
    def named(self) -> str:
        """The organisation's name, or "" while it is still the placeholder default."""
        return "" if self.org_name == DEFAULT_ORG else self.org_name

    @property
    def names_its_lead(self) -> bool:
        """The brand says how its safeguarding lead is referred to ("the school's Designated
        Safeguarding Lead", "Mrs A Khan (DSL)"), rather than keeping the default."""
        return self.safeguarding_lead != DEFAULT_LEAD

    @property
    def logo_alt(self) -> str:
        """The logo's alt text: whose logo it is ("Ashgrove Primary School logo")."""
        return f"{self.logo_of or self.named or 'Organisation'} logo"

    @property
    def author(self) -> str:
        return self.named or "lessonpack"


DEFAULT_BRAND = Brand()

# Key stages each phase of school teaches; the parents' pack suits every phase.
PHASE_KEY_STAGES = {"primary": ("ks1", "ks2"), "secondary": ("ks3", "ks4")}


def audiences_for_phase(phase: str, audiences: list[Any]) -> tuple[list[Any], list[Any]]:
    """Split the audiences ``--all`` (or ``audiences: all``) would build into those a school of
    this ``phase`` teaches and those left out: a KS4 letter on a primary school's letterhead
    is a mistake. Audiences asked for by name are not passed through this."""
    allowed = PHASE_KEY_STAGES.get(phase)
    if allowed is None:
        return list(audiences), []
    keep = [a for a in audiences if not a.is_pupils or a.value in allowed]
    return keep, [a for a in audiences if a not in keep]


def _is_colour(text: str) -> bool:
    return len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF"
                                                     for c in text[1:])


def check_logo(path: Path, *, shown: str, file_kind: str = "brand file", what: str = "logo",
               field: str = "logo") -> bytes:
    """Raise ValueError unless ``path`` is a readable PNG or JPEG image of sensible size;
    its bytes when it is. ``what`` names the picture in messages, ``field`` the field to
    point at it (a logo, the DSL's photo).

    The pixel count is read from the header before anything is decoded (lessonpack.io.safety),
    so a small file claiming 100,000 x 100,000 pixels is refused, not decompressed.
    """
    if path.suffix.lower() == ".svg":
        raise ValueError(f"{shown} is an SVG; PowerPoint and Word need a bitmap here: export "
                         f"the {what} as a PNG (about 600 px wide) and point {field}: at that "
                         "file")
    if path.is_dir():
        raise ValueError(f"{shown} is a folder; point {field}: at the image file in it")
    if not path.is_file():
        raise ValueError(f"{what} file {shown} not found (relative paths start from the "
                         f"{file_kind}'s folder)")
    data, problem = read_limited(path, shown, MAX_LOGO_BYTES, "logos")
    if problem is not None:
        size = path.stat().st_size if path.is_file() else 0
        if size > MAX_LOGO_BYTES:
            raise ValueError(f"{what} is {size / 1e6:.1f} MB; use an image under "
                             f"{MAX_LOGO_BYTES // 1_000_000} MB (a PNG about 600 px wide is "
                             "plenty)")
        raise ValueError(f"{what} {shown}: {problem.message}")
    head = data[:256]
    if b"<svg" in head.lower():
        raise ValueError(f"{shown} is an SVG; export the {what} as a PNG (about 600 px wide) "
                         f"and point {field}: at that file")
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise ValueError(f"{shown} is not a PNG or JPEG image")
    reason = logo_problem(path, shown)
    if reason is not None:
        raise ValueError(reason)
    return data


# --------------------------------------------------------------------------- contrast


@dataclass(frozen=True)
class ContrastFailure:
    fields: tuple[str, ...]  # the colour fields involved, the one to blame first
    message: str


def contrast_failures(brand: Brand, names: dict[str, str] | None = None
                      ) -> list[ContrastFailure]:
    """Every text/background pair the layouts use that misses WCAG AA (4.5:1).

    ``names`` words a field in messages (e.g. a template's theme slot); the field name
    otherwise.
    """
    names = names or {}

    def label(name: str) -> str:
        return names.get(name, f"the {name} colour")

    pairs = [
        (("primary",), WHITE, brand.primary, "white text on {bg}"),
        (("secondary",), WHITE, brand.secondary, "white text on {bg}"),
        (("accent",), WHITE, brand.accent, "white text on {bg}"),
        (("light",), TEXT_DARK, brand.light, f"dark text ({TEXT_DARK}) on {{bg}}"),
        (("secondary", "light"), brand.secondary, brand.light,
         f"{{fg}} text on {label('light')} {{bg}}"),
        (("primary", "light"), brand.primary, brand.light,
         f"{{fg}} text on {label('light')} {{bg}}"),
    ]
    failures = []
    for fields, fg, bg, wording in pairs:
        ratio = contrast_ratio(fg, bg)
        if ratio < AA_NORMAL_TEXT:
            said = wording.format(fg=hex_colour(fg), bg=hex_colour(bg))
            failures.append(ContrastFailure(fields, f"{said} has contrast {format_ratio(ratio)}; "
                                            f"WCAG AA needs {AA_NORMAL_TEXT}:1"))
    return failures


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class LoadedBrand:
    brand: Brand
    path: Path
    warnings: tuple[Problem, ...] = ()


_LOGO_FROM_FILE = Path("logo: as written in the file")


def load_brand(path: Path, *, allow_low_contrast: bool = False,
               logo: Path | None = _LOGO_FROM_FILE) -> LoadedBrand:
    """Read and check a brand file; raises one UserError carrying every problem.

    ``logo`` replaces the file's ``logo:`` field (None: no logo). The web page takes the logo
    as an upload of its own and must never follow a path written in an uploaded brand file
    (``logo: /etc/…`` would read the server's files); the logo is checked as the CLI checks it.
    """
    from lessonpack.content.problems import load_model_file

    def with_logo(data: dict[str, Any]) -> dict[str, Any]:
        if logo is _LOGO_FROM_FILE:
            return data
        data = {key: value for key, value in data.items() if key != "logo"}
        if logo is not None:
            data["logo"] = str(logo)
        return data

    loaded = load_model_file(path, Brand, code="LP150", what="a brand file",
                             example="org_name: Oakfield Primary School", prepare=with_logo)
    brand, parsed, data, shown = loaded.model, loaded.parsed, loaded.data, loaded.shown
    problems = []
    for failure in contrast_failures(brand):
        present = [f for f in failure.fields if f in data]
        blame = present[0] if present else failure.fields[0]
        line, column = parsed.value_position((blame,)) if present else (0, 0)
        problems.append(problem_at(shown, "LP151", failure.message, line=line, column=column,
                                   field=blame,
                                   severity="warning" if allow_low_contrast else None))
    if problems and not allow_low_contrast:
        raise UserError(problems)
    return LoadedBrand(brand, path, (*problems, *deprecated_choices(loaded)))


def deprecated_choices(loaded: LoadedModel[Any]) -> list[Problem]:
    """A warning (LP149) for each deprecated choice a brand or school file makes, at its line:
    what it now does and what to write instead. The file still builds."""
    said = loaded.data.get("letter_sent")
    text = said.strip().lower() if isinstance(said, str) else None
    if text is None or text not in LETTER_SENT_DEPRECATED:
        return []
    now = LETTER_SENT_DEPRECATED[text]
    line, column = loaded.parsed.value_position(("letter_sent",))
    return [problem_at(
        loaded.shown, "LP149", f"{text!r} is deprecated: every pupil pack has the letter after "
        f"the lesson, so it builds what {now!r} builds; write letter_sent: {now}",
        line=line, column=column, field="letter_sent")]
