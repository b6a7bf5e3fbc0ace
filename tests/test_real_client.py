"""A real client opens every output: LibreOffice converts each file to PDF."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from conftest import need_libreoffice


def test_libreoffice_converts_every_output(built_packs: Path, tmp_path: Path) -> None:
    soffice = need_libreoffice()
    files = sorted(p for p in built_packs.rglob("*") if p.suffix in {".pptx", ".docx"})
    assert len(files) == 19
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
