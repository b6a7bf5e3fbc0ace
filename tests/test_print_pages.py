"""The lesson plan's footer "To teach: 1–N" stores N as LibreOffice lays the plan out
(build/print_pages.py): a viewer that shows a field's stored value showed "…". Word and
LibreOffice still work the field out; the stored value is what the rest show."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import need_libreoffice
from lessonpack.build import print_pages
from lessonpack.build.request import page_layout_wanted
from lessonpack.cli import main
from lessonpack.io.zipnorm import save_reproducibly
from lessonpack.render import docx_page_ref


def _stored_values(data: bytes) -> list[str]:
    """The stored value of each PAGEREF field to the mark, in the footers' order: the text
    between the field's separator and its end, read off the XML as a viewer would."""
    field = re.compile(rf"PAGEREF {docx_page_ref.BOOKMARK} .*?fldCharType=\"separate\"(.*?)"
                       r"fldCharType=\"end\"", re.DOTALL)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        footers = sorted(n for n in z.namelist() if re.fullmatch(r"word/footer\d*\.xml", n))
        return ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", shown))
                for name in footers
                for shown in field.findall(z.read(name).decode("utf-8"))]


def _footed_document() -> bytes:
    """A document whose footer gives the mark's page as the renderer writes it."""
    document = docx.Document()
    paragraph = document.sections[0].footer.paragraphs[0]
    docx_page_ref.footer_words(paragraph._p, "To teach")
    document.add_paragraph("Print to here")
    return save_reproducibly(document)


def test_the_page_is_stored_as_the_fields_value_and_nothing_else_changes() -> None:
    data = _footed_document()
    assert print_pages.marked(data) and _stored_values(data) == [docx_page_ref.STORED]
    done = print_pages.stored(data, 6)
    assert _stored_values(done) == ["6"] and not print_pages.marked(done)
    # The field itself stays, for Word and LibreOffice to work out again.
    with zipfile.ZipFile(io.BytesIO(data)) as before, zipfile.ZipFile(io.BytesIO(done)) as after:
        assert before.namelist() == after.namelist()
        for name in before.namelist():
            if "footer" in name:
                assert f"PAGEREF {docx_page_ref.BOOKMARK} \\h".encode() in after.read(name)
            else:  # every other part byte for byte
                assert before.read(name) == after.read(name), name
    # The same page gives the same bytes (a rebuild finds the file it wrote).
    assert print_pages.stored(data, 6) == done


def test_no_marked_document_and_no_layout_leave_the_files_alone(monkeypatch) -> None:
    files = [("pack/notes.docx", _footed_document()), ("pack/slides.pptx", b"PK not a docx")]
    monkeypatch.setattr(print_pages, "available", lambda: False)
    assert print_pages.with_pages(files) == files
    unmarked = [("pack/letter.docx", save_reproducibly(docx.Document()))]
    assert not print_pages.marked(unmarked[0][1])
    monkeypatch.setattr(print_pages, "available", lambda: True)
    assert print_pages.with_pages(unmarked) == unmarked  # nothing to lay out: no LibreOffice run


def test_the_layout_is_asked_for_by_the_environment_only() -> None:
    # Off by default: a LibreOffice run a pack is several warm builds' time.
    assert page_layout_wanted({"LESSONPACK_PAGE_LAYOUT": "1"})
    assert not page_layout_wanted({}) and not page_layout_wanted({"LESSONPACK_PAGE_LAYOUT": "0"})


