"""Print the sha256 of every file the sample batch builds, to check a change keeps bytes.

    python tools/sample_hashes.py --write

regenerates the committed baseline that tests/test_sample_hashes.py compares a build with, so
a change that alters output on purpose shows as a diff of that file in the commit, and one
that should not alter output fails the test. It writes only for a tree the quick tests
passed on (``tools/gate check``, recorded by tools/premerge), with nothing uncommitted but
the baseline itself: a baseline blesses bytes, and bytes from a tree whose tests fail are
no baseline. ``--write --no-gate`` skips that check, for the first baseline of a new
environment (a pin of constraints.txt moved) or of a repository with no record yet: say why
in the commit's trailer ``Baseline-without-gate: <why>`` (tools/hooks/commit-msg refuses a
baseline commit with neither that nor a passing run recorded for its tree).

Builds examples/packs.yml (every audience in the built-in look and each example brand, and a
trainer's template) with one worker and then with two, into scratch folders, and fails if the
two differ: a speed-up that keeps what kept slides and shapes share must give the same bytes
whichever worker builds a pack, and in whatever order.

The first line names the font files text is measured with (lessonpack.check.measure): the
renderer sizes text by real font metrics, so other files for Arial or Calibri give other
bytes, and the baseline only holds where the same fonts are found.

    python tools/sample_hashes.py --against main

builds the sample batch as it is at a git revision (its tree exported to a scratch folder,
run with its own source) and as it is in this working tree, and prints which files differ,
the zip members they differ in and a diff of their text dumps (tools/dump_output.py): what
changed in a deck or document, not only that a hash did. It exits 1 when anything differs,
so "bytes identical" in a commit message is a checked claim: run it against the parent
(``--against HEAD`` before committing, ``--against HEAD~1`` after).

    python tools/sample_hashes.py --check out/samples

compares files already built (all of the batch, or one shard of it) with the baseline: the
sample-packs workflow checks that what it publishes is the tested bytes.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import io
import os
import platform
import re
import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dump_output  # a sibling tool, not part of the package

ROOT = Path(__file__).resolve().parents[1]
# The merge gate (a sibling tool): run on ROOT's repository.
GATE = Path(__file__).resolve().parent / "gate"
# The families the sample batch uses: the built-in look and the example brands set Arial and
# Calibri, and the trainer's template's theme sets Calibri.
FAMILIES = ("Arial", "Calibri")


CONSTRAINTS = ROOT / "constraints.txt"
# The libraries whose releases can change the bytes: they write the files (python-pptx,
# python-docx, lxml), encode and measure pictures (Pillow), or read the text (Jinja2, PyYAML).
# A tool such as ruff can move to a new release without a new baseline.
BYTE_LIBRARIES = ("python-pptx", "python-docx", "lxml", "pillow", "jinja2", "pyyaml")


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def environment_differences(constraints: str = "") -> list[str]:
    """How this environment differs from the one the baseline is made in (constraints.txt:
    its ``# python:`` line and its pins of BYTE_LIBRARIES); empty when it is the same. The
    one answer for ``--write`` (which refuses) and tests/test_sample_hashes.py (which skips)."""
    text = constraints or CONSTRAINTS.read_text(encoding="utf-8")
    pins = {_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.M)}
    wanted = re.search(r"^# python: (\S+)", text, re.M)
    here = ".".join(platform.python_version_tuple()[:2])
    found = [] if wanted is None or wanted[1] == here else [f"Python {here}, not {wanted[1]}"]
    for name in BYTE_LIBRARIES:
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "none"
        if pins.get(name, installed) != installed:
            found.append(f"{name} {installed}, not {pins[name]}")
    return found


def fonts_line() -> str:
    """'# fonts: <file> <sha256 prefix> …' for each font file the sample batch measures with."""
    from lessonpack.check.measure import font_path

    found = []
    for family in FAMILIES:
        for bold in (False, True):
            path = font_path(family, bold)
            found.append(f"{family}{' bold' if bold else ''}=" + (
                f"{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"
                if path else "estimated"))
    return "# fonts: " + " ".join(found)


def build(out: Path, jobs: int, root: Path = ROOT) -> dict[str, Path]:
    """Build the sample batch of the tree at ``root`` (its own source: ``src`` first on the
    path, ahead of the installed one) into ``out``; each .pptx/.docx by its relative path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, (str(root / "src"), os.environ.get("PYTHONPATH"))))}
    env.pop("SOURCE_DATE_EPOCH", None)  # the baseline has the fixed date
    # The renderer's bytes: no footer page laid out by LibreOffice, whose number follows its
    # version (build/print_pages.py).
    env["LESSONPACK_PAGE_LAYOUT"] = "0"
    subprocess.run([sys.executable, "-m", "lessonpack", "batch", "examples/packs.yml", "--out",
                    str(out), "--jobs", str(jobs), "--force", "-q"], check=True, cwd=root,
                   env=env)
    return {str(p.relative_to(out)): p for p in sorted(out.rglob("*"))
            if p.suffix in (".pptx", ".docx")}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hashes(out: Path, jobs: int) -> list[str]:
    return [f"{_sha(p)}  {name}" for name, p in build(out, jobs).items()]


def export(rev: str, into: Path) -> None:
    """The tree at ``rev`` (committed files only) written into ``into``."""
    tar = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, check=True,
                         capture_output=True).stdout
    into.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.12, and 3.11.4 on
            archive.extractall(into, filter="data")
        else:
            archive.extractall(into)  # our own repository's tree


