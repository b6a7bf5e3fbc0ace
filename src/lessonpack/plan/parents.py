"""Plans the parents' and carers' workshop: deck with chart, handout, facilitator notes."""

from __future__ import annotations

from lessonpack.brand import Brand
from lessonpack.content.model import Chart, FactsFile, ParentSession, WorkshopSection
from lessonpack.kinds import scenario
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.chart import BarChart, ChartBar, ChartSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.quiz_answers import Answer, AnswersSlide
from lessonpack.kinds.quiz_question import Question, QuestionSlide
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan import common
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    DeckPlan,
    DocPlan,
    Heading,
    Paragraph,
    Slide,
    Table,
    WritingLines,
)
from lessonpack.plan.notes import answer_note, join_notes, safeguarding_cue


def _fact_notes(chart: Chart, facts: FactsFile) -> str:
    by_id = {f.id: f for f in facts.facts}
    return "Figures and sources: " + " ".join(
        f"{by_id[b.fact].text} ({', '.join(by_id[b.fact].sources)})" for b in chart.bars)


def _chart_slide(title: str, kicker: str, points: list[str], chart: Chart, notes: str
                 ) -> Slide:
    bars = tuple(ChartBar(b.label, b.value, b.shown or "") for b in chart.bars)
    return Slide(title, kicker=kicker,
                 payload=ChartSlide(BarChart(chart.title, bars, chart.alt), tuple(points)),
                 notes=notes)


def _section_slides(n: int, section: WorkshopSection, facts: FactsFile) -> list[Slide]:
    label = f"Part {n} · {common.minutes(section.minutes)}"
    slides: list[Slide] = []
    if section.charts:
        first, *more = section.charts
        slides.append(_chart_slide(
            section.title, label, first.points or section.points, first,
            join_notes(f"Timing: {common.minutes(section.minutes)}.", section.notes,
                       _fact_notes(first, facts))))
        slides += [_chart_slide(chart.heading or chart.title, f"Part {n} · The research",
                                chart.points or section.points, chart,
                                join_notes("Read the figures once, calmly; they are on the "
                                           "handout too.", _fact_notes(chart, facts)))
                   for chart in more]
    else:
        slides.append(Slide(section.title, kicker=label,
                            payload=BulletSlide(tuple(section.points)),
                            notes=join_notes(f"Timing: {common.minutes(section.minutes)}.",
                                             section.notes)))
    if section.scenario:
        sc = section.scenario
        slides.append(Slide(
            f"Table talk: {sc.character}", kicker=f"Part {n} · Scenario",
            payload=scenario.screen(sc),
            notes=join_notes("Read the scenario aloud: " + sc.story,
                             "Questions for tables: " + " ".join(section.discussion))))
    elif section.discussion:
        slides.append(Slide(f"Talk about it: {section.title.lower()}",
                            kicker=f"Part {n} · Table discussion",
                            payload=BulletSlide(tuple(section.discussion)),
                            notes="Give tables a few minutes, then take one idea from each."))
    return slides


def plan_parents_deck(session: ParentSession, facts: FactsFile, brand: Brand) -> DeckPlan:
    sg = session.safeguarding
    slides = [
        Slide(session.title, payload=TitleSlide(session.subtitle),
              kicker=f"Parents and carers · {session.duration_minutes} minutes",
              notes=join_notes(session.summary, safeguarding_cue(brand))),
        Slide("How we will work tonight", kicker="Ground rules",
              payload=BulletSlide(tuple(sg.ground_rules)), notes=join_notes(*sg.notes)),
        Slide("What this session covers", kicker="Objectives",
              payload=BulletSlide(tuple(session.objectives)),
              notes="Introduce yourself and the safeguarding lead, then run through the plan."),
    ]
    for n, section in enumerate(session.sections, 1):
        slides += _section_slides(n, section, facts)
    for i, q in enumerate(session.quiz, 1):
        slides.append(Slide(
            q.question, kicker=f"Quick quiz · Question {i} of {len(session.quiz)}",
            payload=QuestionSlide(Question(i, q.question, q.arranged[0])),
            notes=join_notes("Tables hold up A, B or C.", answer_note(q))))
    slides.append(Slide(
        "Quiz answers", kicker="Quick quiz",
        payload=AnswersSlide(tuple(Answer(i, q.question, q.correct_text, q.explanation)
                                   for i, q in enumerate(session.quiz, 1))),
        notes=join_notes(*(f"{i}. {q.explanation}" for i, q in enumerate(session.quiz, 1)))))
    slides.append(Slide("Take home", kicker="Key messages",
                        payload=KeyMessagesSlide(tuple(session.key_messages)),
                        notes="Hand out the take-home handout now."))
    helps = common.signposts(session, facts, brand)
    # Adult descriptions are long: three cards a slide keeps them at a readable size.
    for n, start in enumerate(range(0, len(helps), 3)):
        slides.append(Slide(
            common.continued("Where to get help", n, len(helps), 3), kicker="Support",
            payload=SignpostingSlide(helps[start:start + 3],
                                     f"In school, talk to {brand.safeguarding_lead}."
                                     if n == 0 else ""),
            notes=safeguarding_cue(brand)))
    return DeckPlan(common.file_stem(session, "slides") + ".pptx",
                    common.meta(session, brand, "workshop slides"),
                    common.footer(session, brand), tuple(slides))