@pytest.mark.integration
def test_a_built_plan_stores_the_page_its_mark_is_laid_out_on(tmp_path: Path,
                                                               monkeypatch) -> None:
    soffice = need_libreoffice()
    from pagefill import measure

    monkeypatch.setenv("LESSONPACK_PAGE_LAYOUT", "1")
    assert main(["build", "-k", "ks1", "--out", str(tmp_path), "-q"]) == 0
    plan = next(tmp_path.rglob("*-lesson-plan.docx"))
    values = _stored_values(plan.read_bytes())
    assert values and values[0].isdigit(), values
    # The page LibreOffice lays the mark out on: the last page with the mark's words (page
    # one names it too), as a reader of the printed plan finds it.
    layout = measure([plan], soffice)[plan.name]
    marked = [n for n, text in enumerate(layout.texts, 1)
              if "Print to here" in text]
    assert int(values[0]) == marked[-1] > 1, (values, marked)
    assert f"1\u2013{values[0]}" in " ".join(layout.texts[0].split())


def test_a_builds_layout_runs_in_the_requests_scratch_folder(tmp_path: Path,
                                                              monkeypatch) -> None:
    """LibreOffice's files for the page layout go where the request says
    (BuildRequest.scratch), as a PDF build's do: a server names its scratch folder so that
    nothing lands in the system's temporary folder."""
    from lessonpack import api
    from lessonpack.errors import UserError, problem_at

    asked: list[Path] = []

    def convert(paths, out_dir, *, scratch=None):  # type: ignore[no-untyped-def]
        asked.extend([*paths, out_dir, scratch])
        raise UserError(problem_at("soffice", "LP181", "LibreOffice is not run in this test"))

    monkeypatch.setattr(print_pages, "available", lambda: True)
    monkeypatch.setattr(print_pages, "convert_to_pdf", convert)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    api.build(api.pack(audiences=["ks1"], formats=["docx"]), out=tmp_path / "out",
              scratch=scratch, page_layout=True)
    assert asked and all(scratch in path.parents for path in asked), asked
    # Not laid out (LibreOffice "failed"): the plan keeps "…", and the build went on.
    plan = next((tmp_path / "out").rglob("*-lesson-plan.docx"))
    assert _stored_values(plan.read_bytes())[0] == docx_page_ref.STORED


def test_the_run_manifest_says_whether_and_by_what_pages_were_laid_out(
        tmp_path: Path, monkeypatch) -> None:
    """A plan's footer holds the page LibreOffice laid its mark out on, which follows the
    request's page_layout and LibreOffice's version: the run manifest records both, as it
    records every input that decides the bytes."""
    import json

    from lessonpack import api

    manifest = tmp_path / "packs.yml"
    manifest.write_text("packs:\n  - audiences: ks1\n    formats: [docx]\n", encoding="utf-8")
    monkeypatch.setattr(print_pages, "with_pages", lambda files, scratch=None: list(files))
    monkeypatch.setattr(print_pages, "laid_out_by", lambda: "LibreOffice 7.4.7.2 40(Build:2)")

    def recorded(out: str, page_layout: bool) -> dict[str, object]:
        api.batch(manifest, out=tmp_path / out, page_layout=page_layout)
        record = json.loads((tmp_path / out / "manifest.json").read_text(encoding="utf-8"))
        assert record["format"] == 3
        return {key: record["inputs"][key] for key in ("page_layout", "libreoffice")}

    assert recorded("laid-out", True) == {"page_layout": True,
                                          "libreoffice": "LibreOffice 7.4.7.2 40(Build:2)"}
    assert recorded("plain", False) == {"page_layout": False, "libreoffice": None}


def test_libreoffices_version_is_its_own_line_or_none(monkeypatch) -> None:
    from lessonpack.build import libreoffice

    monkeypatch.setattr(print_pages, "available", lambda: False)
    assert print_pages.laid_out_by() is None  # no layout runs: nothing laid the pages out
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: None)
    monkeypatch.setattr(libreoffice, "MAC_SOFFICE", Path("/nowhere/soffice"))
    assert libreoffice.soffice_version() is None


@pytest.mark.integration
def test_the_installed_libreoffice_says_its_version() -> None:
    need_libreoffice()
    from lessonpack.build.libreoffice import soffice_version

    version = soffice_version()
    assert version is not None and re.match(r"LibreOffice \d+\.\d+", version), version
