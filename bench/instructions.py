"""Instructions and CPU time of the warm KS2 pack, tree against tree (run by hand, never a test).

    git archive fc2efc02 | (mkdir -p /tmp/lp-fc2efc02 && tar -x -C /tmp/lp-fc2efc02)
    python bench/instructions.py /tmp/lp-fc2efc02 /tmp/lp-6677c20f [--rounds 2] [--builds 8]
    python bench/instructions.py /tmp/lp-fc2efc02 /tmp/lp-6677c20f --cpu [--rounds 5]

Each TREE is a lessonpack source tree (a ``git archive`` copy of a commit, or a checkout). For
each, a fresh process puts the tree's own ``src`` first on ``sys.path`` (so its code, content
and templates are the ones built; the dependencies are this Python's), builds the KS2 pack once
for the first of ``bench/bench.py``'s eight schools to warm the process (imports, templates,
fonts, the slides kept for every school), then builds it for the next ``--builds`` schools in
turn, as a batch worker does and as ``bench.py``'s "warm pack in one process" times it.
``PYTHONHASHSEED=0`` in every process, so sets and dicts are laid out alike from run to run.

By default the warm builds are counted under valgrind's callgrind: ``--collect-atstart=no``
and ``--toggle-collect=_operator_call``, with each warm build called through
``operator.call`` (a C function nothing else in a build calls), so only the warm builds'
instructions are counted, not start-up or the first build; ``--dump-after`` writes one count
per build. Instruction counts do not move with the machine's load, so two trees can be
compared on a busy machine; a round repeats each tree (the counts should agree to well under
a per cent). Under callgrind a tree takes minutes. Needs valgrind on the PATH.

``--cpu`` instead times the same builds without valgrind: per tree and round, the median CPU
time (user + system, ``time.process_time``) of the warm builds, the trees run in turns with
their order rotated each round, so a machine that slows down for a while slows every tree.

Prints, per tree and round, instructions (millions) or CPU milliseconds per warm build, then
each tree's median and its ratio to the first tree's.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
# The C function each warm build is called through: callgrind counts only inside it.
TOGGLE = "_operator_call"
BRAND_COLOURS = [
    ("#1B2A4A", "#2456A6", "#C8102E"), ("#123524", "#1F6B45", "#B3261E"),
    ("#3B1F5C", "#5B3A8C", "#B00050"), ("#2B2B2B", "#005A9C", "#C0392B"),
    ("#0B3C5D", "#1D6FA3", "#A4161A"), ("#4A1C1C", "#8C2F39", "#1F5F8B"),
    ("#1E3A34", "#2D6A4F", "#9D0208"), ("#262626", "#3D5A80", "#D00000"),
]


def child(tree: Path, builds: int) -> None:
    """In the measured process: warm up, then run ``builds`` warm builds, each through
    ``operator.call``; print each build's CPU milliseconds."""
    import operator

    sys.path.insert(0, str(tree / "src"))
    from lessonpack import api
    from lessonpack.build.look import PackLook, render_pack
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.io.resources import builtin_templates
    from lessonpack.plan.pack import plan_pack

    index = api.load()
    item = index.items["live-streaming-ks2"].item
    templates = builtin_templates()
    brands = [DEFAULT_BRAND.model_copy(update={
        "org_name": f"Bench School {n}", "primary": primary, "secondary": secondary,
        "accent": accent}) for n, (primary, secondary, accent) in enumerate(BRAND_COLOURS, 1)]

    def build(n: int) -> None:
        brand = brands[n % len(brands)]
        render_pack(plan_pack(item, index.facts, brand, index.pictures),
                    PackLook.of(brand, templates))

    if not api.__file__ or not Path(api.__file__).is_relative_to(tree):
        raise SystemExit(f"lessonpack came from {api.__file__}, not {tree}")
    build(0)  # warm the process: imports, templates, fonts, the slides kept for all schools
    for n in range(1, builds + 1):
        start = time.process_time()
        operator.call(build, n)
        print(f"cpu_ms {(time.process_time() - start) * 1000:.3f}", flush=True)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": "0"}


def instructions(tree: Path, builds: int, folder: Path) -> list[float]:
    """Instructions (millions) of each warm build of ``tree``, counted by callgrind."""
    out = folder / f"{tree.name}.cg"
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={TOGGLE}",
         f"--dump-after={TOGGLE}", f"--callgrind-out-file={out}",
         sys.executable, str(HERE), "--child", str(tree), "--builds", str(builds)],
        check=True, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    counts = []
    for dump in sorted(folder.glob(f"{out.name}.*"), key=lambda p: int(p.suffix[1:])):
        text = dump.read_text(encoding="utf-8", errors="replace")
        found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        if found and int(found.group(1)):
            counts.append(int(found.group(1)) / 1e6)
        dump.unlink()
    if len(counts) != builds:
        raise SystemExit(f"{tree}: {len(counts)} callgrind dumps, expected {builds}")
    return counts


def cpu(tree: Path, builds: int) -> list[float]:
    """CPU milliseconds of each warm build of ``tree``, in a fresh process."""
    done = subprocess.run([sys.executable, str(HERE), "--child", str(tree), "--builds",
                           str(builds)], check=True, env=_env(), capture_output=True, text=True)
    return [float(line.split()[1]) for line in done.stdout.splitlines()
            if line.startswith("cpu_ms ")]


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path, metavar="TREE")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--builds", type=int, default=0,
                        help="warm builds per process (default 8 counted, 16 timed)")
    parser.add_argument("--cpu", action="store_true", help="CPU time, not instructions")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    builds = opts.builds or (16 if opts.cpu else 8)
    if opts.child:
        child(opts.child.resolve(), builds)
        return
    trees = [t.resolve() for t in opts.trees] or [HERE.parents[1]]
    unit = "CPU ms" if opts.cpu else "M instr"
    per_round: dict[Path, list[float]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(opts.rounds):
            order = trees[r % len(trees):] + trees[:r % len(trees)]
            for tree in order:
                before = load()
                values = cpu(tree, builds) if opts.cpu else instructions(tree, builds, Path(tmp))
                per_round[tree].append(statistics.median(values))
                shown = " ".join(f"{v:.1f}" for v in values)
                print(f"round {r + 1} {tree.name}: median {statistics.median(values):.2f} "
                      f"{unit} per build (load {before}; builds {shown})", flush=True)
    base = statistics.median(per_round[trees[0]])
    print(f"\n| tree | {unit} per warm build, by round | median | vs {trees[0].name} |")
    print("|------|------|------|------|")
    for tree in trees:
        mid = statistics.median(per_round[tree])
        rounds = " / ".join(f"{v:.1f}" for v in per_round[tree])
        print(f"| {tree.name} | {rounds} | {mid:.1f} | {(mid / base - 1) * 100:+.1f}% |")


if __name__ == "__main__":
    main()
