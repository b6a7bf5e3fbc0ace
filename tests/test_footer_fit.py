"""A plan's and the facilitator notes' footer gives the pages to print beside the page number
("To teach: 1–6 · Page 1 of 11"). With a long school or department name the left text ran
into those words and "Page 1 of 9" wrapped onto a second line on every page. The footer is
measured against the page's width: the left text shortens (the department, then the key
stage's ages) and, when even the school's name alone leaves no room, the page words go on a
line of their own at the right. Never the two run together."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml.ns import qn

from lessonpack.check.measure import text_width
from lessonpack.cli import main
from lessonpack.render.docx import FOOTER_GAP_PT

ROOT = Path(__file__).resolve().parents[1]
RIVERSIDE = ROOT / "examples/brands/riverside-academy"
LONG_DEPARTMENT = "Personal Development, PSHE and RSHE Faculty"
# As long as a brand's name may be (80 characters).
VERY_LONG_NAME = "The Blessed Cardinal Newman and Saint Bartholomew Church of England Academy"


def _brand(folder: Path, name: str, footer: str) -> Path:
    """Riverside's brand file under another name and footer (its logo beside it)."""
    folder.mkdir()
    data = yaml.safe_load((RIVERSIDE / "brand.yml").read_text(encoding="utf-8"))
    data.update(org_name=name, footer=footer, logo_shows_name=False)
    shutil.copy(RIVERSIDE / data["logo"], folder / data["logo"])
    path = folder / "brand.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """KS4's plan and the parents' notes for a long department line and a very long name."""
    root = tmp_path_factory.mktemp("footer-fit")
    out: dict[str, Path] = {}
    for key, name, footer in (
            ("department", "Riverside Academy", f"Riverside Academy · {LONG_DEPARTMENT}"),
            ("name", VERY_LONG_NAME, VERY_LONG_NAME)):
        brand = _brand(root / f"{key}-brand", name, footer)
        out[key] = root / key
        assert main(["build", "-k", "ks4", "-a", "parents", "-f", "docx", "-q", "--brand",
                     str(brand), "--out", str(out[key])]) == 0
    return out


def _footer(path: Path) -> tuple[str, bool, str, float, str, float]:
    """The footer's left text, whether a line break ends it, all its words, the page's text
    width, and the font and size its style sets."""
    document = docx.Document(str(path))
    section = document.sections[0]
    width = (section.page_width - section.left_margin - section.right_margin) / 12700
    paragraph = section.footer.paragraphs[0]._p
    left, broken, seen_tab = [], False, False
    for element in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        if element.tag == qn("w:tab") and element.getparent().tag == qn("w:r"):
            seen_tab = True
        elif not seen_tab and element.tag == qn("w:br"):
            broken = True
        elif not seen_tab and element.tag == qn("w:t"):
            left.append(element.text or "")
    words = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    style = document.styles["LP Footer"]
    size = style.font.size.pt if style.font.size else 12.0
    return "".join(left), broken, words, width, style.font.name or "Arial", size


@pytest.mark.parametrize("key", ["department", "name"])
@pytest.mark.parametrize("kind,label", [
    ("live-streaming-ks4/live-streaming-ks4-lesson-plan.docx", "To teach"),
    ("live-streaming-parents/live-streaming-parents-facilitator-notes.docx",
     "To run the session"),
])
def test_the_footers_left_text_never_runs_into_the_pages_to_print(
        built: dict[str, Path], key: str, kind: str, label: str) -> None:
    left, broken, words, width, font, size = _footer(built[key] / kind)
    assert f"{label}: 1\u2013" in words and "Page" in words, words
    right = f"{label}: 1\u201388 \u00b7 Page 88 of 88"
    if key == "department":
        # The department gives way; the school and who the document is for stay.
        assert not broken and left.startswith("Riverside Academy") and \
            LONG_DEPARTMENT not in left, left
        assert any(w in left for w in ("Year 10", "Key Stage 4", "KS4", "Parents")), left
        assert text_width(left, font, size) + FOOTER_GAP_PT + \
            text_width(right, font, size) <= width, (left, width)
    else:
        # Even the name alone leaves no room: a line of its own, the page words under it.
        assert left == VERY_LONG_NAME and (broken or text_width(left, font, size) + \
            FOOTER_GAP_PT + text_width(right, font, size) <= width), (left, broken)
