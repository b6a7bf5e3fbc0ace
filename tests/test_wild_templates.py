"""Templates and logos as trainers bring them (issue 14): each test is built from a small file
like the real one that found the problem (see tests/fixtures/wild/README.md and
tools/template_corpus.py, which runs build and check over a folder of real templates)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PIL import Image
from pptx import Presentation

from built_decks import pack_file
from lessonpack.check import Options, check_file
from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
BRIGHTPATH = ROOT / "examples" / "templates" / "brightpath-training"
DECK = "live-streaming-ks2/live-streaming-ks2-slides.pptx"


def _rewrite(source: Path, target: Path, edit: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of a package with some members changed (``edit`` returns None to drop one)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = edit(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return target


def _build(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["build", "-k", "ks2", "--out", str(tmp_path / "out"), "-q", "-j", "1",
                 *_template_format(args), *args])
    return code, capsys.readouterr().err


def _template_format(args: tuple[str, ...] | list[str]) -> list[str]:
    """``-f`` for the format of the one template file in ``args``: a .pptx template shapes
    only the deck and a .docx one only the documents, so the other format's files are the
    built-in templates' ones, which the rest of the suite builds; leaving them out halves
    these builds."""
    if "--template" not in args:
        return []
    suffix = Path(args[list(args).index("--template") + 1]).suffix.lower()
    return {".pptx": ["-f", "pptx"], ".potx": ["-f", "pptx"],
            ".docx": ["-f", "docx"], ".dotx": ["-f", "docx"]}.get(suffix, [])


def _findings(path: Path, *codes: str) -> list[str]:
    return [f"{f.code} {f.message}" for f in check_file(path, Options())
            if not codes or f.code in codes]


def _built_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "out" / "live-streaming-ks2").iterdir())


# ------------------------------------------------------------------ Word templates

def _pandoc_like_reference(tmp_path: Path) -> Path:
    """A reference .docx whose header and footer parts have no content-type entry (as the
    pandoc reference document that broke `check` had)."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Running head"
    document.sections[0].footer.paragraphs[0].text = "Page foot"
    document.add_paragraph("Sample")
    raw = tmp_path / "raw.docx"
    document.save(str(raw))

    def drop_types(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = re.sub(rb'<Override PartName="/word/(header|footer)\d*\.xml"[^>]*/>', b"",
                          data)
        return data

    return _rewrite(raw, tmp_path / "reference.docx", drop_types)


def test_check_reads_headers_without_content_types(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    reference = _pandoc_like_reference(tmp_path)
    assert b"header" not in zipfile.ZipFile(reference).read("[Content_Types].xml")
    assert not _findings(reference, "LPC001")
    assert main(["check", str(reference)]) in (0, 1)
    code, err = _build(tmp_path, capsys, "--template", str(reference))
    assert code == 0, err
    assert main(["check", str(tmp_path / "out")]) == 0, capsys.readouterr().out


def test_missing_websettings_part_is_tolerated(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """ONLYOFFICE documents relate a webSettings.xml they do not hold."""
    raw = tmp_path / "raw.docx"
    docx.Document().save(str(raw))

    def dangle(name: str, data: bytes) -> bytes | None:
        if name == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://'
                                b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                b'webSettings" Target="webSettings.xml"/></Relationships>')
        return None if name == "word/webSettings.xml" else data

    template = _rewrite(raw, tmp_path / "onlyoffice.docx", dangle)
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 0, err
    assert not _findings(template, "LPC001")


def _rtl_grid_letterhead(tmp_path: Path) -> Path:
    """Right-to-left defaults (ONLYOFFICE ar-SA), a line grid (Chinese official documents),
    separate odd/even and first-page headers, and Word 2010's stylesWithEffects.xml."""
    raw = tmp_path / "raw.docx"
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Letterhead"
    document.settings.odd_and_even_pages_header_footer = True
    document.save(str(raw))  # python-docx's default template has a stylesWithEffects.xml

    def edit(name: str, data: bytes) -> bytes:
        if name == "word/styles.xml":
            data = data.replace(b"<w:pPrDefault><w:pPr>", b"<w:pPrDefault><w:pPr><w:bidi/>"
                                ).replace(b"<w:szCs w:val=\"22\"/>",
                                          b"<w:szCs w:val=\"22\"/><w:rtl/>")
        if name == "word/document.xml":
            data = re.sub(rb"<w:docGrid[^>]*/>", b'<w:bidi/><w:rtlGutter/><w:docGrid '
                          b'w:type="lines" w:linePitch="312"/>', data)
        return data

    template = _rewrite(raw, tmp_path / "letterhead.docx", edit)
    assert b"stylesWithEffects" in zipfile.ZipFile(template).read("word/_rels/document.xml.rels")
    return template


@pytest.mark.parametrize("brand", [False, True])
def test_word_template_settings_that_would_spoil_english_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], brand: bool) -> None:
    template = _rtl_grid_letterhead(tmp_path)
    source = zipfile.ZipFile(template)
    assert b"<w:bidi/>" in source.read("word/styles.xml")
    args = ["--template", str(template)]
    if brand:
        args += ["--brand", str(ROOT / "examples/brands/oakfield-primary/brand.yml")]
    code, err = _build(tmp_path, capsys, *args)
    assert code == 0, err
    # With Oakfield's brand, its Year 4 class's pack (it names a Year 6 class too).
    sheet = pack_file(tmp_path / "out", "ks2", "worksheet.docx")
    with zipfile.ZipFile(sheet) as z:
        names = z.namelist()
        styles, body = z.read("word/styles.xml"), z.read("word/document.xml")
        settings = z.read("word/settings.xml")
        types = z.read("[Content_Types].xml")
    assert not re.search(rb"<w:(bidi|rtl|bidiVisual|rtlGutter)\b", styles + body)
    grid = re.search(rb"<w:docGrid[^>]*/>", body)
    assert grid is None or b"w:type" not in grid.group()
    assert b"evenAndOddHeaders" not in settings  # our running header on every page
    # Without a brand the letterhead (first page) is the trainer's and stays; with one the
    # brand's header is on every page, the first too.
    assert (b"<w:titlePg" in body) is False
    assert "word/stylesWithEffects.xml" not in names and b"stylesWithEffects" not in types
    assert docx.Document(str(sheet)).paragraphs  # still opens


