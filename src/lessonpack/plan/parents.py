"""Plans the parents' and carers' workshop: deck with the research figures (each large, with
its source and year), handout, facilitator notes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar
from urllib.parse import urlsplit

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    WELCOME_MINUTES,
    Audience,
    Chart,
    FactsFile,
    ParentSession,
    QuizQuestion,
    Source,
    WorkshopSection,
)
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.textrender import rules_checked
from lessonpack.kinds import scenario
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.cards import Card, CardsSlide
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.look import look_for
from lessonpack.kinds.quiz_question import Question, QuestionSlide
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.kinds.statistic import Statistic, StatisticSlide
from lessonpack.kinds.task import TaskCard, TaskSlide
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan import common, scenes, session_sheet, visit_logistics, visiting
from lessonpack.plan import pictures as pics
from lessonpack.plan.casting import Casting
from lessonpack.plan.children_words import phase_stages, taught_note, words_box
from lessonpack.plan.crisis_line import LABEL as CRISIS_LABEL
from lessonpack.plan.crisis_line import crisis_line, crisis_services
from lessonpack.plan.deck import spare
from lessonpack.plan.deck.help import parents_school_card
from lessonpack.plan.deck.quiz import question_slide
from lessonpack.plan.handout_actions import action_cards
from lessonpack.plan.handout_school_row import school_row
from lessonpack.plan.lesson_plan import SOURCES_TAIL, quiz_key
from lessonpack.plan.letter.school import delivered_credit
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    CompactTable,
    DeckPlan,
    DocPlan,
    Heading,
    PageBreak,
    Paragraph,
    SideBySide,
    Slide,
    Table,
    TickPanel,
    Who,
)
from lessonpack.plan.notes import answer_note, join_notes, parent_safeguarding_cue
from lessonpack.plan.safe_notes import safe_notes
from lessonpack.plan.safeguarding_checks import without_fill_in_check

T = TypeVar("T")

# A session starting at five or later is "tonight"; an after-school one (Oakfield's 3.30pm)
# or one with no time given is "today" (parents at 3.30pm were told "tonight").
EVENING_FROM = 17 * 60


def _today(brand: Brand) -> str:
    """"tonight" for an evening session, else "today", from the brand's session time."""
    start = session_sheet.start_minutes(brand.parents_session_date or "")
    return "tonight" if start is not None and start >= EVENING_FROM else "today"


def _fact_notes(chart: Chart, facts: FactsFile, said: str = "") -> str:
    """The chart's figures with their sources, for the notes; nothing when ``said`` (the
    slide's script) already reads every figure word for word: the slide names the sources,
    and the same three sentences twice made the figures slide the longest in presenter view."""
    # Sources named by their organisation: a register code such as "(S37)" means nothing to
    # the person presenting (the codes stay in the facilitator notes' sources list).
    by_id = {f.id: f for f in facts.facts}
    if said and all(by_id[bar.fact].text in said for bar in chart.bars):
        return ""
    texts = [by_id[bar.fact].text for bar in chart.bars]
    return f"Figures and sources: {_said_once(texts)} ({'; '.join(_source_names(chart, facts))})"


def _source_names(chart: Chart, facts: FactsFile) -> list[str]:
    """Each source of the chart's figures once, as a presenter can find it again: publisher,
    title and site ("Internet Watch Foundation (IWF), “Annual Data and Insights Report 2024:
    sexually coerced extortion”, iwf.org.uk"). A parent who asks where a figure is from gets
    the page itself, not only the organisation."""
    by_id = {f.id: f for f in facts.facts}
    sources = {s.id: s for s in facts.sources}
    names: list[str] = []
    for code in dict.fromkeys(s for bar in chart.bars for s in by_id[bar.fact].sources):
        source = sources.get(code)
        if source is None:
            names.append(code)
            continue
        site = urlsplit(source.url).netloc.removeprefix("www.") if source.url else ""
        names.append(", ".join(x for x in (source.publisher, f"“{source.title}”", site) if x))
    return names


def _said_once(texts: list[str]) -> str:
    """Facts that open the same way ("Of the 175 sextortion reports the IWF acted on in 2024,
    138 (79%) involved boys." and "…, 37 (21%) involved girls.") as one sentence, the shared
    opening said once: read aloud, the repeat sounds like a mistake."""
    words = [t.split() for t in texts]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared] for w in words}) == 1:
        shared += 1
    # Only an opening that ends a clause ("…in 2024,") is worth saying once.
    while shared and not words[0][shared - 1].endswith(","):
        shared -= 1
    if len(texts) < 2 or shared < SHARED_OPENING_WORDS:
        return " ".join(texts)
    rests = [" ".join(w[shared:]).rstrip(".") for w in words]
    return f"{' '.join(words[0][:shared])} {'; '.join(rests)}."


SHARED_OPENING_WORDS = 4


def _chart_sources(chart: Chart, facts: FactsFile) -> str:
    """ "Where these figures come from: Ofcom": the organisations once, for the printed notes,
    whose script already reads each figure out (repeating every sentence reads badly)."""
    return (f"Where these figures come from: {'; '.join(_source_names(chart, facts))} "
            f"({chart.title}).")


_CITATION = re.compile(r"\(([^()]+?), (\d{4})\)")


def _cited(points: list[str], facts: FactsFile) -> list[str]:
    """Each "(Publisher, YYYY)" the points cite, named as a source line names it: the source
    in facts.yml from that publisher dated that year ("Ofcom, 2022"), else as cited."""
    out: list[str] = []
    for point in points:
        for publisher, year in _CITATION.findall(point):
            candidates = [s for s in facts.sources if s.publisher == publisher
                          and year in (s.date or "").split()]
            # A publisher may have two reports that year: the one whose facts share the
            # most words with the point.
            said = set(re.findall(r"\w+", point.lower()))
            source = max(candidates, default=None, key=lambda s: max(
                (len(said & set(re.findall(r"\w+", f.text.lower())))
                 for f in facts.facts if s.id in f.sources), default=0))
            named = (_source_named(source).removeprefix("Source: ") if source is not None
                     else f"{publisher}, {year}")
            if named not in out:
                out.append(named)
    return out


