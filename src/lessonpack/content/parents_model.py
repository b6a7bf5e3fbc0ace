"""The parents' and carers' session (content/<topic>/parents.yml): its sections, charts,
handout and quiz, with the variants a primary or secondary school gets."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from lessonpack.content.fields import (
    ON_SLIDE,
    Audience,
    Chars,
    FactId,
    Id,
    Minutes,
    PictureName,
    Strict,
)
from lessonpack.content.parents_cues import Cue, cues_problem
from lessonpack.content.parts import QuizQuestion, Resources, Safeguarding, Scenario, TopicItem
from lessonpack.content.step_minutes import check_steps_fit


class ChartBar(Strict):
    label: Annotated[str, Chars(40)]
    value: Annotated[float, Field(ge=0, le=100)]
    fact: FactId
    # For a figure its source gives in words ("almost 1 in 8"): the deck shows these words
    # (which must appear in the fact) as the figure instead of ``value`` as a percentage.
    shown: Annotated[str, Chars(24)] | None = None


class Chart(Strict):
    title: Annotated[str, Chars(80)]
    bars: list[ChartBar] = Field(min_length=2, max_length=6)
    alt: Annotated[str, Chars(250)]
    # A second chart in a section gets its own slide: its title and the points beside it.
    heading: Annotated[str, Chars(50)] | None = None
    points: list[Annotated[str, Chars(100), ON_SLIDE]] = Field(default=[], max_length=4)
    # What to say on that slide: figures about harm get their own framing where they are shown
    # (a reassurance and an action), not on the slide before them.
    notes: Annotated[str, Chars(1200)] | None = None


# The school phase a parents' pack is built for: the brand's ``phase``. A primary school's
# parents need primary-age examples, a secondary school's the teenage ones, an all-through
# school's both.
Phase = Literal["primary", "secondary", "all"]
_M = TypeVar("_M", bound=BaseModel)
PHASES: tuple[str, ...] = ("primary", "secondary", "all")


def _one_variant_a_phase(variants: list[Any]) -> None:
    seen: set[str] = set()
    for variant in variants:
        twice = seen & set(variant.phases)
        if twice:
            raise ValueError(f"more than one variant for phase {sorted(twice)[0]!r}")
        seen |= set(variant.phases)


def _with_variant(item: _M, variants: list[Any], phase: str) -> _M:
    """``item`` with the fields its variant for ``phase`` gives (only those given), and no
    variants left: what a school of that phase gets."""
    variant = next((v for v in variants if phase in v.phases), None)
    update = ({name: getattr(variant, name) for name in variant.model_fields_set
               if name != "phases"} if variant else {})
    return item.model_copy(update={**update, "variants": []})


class SectionVariant(Strict):
    """What a workshop section says instead for the schools of ``phases``: only the fields
    given replace the section's own (which are written for secondary schools)."""

    phases: list[Phase] = Field(min_length=1)
    title: Annotated[str, Chars(50)] | None = None
    points: list[Annotated[str, Chars(100), ON_SLIDE]] | None = Field(
        None, min_length=2, max_length=4)
    notes: Annotated[str, Chars(2000)] | None = None
    cues: list[Cue] | None = Field(None, min_length=1, max_length=8)
    charts: list[Chart] | None = Field(None, max_length=2)
    scenario: Scenario | None = None
    discussion: list[Annotated[str, Chars(160)]] | None = Field(None, max_length=3)
    picture: PictureName | None = None
    figures_after_points: bool | None = None


