"""The research figures of the parents' workshop: each figure large on a slide with what it
counts and its source and year, and the sources named for the notes and the facilitator notes."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from lessonpack.content.model import (
    Chart,
    FactsFile,
    Source,
    WorkshopSection,
)
from lessonpack.kinds.statistic import Statistic, StatisticSlide
from lessonpack.plan.model import (
    Slide,
)
from lessonpack.plan.notes import join_notes


def fact_notes(chart: Chart, facts: FactsFile, said: str = "") -> str:
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


def figures_slide(title: str, kicker: str, points: list[str], chart: Chart, notes: str,
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


def research_slides(n: int, section: WorkshopSection, charts: list[Chart],
                     facts: FactsFile) -> list[Slide]:
    """A slide for each of ``charts`` after the part's first, each under its own heading."""
    return [figures_slide(chart.heading or chart.title, f"Part {n} · The research",
                           chart.points or section.points, chart,
                           join_notes(chart.notes or "Read the figures once, calmly.",
                                      fact_notes(chart, facts, chart.notes or "")),
                           facts)
            for chart in charts]
