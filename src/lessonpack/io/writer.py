"""The only module that writes outputs: atomic, no-clobber, confined to the output folder.

- Every name is checked first (``safety.output_name_problem``): no absolute paths, no ``..``,
  no names Windows refuses; a bad name is LP142 and nothing of that call is written.
- A file that exists and differs is kept (LP140) unless ``force``; if any file of a call
  would be kept, none of that call's files is written, so without ``force`` a pack is never
  half old, half new. With ``force`` the files are replaced one by one: if the disk fills or
  the folder turns read-only part-way, the files before the one named (LP141) are new and
  those after it old, until the build is run again. (A staging folder renamed into place
  would close that gap but not on Windows, where a folder in use cannot be replaced.)
- Each file is written to a temporary ``.NAME.PID.XXXXXXXX.part`` beside it, flushed to disk,
  then moved into place in one step: a crash or Ctrl-C never leaves a truncated file under
  the real name. Without ``force`` the move is a hard link, which fails if the name appeared
  meanwhile, so a build running at the same time into the same folder is never overwritten.
- Temporary files of builds that were killed outright (SIGKILL, power loss) cannot clean up
  after themselves; the next write into that folder removes them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path
from lessonpack.io.safety import output_name_problem

_PART = re.compile(r"^\..+\.(?P<pid>\d+)\.[A-Za-z0-9_]{8}\.part$")
STALE_AFTER = 3600  # seconds; where a process cannot be asked whether it still runs


@dataclass
class WriteResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class UnsafeNameError(ValueError):
    """A name that would land outside the output folder or that some system refuses."""


def safe_target(out_dir: Path, relative: str) -> Path:
    """Join ``relative`` under ``out_dir``, refusing anything that would land outside it."""
    reason = output_name_problem(relative)
    if reason is not None:
        raise UnsafeNameError(reason)
    target = (out_dir / relative).resolve()
    root = out_dir.resolve()
    if root != target and root not in target.parents:
        # Only a link inside the output folder can do this now; don't follow it out.
        raise UnsafeNameError(f"would be written outside {out_dir} (through a link)")
    return target


def _same(target: Path, data: bytes) -> bool:
    # Size first: an unrelated multi-gigabyte file under our name is not read into memory.
    return target.is_file() and target.stat().st_size == len(data) and \
        target.read_bytes() == data


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it runs, as someone else
        return True
    return True


def sweep_stale_parts(folder: Path) -> None:
    """Remove temporary files left by builds that were killed before they could."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _PART.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(match.group("pid"))
        with contextlib.suppress(OSError):
            # os.kill(pid, 0) would send Ctrl-C on Windows: there, go by age alone.
            dead = pid != os.getpid() and sys.platform != "win32" and not _alive(pid)
            if dead or time.time() - entry.stat().st_mtime > STALE_AFTER:
                os.unlink(entry.path)


def _atomic_write(target: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``target`` in one step; FileExistsError if ``replace`` is False and
    ``target`` exists (even if another process created it a moment ago)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        # A file where the pack's folder must be: said as such (LP141), not taken for the
        # file another build wrote meanwhile, which is what FileExistsError means to callers.
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory",
                                 str(target.parent)) from None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                               dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, target)
            return
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (FAT, exFAT, some network shares): check, then move.
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
            os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _cannot_write(target: Path, exc: OSError) -> Problem:
    """LP141 for ``target``. A folder in its place is this file's own problem; every other
    cause (a full disk, a folder that refuses writing, a file where a folder must be) fails
    each file of the build alike, so it is the problem's ``cause`` too, and said once
    (build/report.once_per_cause)."""
    shown = display_path(target)
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return problem_at(shown, "LP141", "is a folder; move it away so the file can be "
                          "written")
    blocking = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        said = f"cannot write: {display_path(blocking)} is a file, not a folder"
        return problem_at(shown, "LP141", said, cause=said)
    other = exc.filename and os.path.abspath(exc.filename) != str(target)
    where = f" ({display_path(exc.filename)})" if other and not str(exc.filename).endswith(
        ".part") else ""
    said = f"cannot write: {exc.strerror or exc}{where}"
    return problem_at(shown, "LP141", said, cause=said)


def write_files(out_dir: Path, files: list[tuple[str, bytes]], *, force: bool) -> WriteResult:
    result = WriteResult()
    targets = _targets(out_dir, files, result)
    if result.problems:
        return result
    todo = _to_write(targets, result, force=force)
    if result.kept or result.problems:
        # Write none of these files: a pack is either all new or left as it was.
        result.problems += [problem_at(display_path(t), "LP140", "already exists and "
                                       "differs from the new build; kept it (use --force to "
                                       "overwrite)") for t in result.kept]
        return result
    for folder in sorted({t.parent for t, _ in todo}):
        sweep_stale_parts(folder)
    _write_all(todo, result, force=force)
    return result


def _targets(out_dir: Path, files: list[tuple[str, bytes]], result: WriteResult
             ) -> list[tuple[Path, bytes]]:
    """Each file's path inside ``out_dir``; LP142 for a name that would leave it."""
    targets: list[tuple[Path, bytes]] = []
    for relative, data in files:
        try:
            targets.append((safe_target(out_dir, relative), data))
        except UnsafeNameError as exc:
            shown = f"{display_path(out_dir)}/{relative}"
            result.problems.append(problem_at(shown, "LP142", str(exc)))
    return targets


def _to_write(targets: list[tuple[Path, bytes]], result: WriteResult, *, force: bool
              ) -> list[tuple[Path, bytes]]:
    """The files to write: those the same are unchanged, those that differ kept unless
    ``force``, a folder in the way a problem."""
    todo: list[tuple[Path, bytes]] = []
    for target, data in targets:
        try:
            exists = os.path.lexists(target)
            if exists and _same(target, data):
                result.unchanged.append(target)
            elif exists and target.is_dir():
                result.problems.append(_cannot_write(target, IsADirectoryError()))
            elif exists and not force:
                result.kept.append(target)
            else:
                todo.append((target, data))
        except OSError as exc:
            result.problems.append(_cannot_write(target, exc))
    return todo


def _write_all(todo: list[tuple[Path, bytes]], result: WriteResult, *, force: bool) -> None:
    for target, data in todo:
        shown = display_path(target)
        try:
            _atomic_write(target, data, replace=force)
        except FileExistsError:
            # Another build wrote it since we looked: fine if it is the same file.
            if _same(target, data):
                result.unchanged.append(target)
                continue
            result.kept.append(target)
            result.problems.append(problem_at(shown, "LP140", "was written by another build "
                                              "meanwhile and differs; kept it (use --force to "
                                              "overwrite)"))
        except OSError as exc:
            result.problems.append(_cannot_write(target, exc))
            break  # the disk is full or the folder read-only: the next file fares no better
        else:
            result.written.append(target)
