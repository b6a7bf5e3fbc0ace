"""Benchmark lessonpack (run by hand, never in the test suite).

    python bench/bench.py [--repeat 5] [--skip-matrix]

Prints a table of medians and ratios: cold ``lessonpack --help``, a cold single pack (a fresh
process building the KS2 pack), a warm pack in one process (the KS2 pack for the next of eight
schools, as a batch builds it; and, for comparison, with nothing kept from earlier builds), the
40-pack matrix (5 audiences × 8 brands) through ``lessonpack batch`` with 1 and 2 workers, peak
memory per process, and — when pandoc is installed — the same lesson text produced by pandoc
from Markdown, side by side. Run it with the Python of a fresh virtual environment that has
lessonpack installed (``pip install .``), as a user has it.
Beside each time taken (wall clock) is the CPU time it used (user + system, of this process or
of the commands it ran): on a shared machine the wall clock also counts time spent waiting for
a core, the CPU time mostly does not, so the two together say whether a slow run was the code or
the machine. The load average is printed before and after.
Targets (2 cores): --help ≤ 150 ms, cold pack ≤ 450 ms, warm pack ≤ 60 ms, 40-pack matrix with
2 workers ≤ 2 s, 2 workers ≥ 1.8× one, peak ≤ 120 MiB per process.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LESSONPACK = [sys.executable, "-m", "lessonpack"]
BRAND_COLOURS = [
    ("#1B2A4A", "#2456A6", "#C8102E"), ("#123524", "#1F6B45", "#B3261E"),
    ("#3B1F5C", "#5B3A8C", "#B00050"), ("#2B2B2B", "#005A9C", "#C0392B"),
    ("#0B3C5D", "#1D6FA3", "#A4161A"), ("#4A1C1C", "#8C2F39", "#1F5F8B"),
    ("#1E3A34", "#2D6A4F", "#9D0208"), ("#262626", "#3D5A80", "#D00000"),
]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _cpu_s() -> float:
    """CPU seconds used so far by this process and the commands it has waited for."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


# The CPU-time median of the latest median_ms call, shown beside its wall-clock median.
LAST_CPU_MS: list[float] = [0.0]


def median_ms(fn: Callable[[], None], repeat: int) -> float:
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), _cpu_s()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((_cpu_s() - start_cpu) * 1000)
    LAST_CPU_MS[0] = statistics.median(cpu)
    return statistics.median(times)


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "n/a"


def run(args: list[str], **kw: object) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=ROOT, **kw)  # type: ignore[arg-type]


def peak_child_mib() -> float:
    # ru_maxrss of the largest child so far, in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def write_matrix(folder: Path) -> Path:
    lines = [f"out: {folder / 'out'}", "packs:"]
    for n, (primary, secondary, accent) in enumerate(BRAND_COLOURS, 1):
        brand = folder / f"brand{n}.yml"
        brand.write_text(
            f'org_name: "Bench School {n}"\nprimary: "{primary}"\nsecondary: "{secondary}"\n'
            f'accent: "{accent}"\nlight: "#EEF2F9"\n', encoding="utf-8")
        lines += ["  - topic: live-streaming", "    audiences: all",
                  f"    brand: {brand}", f"    out: school-{n}"]
    manifest = folder / "matrix.yml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def warm_pack_ms(repeat: int, class_name: str = "") -> tuple[float, float, float, float]:
    """Wall-clock and CPU medians of building the KS2 pack in one process: (the same lesson
    for another school, as in a batch: each build a new brand, wall and CPU; the first build
    of a lesson's slides, with the kept slides, deflated members, template readers and
    content types forgotten before each build, wall and CPU). ``class_name`` ("Year 6
    Kestrels"): each school's pack is built for that class, with its year's route (a Year 6
    class takes Years 5–6's own Part 3)."""
    sys.path.insert(0, str(ROOT / "src"))
    from lessonpack import api
    from lessonpack.build.look import PackLook, render_pack
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.io import opc_members, zipnorm
    from lessonpack.io.resources import builtin_templates
    from lessonpack.plan.pack import plan_pack
    from lessonpack.render import slide_cache
    from lessonpack.render.ooxml import docx_elements

    index = api.load()
    item = index.items["live-streaming-ks2"].item
    templates = builtin_templates()
    brands = [DEFAULT_BRAND.model_copy(update={
        "org_name": f"Bench School {n}", "primary": primary, "secondary": secondary,
        "accent": accent, **({"class_name": class_name} if class_name else {})})
        for n, (primary, secondary, accent) in enumerate(BRAND_COLOURS, 1)]
    turn = iter(range(1_000_000))

    def once() -> None:
        brand = brands[next(turn) % len(brands)]
        render_pack(plan_pack(item, index.facts, brand, index.pictures),
                    PackLook.of(brand, templates))

    def first() -> None:
        slide_cache.forget()
        zipnorm._DEFLATED.clear()
        docx_elements._READERS.clear()
        opc_members._CONTENT_TYPES.clear()
        once()

    once()  # warm the process: imports, templates, fonts
    warm = median_ms(once, repeat)
    warm_cpu = LAST_CPU_MS[0]
    return warm, warm_cpu, median_ms(first, repeat), LAST_CPU_MS[0]


