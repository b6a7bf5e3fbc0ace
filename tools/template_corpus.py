"""Run `lessonpack build` and `lessonpack check` over a folder of real templates; print a table.

Usage:
    python tools/template_corpus.py FOLDER [FOLDER...] [--key-stage ks2|parents] [--timeout 180]
        [--jobs 1] [--json results.json] [--keep OUTDIR] [--only SUBSTRING] [--unique]

``--unique`` runs one file per design: files whose masters, layouts, theme and slide size
are the same bytes are one template to lessonpack (a test suite's dozens of decks on
python-pptx's default template: 356 collected files were 90 designs).

Each .pptx/.potx/.docx/.dotx under FOLDER (searched recursively) is given to
`lessonpack build --template FILE` in its own output folder, then `lessonpack check` runs on
what was built and on the template itself. Every file lands in one row:

| outcome   | meaning                                                            |
|-----------|--------------------------------------------------------------------|
| clean     | built (exit 0), no warning, check finds nothing on the output       |
| warnings  | built, with warnings printed by the build                           |
| findings  | built, but `lessonpack check` reports problems on text lessonpack placed |
| template  | built; `check` reports only the template's own text (on a layout or the  |
|           | master: a tiny date, a designer's credit), not anything lessonpack placed |
| design    | built; `check` gives only slide-design warnings (LPC303 mostly blank,    |
|           | LPC304 a title's last word alone) on what lessonpack placed              |
| refused   | exit 1 with one or more single-line `error[LPxxx]` lines            |
| unclear   | exit 1 or 2 whose output is not one-line errors (traceback, raw text)|
| crash     | exit 3 (internal error) of the build or of either check             |
| hang      | the build or a check used --timeout seconds of CPU (or ten times that |
|           | on the clock): a loop, not a slow machine                           |

The columns "contrast", "fit" and "off" count `lessonpack check` findings on the built
files: LPC201 (contrast), LPC301 (overflowing text) and off-slide (message mentions
"off the slide"). The summary at the end is what the issue asks to be zero: crash, hang,
unclear, and contrast/fit/off on built outputs.

Run by hand (it takes minutes); never part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

SUFFIXES = (".pptx", ".potx", ".docx", ".dotx")
ERROR_LINE = re.compile(r"^.*: (error|warning)\[LP\d{3}\] ")
CODE = re.compile(r"\b(?:error|warning)\[(LPC?\d{3})\]")
# The slide-design warnings (a mostly blank slide, a title's last word alone on its line):
# about how slides look, not whether they can be read; counted apart from the findings.
DESIGN = re.compile(r"warning\[LPC30[34]\]")
# `check` names text a layout or master draws: "... in "Date" on layout "Title Slide" ...".
TEMPLATE_OWN = re.compile(r'" on layout "|" on the slide master|\(the template\'s own '
                          r'(text|footer position)\)')


@dataclass
class Row:
    path: str
    outcome: str = ""
    build_rc: int | None = None
    warnings: int = 0
    refusal: str = ""
    check_rc: int | None = None
    template_check_rc: int | None = None
    codes: dict[str, int] = field(default_factory=dict)
    own: int = 0  # findings on the template's own layout or master text
    contrast: int = 0
    fit: int = 0
    off: int = 0
    note: str = ""
    cpu: float = 0.0  # CPU seconds of the build and both checks


# A run's limit is CPU time, not time on the clock: on a machine shared with test runs and
# other builds (load 18 on 2 CPUs) lo "fedora-textures-blue", about 6 s of CPU to build and
# check, took 223 s on the clock and once passed a 240 s limit, reported as a hang though
# nothing looped. A child that loops uses its CPU seconds and is stopped (SIGXCPU); the clock
# limit, WALL_FACTOR times longer, only catches one that waits for ever without working.
WALL_FACTOR = 10


def _cpu_limit(seconds: float) -> Callable[[], None] | None:
    """What the child runs before the command: its CPU time capped at ``seconds`` (POSIX;
    elsewhere only the clock limit holds)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    limit = max(1, int(seconds))

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 5))

    return cap


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(cmd: list[str], timeout: float, row: Row | None = None
         ) -> tuple[int | None, str, str]:
    """(exit code, or None when the child used ``timeout`` CPU seconds or ran WALL_FACTOR
    times that on the clock; stdout; stderr). The CPU seconds it used are added to
    ``row.cpu`` (exact with --jobs 1; with more, children ending meanwhile count too)."""
    env = dict(os.environ, NO_COLOR="1", PYTHONWARNINGS="ignore")
    before = _children_cpu()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, errors="replace",
                              timeout=timeout * WALL_FACTOR,
                              preexec_fn=_cpu_limit(timeout))
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout if isinstance(exc.stdout, str) else ""
        return None, out, ""
    finally:
        if row is not None:
            row.cpu = round(row.cpu + _children_cpu() - before, 1)
    if proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return None, proc.stdout, proc.stderr  # its CPU time ran out: a loop
    return proc.returncode, proc.stdout, proc.stderr