def plan_handout(session: ParentSession, facts: FactsFile, brand: Brand) -> DocPlan:
    h = session.handout
    rules = {r.id: r for r in facts.platform_rules}
    blocks: list[Block] = [
        Heading("Conversation starters", 2), BulletList(tuple(h.conversation_starters)),
        Heading("Settings checklist", 2), Checklist(tuple(h.settings_checklist)),
        Heading("Our family agreement", 2),
        Paragraph("Talk these through together and tick the ones you agree.", "note"),
        Checklist(tuple(h.family_agreement)),
        Paragraph("Anything else we agree:"), WritingLines(3),
        Heading("Platform age rules for going live", 2),
        Table(("Platform", "Rule", "Since"), tuple(
            (rules[r].platform, rules[r].rule, rules[r].since or "") for r in
            session.platform_rules), widths=(1.3, 4.2, 1.5)),
        Paragraph("Platforms change their rules often: check the app's own help pages.", "note"),
        Heading("Signs that something may be wrong", 2),
        Paragraph("These signs can have many causes. If you notice them, stay calm and talk.",
                  "note"),
        BulletList(tuple(h.warning_signs)),
        Callout("If something happens", tuple(h.if_something_happens), "safeguarding"),
        Heading("Where to report and get help", 2),
        Table(("Service", "What it is for", "Contact"), tuple(
            (s.name, s.blurb, s.contact) for s in common.signposts(session, facts, brand)),
            widths=(1.6, 3.0, 2.4)),
    ]
    return DocPlan(common.file_stem(session, "handout") + ".docx", "handout",
                   common.meta(session, brand, "take-home handout"), title=session.title,
                   subtitle="Take-home guide for parents and carers", header=brand.named,
                   footer=common.footer(session, brand), blocks=tuple(blocks))


def plan_facilitator_notes(session: ParentSession, facts: FactsFile, brand: Brand) -> DocPlan:
    sg = session.safeguarding
    blocks: list[Block] = [
        Paragraph(session.summary),
        Table(("At a glance", "Details"), (("Audience", "Parents and carers"),
                                    ("Duration", f"{session.duration_minutes} minutes"),
                                    ("Resources", "; ".join(session.resources))),
              widths=(1.6, 5.0)),
        Callout("Before the session: safeguarding checklist",
                (f"Agree the session with {brand.safeguarding_lead} first.",), "safeguarding"),
        Checklist(tuple(sg.checklist)),
        Heading("Ground rules", 2), BulletList(tuple(sg.ground_rules)),
        Callout("If a parent or carer discloses a concern", tuple(sg.disclosure),
                "safeguarding"),
        Heading("Delivering this session safely", 2), BulletList(tuple(sg.notes)),
        Heading("Objectives", 2), BulletList(tuple(session.objectives), numbered=True),
        Heading("Running order", 2),
        Table(("Part", "Time", "Focus"), tuple(
            (str(n), f"{s.minutes} min", s.title) for n, s in enumerate(session.sections, 1)),
            widths=(0.8, 1.2, 5.0)),
    ]
    for n, section in enumerate(session.sections, 1):
        blocks += [Heading(f"Part {n}: {section.title} ({section.minutes} min)", 2),
                   BulletList(tuple(section.points)),
                   *[Paragraph(x.strip()) for x in section.notes.split("\n") if x.strip()]]
        blocks += [Paragraph(_fact_notes(chart, facts), "note") for chart in section.charts]
        if section.scenario:
            blocks += [Heading(f"Scenario: {section.scenario.character}", 3),
                       Paragraph(section.scenario.story)]
        if section.discussion:
            blocks += [Heading("Table questions", 3), BulletList(tuple(section.discussion))]
    blocks += [Heading("Quiz answers", 2), Table(("Question", "Answer", "Why"), tuple(
        (f"{i}. {q.question}", q.correct_text, q.explanation)
        for i, q in enumerate(session.quiz, 1)), widths=(2.4, 1.9, 2.7)),
        Heading("Sources", 2), BulletList(common.source_lines(session, facts))]
    return DocPlan(common.file_stem(session, "facilitator-notes") + ".docx", "lesson_plan",
                   common.meta(session, brand, "facilitator notes"), title=session.title,
                   subtitle="Facilitator notes for a parents' and carers' workshop",
                   header=" · ".join(filter(None, (brand.named, "Facilitator notes"))),
                   footer=common.footer(session, brand), blocks=tuple(blocks))