class WorkshopSection(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    points: list[Annotated[str, Chars(100), ON_SLIDE]] = Field(min_length=2, max_length=4)
    notes: Annotated[str, Chars(2000)]
    # The facilitator notes' version of ``notes`` (and of its charts' notes): each step's key
    # points and what to ask (content/parents_cues.py), so a facilitator reads it before the
    # evening and glances at it in the room; the deck's speaker notes keep the full script.
    # Without it the notes print the script.
    cues: list[Cue] | None = Field(None, min_length=1, max_length=8)
    charts: list[Chart] = Field(default=[], max_length=2)
    scenario: Scenario | None = None
    discussion: list[Annotated[str, Chars(160)]] = Field(default=[], max_length=3)
    picture: PictureName | None = None
    # One sentence the part comes down to: the presenter's cue in the notes of the part's
    # first slide (plan/parents/workshop._opening_cue). Every part opens straight on its content.
    statement: Annotated[str, Chars(90), ON_SLIDE] | None = None
    # The points are steps to take in order (what to do if something happens): the slide
    # draws them as a flow, left to right.
    steps: bool = False
    # The notes say what the pupils' lessons teach: the build adds which classes had them when
    # the school names its classes, so no parent hears their child had a lesson they did not.
    lessons_taught: bool = False
    # The points get their own slide and the charts follow it: an all-through school's section
    # speaks to both age groups first, then shows the older group's figures on the next slide.
    # Without it the first chart's slide carries the points.
    figures_after_points: bool = False
    variants: list[SectionVariant] = Field(default=[], max_length=3)

    @model_validator(mode="after")
    def _one_variant_a_phase(self) -> WorkshopSection:
        _one_variant_a_phase(self.variants)
        return self

    @model_validator(mode="after")
    def _cues_with_notes(self) -> WorkshopSection:
        """A variant with notes of its own gives its own cues where the section has cues:
        else its phase would print the section's cues for another script."""
        for variant in self.variants:
            if self.cues and variant.notes is not None and variant.cues is None:
                raise ValueError(f"the variant for {', '.join(variant.phases)} gives its own "
                                 "notes but no cues: write cues for it too")
            if variant.cues is not None and self.cues is None:
                raise ValueError("a variant gives cues but the section has none: give the "
                                 "section cues too")
        return self

    @model_validator(mode="after")
    def _steps_fit_the_part(self) -> WorkshopSection:
        """Every script's timed steps read as numbers and fit the Part's minutes (a variant
        keeps the section's minutes)."""
        scripts = [("notes", self.notes)] + [
            (f"the variant for {', '.join(v.phases)}: notes", v.notes) for v in self.variants]
        for field, text in scripts:
            if text:
                check_steps_fit(text, self.minutes, field)
        return self

    @model_validator(mode="after")
    def _cues_make_the_part(self) -> WorkshopSection:
        """Each phase's cues make the Part's minutes and mark where its story is read and
        its tables talk: refused at the cues' own field (the section's or a variant's)."""
        for phase in PHASES:
            seen = self.for_phase(phase)
            if not seen.cues:
                continue
            problem = cues_problem(seen.cues, self.minutes, story=seen.scenario is not None,
                                   questions=bool(seen.discussion))
            if problem:
                own = next((i for i, variant in enumerate(self.variants)
                            if phase in variant.phases and variant.cues is not None), None)
                raise _located(("cues",) if own is None else ("variants", own, "cues"),
                               None, problem, kind="cues")
        return self

    def every_chart(self) -> list[tuple[tuple[str | int, ...], Chart]]:
        """Each chart of the section and of its variants, with where it is under the section
        ("charts", 0) or ("variants", 1, "charts", 0): the checks look at all of them."""
        found: list[tuple[tuple[str | int, ...], Chart]] = [
            (("charts", c), chart) for c, chart in enumerate(self.charts)]
        for v, variant in enumerate(self.variants):
            found += [(("variants", v, "charts", c), chart)
                      for c, chart in enumerate(variant.charts or [])]
        return found

    def for_phase(self, phase: str) -> WorkshopSection:
        """This section as a school of ``phase`` sees it."""
        return _with_variant(self, self.variants, phase)


class HandoutVariant(Strict):
    """Handout lists a school of ``phases`` gets instead; lists not given stay the same."""

    phases: list[Phase] = Field(min_length=1)
    conversation_starters: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=4, max_length=8)
    settings_checklist: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=4, max_length=8)
    family_agreement: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=4, max_length=8)
    warning_signs: list[Annotated[str, Chars(160)]] | None = Field(None, min_length=3, max_length=8)
    if_something_happens: list[Annotated[str, Chars(200)]] | None = Field(
        None, min_length=4, max_length=8)
    signposting: list[FactId] | None = Field(None, max_length=4)