def _one_line_errors(text: str) -> bool:
    """Exit-1 output made only of FILE: error[LPxxx] lines and the summary line."""
    # Notes on what was done to a template ("note: added 23 lessonpack styles") may precede.
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("note: ")]
    if not lines or "Traceback" in text:
        return False
    return all(ERROR_LINE.match(ln) or re.match(r"^\d+ problem", ln) for ln in lines)


def _lessonpack() -> list[str]:
    return [sys.executable, "-m", "lessonpack"]


def run_one(path: Path, key_stage: str, timeout: float, keep: Path | None) -> Row:
    row = Row(path=str(path))
    work = Path(tempfile.mkdtemp(prefix="lp-corpus-"))
    out = (keep / _slug(path)) if keep else work / "out"
    if keep and out.exists():
        shutil.rmtree(out)
    try:
        # "parents" is an audience, not a key stage: the workshop's pack (-a parents).
        which = ["-a", key_stage] if key_stage == "parents" else ["-k", key_stage]
        rc, so, se = _run([*_lessonpack(), "build", *which, "--template", str(path),
                           "--out", str(out), "-j", "1", "--force"], timeout, row)
        row.build_rc = rc
        text = so + se
        row.warnings = len(re.findall(r"warning\[LP\d{3}\]", text))
        if rc is None:
            row.outcome, row.note = "hang", "build timed out"
            return row
        if rc == 3 or "Traceback" in text:
            row.outcome, row.note = "crash", _last_line(text)
            return row
        trc, tso, tse = _run([*_lessonpack(), "check", str(path)], timeout, row)
        row.template_check_rc = trc
        if trc is None:
            row.outcome, row.note = "hang", "check of the template timed out"
            return row
        if trc not in (0, 1) or "Traceback" in tso + tse:
            row.outcome, row.note = "crash", "check of template: " + _last_line(tso + tse)
            return row
        row.note = next((ln for ln in text.splitlines() if "warning[" in ln), "")[-160:]
        if rc != 0:
            errors = [ln for ln in text.splitlines() if "error[" in ln]
            row.refusal = "; ".join(CODE.findall(" ".join(errors))) or _last_line(text)
            row.note = errors[0][len(str(path)) + 2:][:160] if errors else _last_line(text)
            row.outcome = "refused" if rc == 1 and _one_line_errors(text) else "unclear"
            return row
        _classify_output(row, out, timeout, _template_own(str(path), tso))
        return row
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _template_own(path: str, template_check: str) -> set[str]:
    """What `check` finds in a document template's own header or footer (a letterhead's logo
    without alt text, its pale strapline), each as "header 1: error[LPC101] ...": the built
    documents keep that header, so the same finding on them is the template's own."""
    own = set()
    for line in template_check.splitlines():
        if line.startswith(path + ": "):
            rest = line[len(path) + 2:]
            if re.match(r"(header|footer) \d+: ", rest):
                own.add(rest)
    return own


def _classify_output(row: Row, out: Path, timeout: float, own: set[str] | None = None) -> None:
    """Run `check` on a build's output folder and sort the row by what it finds. ``own``:
    the template's own header and footer findings (_template_own)."""
    crc, cso, cse = _run([*_lessonpack(), "check", str(out)], timeout, row)
    row.check_rc = crc
    if crc is None:
        row.outcome, row.note = "hang", "check of the output timed out"
        return
    if crc not in (0, 1) or "Traceback" in cso + cse:
        row.outcome, row.note = "crash", "check of output: " + _last_line(cso + cse)
        return
    row.codes, row.own = {}, 0
    ours = []
    for line in cso.splitlines():
        code = CODE.search(line)
        if code is None:
            continue
        row.codes[code.group(1)] = row.codes.get(code.group(1), 0) + 1
        if TEMPLATE_OWN.search(line) or line.split(".docx: ", 1)[-1] in (own or set()):
            row.own += 1
        else:
            ours.append(line)
    text_ours = "\n".join(ours)
    row.contrast = text_ours.count("[LPC201]")
    row.fit = text_ours.count("[LPC301]")
    row.off = len(re.findall(r"off the slide|outside the slide", text_ours))
    problems = [ln for ln in ours if not DESIGN.search(ln)]
    if problems:
        row.outcome = "findings"
        row.note = problems[0][len(str(out)) + 1:][:160]
    elif ours:
        row.outcome = "design"
        row.note = ours[0][len(str(out)) + 1:][:160]
    elif row.own:
        row.outcome = "template"
        row.note = next(ln for ln in cso.splitlines() if CODE.search(ln))[
            len(str(out)) + 1:][:160]
    elif row.warnings:
        row.outcome = "warnings"
        row.note = row.note or "build printed warnings"
    else:
        row.outcome = "clean"


