"""The sources that end a plan or the facilitator notes (plan/common.sources_section): one
numbered line an organisation, a part of its site under it when the organisation is cited
too, split from the publisher at its last comma outside brackets."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.plan.common import _owner_and_part, sources_section
from lessonpack.plan.model import BulletList


def test_a_publisher_is_split_at_its_last_comma_outside_brackets() -> None:
    assert _owner_and_part("NCA-CEOP (Thinkuknow, now CEOP Education), parents' pages") == (
        "NCA-CEOP (Thinkuknow, now CEOP Education)", "parents' pages")
    assert _owner_and_part("NCA-CEOP (CEOP Education), parents' pages") == (
        "NCA-CEOP (CEOP Education)", "parents' pages")
    assert _owner_and_part("Ofcom") == ("Ofcom", "")
    assert _owner_and_part("NCA-CEOP (Thinkuknow, now CEOP Education)") == (
        "NCA-CEOP (Thinkuknow, now CEOP Education)", "")


def test_an_organisations_parents_pages_go_under_it_when_it_is_cited() -> None:
    """The parents' notes cite Thinkuknow's professional page (S1) and its parents' page
    (S14): one line for the organisation, not a second headed "NCA-CEOP (Thinkuknow"."""
    index = load()
    item = index.items["live-streaming-parents"].item
    assert {"S1", "S14"} <= set(item.sources)
    listed = next(b for b in sources_section(item, index.facts) if isinstance(b, BulletList))
    labels = list(listed.labels)
    assert len(labels) == len(set(labels))
    assert not any(label.startswith("NCA-CEOP (Thinkuknow, now CEOP Education), ")
                   for label in labels)
    own = listed.items[labels.index("NCA-CEOP (Thinkuknow, now CEOP Education):")]
    assert "A short guide to live streaming (parents' pages), 2019" in own
    assert "Digital Families 2018" in own


def test_a_sources_title_leaves_out_its_asides_but_what_was_read() -> None:
    """The printed list is trimmed of a title's own asides (its date is the source's own,
    the full title is in content/facts.yml); an aside saying what was read or which edition
    applies stays: it says how far the source can be trusted."""
    from lessonpack.plan.common import _short_title

    assert _short_title("#LiveSkills: resources (CEOP release, November 2017)") == (
        "#LiveSkills: resources")
    kcsie = ("Keeping children safe in education (statutory guidance; the 2026 edition "
             "applies from 1 September 2026)")
    assert _short_title(kcsie) == kcsie
    said = "Working together (a 2026 edition is reported to replace it, not read here)"
    assert _short_title(said) == said


def test_the_notes_name_the_last_page_to_print_before_the_sources(built_packs: Path) -> None:
    """Facilitator notes whose sources run onto a last page say on page one which pages to
    print: up to the page the quiz answers end on, named by the mark that ends them, with no
    page-number field (Word shows a field's stored guess)."""
    from docx import Document
    from docx.oxml.ns import qn

    notes = next(built_packs.rglob("*-facilitator-notes.docx"))
    body = Document(str(notes)).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    line = next(t for t in texts if t.startswith("To run the session, print"))
    assert "to the page marked \u201cLast page\u201d" in line and "sources follow" in line
    # The mark ends the last quiz answer, before the sources.
    later = texts[texts.index(line) + 1:]
    marked = next(n for n, t in enumerate(later) if t.endswith("\u00a0Last page\u00a0"))
    assert "Sources" in later[marked + 1:]
    assert not list(body.iter(qn("w:fldSimple")))


def test_the_kcsie_line_says_which_edition_the_steps_follow_in_a_teachers_words() -> None:
    """Every plan's Sources prints the KCSIE edition in force with what the disclosure steps
    follow and who checks them; no words about how the pack was made ("could not be read
    here" left a governor wondering what else was not read)."""
    index = load()
    item = index.items["live-streaming-ks4"].item
    listed = next(b for b in sources_section(item, index.facts) if isinstance(b, BulletList))
    line = next(t for t in listed.items if "Keeping children safe in education 2026" in t)
    assert "the disclosure steps follow Part one of the 2025 edition" in line
    assert "the DSL checks them against the 2026 edition" in line
    assert "in force 1 Sep 2026" in line
    assert "could not be read" not in line and "here" not in line
