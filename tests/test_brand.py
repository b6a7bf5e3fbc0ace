"""Brands: the example brands reach the theme, masters and document styles; broken brand files
give their exact error lines; `lessonpack new brand` scaffolds a file without clobbering."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_LEAD, Brand, load_brand
from lessonpack.content.model import Audience
from lessonpack.plan.class_line import year_label
from lessonpack.plan.footers import DOC_FOOTER_CHARS

ROOT = Path(__file__).resolve().parents[1]
# The example brands that are the organisation printed on the pack (a school, a council
# team). Brightpath's names a trainer who delivers in a school still to be named, so its
# letters are the school's, without its logo: tests/test_brightpath_logo.py.
EXAMPLES = sorted(p for p in (ROOT / "examples" / "brands").iterdir()
                  if "\ndelivered_by:" not in (p / "brand.yml").read_text(encoding="utf-8"))
# Bad brand files, and bad school files (build --school, over a trainer's brand).
BAD = sorted(p for folder in ("bad_brands", "bad_schools")
             for p in (Path(__file__).parent / folder).iterdir() if p.is_dir())
TRAINER = "examples/brands/northshire-online-safety/brand.yml"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Brand, Path]]:
    """The KS2 pack built once with each example brand."""
    out: dict[str, tuple[Brand, Path]] = {}
    for folder in EXAMPLES:
        target = tmp_path_factory.mktemp(folder.name)
        assert main(["build", "-k", "ks2", "--brand", str(folder / "brand.yml"), "--out",
                     str(target), "-q"]) == 0
        out[folder.name] = (load_brand(folder / "brand.yml").brand,
                            # Oakfield names two KS2 classes: its Year 4 pack (first).
                            sorted(target.glob("live-streaming-ks2*"))[0])
    return out


def _read(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


@pytest.mark.parametrize("name", [p.name for p in EXAMPLES])
def test_theme_carries_brand_colours_and_fonts(branded: dict, name: str) -> None:
    brand, pack = branded[name]
    theme = _read(pack / f"{pack.name}-slides.pptx", "ppt/theme/theme1.xml")
    for slot, colour in (("dk2", brand.primary), ("accent1", brand.secondary),
                         ("accent2", brand.accent), ("lt2", brand.light)):
        assert re.search(rf'<a:{slot}><a:srgbClr val="{colour[1:]}"/></a:{slot}>', theme), slot
    assert f'<a:majorFont><a:latin typeface="{brand.heading_font}"' in theme
    assert f'<a:minorFont><a:latin typeface="{brand.body_font}"' in theme


@pytest.mark.parametrize("name", [p.name for p in EXAMPLES])
def test_logo_on_master_and_on_every_slide(branded: dict, name: str) -> None:
    brand, pack = branded[name]
    alt = f"{brand.org_name} logo"
    prs = Presentation(str(pack / f"{pack.name}-slides.pptx"))
    master_logos = [s for s in prs.slide_master.shapes if s.shape_type == 13]
    assert [s._element.nvPicPr.cNvPr.get("descr") for s in master_logos] == [alt]
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    title_logo = [s for s in layouts["LP Title"].shapes if s.shape_type == 13]
    assert [s._element.nvPicPr.cNvPr.get("descr") for s in title_logo] == [alt]
    for n, slide in enumerate(prs.slides, start=1):
        layout = slide.slide_layout
        shows_master = layout._element.get("showMasterSp") != "0"
        on_layout = any(s.shape_type == 13 for s in layout.shapes)
        assert shows_master or on_layout, f"slide {n} ({layout.name}) has no logo"


@pytest.mark.parametrize("name", [p.name for p in EXAMPLES])
def test_documents_carry_brand_styles_header_and_footer(branded: dict, name: str) -> None:
    brand, pack = branded[name]
    for doc in ("worksheet", "lesson-plan", "letter-home"):
        path = pack / f"{pack.name}-{doc}.docx"
        styles = _read(path, "word/styles.xml")
        heading = re.search(r'<w:style [^>]*w:styleId="LPHeading1".*?</w:style>', styles, re.S)
        assert heading is not None
        assert f'w:ascii="{brand.heading_font}"' in heading.group(0)
        assert f'<w:color w:val="{brand.primary[1:]}"/>' in heading.group(0)
        body = re.search(r'<w:style [^>]*w:styleId="LPBody".*?</w:style>', styles, re.S)
        assert f'w:ascii="{brand.body_font}"' in body.group(0)
        with zipfile.ZipFile(path) as z:
            headers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/header")]
            footers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")]
            body = z.read("word/document.xml").decode()
        if doc == "letter-home" and brand.letters_from_school:
            # A council's look writes its letters as the school: the school's letterhead
            # as fields, never the council's logo or name.
            assert "[School name]" in body and f'descr="{brand.org_name} logo"' not in body
            continue
        if doc == "letter-home":
            # A letter has its letterhead (logo, name) in the body and no lesson footer.
            assert f'descr="{brand.org_name} logo"' in body and brand.org_name in body
            own = brand.footer or brand.org_name  # the footer line, else the name it shows
            assert not any(own.replace("&", "&amp;") in f for f in footers)
            continue
        assert any(f'descr="{brand.org_name} logo"' in h for h in headers)
        assert any(brand.org_name in h for h in headers)
        # A document's footer stays on one line: a long brand footer gives way to the name;
        # the key stage stays (four key stages' printed plans are told apart by it), or the
        # class's year group where the brand names its class (Oakfield's Year 4).
        who = year_label(Audience.KS2, brand)
        assert who.startswith("Year ") or who == "Key Stage 2 (ages 7–11)"
        own = brand.footer or brand.org_name  # Northshire's example has no footer line
        shown = own if len(f"{own}  ·  {who}") <= DOC_FOOTER_CHARS else brand.org_name
        # The plan's footer also gives the pages to print, measured against the page's
        # width (render/docx.py): there a long brand footer may give way to the name too.
        names = {shown, brand.org_name} if doc == "lesson-plan" else {shown}
        assert any(n.replace("&", "&amp;") in f and who in f for f in footers for n in names)


@pytest.mark.parametrize("case", BAD, ids=[c.name for c in BAD])
def test_bad_brand_gives_exact_error(case: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    expected = (case / "expected.txt").read_text(encoding="utf-8").strip().splitlines()
    school = case / "school.yml"
    files = ["--brand", TRAINER, "--school", str(school.relative_to(ROOT))] \
        if school.exists() else ["--brand", str((case / "brand.yml").relative_to(ROOT))]
    code = main(["build", "-k", "ks2", *files, "--out", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[:-1] == expected
    assert err[-1].endswith("nothing was written")
    assert not any(tmp_path.iterdir())


def test_low_contrast_allowed_with_flag(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    brand = "tests/bad_brands/low-contrast/brand.yml"
    assert main(["build", "-k", "ks2", "--brand", brand, "--allow-low-contrast", "--out",
                 str(tmp_path), "-q"]) == 0
    err = capsys.readouterr().err
    assert f"{brand}:4:9: warning[LP151] accent: white text on #FF8A00 has contrast 2.3:1" in err


def test_new_brand_scaffold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "brand", str(tmp_path)]) == 0
    written = tmp_path / "brand.yml"
    loaded = load_brand(written).brand  # the scaffold is a valid brand as it stands
    assert loaded.org_name == "Your school" and loaded.named == ""
    # The scaffold's lead is the model's default, so the planners read it as "none named".
    assert loaded.safeguarding_lead == DEFAULT_LEAD and not loaded.names_its_lead
    assert Brand(safeguarding_lead="the school's Designated Safeguarding Lead").names_its_lead
    written.write_text("org_name: Edited by a teacher\n", encoding="utf-8")
    assert main(["new", "brand", str(tmp_path)]) == 1
    assert "error[LP140] already exists" in capsys.readouterr().err
    assert written.read_text(encoding="utf-8") == "org_name: Edited by a teacher\n"
    assert main(["new", "brand", str(tmp_path), "--force"]) == 0
    assert "# Your brand for lessonpack" in written.read_text(encoding="utf-8")


def test_relative_logo_resolves_against_brand_folder(tmp_path: Path) -> None:
    folder = tmp_path / "brand"
    folder.mkdir()
    logo = ROOT / "examples" / "brands" / "oakfield-primary" / "logo.png"
    (folder / "img").mkdir()
    (folder / "img" / "crest.png").write_bytes(logo.read_bytes())
    (folder / "brand.yml").write_text("org_name: Test\nlogo: img/crest.png\n", encoding="utf-8")
    assert load_brand(folder / "brand.yml").brand.logo == (folder / "img" / "crest.png")


def test_a_bad_class_list_is_one_error_not_a_second_about_its_sizes() -> None:
    """Sizes and times are checked against the classes once every field is valid: a
    ``classes`` entry that is not text is the one error, not also "names no class"."""
    from pydantic import ValidationError

    from lessonpack.content.brand import Brand

    with pytest.raises(ValidationError) as caught:
        Brand(class_name="Year 4", classes=[123], class_sizes={"Year 2": 20})
    assert [e["loc"][0] for e in caught.value.errors()] == ["classes"]
    with pytest.raises(ValidationError) as caught:
        Brand(class_name="Year 4", class_sizes={"Year 6": 3}, lesson_times={"Year 5": "9am"})
    assert sorted(e["loc"][0] for e in caught.value.errors()) == ["class_sizes",
                                                                  "lesson_times"]