class HandoutAction(Strict):
    """One of the things a family does, at the top of the handout: a short heading under a
    line icon from the workshop's slides. ``points`` names the slide points it sums up, in
    their exact words (one for each phase's version of its section): the card is printed
    only for a school whose slides still teach one of them, and a point that no section
    has is refused when the content loads, so rewording a slide cannot drop a card unseen."""

    heading: Annotated[str, Chars(30)]
    picture: PictureName
    alt: Annotated[str, Chars(120)]
    points: list[Annotated[str, Chars(100)]] = Field(min_length=1, max_length=3)


class HomeWords(Strict):
    """One key stage's words from its lesson, for the handout's "Words your child is
    learning at school": the workshop tells parents to use the lessons' words at home, and
    the handout says what they are. ``years``: the years as a parent knows their child's
    class ("Years 3 to 6"; a school naming its classes gets theirs instead). ``words``: the
    lesson's own words, quoted (tests/test_children_words.py checks each sentence is still in
    the lesson). ``short``: the shorter line an all-through school's handout gives, four key
    stages on a side."""

    stage: Literal[Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4]
    years: Annotated[str, Chars(30)]
    words: Annotated[str, Chars(130)]
    short: Annotated[str, Chars(90)]


class Handout(Strict):
    # The cards that open the handout, in order; none, or at least three (a row of one or
    # two reads as something missing).
    actions: list[HandoutAction] = Field(default=[], max_length=4)
    conversation_starters: list[Annotated[str, Chars(160)]] = Field(min_length=4, max_length=8)
    settings_checklist: list[Annotated[str, Chars(160)]] = Field(min_length=4, max_length=8)
    family_agreement: list[Annotated[str, Chars(160)]] = Field(min_length=4, max_length=8)
    warning_signs: list[Annotated[str, Chars(160)]] = Field(min_length=3, max_length=8)
    if_something_happens: list[Annotated[str, Chars(200)]] = Field(min_length=4, max_length=8)
    # Services the help table names beside the session's own (helpline ids in facts.yml):
    # Samaritans and Shout for a school with teenagers, whose families need someone to
    # turn to at night when a child is in crisis; a primary variant names none.
    signposting: list[FactId] = Field(default=[], max_length=4)
    variants: list[HandoutVariant] = Field(default=[], max_length=3)
    # Each key stage's words, youngest first, a line each (plan/parents/children_words.py): a school
    # gets its phase's key stages. None: the handout has no box of them.
    words_at_home: list[HomeWords] = Field(default=[], max_length=4)

    @model_validator(mode="after")
    def _one_variant_a_phase(self) -> Handout:
        _one_variant_a_phase(self.variants)
        return self

    @model_validator(mode="after")
    def _words_a_stage_in_order(self) -> Handout:
        stages = [w.stage for w in self.words_at_home]
        if stages != sorted(set(stages), key=list(Audience).index):
            raise ValueError("words_at_home: one entry a key stage, youngest first (ks1 to "
                             f"ks4), not {', '.join(s.value for s in stages)}")
        return self

    def for_phase(self, phase: str) -> Handout:
        return _with_variant(self, self.variants, phase)


class QuizVariant(Strict):
    """The quiz a school of ``phases`` runs instead of the session's own (written for
    secondary schools): a primary school's parents are not quizzed on nudes and sextortion,
    but on what their children meet (chat in games, gifts, private calls)."""

    phases: list[Phase] = Field(min_length=1)
    quiz: list[QuizQuestion] = Field(min_length=3, max_length=6)


