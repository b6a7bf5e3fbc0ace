"""Re-saves templates/deck.pptx through LibreOffice, as a trainer who edits it in Impress would,
into tests/fixtures/templates/deck-libreoffice.pptx.

Run: python tools/make_libreoffice_template.py   (needs soffice)

LibreOffice keeps no layout names and no placeholder idx values: it writes one master per
layout used, with generic layouts ("Title Slide", "Title, Content", …). The committed file lets
the tests check that lessonpack builds a complete deck from it without LibreOffice installed;
tests/test_templates.py also re-saves the template afresh when LibreOffice is there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "templates" / "deck-libreoffice.pptx"


def resave(source: Path, target: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", "--norestore",
                        f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pptx",
                        "--outdir", f"{tmp}/out", str(source)],
                       check=True, capture_output=True, timeout=300)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / "out" / source.name, target)


def main() -> None:
    resave(ROOT / "templates" / "deck.pptx", OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