def test_page_setup_supplied_when_the_template_has_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pandoc's golden documents have a sectPr without page size or margins."""
    raw = tmp_path / "raw.docx"
    docx.Document().save(str(raw))

    def bare(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            data = re.sub(rb"<w:sectPr.*</w:sectPr>", b"<w:sectPr/>", data, flags=re.S)
        return data

    code, err = _build(tmp_path, capsys, "--template", str(_rewrite(raw, tmp_path / "golden.docx",
                                                                     bare)))
    assert code == 0, err
    section = docx.Document(str(tmp_path / "out" / "live-streaming-ks2" /
                                "live-streaming-ks2-worksheet.docx")).sections[-1]
    assert section.page_width and section.left_margin


def test_check_takes_templates(tmp_path: Path) -> None:
    """`check` takes .potx and .dotx, as `build` does."""
    def as_template(kind: str) -> Callable[[str, bytes], bytes]:
        def edit(name: str, data: bytes) -> bytes:
            if name == "[Content_Types].xml":
                ml = kind.split(".")[0]
                data = data.replace(f"{kind}.main+xml".encode(), f"{ml}.template.main+xml".encode())
            return data
        return edit

    potx = _rewrite(BRIGHTPATH / "deck.pptx", tmp_path / "deck.potx",
                    as_template("presentationml.presentation"))
    dotx = _rewrite(BRIGHTPATH / "document.docx", tmp_path / "letter.dotx",
                    as_template("wordprocessingml.document"))
    for path in (potx, dotx):
        assert b"template.main+xml" in zipfile.ZipFile(path).read("[Content_Types].xml")
        assert not _findings(path, "LPC001"), path
    assert main(["check", str(potx), str(dotx)]) in (0, 1)


# ------------------------------------------------------------------ PowerPoint templates

def _deck_variant(tmp_path: Path, name: str, edit: Callable[[str, bytes], bytes | None]
                  ) -> Path:
    return _rewrite(BRIGHTPATH / "deck.pptx", tmp_path / name, edit)


def _themed_deck(tmp_path: Path, name: str, colours: dict[str, str]) -> Path:
    """The example deck with some theme slots set to other colours."""
    def recolour(part: str, data: bytes) -> bytes:
        if part == "ppt/theme/theme1.xml":
            for slot, value in colours.items():
                data = re.sub(rf"<a:{slot}>.*?</a:{slot}>".encode(),
                              f'<a:{slot}><a:srgbClr val="{value}"/></a:{slot}>'.encode(),
                              data, flags=re.S)
        return data

    return _deck_variant(tmp_path, name, recolour)


def test_notes_master_without_body_placeholder(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A PowerPoint 16 deck whose notes master has no body placeholder."""
    prs = Presentation(str(BRIGHTPATH / "deck.pptx"))
    master = prs.notes_master  # made from python-pptx's default if missing
    for shape in list(master.placeholders):
        if shape.placeholder_format.type == 2:  # BODY
            shape._element.getparent().remove(shape._element)
    path = tmp_path / "no-notes-body.pptx"
    prs.save(str(path))
    code, err = _build(tmp_path, capsys, "--template", str(path))
    assert code == 0, err
    deck = Presentation(str(tmp_path / "out" / DECK))
    for slide in deck.slides:
        assert slide.notes_slide.notes_text_frame.text.strip()


def test_failure_while_filling_a_template_is_lessonpacks_bug(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """Issue 14 item 2: a library failing while lessonpack fills a template it has already
    read (a notes master python-pptx cannot clone) is lessonpack's bug: exit 3 with what to
    report, never LP130 blaming the file; --debug shows where it happened."""
    import pptx.slide

    def broken(self: object) -> object:
        raise KeyError("no body placeholder on the notes master")

    monkeypatch.setattr(pptx.slide.Slide, "notes_slide", property(broken))
    template = _deck_variant(tmp_path, "plain.pptx", lambda name, data: data)
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 3, err
    assert "LP130" not in err
    line = err.strip().splitlines()[-1]
    assert line.startswith("internal error: lessonpack failed while filling"), err
    assert "plain.pptx" in line and "not at fault" in line and "bug in lessonpack" in line
    assert "report it with the command you ran" in line
    code = main(["--debug", "build", "-k", "ks2", "--out", str(tmp_path / "again"), "-q",
                 "-j", "1", "-f", "pptx", "--template", str(template)])
    err = capsys.readouterr().err
    assert code == 3
    assert "Traceback" in err and "in broken" in err  # where the library failed


def test_malformed_package_found_while_filling_is_still_the_files_fault(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An Apache POI compliance file has two core-properties relationships; python-docx only
    trips on it when the documents are filled. Its package layer failing is the file's fault:
    one LP130 line, not an internal error."""
    core = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

    def twice(name: str, data: bytes) -> bytes:
        if name == "_rels/.rels":
            extra = f'<Relationship Id="rIdTwice" Type="{core}" Target="docProps/core.xml"/>'
            data = data.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
        return data

    template = _rewrite(BRIGHTPATH / "document.docx", tmp_path / "two-cores.docx", twice)
    assert zipfile.ZipFile(template).read("_rels/.rels").count(core.encode()) == 2
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 1, err
    assert "error[LP130]" in err and "multiple relationships" in err
    assert "internal error" not in err


def test_google_slides_colour_map_and_size_give_a_readable_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Google Slides exports map tx2 to lt2 and bg2 to dk2, on a 10 x 5.625 in slide; the
    mock stream's light text on a "tx2" screen would be white on white."""
    def google(name: str, data: bytes) -> bytes:
        if name.startswith("ppt/slideMasters/") and name.endswith(".xml"):
            data = re.sub(rb'bg2="lt2" tx2="dk2"', b'bg2="dk2" tx2="lt2"', data)
        if name == "ppt/theme/theme1.xml":
            data = re.sub(rb"<a:lt2>.*?</a:lt2>", b'<a:lt2><a:srgbClr val="EEEEEE"/></a:lt2>',
                          data, flags=re.S)
        return data

    template = _deck_variant(tmp_path, "google.pptx", google)
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 0, err
    findings = _findings(tmp_path / "out" / DECK, "LPC201")
    assert not findings, findings[:3]


def test_dark_template_gives_light_text(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    def dark(name: str, data: bytes) -> bytes:
        if name.startswith("ppt/slideMasters/") and name.endswith(".xml"):
            data = re.sub(rb"<p:bg>.*?</p:bg>", b'<p:bg><p:bgPr><a:solidFill><a:srgbClr '
                          b'val="121212"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>', data,
                          flags=re.S)
        return data

    template = _deck_variant(tmp_path, "dark.pptx", dark)
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 0, err
    assert not _findings(tmp_path / "out" / DECK, "LPC201", "LPC301")
    # Every run of a text box or shape lessonpack added says its colour: left to inherit,
    # LibreOffice drew the "Think, pair, share" question white on a light panel on a dark
    # slide (Fedora "gradients-dark") while PowerPoint and `check` drew it dark.
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    unset, boxes = [], 0
    for number, slide in enumerate(Presentation(str(tmp_path / "out" / DECK)).slides, 1):
        for sp in slide.element.iter("{http://schemas.openxmlformats.org/presentationml/"
                                     "2006/main}sp"):
            if sp.find(".//{*}nvPr/{*}ph") is not None:
                continue
            boxes += 1
            for run in sp.iter(f"{a}r"):
                rpr = run.find(f"{a}rPr")
                text = "".join(t.text or "" for t in run.iter(f"{a}t")).strip()
                if text and (rpr is None or (rpr.find(f"{a}solidFill") is None and
                                             rpr.find(f"{a}hlinkClick") is None)):
                    unset.append(f"slide {number}: {text[:30]}")
    assert boxes > 100
    assert not unset, unset[:5]


def test_pale_theme_accent_no_longer_refused(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Default Office and Google themes have pale accents; only what is drawn counts."""
    template = _themed_deck(tmp_path, "pale.pptx", {"accent2": "FF8A00"})
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 0, err
    assert "LP151" not in err
    assert not _findings(tmp_path / "out" / DECK, "LPC201")


# ------------------------------------------------------------------ logos

def _logo(kind: str) -> bytes:
    out = io.BytesIO()
    base = Image.new("RGB", (300, 120), (30, 77, 43))
    if kind == "cmyk":
        base.convert("CMYK").save(out, "JPEG")
    elif kind == "cmyk-adobe":  # CMYK JPEG with an Adobe marker only, as print designers send
        base.convert("CMYK").save(out, "JPEG")
        data = out.getvalue()
        return data.replace(b"JFIF\x00", b"XXXX\x00")
    elif kind == "png16":
        Image.new("I;16", (300, 120), 40000).save(out, "PNG")
    elif kind == "palette":
        image = base.convert("P")
        image.info["transparency"] = 0
        image.save(out, "PNG", transparency=0)
    elif kind == "rotated":  # landscape pixels, Exif says turn a quarter: shown portrait
        exif = Image.Exif()
        exif[0x0112] = 6
        base.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.mark.parametrize("kind", ["cmyk", "cmyk-adobe", "png16", "palette", "rotated"])
def test_logos_in_every_colour_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    kind: str) -> None:
    suffix = "png" if kind.startswith(("png", "pal")) else "jpg"
    (tmp_path / f"logo.{suffix}").write_bytes(_logo(kind))
    (tmp_path / "brand.yml").write_text(f"org_name: Test School\nlogo: logo.{suffix}\n",
                                        encoding="utf-8")
    embedded = []
    for run in ("a", "b"):
        code = main(["build", "-k", "ks2", "--brand", str(tmp_path / "brand.yml"), "-q",
                     "-j", "1", "-f", "docx", "--out", str(tmp_path / run)])
        assert code == 0, capsys.readouterr().err
        sheet = tmp_path / run / "live-streaming-ks2" / "live-streaming-ks2-worksheet.docx"
        with zipfile.ZipFile(sheet) as z:
            media = [n for n in z.namelist() if n.startswith("word/media/")]
            embedded.append(z.read(media[0]))
    assert embedded[0] == embedded[1]  # converted the same way every time
    image = Image.open(io.BytesIO(embedded[0]))
    assert image.mode in ("RGB", "RGBA", "L", "LA")
    if kind == "rotated":
        assert image.size[1] > image.size[0]  # upright
    if kind == "png16":
        assert 100 < image.convert("L").getpixel((5, 5)) < 200  # scaled, not clipped white


def test_libreoffice_masters_with_generic_layouts_are_not_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two masters of title + text only: their 'Title, 2 Content' and 'Title Only' layouts
    serve the two-column and drawing slides."""
    fixture = ROOT / "tests" / "fixtures" / "wild" / "klee2-libreoffice.pptx"
    assert len(Presentation(str(fixture)).slide_masters) == 2
    code = main(["build", "-k", "ks2", "--out", str(tmp_path / "out"), "-j", "1", "-v",
                 "-f", "pptx", "--template", str(fixture)])
    err = capsys.readouterr().err
    assert code == 0, err
    # Refused before: no master's own placeholders leave room for a drawing.
    assert re.search(r"scenario: layout 'Title Only' \(master \d\), by placeholders: title, "
                     r"drawing area", err), err
    found = _findings(tmp_path / "out" / DECK, "LPC201", "LPC301", "LPC104")
    # Its master's sample text under lessonpack's title and subtitle is taken out; what is
    # left of it ("Your Name", "Your Title") is reported as the template's own.
    assert not [f for f in found if "(the template's own text)" not in f], found
    assert not any("Course" in f for f in _findings(tmp_path / "out" / DECK)), found


KLEE2 = ROOT / "tests" / "fixtures" / "wild" / "klee2-libreoffice.pptx"
KLEE2_BODY = b'<a:off x="0" y="5400000"/><a:ext cx="2160000" cy="3240000"/>'
KLEE2_TITLE = b'<a:off x="4320000" y="2700000"/>'


def _klee2_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                moves: dict[bytes, bytes], master: int = 1) -> Path:
    """The built KS2 deck of the klee2 fixture whose first (or ``master``-th) master's
    placeholders are moved (``moves``: old a:off/a:ext XML -> new)."""
    def move(name: str, data: bytes) -> bytes:
        if name == f"ppt/slideMasters/slideMaster{master}.xml":
            for old, new in moves.items():
                assert old in data
                data = data.replace(old, new, 1)
        return data

    template = _rewrite(KLEE2, tmp_path / "moved.pptx", move)
    code = main(["build", "-k", "ks2", "--out", str(tmp_path / "out"), "-j", "1", "-q",
                 "-f", "pptx", "--template", str(template)])
    assert code == 0, capsys.readouterr().err
    return tmp_path / "out" / DECK


def test_title_inside_a_masters_content_area_is_not_drawn_over(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """KDE "soft-background" (a LibreOffice re-save): the first master's title sits inside
    its full-height text area. Text and drawing slides use the master that keeps them apart;
    before, cards and drawings were drawn over the titles (63 LPC305 on that deck)."""
    deck = _klee2_deck(tmp_path, capsys, {KLEE2_BODY: b'<a:off x="360000" y="1440000"/>'
                                          b'<a:ext cx="8280000" cy="5760000"/>'})
    assert not _findings(deck, "LPC305")  # 30 of them when the first master was used


def test_placeholder_parked_below_the_slide_is_not_used(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """lo-cft "portfolio" (a LibreOffice re-save): its first master keeps an unused text body
    below the slide's foot. Cards, answers and streams were put there, off the slide, and
    `check` said nothing; now that body is not used and `check` has LPC306 for it."""
    deck = _klee2_deck(tmp_path, capsys, {
        KLEE2_BODY: b'<a:off x="360000" y="6800000"/><a:ext cx="8280000" cy="4400000"/>',
        KLEE2_TITLE: b'<a:off x="360000" y="300000"/>'})
    assert not _findings(deck, "LPC306", "LPC305", "LPC301")


def test_kicker_above_a_title_at_the_foot_stays_clear_of_the_content(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """lo5 "leaf": the title is a band at the slide's foot with the content area right above
    it; the kicker text box went between them, under the cards and panels drawn later."""
    deck = _klee2_deck(tmp_path, capsys, {
        b'<a:off x="180000" y="360000"/><a:ext cx="8640000" cy="540000"/>':
            b'<a:off x="180000" y="6840000"/><a:ext cx="8640000" cy="540000"/>',
        b'<a:off x="360000" y="1440000"/><a:ext cx="8280000" cy="5760000"/>':
            b'<a:off x="360000" y="360000"/><a:ext cx="8280000" cy="6340000"/>'}, master=2)
    assert not _findings(deck, "LPC305", "LPC306")


def test_kicker_text_box_is_read_before_the_title(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _build(tmp_path, capsys, "--template", str(BRIGHTPATH / "deck.pptx"))
    assert code == 0, err
    deck = Presentation(str(tmp_path / "out" / DECK))
    kickers = 0
    for slide in deck.slides:
        names = [shape.name for shape in slide.shapes]
        if "Kicker" in names:
            kickers += 1
            title = slide.shapes.title.name
            assert names.index("Kicker") < names.index(title), names
    assert kickers
    assert not _findings(tmp_path / "out" / DECK, "LPC104")


def test_title_only_layout_derived_from_title_and_content(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 4:3 template without 'Title Only': drawings go into a title and content layout's
    content area."""
    prs = Presentation()
    for layout in list(prs.slide_layouts):
        if layout.name == "Title Only":
            prs.slide_layouts.remove(layout)
    assert "Title Only" not in [lay.name for lay in prs.slide_layouts]
    path = tmp_path / "no-title-only.pptx"
    prs.save(str(path))
    code, err = _build(tmp_path, capsys, "--template", str(path))
    assert code == 0, err
    deck = Presentation(str(tmp_path / "out" / DECK))
    names = {shape.name for slide in deck.slides for shape in slide.shapes}
    assert {"Mock live stream", "Help card 1"} <= names
    assert not _findings(tmp_path / "out" / DECK, "LPC201", "LPC301")


def test_parents_figures_readable_when_bg2_is_dark(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The parents' research figures sit on bg2 tiles in tx1/tx2 text. A theme with Google
    Slides' slot order (dk2 light, lt2 dark) makes those tiles dark under dark labels; the
    build recolours what it drew, so the figures pass `check` (they were 1:1 without it)."""
    template = _themed_deck(tmp_path, "dark-bg2.pptx", {"dk2": "E8EEF4", "lt2": "1F2A36"})
    code = main(["build", "-a", "parents", "--out", str(tmp_path / "out"), "-q", "-j", "1",
                 "-f", "pptx", "--template", str(template)])
    assert code == 0, capsys.readouterr().err
    deck = next((tmp_path / "out").glob("*/*.pptx"))
    tiles = [shape.name for slide in Presentation(str(deck)).slides for shape in slide.shapes
             if shape.name.startswith("Statistic")]
    # Figures from one source share one source line ("Statistics source") under the tiles.
    assert "Statistic 1 label" in tiles
    assert "Statistic 1 source" in tiles or "Statistics source" in tiles
    assert not _findings(deck, "LPC201", "LPC301")


def test_check_counts_space_after_paragraphs(tmp_path: Path) -> None:
    """LibreOffice writes its paragraph spacing as spcAft; text that fits without it runs out
    of its box with it (a build from such a template overflowed until both measured it)."""
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches, Pt

    def deck(space_after: int) -> Path:
        prs = Presentation()
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = "Spacing"
        box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(2.2))
        frame = box.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        for n in range(5):
            para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            para.text = f"Line {n + 1}"
            para.font.size = Pt(20)
            para.space_after = Pt(space_after)
        path = tmp_path / f"after-{space_after}.pptx"
        prs.save(str(path))
        return path

    assert not _findings(deck(0), "LPC301")
    assert _findings(deck(30), "LPC301")


def test_pale_heading_colour_of_a_letterhead_not_adopted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Word template with a light blue Heading 1 on a cream page: our headings keep a
    colour that is readable there."""
    from docx.shared import RGBColor

    document = docx.Document()
    document.styles["Heading 1"].font.color.rgb = RGBColor.from_string("0090BE")
    background = document.element.makeelement(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}background",
        {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}color": "FFFFCC"})
    document.element.insert(0, background)
    path = tmp_path / "cream.docx"
    document.save(str(path))
    code, err = _build(tmp_path, capsys, "--template", str(path))
    assert code == 0, err
    for built in _built_files(tmp_path):
        if built.suffix == ".docx":
            assert not _findings(built, "LPC201"), built.name


def test_documents_take_only_readable_theme_colours(tmp_path: Path) -> None:
    """pandoc's reference deck: dk2 #455F51 reads on white but not on its lt2 #94D7E4, and
    its accents are too pale for white text; every failing pair gives back our colour."""
    from lessonpack.content.brand import contrast_failures
    from lessonpack.render.deck_theme import brand_from_theme

    deck = Presentation(str(_themed_deck(tmp_path, "pandoc-like.pptx", {
        "dk2": "455F51", "lt2": "94D7E4", "accent1": "41AEBD", "accent2": "97E9D5"})))
    brand = brand_from_theme(deck.slide_masters[0])
    assert brand.primary == "#455F51"  # readable where the documents use it: kept
    assert not contrast_failures(brand)


def test_right_to_left_deck_shows_english_left_to_right(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ONLYOFFICE's ar-SA deck: rtl="1" on the text styles mirrored the lessons' English."""
    def rtl(name: str, data: bytes) -> bytes:
        if (name.startswith("ppt/slideMasters/") and name.endswith(".xml")) or \
                name == "ppt/presentation.xml":
            from lxml import etree

            root = etree.fromstring(data)
            for element in root.iter():
                if isinstance(element.tag, str) and re.search(r"}(lvl\dpPr|defPPr)$",
                                                              element.tag):
                    element.set("rtl", "1")
                    element.set("algn", "r")
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                  standalone=True)
        return data

    template = _deck_variant(tmp_path, "ar-SA.pptx", rtl)
    assert b'rtl="1"' in zipfile.ZipFile(template).read("ppt/slideMasters/slideMaster1.xml")
    code, err = _build(tmp_path, capsys, "--template", str(template))
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / "out" / DECK) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                assert b'rtl="1"' not in z.read(name), name


def test_thumbnail_sized_deck_is_refused_in_one_line(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """An Apache POI test deck is 1.97 x 1.18 in: it built with 131 overflowing boxes. Now
    one line says the slides are too small and what size works."""
    from pptx.util import Inches

    prs = Presentation(str(BRIGHTPATH / "deck.pptx"))
    prs.slide_width, prs.slide_height = Inches(1.97), Inches(1.18)
    path = tmp_path / "thumbnail.pptx"
    prs.save(str(path))
    code, err = _build(tmp_path, capsys, "--template", str(path))
    assert code == 1
    lines = [line for line in err.splitlines() if "error[" in line]
    assert len(lines) == 1 and "error[LP130]" in lines[0], err
    assert "1.97 x 1.18 in, too small" in lines[0] and "10 x 5.625 in" in lines[0]