def _source(fact_id: str, facts: FactsFile) -> str:
    """ "Source: Internet Watch Foundation, 2018": the fact's first source, with its year.

    An annual report is named by the year it reports on ("2024 report"), as the chart's title
    does: the IWF's report for 2024 came out in 2025, and "IWF 2024" over "IWF, 2025" reads
    as a contradiction. When it was published follows ("2024 report, published April 2024"):
    a parent can see at once how old the figures are, and a presenter cannot call a report
    two editions old "the newest"."""
    fact = next(f for f in facts.facts if f.id == fact_id)
    return _source_named(next(s for s in facts.sources if s.id == fact.sources[0]))


def _source_named(source: Source) -> str:
    """One source as ``_source`` names it."""
    report = re.search(r"\breport (\d{4})\b", source.title, re.IGNORECASE)
    if report:
        published = _month_year(source.date or "") or next(
            (w for w in (source.date or "").split() if w.isdigit() and w != report[1]), "")
        return (f"Source: {source.publisher}, {report[1]} report"
                + (f", published {published}" if published else ""))
    year = next((w for w in (source.date or "").split() if w.isdigit() and len(w) == 4), "")
    return f"Source: {source.publisher}" + (f", {year}" if year else "")


_MONTHS = {m[:3]: m for m in ("January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December")}


def _month_year(date: str) -> str:
    """ "29 Apr 2025" or "Apr 2025" -> "April 2025"; a bare year or no date -> "" (a
    publication date is only worth printing when it says more than the report's year)."""
    words = date.replace(",", " ").split()
    month = next((_MONTHS[w[:3].title()] for w in words if w[:3].title() in _MONTHS), "")
    year = next((w for w in words if w.isdigit() and len(w) == 4), "")
    return f"{month} {year}" if month and year else ""


def _figures_slide(title: str, kicker: str, points: list[str], chart: Chart, notes: str,
                   facts: FactsFile) -> Slide:
    """A content chart's figures, each large on a tile of its own, with what it counts and
    its source and year; the chart's alt text goes into the notes for the presenter."""
    stats = tuple(Statistic(b.shown or f"{b.value:g}%", b.label, _source(b.fact, facts))
                  for b in chart.bars)
    # A point that cites its own source ("… (Ofcom, 2022)") adds it to the shared source
    # line: the line names every source the slide uses (the points
    # cited 2022, the line named only the 2024 report).
    shared = {s.source for s in stats}
    cited = [c for c in _cited(points, facts) if f"Source: {c}" not in shared]
    if cited or len(shared) > 1:
        # One caption under the tiles, every source in it once: a source at the foot of
        # each tile crowded the figures (a year's figures beside a newer release's).
        named = dict.fromkeys([*(s.source.removeprefix("Source: ") for s in stats), *cited])
        line = "Sources: " + "; ".join(named)
        if len(named) > 1:
            # Several sources on one line, each publisher by its short name (the notes and
            # the facilitator notes' sources give them in full): two lines ran the caption
            # into the points' panel.
            line = "Sources: " + "; ".join(_short_publishers(n) for n in named)
        stats = tuple(replace(s, source=line) for s in stats)
    return Slide(title, kicker=kicker, payload=StatisticSlide(stats, tuple(points)),
                 notes=join_notes(notes, f"Alt text of the figures: {chart.alt}"))


_PUBLISHER = re.compile(r"\b((?:[A-Z][\w’']*\s)*[A-Z][\w’']*) \(([A-Z]{2,})\)")


def _short_publishers(source: str) -> str:
    """``source`` with each "Name (ABBR)" as the reader knows it: the abbreviation where it
    is the name's initials ("Internet Watch Foundation (IWF)": "IWF"), else the name
    ("Childline (NSPCC)": "Childline")."""
    def short(match: re.Match[str]) -> str:
        name, abbr = match.group(1), match.group(2)
        initials = "".join(w[0] for w in name.split())
        return abbr if initials.endswith(abbr) and len(abbr) == len(name.split()) else name
    return _PUBLISHER.sub(short, source)


