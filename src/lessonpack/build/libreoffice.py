"""LibreOffice headless as a real client: PDFs and PNG previews of decks and documents.

Every file of a run goes through one ``soffice`` call (starting LibreOffice costs seconds), with
a throw-away user profile so a desktop LibreOffice that is open does not block it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from lessonpack.errors import UserError, problem_at

INSTALL_HINT = (
    "install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-impress "
    "libreoffice-writer; macOS: brew install --cask libreoffice; Windows: libreoffice.org) "
    "and make sure `soffice` is on your PATH"
)
POPPLER_HINT = ("install poppler-utils for pdftoppm (Debian/Ubuntu: sudo apt-get install "
                "poppler-utils; macOS: brew install poppler)")
TIMEOUT_S = 600
MAC_SOFFICE = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")


def find_soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if MAC_SOFFICE.exists():
        return str(MAC_SOFFICE)
    raise UserError(problem_at("soffice", "LP180", f"LibreOffice is not installed: "
                               f"{INSTALL_HINT}"))


def soffice_version() -> str | None:
    """LibreOffice's own line for its version ("LibreOffice 7.4.7.2 40(Build:2)"), which
    decides how it lays a document out; None where it is not installed or does not say."""
    try:
        soffice = find_soffice()
    except UserError:
        return None
    try:
        done = subprocess.run([soffice, "--version"], check=False, capture_output=True,
                              text=True, timeout=60, env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"})
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = done.stdout.strip().splitlines()
    return lines[0].strip() if done.returncode == 0 and lines else None


def convert_to_pdf(files: Sequence[Path], out_dir: Path, *, scratch: Path | None = None
                   ) -> dict[Path, Path]:
    """Convert every file to PDF in one LibreOffice run; returns source → PDF. LibreOffice's
    profile and temporary files go under ``scratch`` (None: the system's temporary folder).

    A file LibreOffice could not open is an error naming it (no PDF is half-written: the
    conversion happens in a temporary folder and finished PDFs are moved into ``out_dir``).
    """
    if not files:
        return {}
    soffice = find_soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lessonpack-lo-", dir=scratch) as tmp:
        profile = Path(tmp, "profile").as_uri()
        target = Path(tmp, "pdf")
        try:
            subprocess.run(
                [soffice, "--headless", "--norestore", "--nolockcheck",
                 f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                 "--outdir", str(target), *map(str, files)],
                check=False, capture_output=True, timeout=TIMEOUT_S,
                env={**os.environ, "SAL_USE_VCLPLUGIN": "svp", "TMPDIR": tmp})
        except subprocess.TimeoutExpired:
            raise UserError(problem_at("soffice", "LP181", f"LibreOffice did not finish "
                                       f"within {TIMEOUT_S} s")) from None
        done: dict[Path, Path] = {}
        missing = []
        for f in files:
            pdf = target / f"{f.stem}.pdf"
            if not pdf.exists():
                missing.append(problem_at(str(f), "LP181", "LibreOffice could not convert it"))
                continue
            final = out_dir / pdf.name
            shutil.move(str(pdf), final)
            done[f] = final
        if missing:
            raise UserError(missing)
        return done


def pdf_to_pngs(pdf: Path, out_dir: Path, *, dpi: int = 60) -> list[Path]:
    """One PNG per page, named ``<stem>-01.png``…, via poppler's pdftoppm."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise UserError(problem_at("pdftoppm", "LP180", f"pdftoppm is not installed: "
                                   f"{POPPLER_HINT}"))
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / pdf.stem
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True,
                   capture_output=True, timeout=TIMEOUT_S)
    # This file's pages only: "<stem>-" then digits. A wider glob took another file's pages
    # in the same folder for this one's (a letter's "…-letter-home-*" matched the letter
    # after's "…-letter-home-after-1.png" and moved it over its own first page) and failed
    # on a contact sheet left by an earlier run.
    own = re.compile(re.escape(pdf.stem) + r"-(\d+)")
    pages = sorted(p for p in out_dir.glob(f"{pdf.stem}-*.png") if own.fullmatch(p.stem))
    # pdftoppm pads page numbers to the page count's width; make it always two digits.
    renamed = []
    for page in pages:
        number = int(page.stem.rsplit("-", 1)[1])
        target = out_dir / f"{pdf.stem}-{number:02d}.png"
        if page != target:
            page.replace(target)
        renamed.append(target)
    return sorted(renamed)