def compare(old: dict[str, Path], new: dict[str, Path], label: str, max_lines: int
            ) -> list[str]:
    """A report of what differs between two builds: files only in one, and for each file
    whose bytes differ its changed zip members and a diff of its text dump (at most
    ``max_lines`` lines a file; 0 for all). Empty when every file is the same."""
    out: list[str] = []
    out += [f"- {name} (only at {label})" for name in sorted(old.keys() - new.keys())]
    out += [f"+ {name} (only in the working tree)" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        if _sha(old[name]) == _sha(new[name]):
            continue
        out.append(f"~ {name}")
        out += [f"    {m}" for m in dump_output.members(old[name], new[name])]
        diff = list(difflib.unified_diff(dump_output.dump(old[name]),
                                         dump_output.dump(new[name]),
                                         label, "working tree", lineterm="", n=1))
        if not diff:
            diff = ["(the text dumps are the same: see the members above)"]
        shown = diff if max_lines <= 0 else diff[:max_lines]
        out += [f"    {line}" for line in shown]
        if len(shown) < len(diff):
            out.append(f"    … {len(diff) - len(shown)} more lines (--max-lines 0 for all)")
    return out


def against(rev: str, max_lines: int) -> int:
    """Print how the sample batch at ``rev`` and in the working tree differ; 1 if they do."""
    sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        export(sha, Path(tmp, "tree"))
        old = build(Path(tmp, "old"), 2, Path(tmp, "tree"))
        new = build(Path(tmp, "new"), 2)
        report = compare(old, new, f"{rev} ({sha})", max_lines)
        same = len(old.keys() & new.keys()) - sum(line.startswith("~ ") for line in report)
    print(f"sample batch at {rev} ({sha}) and in the working tree: {same} files the same",
          f"of {len(new)}" + ("" if report else ": bytes identical"))
    print("\n".join(report))
    return 1 if report else 0


def check(folder: Path, baseline: Path = ROOT / "tests" / "sample-hashes.txt") -> list[str]:
    """How the .pptx/.docx files under ``folder`` (a batch's output root, or one shard's)
    differ from the baseline: a line a file whose hash differs or which the baseline does
    not list, and one for other measuring fonts. Empty when they are the tested bytes."""
    fonts, *lines = baseline.read_text(encoding="utf-8").splitlines()
    expected = {name: sha for sha, name in (line.split("  ", 1) for line in lines)}
    found = [] if fonts_line() == fonts else [f"fonts differ: {fonts_line()} (baseline: {fonts})"]
    files = [p for p in sorted(folder.rglob("*")) if p.suffix in (".pptx", ".docx")]
    for path in files:
        name = str(path.relative_to(folder))
        if name not in expected:
            found.append(f"not in the baseline: {name}")
        elif _sha(path) != expected[name]:
            found.append(f"differs from the baseline: {name}")
    # A shard builds some packs, so a pack folder not there is another shard's; a pack
    # folder there without one of its baseline files is a pack missing a file.
    built = {str(p.relative_to(folder)) for p in files}
    packs = {str(Path(name).parent) for name in built}
    found += [f"missing from {folder}: {name}" for name in sorted(expected)
              if name not in built and str(Path(name).parent) in packs]
    return found if files else [f"no .pptx or .docx under {folder}"]


def gate_refusal() -> str:
    """Why ``--write`` must not write here (tools/gate check's one line), or "" when the
    quick tests passed on HEAD's tree and nothing else is uncommitted."""
    done = subprocess.run([sys.executable, str(GATE), "check"], cwd=ROOT,
                          capture_output=True, text=True)
    return "" if done.returncode == 0 else (done.stderr.strip() or done.stdout.strip())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="REV",
                        help="compare with the sample batch built at this git revision")
    parser.add_argument("--max-lines", type=int, default=60, metavar="N",
                        help="with --against: at most N diff lines a file (0: all)")
    parser.add_argument("--check", metavar="DIR", type=Path,
                        help="compare files already built under DIR with the baseline")
    parser.add_argument("--write", action="store_true",
                        help="write tests/sample-hashes.txt (only with constraints.txt's "
                             "Python and byte-writing libraries, checked before building; "
                             "the old file stays if anything fails; refused unless "
                             "tools/gate check passes)")
    parser.add_argument("--no-gate", action="store_true",
                        help="with --write: skip tools/gate check (the first baseline only)")
    args = parser.parse_args(argv)
    if args.against:
        sys.exit(against(args.against, args.max_lines))
    if args.check:
        problems = check(args.check)
        print("\n".join(problems) or f"{args.check}: the baseline's bytes")
        sys.exit(1 if problems else 0)
    # Refused before two builds, not after them: the test skips in any other environment.
    refusal = gate_refusal() if args.write and not args.no_gate else ""
    if refusal:
        sys.exit(f"not written: {refusal} (--no-gate for a first baseline only)")
    wrong = environment_differences()
    if args.write and wrong:
        sys.exit("not written: the baseline is made with constraints.txt's Python and "
                 "byte-writing libraries; here " + "; ".join(wrong))
    with tempfile.TemporaryDirectory() as tmp:
        one, two = hashes(Path(tmp, "one"), 1), hashes(Path(tmp, "two"), 2)
    if one != two:
        sys.exit("one worker and two workers built different bytes")
    text = "\n".join([fonts_line(), *one])
    if not args.write:
        print(text)
        if wrong:
            print("note: not the baseline's environment: " + "; ".join(wrong),
                  file=sys.stderr)
        return
    # Through a file beside it, renamed over it: a build that fails leaves the old one.
    target = ROOT / "tests" / "sample-hashes.txt"
    partial = target.with_suffix(".txt.partial")
    partial.write_text(text + "\n", encoding="utf-8")
    partial.replace(target)
    print(f"wrote {target.relative_to(ROOT)} ({len(one)} files)")


if __name__ == "__main__":
    main()