def _even_groups(items: tuple[T, ...], most: int) -> list[tuple[T, ...]]:
    """``items`` in as few groups of at most ``most`` as will hold them, sizes differing by
    one at most, larger first: seven at most three are 3, 2, 2."""
    count = -(-len(items) // most) if items else 0
    groups, start = [], 0
    for n in range(count):
        size = len(items) // count + (1 if n < len(items) % count else 0)
        groups.append(items[start:start + size])
        start += size
    return groups


def _one(picture: Picture | None) -> tuple[Picture, ...]:
    return (picture,) if picture is not None else ()


def _research_slides(n: int, section: WorkshopSection, charts: list[Chart],
                     facts: FactsFile) -> list[Slide]:
    """A slide for each of ``charts`` after the part's first, each under its own heading."""
    return [_figures_slide(chart.heading or chart.title, f"Part {n} · The research",
                           chart.points or section.points, chart,
                           join_notes(chart.notes or "Read the figures once, calmly.",
                                      _fact_notes(chart, facts, chart.notes or "")),
                           facts)
            for chart in charts]


def _opening_cue(section: WorkshopSection, timing: str) -> str:
    """The part's first slide's clock line, with the one sentence the part comes down to as
    the presenter's cue to say it. Parts open straight on their content, every one the same
    way (the part's number in the kicker): three of seven with a full-screen divider broke
    the session's rhythm, and the sentence is on the screen among the part's points."""
    if not section.statement:
        return timing
    return join_notes(timing, f"The part in one sentence, say it and pause: {section.statement}")



def _section_slides(n: int, section: WorkshopSection, facts: FactsFile,
                    starters: tuple[str, ...],
                    library: PictureLibrary | None = None,
                    casting: Casting | None = None, taught: str = "", start: int = 0
                    ) -> list[Slide]:
    # The part's minutes are the presenter's (the notes' clock line says them): on the
    # screen "Part 1 · 7 min" told the room how long it would be kept.
    label = f"Part {n}"
    timing = f"{common.section_timing(start, section.minutes)}."
    slides: list[Slide] = []
    timing = _opening_cue(section, timing)
    talk, tables = _at_tables(section.notes) if section.discussion else (section.notes, "")
    if section.charts and not section.figures_after_points:
        first, *more = section.charts
        # The first chart's own heading where it has one: a section of two age groups'
        # figures names each group on its slide, the section's title in the notes' part.
        slides.append(_figures_slide(
            first.heading or section.title, label, first.points or section.points, first,
            join_notes(timing, talk, _fact_notes(first, facts, talk)), facts))
        slides += _research_slides(n, section, more, facts)
    else:
        # Each point with an icon of what it says, or steps as a flow (bullet slides with
        # no imagery read as text); never one picture guessed from the title (that was
        # cartoon decoration). A section whose points find no pictures keeps its
        # points large in the message panel.
        points = tuple(section.points)
        icons = pics.point_pictures(library, points) if not section.picture else ()
        slides.append(Slide(section.title, kicker=label,
                            payload=(BulletSlide(points) if section.picture
                                     else ChecklistSlide(points, pictures=icons,
                                                         flow=section.steps)
                                     if icons or section.steps
                                     else KeyMessagesSlide.led(points)),
                            pictures=_one(pics.get(library, section.picture)
                                          if section.picture else None),
                            notes=join_notes(timing, talk,
                                             taught if section.lessons_taught else "")))
        slides += _research_slides(n, section, section.charts, facts)
    if section.scenario:
        sc = section.scenario
        slides.append(Slide(
            f"Table talk: {sc.character}", kicker=f"Part {n} · Scenario",
            # The stream is shown under its own account (the streamer a child watches), the
            # title names the child the story is about.
            payload=replace(scenario.screen(sc, pics.get(library, sc.picture, sc.character),
                                            *scenes.scene(sc, Audience.PARENTS, library,
                                                          casting)),
                            streamer=sc.account or sc.character),
            notes=join_notes("Read the scenario aloud: " + sc.story,
                             "Questions for tables: " + " ".join(section.discussion))))
        if section.discussion:
            # The story and the table questions stay on screen while tables talk.
            slides.append(Slide(
                f"Table talk: {sc.character.split('_')[0]}'s story",
                kicker=f"Part {n} · Table questions",
                payload=TaskSlide((), 0, questions=tuple(section.discussion),
                                  story="\n".join(sc.beats) if sc.beats else sc.story,
                                  show_steps=False),
                notes=tables or TABLES_NOTE))
    elif section.discussion:
        slides.append(Slide(f"Talk about it: {section.title.lower()}",
                            kicker=f"Part {n} · Table discussion",
                            # A question about conversation starters shows some to
                            # choose from (the handout's), numbered.
                            payload=TaskSlide(
                                (), 0, questions=tuple(section.discussion), show_steps=False,
                                cards=tuple(TaskCard(t) for t in starters[:4])
                                if any("starter" in d.lower() for d in section.discussion)
                                else ()),
                            notes=tables or TABLES_NOTE))
    return slides


ASK_NOTE = "Tables hold up A, B or C."
REVEAL_NOTE = "Show the answer once every table has chosen, then read why it is right."


def _quiz_slides(n: int, q: QuizQuestion, library: PictureLibrary | None) -> list[Slide]:
    """Question ``n`` and, straight after it, the same panels with the right one ticked and
    the reason under them, as the pupils' decks reveal an answer."""
    first = n == 1
    kicker = "Quick quiz" if first else SPARE_QUIZ_KICKER
    return [
        # How to answer in the strip under the panels, as on the pupils' exit quizzes
        # (the quiz slides dropped the bar the checks have).
        Slide(q.slide_title, kicker=kicker,
              payload=QuestionSlide(Question(n, q.question, q.arranged[0],
                                             explanation=q.explanation,
                                             prompt="Tables: hold up A, B or C.",
                                             asked=q.question if q.title else "")),
              notes=join_notes(ASK_NOTE, answer_note(q))),
        # Slide titles stay unique (screen readers list slides by title).
        Slide(f"Answer: {q.slide_title}", kicker=f"{kicker} · Answer",
              payload=question_slide(n, q, True, library, reveal=True),
              notes=join_notes(REVEAL_NOTE, answer_note(q))),
    ]


SPARE_QUIZ_KICKER = "Quick quiz · Spare question"


def _spare_quiz_slides(deck: DeckPlan | None) -> list[str]:
    """"25–26" for each spare quiz question, in order: its question slide and its answer's,
    hidden at the deck's end. Empty without the deck."""
    numbers = [n for n, slide in enumerate(deck.slides, 1)
               if slide.hidden and slide.kicker.startswith(SPARE_QUIZ_KICKER)] if deck else []
    return [f"{a}–{b}" for a, b in zip(numbers[::2], numbers[1::2], strict=True)]


def _quiz_key_with_spares(quiz: list[QuizQuestion], deck: DeckPlan | None) -> list[Paragraph]:
    """The quiz's answers, each spare question labelled with its hidden slides: the key
    listed three questions where the running deck shows one, and a presenter hunted for
    the other two mid-session."""
    key = quiz_key(quiz, others=False)
    for i, slides in enumerate(_spare_quiz_slides(deck), 1):
        if i < len(key) and key[i].label:
            number, question = key[i].label.split(" ", 1)
            key[i] = replace(key[i], label=f"{number} Spare (slides {slides}, hidden): "
                                           f"{question}")
    return key


def _spares_list(session: ParentSession, deck: DeckPlan | None) -> list[Paragraph]:
    """Under the last Part, the spare quiz slides by number and topic and how to reach them
    and come back: said only in the first answer's speaker notes, they were found mid-session
    by typing numbers a presenter had not planned."""
    ranges = _spare_quiz_slides(deck)
    if deck is None or not ranges:
        return []
    back = next((n for n, s in enumerate(deck.slides, 1)
                 if s.title == "Take home" and not s.hidden), 0)
    if not back:
        return []
    which = " and ".join(f"{r} (question {i}: {q.title or q.question})"
                         for i, (r, q) in enumerate(zip(ranges, session.quiz[1:],
                                                        strict=False), 2))
    first = int(ranges[0].split("–")[0])
    return [Paragraph(f"{which}, hidden at the end. In the show, type {first} and press Enter "
                      f"(H for the next); type {back} and Enter to come back to “Take home”. "
                      "Or unhide them before the evening (Slide Show, Hide Slide).",
                      label="Spare slides:")]


TABLES_NOTE = "Give tables a few minutes, then take one idea from each."
# What a presenter does and says while tables work: on the table-questions slide, where they
# are then (a model answer three slides before its feedback slide was no use to the trainer).
_AT_TABLES = ("Table discussion", "Family agreement", "Activity", "Model answer")


def _at_tables(notes: str) -> tuple[str, str]:
    """A section's notes as (the talk, said on its first slide; the paragraphs for the
    table-questions slide), each in the notes' order."""
    talk: list[str] = []
    tables: list[str] = []
    for paragraph in (p.strip() for p in notes.split("\n")):
        (tables if paragraph.startswith(_AT_TABLES) else talk).append(paragraph)
    return join_notes(*talk), join_notes(*tables)


def _dsl_named(step: str, brand: Brand) -> str:
    """"Tell the school's Designated Safeguarding Lead" with the lead's name, where the brand
    gives it (the step named nobody; the table below did)."""
    name = brand.dsl_name.strip()
    lead = common.UNNAMED_DSL  # the content's steps spell the role as the planners do
    return step.replace(lead, f"{lead}, {name}", 1) if name else step


SESSION_SAFE_DELIVERY = ("Before the evening, read the facilitator notes' page “Delivering this "
                         "session safely”: tone, no-blame words, fictional examples and figures.")


def _welcome(brand: Brand) -> str:
    """The welcome, said on the ground-rules slide it introduces (it was
    in Part 1's notes, two slides after the rules)."""
    # No session starts without one of them on site (the title slide's notes): a school's
    # own evening too, when the office is shut and an email is read next morning.
    who = f"{common.dsl(brand)} or the deputy, whichever is here"
    return (f"Welcome ({WELCOME_MINUTES} min): introduce yourself and {who}. Agree these "
            "ground rules, and say plainly that this topic can stir "
            "up worries and that you will be around afterwards for a private word. Point to "
            "the handout on their chairs: parts of the session use it, and it is theirs to "
            "take home.")


def _help_said(brand: Brand, first: bool) -> str:
    """What to say on a help slide, in a line (the full safeguarding cue is on the title
    slide's notes; repeated on every help slide, it was all they said)."""
    lead = common.dsl(brand)
    if first:
        # Tonight: whichever of the DSL and deputy is in the building, pointed out.
        if _today(brand) == "tonight":
            return (f"Start with the school: name {lead} and the deputy, say which of them "
                    f"is here tonight {_on_site()} and how to reach them, then say who "
                    "each service is for and when it is open. A worried parent gets a private "
                    "word now, not in front of the group.")
        return (f"Start with the school: name {lead} and say how to reach them, then say who "
                "each service is for and when it is open. A worried parent gets a private "
                "word now, not in front of the group.")
    return "Say who each service is for and when it is open; parents can photograph the slide."


def _on_site() -> str:
    """Whether the DSL or deputy came, said in brackets: nobody runs the session without one
    of them on site (a visitor's brief asks one to stay until the last family leaves; a
    school's own evening is no different: "if neither could come, say so" let one run with
    a disclosure routed to a shut office)."""
    return "(one is on site all session: without one, you do not start)"


def _close(brand: Brand) -> str:
    """The last help slide's close for a visiting team: the sign-in file's forms and slips
    handed out and collected, as the running order and After the session say (the slide is
    on screen as families leave, so its notes are where the presenter looks)."""
    if not common.visitor(brand):
        return ""
    # A parent may write a worry on the feedback form (its "Not yet: please ask us before
    # you go" box): read in the council's office, it reached the school's DSL too late.
    return ("Close: thank families for coming, hand out the feedback forms, and collect them "
            "and the contact slips at the door. Before you leave, read every feedback form "
            f"and give any concern to {common.dsl(brand)} or the deputy on site. The "
            "school's member of staff keeps the sign-in sheets until every family has left (the "
            f"fire roll), then gives them to {common.dsl(brand)}; only the slips and the forms "
            "leave with you.")


def version_build_note(session: ParentSession, phase: str) -> str:
    """The build's line for the all-through workshop (the default phase's), or nothing: it
    shows teenage figures and a teenage sextortion story to any audience, so whoever builds
    it is told which version it is and how one phase's is made."""
    version = session.version(phase)
    if phase != "all" or version is None:
        return ""
    return (f"{session.id}: {version.label}; for a primary or a secondary school's parents, "
            "put \"phase: primary\" or \"phase: secondary\" in the brand file (or the --school "
            "file) and build again")


# A version's name as the cover's kicker and the notes' first page say it, by the phase it
# was written for (the content's ``versions`` keys).
VERSION_NAMES = {"all": "All-through", "primary": "Primary", "secondary": "Secondary"}


def version_name(session: ParentSession, phase: str) -> str:
    """"All-through version": which version a deck or its notes are, said where a presenter
    looks first (the default build is the all-through one, with teenage material, and
    nothing on its cover said so); "" for a session without versions."""
    if session.version(phase) is None or phase not in VERSION_NAMES:
        return ""
    return f"{VERSION_NAMES[phase]} version"


def _version_note(session: ParentSession, brand: Brand) -> str:
    """What the content says this phase's version is (for whom, and how a school of one
    phase gets its own), or nothing."""
    version = session.version(brand.phase)
    return version.note if version else ""


def plan_parents_deck(session: ParentSession, facts: FactsFile, brand: Brand,
                      library: PictureLibrary | None = None) -> DeckPlan:
    session = session.for_phase(brand.phase)  # the school's own phase
    library = pics.for_item(library, session)  # with its topic's picture words
    sg = session.safeguarding
    slides = [
        # Adults' slides carry pictures only where they say something (the stories' people,
        # the help services' marks), never decoration.
        Slide(session.title, payload=TitleSlide(session.subtitle),
              # A home, calm, on the cover: where families act on the evening (the grey
              # phone with hearts said nothing; a trainer's empty circles
              # neither). Warm colours that read on any brand's circle.
              pictures=_one(pics.get(library, "home", "A family home")),
              # Who it is for and how long, as the pupils' covers say it; a visiting team is
              # credited at the cover's foot beside its logo (render/deck_cover.credit_line)
              # and in every footer, not in the kicker (the audience and
              # length had gone from the trainer's parents' cover).
              kicker=f"Parents and carers · {session.duration_minutes} minutes",
              # Which version this is comes first: the all-through deck carries teenage
              # figures, and a presenter opening it for one phase's parents learns so here.
              notes=join_notes(_version_note(session, brand),
                               visiting.introduction(session, brand),
                               parent_safeguarding_cue(brand, session.presenter_cue))),
        # The rules as words alone: an adult session about sextortion is not decorated with
        # children's emoji; pictures here are ones that carry
        # information (the streams, the figures, the help cards).
        Slide(f"How we will work {_today(brand)}", kicker="Ground rules",
              payload=CardsSlide(tuple(Card(rule, "") for rule in sg.ground_rules)),
              # The safe-delivery notes are read before the evening, in the facilitator notes;
              # presenter view keeps the welcome and a pointer (notes there are cues).
              notes=join_notes(_welcome(brand), SESSION_SAFE_DELIVERY if sg.notes else "")),
        Slide("What this session covers", kicker="Objectives",
              payload=KeyMessagesSlide.led(session.objectives),
              notes="Run through the plan for the session."),
    ]
    casting = Casting()  # one figure per character across the session's stories
    taught = taught_note(phase_stages(brand.phase), brand)
    start = WELCOME_MINUTES  # the notes' running clock: the welcome, then each part
    for n, section in enumerate(session.sections, 1):
        slides += _section_slides(n, section, facts, tuple(session.handout.conversation_starters),
                                  library, casting, taught, start)
        start += section.minutes
    # The session has a minute for its quiz: the first question is asked, then its answer
    # is shown as the pupils' decks reveal one (asked with no reveal, the room never hears
    # it). The others, each with its answer, are spare slides at the deck's end, hidden
    # (plan/deck/spare): the show still ends on its help slides and numbers its slides
    # without a gap, and the first answer's notes say how to reach them and come back.
    first, *extras = session.quiz  # three at least (content/parents_model)
    slides += _quiz_slides(1, first, library)
    asked_answer = len(slides)  # the slide the spares belong after
    extra = [slide for i, q in enumerate(extras, 2) for slide in _quiz_slides(i, q, library)]
    keys = tuple(session.key_messages)
    key_icons = pics.point_pictures(library, keys)
    slides.append(Slide("Take home", kicker="Key messages",
                        # Each message with its icon, as the sections' points.
                        payload=(ChecklistSlide(keys, pictures=key_icons) if key_icons
                                 else KeyMessagesSlide.led(keys)),
                        # The handout is on the chairs from the start (Parts 4 and 5 use it).
                        notes="Remind families to take their handout home."))
    slides += _help_slides(session, facts, brand, library)
    count = common.number_word(len(extras)) if extras else "no"
    spare_what = (f"{count.capitalize()} more quiz question{'s' * (len(extras) != 1)}, "
                  "each with its answer")
    slides[asked_answer - 1] = replace(
        slides[asked_answer - 1], notes=join_notes(
            slides[asked_answer - 1].notes,
            spare.pointer(spare_what, slides, extra, back=asked_answer + 1)))
    slides = spare.append_spares(slides, extra, spare_what, back=asked_answer + 1,
                                 picture=pics.get(library, "hourglass"))
    if look_for(Audience.PARENTS).plain_icons:
        # The line icons of the KS3-KS4 decks: cartoon emoji (a house, sparkles, chains)
        # were the wrong register for adults.
        slides = [pics.plain_icons(s, library) for s in slides]
    return DeckPlan(deck_filename(session, brand.phase),
                    common.meta(session, brand, "workshop slides"),
                    common.deck_footer(session, brand), tuple(common.next_part_slides(slides)),
                    look=Audience.PARENTS)


# How a version's file name says its phase, as its cover says it: an all-through deck and a
# primary one in two schools' folders looked alike until opened.
VERSION_WORDS = {"all": "all-through", "primary": "primary", "secondary": "secondary"}


def _help_slides(session: ParentSession, facts: FactsFile, brand: Brand,
                 library: PictureLibrary | None) -> list[Slide]:
    """The "Where to get help" slides: every route on the handout as a card, shared out
    over as few slides as hold them, the day-or-night line above the later cards."""
    slides: list[Slide] = []
    # Every route on the handout is a card here too, the local children's services field
    # (yellow until the brand names the service) among them.
    helps = common.signposts(session, facts, brand, library)
    if helps:  # the school's office number first where its DSL has none
        helps = (parents_school_card(helps[0], brand), *helps[1:])
    # Four cards a slide at most, shared out evenly (seven: 4, 3; six: 3, 3), never one card
    # alone: four stand two by two, three in a row, each row across the slide's width. At
    # three a slide, seven left two slides of two narrow cards floating mid-slide; four in
    # one row broke the contacts' addresses mid-word.
    groups = _even_groups(helps, 4)
    tonight = _today(brand) == "tonight"  # the DSL or deputy on site: the lead says who
    # A teenager in crisis at 11pm (Tobi's story) needs a line open at any hour, for the
    # child or the parent: the handout's line, in its words, above the later cards.
    anytime = crisis_line(facts, session.handout.signposting)
    for n, group in enumerate(groups):
        title = ("Where to get help" if len(groups) == 1
                 else f"Where to get help ({n + 1} of {len(groups)})")
        slides.append(Slide(
            title, kicker="Support",
            # The school's own lead is the first card: the line above the cards says why.
            # Every slide of the run with a line above its cards (the pupils' decks' words),
            # so the cards start at one height and take one size.
            payload=SignpostingSlide(group, common.help_lead(session, brand, tonight=tonight)
                                     if n == 0
                                     else anytime or "More places to get help.",
                                     slots=len(groups[0]),
                                     series=tuple(helps)),
            notes=join_notes(_help_said(brand, first=n == 0),
                             f"Say: {anytime}, for your child or for you." if n == 1
                             and anytime else "",
                             _close(brand) if n == len(groups) - 1 else "")))
    return slides


def deck_filename(session: ParentSession, phase: str) -> str:
    """"live-streaming-parents-primary-slides.pptx": the workshop deck's name with its
    version where the content names one for the phase, else the plain name."""
    word = VERSION_WORDS.get(phase, "") if session.version(phase) is not None else ""
    return common.file_stem(session, f"{word}-slides" if word else "slides") + ".pptx"


def plan_handout(session: ParentSession, facts: FactsFile, brand: Brand,
                 library: PictureLibrary | None = None) -> DocPlan:
    session = session.for_phase(brand.phase)  # the school's own phase
    h = session.handout
    rules = {r.id: r for r in facts.platform_rules}
    services = common.signposts(session, facts, brand)
    local = {h.name for h in common.local_helplines(brand, pupils=False)}
    actions = action_cards(session, library)
    # A leaflet, not a report, on two sides of one sheet: side one opens with four things to
    # do (the slides' own icons and headings), then the agreement a family ticks together,
    # what to talk about and set up, and the apps' age rules; side two the children's words,
    # the signs and what to do, and where to get help, the contacts last on a tint where a
    # parent finds them again. Each pair of lists is kept whole: a sentence is never split
    # over the page turn.
    blocks: list[Block] = [
        *((actions,) if actions else ()),
        # What to do with it in the heading: a line of instructions in the panel cost side
        # one the room the age rules need.
        Heading("Our family agreement: talk it through, tick what you agree", 2),
        TickPanel(tuple(h.family_agreement), write_in="Anything else we agree:"),
        SideBySide(("Conversation starters", tuple(h.conversation_starters)),
                   ("Settings checklist", tuple(h.settings_checklist)), right_ticks=True,
                   whole=True, tight=True),  # single-spaced as side two's pair
        # The age rules under their own dark header row, with no heading above it: a
        # heading saying the same words again cost side one the two lines that kept a
        # school's table off the footer rule. "At the time of writing": the month the rules
        # were checked, after the rule's column heading, not bold: a date to re-check
        # against, not a line to read first (the under-16 restrictions will change them).
        CompactTable(Table(("Platform", "Age rule for going live"), tuple(
            (rules[r].platform, rules[r].rule + (f" (since {rules[r].since})"
                                                 if rules[r].since else ""))
            for r in session.platform_rules), widths=(1.5, 5.5)),
            header_note=f"(as of {rules_checked(facts)}: check the app)"),
        # Side two starts here in every look, not wherever side one happens to fill: a
        # folded leaflet's back opens with the children's words, and each side is sized to
        # its own page (tests/test_page_layout measures both).
        PageBreak(),
        # The words children learn, for parents to use at home too (plan/children_words):
        # a year group a line, never run together.
        *_as_list(words_box(h.words_at_home, brand.phase, brand)),
        # Each variant's signs end with its own note that they have many causes (a fixed
        # note here said it twice beside the teenagers' one and ran the handout to 3 pages).
        SideBySide(("Signs that something may be wrong", tuple(h.warning_signs)),
                   ("If something happens", tuple(_dsl_named(step, brand)
                                                  for step in h.if_something_happens)),
                   whole=True, tight=True),
        Heading("Where to report and get help", 2),
        CompactTable(Table(("Service", "Contact", "What it is for"), tuple(
            (s.name, common.unbroken(s.contact), s.blurb)
            for s in _table_rows(services, brand) if s.name not in local),
            # Contacts hold whole phone numbers and email addresses: the wider middle column
            # keeps a school's DSL row (office, DSL, deputy) to three lines, the lead's name
            # before them. The service's column holds "Riverside Academy: Designated
            # Safeguarding Lead" in three lines (five at 1.5) and "CEOP Safety Centre" in one.
            widths=(1.8, 2.8, 3.4)), tinted=True),
    ]
    blocks += _lines_under_help(h.signposting, facts, services, local)
    return DocPlan(common.file_stem(session, "handout") + ".docx", "handout",
                   common.meta(session, brand, "take-home handout", schools=True),
                   title=session.title,
                   # Which session it comes from, in the header
                   # beside the school's name: side one has no line to spare for it.
                   subtitle="", header="Parents' and carers' session",
                   # The school's handout (its name and crest in the header); a visiting
                   # trainer is credited in the footer instead of the school's name again.
                   footer=_handout_footer(brand) or common.doc_footer(session, brand),
                   blocks=common.without_source_codes(tuple(blocks), facts))



def _lines_under_help(signposting: Sequence[str], facts: FactsFile,
                      services: Sequence[common.Signpost], local: set[str]) -> list[Block]:
    """The lines under the handout's help table: its own services for this phase (Samaritans
    and Shout where families have teenagers) on one line (as two more rows they ran a
    secondary or all-through handout onto a third side), then the brand's own services on
    one line under the national ones (one sheet)."""
    lines: list[Block] = []
    # In the letter home's words (plan/crisis_line), so a family reads one line twice.
    anytime = crisis_services(facts, signposting)
    if anytime:
        lines.append(Paragraph(anytime, label=CRISIS_LABEL))
    if local:
        lines.append(Paragraph("  ·  ".join(f"{s.name}: {s.contact}" for s in services
                                            if s.name in local), label="Local help:"))
    return lines


def _as_list(words: Callout | Paragraph | None) -> list[Callout]:
    """The children's words a year group a line in a box, each line's years in bold, as a
    primary or secondary school's are: the same box on every school's side one (none where
    the session gives no words)."""
    if words is None or isinstance(words, Callout):
        return [words] if words else []
    return [Callout(words.label.rstrip(":"), tuple(filter(None, words.text.split("\n"))),
                    bold_lead=True)]


def _table_rows(services: Sequence[common.Signpost], brand: Brand) -> list[common.Signpost]:
    """The help table's rows: the school's first, its service named and its lead among the
    contacts (plan/handout_school_row), each without the deputy's address."""
    rows = [_without_deputy_address(s) for s in services]
    return [school_row(rows[0], brand), *rows[1:]] if rows else rows


def _without_deputy_address(row: common.Signpost) -> common.Signpost:
    """The DSL's row without the deputy's own address where the DSL has an email: the
    deputy is named in the row's last column, and the letter home gives their address.
    Beside the office's number and the DSL's address, two long addresses ran the row to four
    lines and a secondary school's handout to a third page; the school's number and the
    lead's own contacts always stay (a parent needs a number to ring, not one address).
    The lead's and the deputy's lines are known by the planner's marks (``Who``)."""
    if not any(w.who is Who.LEAD and w.label and "@" in w.how for w in row.ways):
        return row
    return replace(row, ways=tuple(w for w in row.ways if w.who is not Who.DEPUTY))


def _handout_footer(brand: Brand) -> str:
    """"Session delivered by Northshire Online Safety Team · www.northshire… · 0306 999
    0100": the visiting team's credit with its website and phone where the trainer's brand
    gives them (a parent who wants another session, or a word about this one, had only the
    website to look at); empty for a school's own session. The team's phone, never the
    trainer's own mobile: the handout goes home with every family. Side two has no line to
    spare for it, so it goes where the footer has room."""
    credit = delivered_credit(brand, "Session")
    reach = [r for r in (brand.delivered_by_website.strip(), brand.delivered_by_phone.strip())
             if r]
    if not credit or not reach:
        return credit
    # Each line as long as a footer line holds: wrapped, a web address broke at a dot. The
    # phone goes where it fits, or is left to the website.
    one = "  ·  ".join((credit, *reach))
    if len(one) <= common.DOC_FOOTER_CHARS:
        return one
    second = "  ·  ".join(reach)
    if len(second) > common.DOC_FOOTER_CHARS:
        second = reach[0]
    return f"{credit}\n{second}"


# A fifth of a page of sources at least on the last: the notes are single-spaced now, and
# the plans' eleven lines came to 18-20% of a page.
NOTES_SOURCES_TAIL = SOURCES_TAIL + 2
# Page one's line of what to print (Paragraph.to_mark_page): up to the mark that ends the
# quiz answers; the footer gives its page as a field (render/docx_page_ref.py).
END_OF_SESSION = "Last page"
PRINT_TO_RUN = (f"up to the \u201c{END_OF_SESSION}\u201d mark (the footer gives its page): "
                "the notes and the quiz "
                "answers. The sources follow.")


def plan_facilitator_notes(session: ParentSession, facts: FactsFile, brand: Brand,
                           deck: DeckPlan | None = None) -> DocPlan:
    """``deck``: the session's slides, for the slide numbers of each Part."""
    session = session.for_phase(brand.phase)  # the school's own phase
    sg = session.safeguarding
    # Page one as in a lesson plan: when, where and who, what it is, the running order with
    # its slides, the resources, the safeguarding checks to make first.
    slides = session_sheet.part_slides(session, deck)
    order = SideBySide(("Running order", session_sheet.running_order(session, deck, brand)),
                       ("Resources", session_sheet.resources(session, brand)),
                       # Single-spaced, as a plan's page one: the notes keep to eight pages.
                       tight=True)
    checklist: list[Block] = [
        Heading("Safeguarding checklist", 2),
        Paragraph(f"Agree the session with {brand.safeguarding_lead} first.", keep_next=True),
        Checklist((*without_fill_in_check(session_sheet.for_phase(sg.checks, brand.phase)),
                   *visiting.handover_check(session, brand)),
                  # On one page, heading and all: the checks are signed and dated as one
                  # record (split, the first two sat under page one's foot, the rest overleaf).
                  whole=True)]
    # Whole, on one page: steps someone acts on at once are not read across a page turn.
    disclosure = Callout("If a parent or carer discloses a concern",
                         visiting.disclosure(session, brand, sg.disclosure), "safeguarding",
                         whole=True, numbered=True)
    # The box straight after the checks, the safety notes (they may run overleaf) after it:
    # after the notes, the box moved whole overleaf and left the primary notes' page two a
    # seventh empty, and the notes took an eighth page for the end of their sources.
    # The ground rules may break between rules (each whole, the first with the heading):
    # kept as one unit they went overleaf and left page two a sixth or a fifth empty. The
    # last two stay together: one rule alone over the next heading read as a stray line.
    rules: list[Block] = [Heading("Ground rules", 2),
                          BulletList(tuple(sg.ground_rules), whole_items=True, keep_tail=2),
                          Heading("Delivering this session safely", 2),
                          BulletList(safe_notes(session, brand, sg.notes))]
    # A visiting team's page one opens with the visit's logistics table: the running order
    # (kept whole) no longer fits under it and left a third of the page blank. There the
    # checks made before the evening come first, breaking between checks to fill the page,
    # then the running order, then the disclosure box ahead of the notes that may run on
    # (after them, it moved whole overleaf and left page three half blank).
    first: list[Block] = [*checklist, order, disclosure, *rules] if common.visitor(brand) \
        else [order, *checklist, disclosure, *rules]
    blocks: list[Block] = [
        *visit_logistics.session_logistics(session, brand),
        *session_sheet.details(brand),
        # The last page may hold only sources (twenty-odd organisations): the page to
        # print to, found where the notes are laid out. Not in a visiting team's notes:
        # their page one is full, and a line more moved the running order to page three.
        *(() if common.visitor(brand) else (
            Paragraph(PRINT_TO_RUN, label="To run the session, print", to_mark_page=True),)),
        Paragraph(session.summary),
        *((Paragraph(note, label="Version:"),) if (note := _version_note(session, brand))
          else ()),
        *first,
        # The objectives are on slide 3, read aloud in the welcome, and page one's summary
        # says them: a list of them here cost the notes a ninth page.
    ]
    for n, section in enumerate(session.sections, 1):
        # What is said while tables work (their timing, the model answer) follows the
        # scenario and its questions, as the facilitator meets them on the slides: read the
        # story, ask, then compare with the answer.
        talk, tables = _at_tables(section.notes) if section.discussion else (section.notes, "")
        answers = common.script(tables)
        where = f", {session_sheet.slides_label(slides[n - 1])}" if slides else ""
        blocks += [Heading(f"Part {n}: {section.title} ({section.minutes} min{where})", 2),
                   *common.script(talk)]
        for chart in section.charts:
            # A second chart's own script (its framing), then where its figures come from.
            blocks += [*(common.script(chart.notes) if chart.notes else ()),
                       Paragraph(_chart_sources(chart, facts), "note")]
        if section.scenario:
            # Named in bold at the start of the story, not in a heading of its own: a
            # heading holds its first lines, and a seven-line story held whole under it
            # moved overleaf twice and left pages four and six a sixth empty (notes: nine
            # pages, the issue asks eight).
            blocks += [Paragraph(section.scenario.story,
                                 label=f"Scenario: {section.scenario.character}.")]
        if section.discussion:
            # May break between questions (each whole): kept together, three questions went
            # overleaf with their heading and left page five a sixth empty.
            blocks += [Heading("Table questions", 3),
                       BulletList(tuple(section.discussion), whole_items=True)]
        blocks += answers
    blocks += _spares_list(session, deck)  # under the last Part, where the quiz is asked
    # The quiz is run from its slides, which show every option: the key gives the answer
    # and what to say about it (the wrong options too left the notes' last page holding
    # only the end of the sources).
    # The handover after the session, then the quiz's answers, then the sources last, as in
    # the lesson plans: the answers are used in the session, the sources only checked, so
    # they need not be printed. Each answer is kept whole, under its heading, but the key
    # may break between answers: kept together, heading and all, it moved overleaf from a
    # third of a page and the all-through notes ended on a ninth page of sources. The
    # sources' last lines keep together too, so no last page holds a source or two alone.
    key = _quiz_key_with_spares(session.quiz, deck)
    # The last answer ends on the mark page one names as the last page to print.
    marked = [replace(p, keep_lines=True, mark=END_OF_SESSION if n == len(key) else "")
              for n, p in enumerate(key, 1)]
    sign_in = session.visit.sign_in if session.visit is not None else None
    blocks += [*session_sheet.after_session(brand, sign_in), Heading("Quiz answers", 2),
               *marked,
               *common.sources_section(session, facts, NOTES_SOURCES_TAIL)]
    return DocPlan(common.file_stem(session, "facilitator-notes") + ".docx",
                   "facilitator_notes",
                   common.meta(session, brand, "facilitator notes"),
                   title=session.title,
                   subtitle=" · ".join(filter(None, (
                       "Facilitator notes for a parents' and carers' workshop",
                       version_name(session, brand.phase)))),
                   header="Facilitator notes",  # the organisation is at the header's left
                   footer=common.script_footer(session, brand),
                   blocks=common.without_source_codes(tuple(blocks), facts),
                   # Single-spaced as a lesson plan: at 1.05 the notes ran a fifth of a
                   # page onto a ninth (default, Riverside) with a few sources alone there.
                   single_spaced=True)