# The names a visit row's or invitation's text may use, filled from the school file: the
# school's DSL and deputy, the visiting trainer, the session's room.
# {record}: what the DSL does with the signed checklist (a trust's sign-off, or the
# school's child protection policy for a maintained school: plan/visiting.sign_off_record).
# {sign_in}: how many of each page of the team's sign-in file to print
# (plan/parents/parents_sign_in.print_counts), said where the sheet is laid out.
# {access}: how families get in and what helps them hear (the school file's
# ``parents_session_access``), or a field to fill in.
# {head}: the headteacher who signs the letters and invitation, by short name with the role
# ("Mrs Whitfield (Headteacher)"; plan/visit_brief/brief_day.head_who), "Headteacher" when
# none does.
# {set_by}: when the room is ready ("by 5.15pm, before the trainer sets up").
# {changes_by}: the last day the head can ask for a change to the invitation ("by Wed 6 Jan
# at the latest"), the school day before it goes.
# {play_until}: until when the play staff stay ("7.15pm", a quarter of an hour after the end).
# {slips}: how the team holds the contact slips and feedback forms it takes away
# (``SignIn.slips``), in the words the facilitator notes and the last help slide say.
# {collected}: when the team collects the evening's sealed contact slips from the school
# ("on Mon 25 Jan", the next school day).
# {interpreters_by}: the last day a family can ask for an interpreter in time to book one
# ("by Friday 8 January 2027", "by Fri 8 Jan" in the brief's rows), two weeks before the
# evening, or the reply slip's day when that left under three school days after the
# invitation goes; words when no such day falls after it goes home.
# {other_formats}: the letters' line offering the paper in another language, read aloud or
# explained, with the school's phone ("This invitation in another language, read aloud or
# explained? Ask us: 01632 960418.").
VISIT_NAMES = ("{dsl}", "{deputy}", "{head}", "{trainer}", "{venue}", "{set_by}", "{record}",
               "{sign_in}", "{access}", "{changes_by}", "{play_until}", "{slips}",
               "{collected}", "{interpreters_by}", "{other_formats}")


def names_in(allowed: tuple[str, ...]) -> Callable[[str], str]:
    """A validator of a text's ``{name}``s: each one of ``allowed`` (the names its planner
    fills in), else an error naming them."""
    def known(text: str) -> str:
        for word in re.findall(r"\{[^{}]*\}", text):
            if word not in allowed:
                raise ValueError(f"unknown name {word} (use {', '.join(allowed)})")
        return text
    return known


_known_names = names_in(VISIT_NAMES)
VisitText = Annotated[str, Chars(240), AfterValidator(_known_names)]


class EveningCover(Strict):
    """The DSL's cover for the evening (the DSL or deputy on site until the last family
    leaves), asked in two parts: whom (``ask``: "Confirm in writing: you or {deputy}") and
    what the cover is, after whom (``covered``: "on site until the last family leaves.").
    The row prints them as one sentence; a visit day's brief asks ``covered`` after the
    lessons' cover ("that evening, …"), to the same person on the same day, so no planner
    cuts the ask's opening words off the row."""
    ask: VisitText
    covered: VisitText


class VisitRow(Strict):
    """A row of the parents' visit brief: which day (worked out from the school's dates,
    never typed), the paper or job, who does it, what they do: ``what``, or for the
    evening's DSL cover ``cover`` (plan/visit_brief finds the row by it, never by ``file``)."""
    when: Literal["files", "sign_off", "approve", "invitation", "replies", "print", "cut",
                  "evening", "after"]
    file: Annotated[str, Chars(40)]
    who: Annotated[str, Chars(60), AfterValidator(_known_names)]
    what: VisitText | None = None
    cover: EveningCover | None = None

    @model_validator(mode="after")
    def _what_or_cover(self) -> VisitRow:
        if (self.what is None) == (self.cover is None):
            raise ValueError("give the row's what, or for the evening's DSL cover its cover "
                             "(ask and covered), not both")
        return self

    @property
    def says(self) -> str:
        """What the row asks, as the brief prints it."""
        if self.cover is not None:
            return f"{self.cover.ask} {self.cover.covered}"
        return self.what or ""


class Offer(Strict):
    """One thing the evening offers a family, a line on the invitation behind its icon."""
    picture: PictureName
    text: VisitText


class Invitation(Strict):
    """The whole-school invitation to the session, sent with the letters home, set as a
    flyer: its headline, a picture beside the date, time and place (printed from the school
    file), its paragraphs, the offers a line each behind an icon, and its reply slip."""
    headline: Annotated[str, Chars(70)] = ""
    picture: PictureName | None = None
    paragraphs: list[VisitText] = Field(min_length=2, max_length=5)
    offers: list[Offer] = Field(default_factory=list, max_length=4)
    reply_slip: list[Annotated[str, Chars(120), AfterValidator(_known_names)]] = Field(
        min_length=2, max_length=5)


