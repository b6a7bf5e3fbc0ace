"""A real client opens every output: LibreOffice converts each file to PDF."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import shown
from conftest import need_libreoffice
from lessonpack.cli import main
from planned_files import planned_for


def test_libreoffice_converts_every_output(built_packs: Path, tmp_path: Path) -> None:
    soffice = need_libreoffice()
    files = sorted(p for p in built_packs.rglob("*") if p.suffix in {".pptx", ".docx"})
    # Every file the plan holds is opened, not only those some count remembers.
    assert {p.relative_to(built_packs).as_posix() for p in files} == planned_for(
        audiences="all")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
        check=True, capture_output=True, timeout=600)
    for f in files:
        pdf = tmp_path / f"{f.stem}.pdf"
        assert pdf.exists(), f"LibreOffice could not open {f.name}"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
        assert pages >= 1, f.name
        if f.suffix == ".pptx":
            assert pages >= 10, f"{f.name}: {pages} slides"


def test_preview_makes_a_png_per_page_and_contact_sheets(ks2_pack: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    need_libreoffice()
    deck = ks2_pack / "live-streaming-ks2-slides.pptx"
    letter = ks2_pack / "live-streaming-ks2-letter-home.docx"
    assert main(["preview", str(deck), str(letter), "--out", str(tmp_path)]) == 0
    slides = sorted(tmp_path.glob("live-streaming-ks2-slides-[0-9][0-9].png"))
    # LibreOffice leaves a hidden slide out (the default deck's "Before you teach" list).
    assert len(slides) == len(shown(Presentation(str(deck)).slides))
    assert (tmp_path / "live-streaming-ks2-letter-home-01.png").exists()
    assert (tmp_path / "live-streaming-ks2-slides-contact-sheet.png").exists()
    assert (tmp_path / "contact-sheet.png").exists()
    assert "contact sheet" in capsys.readouterr().err


def test_missing_libreoffice_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               ks2_pack: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import lessonpack.build.libreoffice as lo

    monkeypatch.setattr(lo.shutil, "which", lambda _name: None)
    monkeypatch.setattr(lo, "MAC_SOFFICE", tmp_path / "no-soffice-here")
    assert main(["preview", str(ks2_pack), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "error[LP180] LibreOffice is not installed" in err and "apt-get install" in err



def test_build_format_pdf_is_reproducible_and_no_clobber(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    need_libreoffice()
    assert main(["build", "-k", "ks2", "-f", "pdf", "--out", str(tmp_path), "-j", "1"]) == 0
    pack = tmp_path / "live-streaming-ks2"
    # A PDF in place of every office file the plan holds, and nothing else.
    planned = sorted(Path(f).with_suffix(".pdf").name for f in planned_for(audiences=["ks2"]))
    assert sorted(p.name for p in pack.iterdir()) == planned
    assert all(p.read_bytes().startswith(b"%PDF") for p in pack.iterdir())
    capsys.readouterr()
    # Same inputs, same bytes: a rebuild finds every PDF unchanged rather than "edited".
    assert main(["build", "-k", "ks2", "-f", "pdf", "--out", str(tmp_path), "-j", "1"]) == 0
    assert capsys.readouterr().err.count("unchanged") == len(planned)
    assert main(["build", "-k", "ks1", "-f", "pptx", "-f", "pdf", "--out", str(tmp_path),
                 "-j", "1", "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "live-streaming-ks1").iterdir()) == [
        "live-streaming-ks1-slides.pdf", "live-streaming-ks1-slides.pptx"]


def test_build_pdf_without_libreoffice_builds_nothing(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import lessonpack.build.libreoffice as lo

    monkeypatch.setattr(lo.shutil, "which", lambda _name: None)
    monkeypatch.setattr(lo, "MAC_SOFFICE", tmp_path / "no-soffice-here")
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-f", "pdf", "--out", str(out)]) == 1
    assert "error[LP180]" in capsys.readouterr().err
    assert not out.exists()  # not even the pptx: the problem is found before building
