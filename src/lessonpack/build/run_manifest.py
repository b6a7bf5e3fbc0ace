"""The run manifest (``manifest.json``): what a batch built, and from what.

It lists every file built (path, sha256, size) and every input that decides their bytes
(lessonpack and library versions, the batch manifest, content, brand, logo and template files
with their sha256, the request's stated time as the ``SOURCE_DATE_EPOCH`` that gives it,
and whether documents were laid out for their "Print to here" page, by which LibreOffice:
build/print_pages.py), so two runs can be compared file by file and a run can be
reproduced. It is itself reproducible: no clock, no host name, lists sorted, and paths
relative to the folder the manifest is in (built-in files as ``lessonpack:content/…``), so
rebuilding the same inputs leaves it byte-identical and "unchanged", like the packs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from lessonpack.build.look import PackLook
from lessonpack.build.parallel import FileRecord
from lessonpack.build.shard import Shard
from lessonpack.io.resources import builtin_content, builtin_templates

# Raised when a key is added, renamed or changes meaning, so a reader of manifests from
# several runs can tell their shapes apart: 2 added "briefs" (visit days' briefs, files at the
# root, no longer listed under "packs"); 3 added "page_layout" and "libreoffice" to "inputs".
FORMAT_VERSION = 3
_LIBRARIES = ("python-docx", "python-pptx")


def input_files(content_dirs: Iterable[Path], brand_files: Iterable[Path],
                looks: Sequence[PackLook]) -> list[Path]:
    """Every file whose bytes can change a pack's bytes."""
    from lessonpack.content.loader import FACTS_FILE, content_files, content_roots

    files: list[Path] = []
    for root in content_roots(content_dirs):
        files += content_files(root)
        if (root / FACTS_FILE).is_file():
            files.append(root / FACTS_FILE)
    files += brand_files
    for look in looks:
        files += [look.templates.deck, look.templates.document]
        if look.brand.logo is not None:
            files.append(look.brand.logo)
    return sorted({p.resolve() for p in files})


def label(path: Path, root: Path) -> str:
    """How the manifest names a file: built-ins by their place in lessonpack, others relative
    to the manifest's folder (not to where lessonpack ran, which would change the bytes)."""
    path = path.resolve()
    for folder in (builtin_content(), builtin_templates()):
        # Built-ins live in the repository in a checkout and inside the package when installed.
        if folder.resolve() in path.parents:
            return f"lessonpack:{folder.name}/{path.relative_to(folder.resolve()).as_posix()}"
    try:
        return Path(os.path.relpath(path, root.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def run_manifest(*, manifest: Path, root: Path, shard: Shard | None, inputs: Iterable[Path],
                 packs: Iterable[str], files: Iterable[FileRecord],
                 briefs: Iterable[str] = (), stated_time: dt.datetime | None = None,
                 page_layout: bool = False, libreoffice: str | None = None
                 ) -> dict[str, Any]:
    """The record of a run; ``stated_time``, the request's (BuildRequest.stated_time), as
    the SOURCE_DATE_EPOCH that gives it (whole seconds as text; None for none);
    ``page_layout``, the request's, and ``libreoffice``, the version that laid documents out
    (print_pages.laid_out_by; None when none did): a plan's footer holds the page it gave."""
    from lessonpack import __version__

    epoch = str(calendar.timegm(stated_time.timetuple())) if stated_time else None
    return {
        "format": FORMAT_VERSION,
        "lessonpack": __version__,
        "libraries": {name: _version(name) for name in _LIBRARIES},
        "shard": str(shard) if shard else None,
        "inputs": {
            "manifest": {"path": label(manifest, root), "sha256": _sha256(manifest)},
            "source_date_epoch": epoch,
            "page_layout": page_layout,
            "libreoffice": libreoffice,
            "files": sorted(({"path": label(p, root), "sha256": _sha256(p)} for p in inputs),
                            key=lambda f: f["path"]),
        },
        "packs": sorted(packs),
        "briefs": sorted(briefs),  # visit days' briefs at the root: files, not packs
        "files": sorted(({"path": f.path, "sha256": f.sha256, "size": f.size} for f in files),
                        key=lambda f: f["path"]),
    }


def run_manifest_bytes(**kwargs: Any) -> bytes:
    text = json.dumps(run_manifest(**kwargs), indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")
