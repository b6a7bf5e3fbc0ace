"""The only module that writes outputs: atomic, no-clobber, confined to the output folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lessonpack.errors import Problem, problem_at


@dataclass
class WriteResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def safe_target(out_dir: Path, relative: str) -> Path:
    """Join ``relative`` under ``out_dir``, refusing anything that would land outside it."""
    target = (out_dir / relative).resolve()
    root = out_dir.resolve()
    if root != target and root not in target.parents:
        raise ValueError(f"{relative!r} would be written outside {out_dir}")
    return target


def _atomic_write(target: Path, data: bytes) -> None:
    # Write a temporary file beside the target and rename it over, so an interrupted build
    # never leaves a half-written file where a teacher expects a good one.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_files(out_dir: Path, files: list[tuple[str, bytes]], *, force: bool) -> WriteResult:
    result = WriteResult()
    for relative, data in files:
        target = safe_target(out_dir, relative)
        shown = os.path.relpath(target)
        if target.exists() and not force:
            if target.is_file() and target.read_bytes() == data:
                result.unchanged.append(target)
                continue
            result.kept.append(target)
            result.problems.append(problem_at(
                shown, "LP140", "already exists and differs from the new build; kept it "
                "(use --force to overwrite)"))
            continue
        try:
            _atomic_write(target, data)
        except OSError as exc:
            result.problems.append(problem_at(shown, "LP141", f"cannot write: {exc.strerror}"))
            continue
        result.written.append(target)
    return result