# The names the sign-in file's words may use: the school's DSL and deputy, by short name.
SIGN_IN_NAMES = ("{dsl}", "{deputy}")


SignInText = Annotated[str, Chars(220), AfterValidator(names_in(SIGN_IN_NAMES))]


class PlayRegister(Strict):
    """The sign-in file's last page: the school's register of the children in supervised
    play while their families are at the session, kept by the two staff in the play room."""
    heading: Annotated[str, Chars(50)]
    lead: SignInText
    # What the staff do as each child is handed back, and if nobody comes: a box above the
    # register.
    rules_title: Annotated[str, Chars(40)]
    rules: list[SignInText] = Field(min_length=1, max_length=3)
    # The register's columns: the child (full name, class or age, any need: siblings not at
    # the school are children staff do not know), who brought them and when, who collected
    # them and when.
    columns: list[Annotated[str, Chars(24)]] = Field(min_length=4, max_length=7)
    # The facilitator notes' "The school provides" line for the play room's staff.
    provided: SignInText


class SignIn(Strict):
    """How the team's sign-in file is run on the evening, in the facilitator notes: the
    running order's first and last lines, the resources' line, and what happens to the
    sheets after."""
    arrive: Annotated[str, Chars(120)]
    close: Annotated[str, Chars(120)]
    # The file in the notes' resources: what the office prints for the evening.
    resources: Annotated[str, Chars(120)]
    kept: Annotated[str, Chars(340)]
    # What happens to the contact slips and feedback forms the team takes away: one
    # sentence, said as written in the brief's row, the notes' "After the session" and the
    # last help slide's notes (the brief and the notes once said it two ways, and neither
    # how the slips are kept until the office has them).
    slips: Annotated[str, Chars(240)]
    play: PlayRegister


class ParentsVisit(Strict):
    """What the host school does when a visiting trainer runs the session: the rows of its
    visit brief and the invitation home (a visiting trainer's --school build only). The
    DSL reviews this wording here, not in code."""
    rows: list[VisitRow] = Field(min_length=4, max_length=14)
    invitation: Invitation
    sign_in: SignIn


# The fewest handout action cards a school's version may print: a row of one or two reads as
# something missing.
LEAST_ACTIONS = 3


def _located(loc: tuple[str | int, ...], point: object, message: str,
             kind: str = "handout_actions") -> ValidationError:
    return ValidationError.from_exception_data("ParentSession", [InitErrorDetails(
        type=PydanticCustomError(kind, message), loc=loc, input=point)])


def _check_actions(session: ParentSession) -> None:
    """Each handout action names slide points the sections (or their variants) have, in
    their exact words, and every phase's version teaches at least ``LEAST_ACTIONS`` of the
    cards: a reworded slide is a positioned error, never a card or a row silently dropped."""
    _actions_name_taught_points(session)
    if not session.handout.actions:
        return
    for phase in PHASES:
        shown = len(actions_taught(session.for_phase(phase)))
        if shown < LEAST_ACTIONS:
            raise _located(("handout", "actions"), None,
                           f"a {phase} school's slides teach {shown} of these cards; give "
                           f"points so that it gets at least {LEAST_ACTIONS}")


def _actions_name_taught_points(session: ParentSession) -> None:
    taught = {p for s in session.sections for p in s.points}
    taught |= {p for s in session.sections for v in s.variants for p in v.points or []}
    for a, action in enumerate(session.handout.actions):
        for i, point in enumerate(action.points):
            if point not in taught:
                raise _located(("handout", "actions", a, "points", i), point,
                               f"no section has the point {point!r}: name a slide point in "
                               "its exact words (a section's or one of its variants')")


def actions_taught(session: ParentSession) -> list[HandoutAction]:
    """The handout actions ``session`` (one phase's version) teaches a point of."""
    taught = {p for s in session.sections for p in s.points or []}
    return [a for a in session.handout.actions if not taught.isdisjoint(a.points)]


