"""Plans the parents' and carers' take-home handout: a leaflet on two sides of one sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    FactsFile,
    ParentSession,
)
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.content.textrender import rules_checked
from lessonpack.plan import (
    contact_text,
    footers,
    help_signposts,
    item_files,
    local_help,
    model,
    named_people,
    source_codes,
)
from lessonpack.plan.crisis_line import LABEL as CRISIS_LABEL
from lessonpack.plan.crisis_line import crisis_services
from lessonpack.plan.handout_actions import action_cards
from lessonpack.plan.handout_school_row import school_row
from lessonpack.plan.letter.school import delivered_credit
from lessonpack.plan.model import (
    Block,
    Callout,
    CompactTable,
    DocPlan,
    Heading,
    PageBreak,
    Paragraph,
    SideBySide,
    Table,
    TickPanel,
    Who,
)
from lessonpack.plan.parents.children_words import words_box


def _dsl_named(step: str, brand: Brand) -> str:
    """"Tell the school's Designated Safeguarding Lead" with the lead's name, where the brand
    gives it (the step named nobody; the table below did)."""
    name = brand.dsl_name.strip()
    lead = named_people.UNNAMED_DSL  # the content's steps spell the role as the planners do
    return step.replace(lead, f"{lead}, {name}", 1) if name else step


def plan_handout(session: ParentSession, facts: FactsFile, brand: Brand,
                 library: PictureLibrary | None = None) -> DocPlan:
    session = session.for_phase(brand.phase)  # the school's own phase
    h = session.handout
    rules = {r.id: r for r in facts.platform_rules}
    services = help_signposts.signposts(session, facts, brand)
    local = {h.name for h in local_help.local_helplines(brand, pupils=False)}
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
        # The words children learn, for parents to use at home too (children_words):
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
            (s.name, contact_text.unbroken(_contact_cell(s)), s.blurb)
            for s in _table_rows(services, brand) if s.name not in local),
            # Contacts hold whole phone numbers and email addresses: the wider middle column
            # keeps a school's DSL row (office, DSL, deputy) to three lines, the lead's name
            # before them. The service's column holds "Riverside Academy: Designated
            # Safeguarding Lead" in three lines (five at 1.5) and "CEOP Safety Centre" in one.
            widths=(1.8, 2.8, 3.4)), tinted=True),
    ]
    blocks += _lines_under_help(h.signposting, facts, services, local)
    return DocPlan(item_files.file_stem(session, "handout") + ".docx", "handout",
                   item_files.meta(session, brand, "take-home handout", schools=True),
                   title=session.title,
                   # Which session it comes from, in the header
                   # beside the school's name: side one has no line to spare for it.
                   subtitle="", header="Parents' and carers' session",
                   # The school's handout (its name and crest in the header); a visiting
                   # trainer is credited in the footer instead of the school's name again.
                   footer=_handout_footer(brand) or footers.doc_footer(session, brand),
                   blocks=source_codes.without_source_codes(tuple(blocks), facts))


def _lines_under_help(signposting: Sequence[str], facts: FactsFile,
                      services: Sequence[model.Signpost], local: set[str]) -> list[Block]:
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


def _table_rows(services: Sequence[model.Signpost], brand: Brand) -> list[model.Signpost]:
    """The help table's rows: the school's first, its service named and its lead among the
    contacts (plan/handout_school_row), each without the deputy's address."""
    rows = [_without_deputy_address(s) for s in services]
    return [school_row(rows[0], brand), *rows[1:]] if rows else rows


def _without_deputy_address(row: model.Signpost) -> model.Signpost:
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
    if len(one) <= footers.DOC_FOOTER_CHARS:
        return one
    second = "  ·  ".join(reach)
    if len(second) > footers.DOC_FOOTER_CHARS:
        second = reach[0]
    return f"{credit}\n{second}"


def _contact_cell(service: model.Signpost) -> str:
    """The table's contact cell: the school's row one person or office a line (the lead, the
    office, the deputy), as run together with semicolons they wrapped mid-name in the narrow
    column and a parent could not see where one person's number ended. A way that goes on
    from the one before it ("email (…) may not be read out of school hours") stays on its
    line; a national service's ways stay on one line."""
    if not service.is_school:
        return service.contact
    lines: list[str] = []
    for way in service.ways:
        if lines and way.line[:1].islower():
            lines[-1] += model.CONTACT_SEP + way.line
        else:
            lines.append(way.line)
    return "\n".join(lines)
