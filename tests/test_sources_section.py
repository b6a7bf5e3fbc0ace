"""The sources that end a plan or the facilitator notes (plan/source_list.sources_section): one
numbered line an organisation, a part of its site under it when the organisation is cited
too, split from the publisher at its last comma outside brackets."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.plan.model import BulletList
from lessonpack.plan.source_list import _owner_and_part, sources_section


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
    from lessonpack.plan.source_list import _short_title

    assert _short_title("#LiveSkills: resources (CEOP release, November 2017)") == (
        "#LiveSkills: resources")
    kcsie = ("Keeping children safe in education (statutory guidance; the 2026 edition "
             "applies from 1 September 2026)")
    assert _short_title(kcsie) == kcsie
    said = "Working together (a 2026 edition is reported to replace it, not read here)"
    assert _short_title(said) == said


def test_the_notes_name_the_last_page_to_print_before_the_sources(built_packs: Path) -> None:
    """Facilitator notes say on page one which pages to print, as a lesson plan does: up to
    the page the steps end on, named by the mark under the last step; its number is a page
    field in the footer (Word works those out as it lays the pages, and shows a body
    field's stored value until fields are updated)."""
    from docx import Document
    from docx.oxml.ns import qn

    notes = next(built_packs.rglob("*-facilitator-notes.docx"))
    body = Document(str(notes)).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    line = next(t for t in texts if t.startswith("To run the session, print"))
    assert "up to the \u201cPrint to here\u201d line (the footer gives its page)" in line, line
    foot = Document(str(notes)).sections[0].footer._element
    assert "PAGEREF _LpLastPage " in foot.xml and "PAGEREF" not in body.xml
    assert "To run the session: 1\u2013" in "".join(
        t.text or "" for t in foot.iter(qn("w:t")))
    # The rest printed once for the DSL's signature; the reference notes named under it
    # (the quiz answers are there, not in these notes).
    assert "print it once, for the DSL to sign the checklist" in line
    pointer = texts[texts.index(line) + 1]
    assert "-parents-reference-notes.docx once before the session" in pointer, pointer
    assert "quiz answers" in pointer
    # The mark is under the last step, before After the session and the checks.
    later = texts[texts.index(line) + 1:]
    marked = next(n for n, t in enumerate(later) if "Print to here" in t)
    assert "After the session" in later[marked + 1:]
    assert not list(body.iter(qn("w:fldSimple")))
    assert "_LpLastPage" in [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]


def test_the_kcsie_line_says_which_edition_the_steps_follow_in_a_teachers_words() -> None:
    """Every plan's Sources prints the KCSIE edition in force with what the disclosure steps
    follow and who checks them; no words about how the pack was made ("could not be read
    here" left a governor wondering what else was not read)."""
    index = load()
    item = index.items["live-streaming-ks4"].item
    listed = next(b for b in sources_section(item, index.facts) if isinstance(b, BulletList))
    line = next(t for t in listed.items if "Keeping children safe in education 2026" in t)
    assert "the edition that applies" in line and "2025 edition" not in line
    assert "the disclosure steps are written to its Part one" in line
    assert "the DSL checks them against it before signing" in line
    assert "in force 1 Sep 2026" in line
    assert "could not be read" not in line and "here" not in line


def test_the_sources_are_set_small_in_the_reference_bookmark_and_pass_check(
        built_packs: Path) -> None:
    """The sources (the teacher notes' last section) are set under the body's 12 pt (they
    took a last page of their own at 12): at 10.5 pt, as the notes' last page has the room,
    but 9 pt in KS2's, whose last page is full; every item inside the hidden reference
    bookmark, and `check` passes the file: the bookmark is the one place text may sit under
    the 12 pt floor."""
    from docx import Document
    from docx.oxml.ns import qn

    from lessonpack.api import check
    from lessonpack.check.docx_reference import BOOKMARK

    plan = next(built_packs.rglob("*-ks4-teacher-notes.docx"))
    body = Document(str(plan)).element.body
    paragraphs = list(body.iter(qn("w:p")))
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs]
    start = next(n for n, p in enumerate(paragraphs)
                 if any(b.get(qn("w:name")) == BOOKMARK for b in p.iter(qn("w:bookmarkStart"))))
    assert texts[start - 1] == "Sources"
    listed = paragraphs[start:]
    assert list(listed[-1].iter(qn("w:bookmarkEnd")))
    sizes = {s.get(qn("w:val")) for p in listed for s in p.iter(qn("w:sz"))}
    assert sizes == {"21"}, sizes
    ks2 = Document(str(next(built_packs.rglob("*-ks2-teacher-notes.docx")))).element.body
    marks = [p for p in ks2.iter(qn("w:p"))
             if any(b.get(qn("w:name")) == BOOKMARK for b in p.iter(qn("w:bookmarkStart")))]
    assert {s.get(qn("w:val")) for s in marks[0].iter(qn("w:sz"))} == {"18"}
    assert len(listed) >= 15 and "Keeping children safe in education" in " ".join(texts[start:])
    assert not [f for f in check([plan]).findings if f.code == "LPC202"]


def test_check_holds_reference_text_to_three_points_under_the_floor(tmp_path: Path) -> None:
    """9 pt passes inside the reference bookmark and fails outside it; 8 pt fails inside."""
    from docx import Document
    from docx.shared import Pt

    from lessonpack.api import check
    from lessonpack.render.docx_reference import as_reference

    def made(name: str, size: float, bookmarked: bool) -> Path:
        doc = Document()
        doc.core_properties.title, doc.core_properties.language = "Sources", "en-GB"
        doc.add_paragraph("Sources").runs[0].font.size = Pt(12)
        items = [doc.add_paragraph(f"Organisation {n}: a title, 2026.") for n in range(3)]
        if bookmarked:
            as_reference(items)
        for item in items:
            for run in item.runs:
                run.font.size = Pt(size)
        path = tmp_path / name
        doc.save(str(path))
        return path

    def small(path: Path) -> list[str]:
        return [f.message for f in check([path]).findings if f.code == "LPC202"]

    assert small(made("inside-9.docx", 9, True)) == []
    assert small(made("outside-9.docx", 9, False))
    inside_8 = small(made("inside-8.docx", 8, True))
    assert inside_8 and "a reference list needs at least 9 pt" in inside_8[0], inside_8