class SessionVersion(Strict):
    """How one phase's workshop names itself. The all-through deck (teenage figures, a
    teenage sextortion story) looks like any other: without a label on its cover, in its
    first notes and on the facilitator notes' first page, an infant school's parents could be
    shown it."""

    # Who the version is for, as the build's output names it: "the all-through version,
    # for families of children from 4 to 16".
    label: Annotated[str, Chars(80)]
    subtitle: Annotated[str, Chars(90)]  # the cover's, in place of the session's own
    # Read first (the cover's notes, the facilitator notes' page one): what this version
    # holds and how a school of one phase gets its own.
    note: Annotated[str, Chars(600)] = ""
    # The sources this version cites, where it cites fewer than the session lists (each one
    # of the session's; printed in the notes' usual order): the primary version,
    # with no teenage figures and no sextortion story, printed six lines of sextortion
    # reports under its notes. None: the session's list. ``lessonpack validate`` warns when
    # a figure this version shows has none of its sources here (LP171).
    sources: list[str] | None = Field(None, min_length=1)


# The parents' session opens with five minutes of welcome (title, ground rules, plan) before
# Part 1: its sections and this make the advertised length.
WELCOME_MINUTES = 5


class ParentSession(TopicItem):
    kind: Literal["parents-session"] = "parents-session"
    id: Id
    topic: Id
    topic_title: Annotated[str, Chars(40)]
    audience: Literal[Audience.PARENTS] = Audience.PARENTS
    title: Annotated[str, Chars(60)]
    subtitle: Annotated[str, Chars(90)]
    duration_minutes: Annotated[int, Field(ge=20, le=120)]
    summary: Annotated[str, Chars(500)]
    objectives: list[Annotated[str, Chars(100)]] = Field(min_length=3, max_length=4)
    resources: Resources = Field(min_length=1)
    safeguarding: Safeguarding
    # The title slide's safeguarding note, read in presenter view (the facilitator notes
    # are not): where a parent's disclosure goes on the night. Its {dsl}, {lead}, {deputy}
    # and {head} are filled from the brand (plan/notes.parent_safeguarding_cue); empty, the
    # plan says it in its own words.
    presenter_cue: Annotated[str, Chars(600)] = ""
    sections: list[WorkshopSection] = Field(min_length=4, max_length=7)
    quiz: list[QuizQuestion] = Field(min_length=3, max_length=6)
    quiz_variants: list[QuizVariant] = Field(default=[], max_length=3)
    handout: Handout
    key_messages: list[Annotated[str, Chars(80)]] = Field(min_length=3, max_length=3)
    signposting: list[FactId] = Field(min_length=3, max_length=8)
    platform_rules: list[FactId] = []
    sources: list[str] = Field(min_length=1)
    visit: ParentsVisit | None = None
    versions: dict[Phase, SessionVersion] = {}

    @model_validator(mode="after")
    def _one_quiz_a_phase(self) -> ParentSession:
        _one_variant_a_phase(self.quiz_variants)
        return self

    @model_validator(mode="after")
    def _actions_name_slide_points(self) -> ParentSession:
        _check_actions(self)
        return self

    @model_validator(mode="after")
    def _versions_cite_the_sessions_sources(self) -> ParentSession:
        # A version's list picks from the session's: a source only a version names would be
        # missed by every check that reads the session's list.
        for phase, version in self.versions.items():
            for i, ref in enumerate(version.sources or []):
                if ref not in self.sources:
                    raise _located(("versions", phase, "sources", i), ref,
                                   f"{ref!r} is not in the session's sources: list it there "
                                   "too", kind="version_sources")
        return self

    def for_phase(self, phase: str) -> ParentSession:
        """The workshop a school of ``phase`` (the brand's) runs: each section, the handout and
        the quiz with the variant written for that phase, where there is one."""
        quiz = next((v.quiz for v in self.quiz_variants if phase in v.phases), self.quiz)
        version = self.version(phase)
        return self.model_copy(update={
            "sections": [s.for_phase(phase) for s in self.sections],
            "handout": self.handout.for_phase(phase),
            "quiz": quiz, "quiz_variants": [],
            "subtitle": version.subtitle if version else self.subtitle,
            "sources": (version.sources if version and version.sources else self.sources)})

    def version(self, phase: str) -> SessionVersion | None:
        """How the workshop for a school of ``phase`` names itself, if the content says."""
        return next((v for p, v in self.versions.items() if p == phase), None)
