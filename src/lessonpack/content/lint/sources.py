"""Sources name their owner, and facts are checked again in time (LP176, LP177).

LP176: a source's ``url`` is the authority for what the packs say, so it must be the owner's
own page. Document-sharing sites (a Scribd copy of a CEOP toolkit) and news aggregators are
where a copy was read, never the authority: they are refused as ``url``; put them under
``read_at`` and cite the owner.

LP177 (warning, `validate` only, never a failed build): helplines change numbers and hours,
platforms change age rules, and newer figures replace old ones. An entry last checked more than
12 months before today is flagged unless it is marked ``stable: true`` (a finished study's
figures). "Today" is the date ``lessonpack validate`` runs, or LESSONPACK_TODAY (YYYY-MM-DD)
when set, so a test or a reproducible CI run can pin it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lessonpack.content.yamlsource import FieldPath, Parsed, format_field, read_yaml
from lessonpack.errors import Problem, problem_at

if TYPE_CHECKING:
    from lessonpack.content.model import FactsFile

DENYLISTED = "LP176"
STALE = "LP177"
STALE_AFTER = dt.timedelta(days=365)

# Hosts that copy other people's documents or headlines. A school's or charity's own page is not
# here: it can be a fair source for its own words, and a reviewer judges those.
DENYLIST: dict[str, str] = {
    **dict.fromkeys((
        "scribd.com", "docslib.org", "readkong.com", "yumpu.com", "issuu.com", "vdocument.in",
        "vdocuments.mx", "documents.pub", "fdocuments.us", "fdocuments.in", "dokumen.pub",
        "studylib.net", "quizgecko.com", "pdfcoffee.com", "slideshare.net", "coursehero.com",
        "joomag.com", "pastebin.com"), "a document-sharing site"),
    **dict.fromkeys((
        "newsminimalist.com", "news.google.com", "news.yahoo.com", "uk.news.yahoo.com",
        "msn.com", "flipboard.com", "newsnow.co.uk", "ground.news", "newsbreak.com",
        "allsides.com"), "a news aggregator"),
}

_SECTIONS = ("sources", "facts", "helplines", "platform_rules", "disclosure_steps")


@dataclass
class FactsPlaces:
    """Where each facts.yml entry was last defined, so problems name a file and a line."""

    places: dict[tuple[str, str], tuple[str, Parsed, int]] = field(default_factory=dict)

    def problem(self, section: str, entry_id: str, name: str, code: str, message: str
                ) -> Problem:
        shown, parsed, index = self.places.get((section, entry_id), ("facts.yml", Parsed(
            Path("facts.yml")), 0))
        loc: FieldPath = (section, index, name)
        line, column = parsed.position(loc)
        return problem_at(shown, code, message, line=line, column=column,
                          field=format_field(loc))


def read_places(paths: Iterable[tuple[Path, str]]) -> FactsPlaces:
    """Positions of every entry in the facts files, later files winning, as the loader merges."""
    places = FactsPlaces()
    for path, shown in paths:
        parsed = read_yaml(path, shown)
        if parsed.problems or not isinstance(parsed.data, dict):
            continue  # the loader has reported it
        for section in _SECTIONS:
            for i, entry in enumerate(parsed.data.get(section) or []):
                if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                    places.places[(section, entry["id"])] = (shown, parsed, i)
    return places


def _host(url: str) -> str:
    netloc = urlsplit(url if "//" in url else f"//{url}").netloc.lower().split(":")[0]
    return netloc.removeprefix("www.")


def denylisted(url: str) -> str | None:
    """What kind of copying site ``url`` is on, or None when it is not on the denylist."""
    host = _host(url)
    for listed, kind in DENYLIST.items():
        if host == listed or host.endswith("." + listed):
            return kind
    return None


def today() -> dt.date:
    pinned = os.environ.get("LESSONPACK_TODAY", "").strip()
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()


def check_sources(facts: FactsFile, places: FactsPlaces, on: dt.date | None = None
                  ) -> list[Problem]:
    problems = []
    for source in facts.sources:
        kind = denylisted(source.url)
        if kind:
            problems.append(places.problem(
                "sources", source.id, "url", DENYLISTED,
                f"{source.id} is cited at {_host(source.url)}, {kind}: make url the owner's own "
                "page (title and organisation of the original) and list this copy under read_at"))
    cutoff = (on or today()) - STALE_AFTER
    for section in ("facts", "helplines", "platform_rules", "disclosure_steps"):
        for entry in getattr(facts, section):
            if entry.checked < cutoff and not entry.stable:
                problems.append(places.problem(
                    section, entry.id, "checked", STALE,
                    f"{entry.id} was last checked on {entry.checked.isoformat()}, more than 12 "
                    "months ago: check it against its sources again and update 'checked', or "
                    "mark it 'stable: true' if it cannot change"))
    return problems