def _design(path: Path) -> str:
    """A digest of what lessonpack takes from a template: its masters, layouts and theme,
    and its slide size (a file that is not a zip is its own design)."""
    import hashlib
    import zipfile

    digest = hashlib.sha1()
    try:
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if re.match(r"(ppt|word)/(slideMasters|slideLayouts|theme|styles)", name):
                    digest.update(archive.read(name))
                elif name == "ppt/presentation.xml":
                    size = re.search(rb"<p:sldSz[^>]*>", archive.read(name))
                    digest.update(size.group(0) if size else b"")
                elif name == "word/document.xml":
                    digest.update(archive.read(name))
    except (OSError, zipfile.BadZipFile):
        return str(path)
    return digest.hexdigest()


def _slug(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{path.parent.name}__{path.name}")[-120:]


def _last_line(text: str) -> str:
    # Notes on what was done to a template ("note: added 23 lessonpack styles") may precede.
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("note: ")]
    return lines[-1][:200] if lines else ""


OUTCOMES = ("clean", "warnings", "template", "design", "findings", "refused", "unclear",
            "crash", "hang")


def print_table(rows: list[Row]) -> None:
    width = max((len(_short(r.path)) for r in rows), default=10)
    print(f"{'file':<{width}}  {'outcome':<9} {'warn':>4} {'contr':>5} {'fit':>4} {'off':>4}  "
          f"note")
    for r in sorted(rows, key=lambda r: (OUTCOMES.index(r.outcome), r.path)):
        print(f"{_short(r.path):<{width}}  {r.outcome:<9} {r.warnings:>4} {r.contrast:>5} "
              f"{r.fit:>4} {r.off:>4}  {r.note}")
    print()
    counts = {o: sum(r.outcome == o for r in rows) for o in OUTCOMES}
    print("| outcome | files |")
    print("|---|---|")
    for o in OUTCOMES:
        print(f"| {o} | {counts[o]} |")
    print(f"| total | {len(rows)} |")
    built = [r for r in rows if r.build_rc == 0]
    print(f"\nbuilt: {len(built)}; with contrast findings: {sum(r.contrast > 0 for r in built)}; "
          f"with fit findings: {sum(r.fit > 0 for r in built)}; with off-slide: "
          f"{sum(r.off > 0 for r in built)}")
    codes: dict[str, int] = {}
    for r in rows:
        for c in r.refusal.split("; ") if r.refusal else []:
            codes[c] = codes.get(c, 0) + 1
    if codes:
        print("refusal codes: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))


def _short(path: str) -> str:
    p = Path(path)
    return f"{p.parent.name[:24]}/{p.name[-48:]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--key-stage", default="ks2")
    ap.add_argument("--timeout", type=float, default=180.0,
                    help="CPU seconds a build or check may use (ten times that on the clock)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ap.add_argument("--keep", type=Path, help="keep each build's output under this folder")
    ap.add_argument("--only", default="", help="only files whose path contains this")
    ap.add_argument("--unique", action="store_true",
                    help="one file per design (same masters, layouts, theme and slide size)")
    ap.add_argument("--table", action="store_true",
                    help="FOLDERS are JSON files of earlier runs: print their table only")
    args = ap.parse_args(argv)
    if args.table:
        rows = [Row(**r) for f in args.folders for r in json.loads(f.read_text("utf-8"))]
        if args.keep:  # check the kept outputs again, with today's check and sorting
            for row in rows:
                if row.build_rc == 0 and (args.keep / _slug(Path(row.path))).is_dir():
                    _rc, tso, _se = _run([*_lessonpack(), "check", row.path], args.timeout)
                    _classify_output(row, args.keep / _slug(Path(row.path)), args.timeout,
                                     _template_own(row.path, tso))
        print_table(rows)
        if args.json:
            args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1),
                                 encoding="utf-8")
        return 0
    files = sorted(p for folder in args.folders for p in
                   ([folder] if folder.is_file() else folder.rglob("*"))
                   if p.suffix.lower() in SUFFIXES and args.only in str(p))
    if args.unique:
        seen: set[str] = set()
        files = [f for f in files if not (_design(f) in seen or seen.add(_design(f)))]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, f, args.key_stage, args.timeout, args.keep)
                   for f in files]
        for i, fut in enumerate(futures, 1):
            row = fut.result()
            rows.append(row)
            print(f"[{i}/{len(files)}] {row.outcome:<8} {_short(row.path)} {row.note[:100]}",
                  file=sys.stderr, flush=True)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    bad = sum(r.outcome in ("crash", "hang", "unclear") or r.contrast or r.fit or r.off
              for r in rows)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