def matrix_ms(manifest: Path, repeat: int) -> tuple[float, float, float]:
    """Medians of the matrix with 1 worker, with 2, and of the same command with a shard that
    holds no pack: start-up, manifest, content, brands and templates, which no number of
    workers shortens (Amdahl's law). Taken in turns, so a machine that slows down for a while
    slows all three alike and their ratios hold."""
    command = [*LESSONPACK, "batch", str(manifest), "--force", "-q"]
    times: dict[str, list[float]] = {"1": [], "2": [], "start": []}
    for _ in range(repeat):
        for key, extra in (("1", ["--jobs", "1"]), ("2", ["--jobs", "2"]),
                           ("start", ["--shard", "41/41"])):
            times[key].append(median_ms(lambda extra=extra: run([*command, *extra]), 1))
    return tuple(statistics.median(times[k]) for k in ("1", "2", "start"))  # type: ignore


def pandoc_ms(folder: Path, repeat: int) -> float | None:
    if shutil.which("pandoc") is None:
        return None
    md = folder / "lesson.md"
    sys.path.insert(0, str(ROOT / "src"))
    from lessonpack import api

    lesson = api.load().items["live-streaming-ks2"].item
    text = [f"# {lesson.title}", "", lesson.summary, ""]
    for cycle in lesson.cycles:
        text += [f"## {cycle.title}", "", *[f"- {b}" for b in cycle.explain], "", cycle.notes, ""]
    md.write_text("\n".join(text), encoding="utf-8")

    def once() -> None:
        run(["pandoc", str(md), "-o", str(folder / "lesson.pptx")])
        run(["pandoc", str(md), "-o", str(folder / "lesson.docx")])

    return median_ms(once, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-matrix", action="store_true")
    parser.add_argument("--class", dest="class_name", default="", metavar="NAME",
                        help='the warm pack built for this class ("Year 6 Kestrels"), '
                             "with its year's route")
    opts = parser.parse_args()
    load_before = load()
    # (measure, wall-clock median, CPU median or None, unit, target)
    rows: list[tuple[str, float | None, float | None, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        help_ms = median_ms(lambda: run([*LESSONPACK, "--help"]), opts.repeat)
        rows.append(("cold `lessonpack --help`", help_ms, LAST_CPU_MS[0], "ms", "≤ 150"))
        cold = median_ms(lambda: run([*LESSONPACK, "build", "-k", "ks2", "--out",
                                      str(folder / "cold"), "--force", "-q"]), opts.repeat)
        rows.append(("cold single pack (KS2, 5 files)", cold, LAST_CPU_MS[0], "ms", "≤ 450"))
        warm, warm_cpu, first, first_cpu = warm_pack_ms(max(opts.repeat, 8), opts.class_name)
        rows.append(("warm pack in one process (next school)", warm, warm_cpu, "ms", "≤ 60"))
        rows.append(("warm pack, first build of its slides", first, first_cpu, "ms", ""))
        if not opts.skip_matrix:
            one, two, start = matrix_ms(write_matrix(folder), opts.repeat)
            rows.append(("40-pack matrix, 1 worker", one, None, "ms", ""))
            rows.append(("40-pack matrix, 2 workers", two, None, "ms", "≤ 2000"))
            rows.append(("speed-up, 2 workers vs 1", one / two, None, "×", "≥ 1.8"))
            rows.append(("batch start-up alone (no pack built)", start, None, "ms", ""))
            rows.append(("speed-up with start-up left out", (one - start) / (two - start),
                         None, "×", ""))
        rows.append(("peak memory of one process", peak_child_mib(), None, "MiB", "≤ 120"))
        pandoc = pandoc_ms(folder, opts.repeat)
        rows.append(("pandoc from Markdown (same text, 2 files)", pandoc,
                     None if pandoc is None else LAST_CPU_MS[0], "ms", "reference"))
    print(f"machine: {platform.platform()}, {cpu_model()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; median of {opts.repeat} runs; load average "
          f"{load_before} before, {load()} after\n")
    print(f"| {'measure':42} | {'median':>10} | {'CPU time':>9} | {'target':>9} |")
    print(f"|{'-' * 44}|{'-' * 12}|{'-' * 11}|{'-' * 11}|")
    for name, value, cpu, unit, target in rows:
        shown = "n/a" if value is None else (f"{value:.2f} {unit}" if unit == "×"
                                             else f"{value:.0f} {unit}")
        cpu_shown = "" if cpu is None else f"{cpu:.0f} {unit}"
        print(f"| {name:42} | {shown:>10} | {cpu_shown:>9} | {target:>9} |")


if __name__ == "__main__":
    main()
