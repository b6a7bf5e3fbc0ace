"""`lessonpack batch` (and build --jobs/--shard): manifest errors with exact lines, shards,
workers giving the same bytes as one process, the run manifest, no-clobber and exit codes.

Building a pack is the expensive part, so the tests that build share small manifests of one or
two packs each."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import need_libreoffice
from held_build import held, let_go
from lessonpack import __version__
from lessonpack.build.parallel import PackJob, _order, deal
from lessonpack.build.shard import Shard, parse_shard
from lessonpack.cli import main
from planned_files import planned_batch

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = ROOT / "examples" / "brands" / "oakfield-primary"


def _write(folder: Path, text: str, name: str = "packs.yml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- manifest errors

NOT_AUDIENCE = "is not an audience; use ks1, ks2, ks3, ks4, parents, or audiences: all"
BAD_MANIFESTS = {
    "unknown-field": (
        "packs:\n  - audiences: ks2\n    colour: red\n",
        ["{f}:3:5: error[LP190] packs[0].colour: unknown field 'colour'"]),
    "bad-audience": (
        "packs:\n  - audiences: [ks2, ks9]\n",
        [f"{{f}}:2:22: error[LP190] packs[0].audiences[1]: 'ks9' {NOT_AUDIENCE}"]),
    "only-bad-audience": (  # one line, not a second "has 1 items; at least 1" one too
        "packs:\n  - audiences: [ks9]\n",
        [f"{{f}}:2:17: error[LP190] packs[0].audiences[0]: 'ks9' {NOT_AUDIENCE}"]),
    "all-in-a-list": (
        "packs:\n  - audiences: [ks1, all]\n",
        ["{f}:2:22: error[LP190] packs[0].audiences[1]: 'all' stands on its own: write "
         "audiences: all"]),
    "missing-audiences-and-brand": (
        "out: built\npacks:\n  - topic: live-streaming\n    brand: brands/nope.yml\n",
        ["{f}:3:5: error[LP190] packs[0].audiences: missing required field 'audiences'",
         "{f}:4:12: error[LP190] packs[0].brand: brand file brands/nope.yml not found "
         "(relative paths start from the manifest's folder)"]),
    "bad-format-and-out": (
        "packs:\n  - audiences: all\n    formats: [pptx, gif]\n    out: ../elsewhere\n",
        ["{f}:3:21: error[LP190] packs[0].formats[1]: Input should be 'pptx', 'docx' or 'pdf'",
         "{f}:4:10: error[LP190] packs[0].out: '../elsewhere' must be a folder inside the "
         "output root, like oakfield or brands/oakfield (set the root with the top-level out:)"]),
    "empty-packs": (
        "packs: []\n",
        ["{f}:1:8: error[LP190] packs: has 0 items; list should have at least 1 item"]),
    "not-a-manifest": (
        "just some words\n",
        ["{f}:1:1: error[LP190] a batch manifest is a list of packs, or a mapping with packs: "
         "(and optionally out: and content:)"]),
    "bare-list": (  # the shorthand: positions still point into the list
        "- audiences: ks2\n  template: nope.pptx\n",
        ["{f}:2:13: error[LP190] packs[0].template: template nope.pptx not found (relative "
         "paths start from the manifest's folder)"]),
    "duplicate-key": (  # from the YAML reader every lessonpack file goes through
        "packs:\n  - audiences: ks2\n    audiences: ks1\n",
        ["{f}:3:5: error[LP103] packs[0].audiences: key 'audiences' appears more than once"]),
    "unknown-topic-and-same-folder": (  # found after the schema, while expanding the jobs
        "packs:\n  - audiences: ks2\n  - topic: gaming\n    audiences: ks2\n"
        "  - audiences: [parents, ks2]\n    out: .\n",
        ["{f}:3:12: error[LP120] packs[1].topic: no content for topic 'gaming'; topics "
         "available: live-streaming",
         "{f}:5:5: error[LP190] packs[2]: packs[0] already builds live-streaming-ks2 (out: .); "
         "give this entry another out: folder"]),
}


@pytest.mark.parametrize("case", sorted(BAD_MANIFESTS))
def test_manifest_problems_give_exact_lines(case: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    text, expected = BAD_MANIFESTS[case]
    path = _write(tmp_path, text)
    assert main(["batch", str(path), "--jobs", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    shown = str(path)  # outside the working folder: shown as given
    assert err[:-1] == [line.format(f=shown) for line in expected]
    assert err[-1].endswith("problem(s) found; nothing was written")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packs.yml"]


def test_missing_manifest_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "no-such-manifest.yml"]) == 2
    assert "does not exist" in capsys.readouterr().err


# --------------------------------------------------------------------------- shards

@pytest.mark.parametrize("count", range(1, 13))
def test_shards_are_disjoint_balanced_and_complete(count: int) -> None:
    for size in (0, 1, 2, 5, 21, 40, 97):
        keys = [f"brand{n % 7}/live-streaming-{n}" for n in range(size)]
        shuffled = random.Random(size * count).sample(keys, len(keys))
        slices = [Shard(k, count).pick(keys, key=str) for k in range(1, count + 1)]
        # The manifest's order does not change who builds what.
        assert slices == [Shard(k, count).pick(shuffled, key=str) for k in range(1, count + 1)]
        flat = [key for part in slices for key in part]
        assert sorted(flat) == sorted(keys) and len(set(flat)) == len(flat)
        sizes = [len(part) for part in slices]
        assert max(sizes) - min(sizes) <= 1


# --------------------------------------------------------------------------- workers

def _jobs(lessons: list[int]) -> list[PackJob]:
    return [PackJob(f"school{n}/lesson{lesson}", f"lesson{lesson}", 0, Path("out"))
            for lesson, count in enumerate(lessons) for n in range(count)]


@pytest.mark.parametrize("workers", [1, 2, 3, 4, 7])
@pytest.mark.parametrize("lessons", [[8] * 5, [1], [3, 1], [10, 2, 2, 1], [1] * 9, [40]])
def test_packs_are_dealt_whole_lessons_first(workers: int, lessons: list[int]) -> None:
    jobs = _jobs(lessons)
    random.Random(workers).shuffle(jobs)
    queues = deal(jobs, workers)
    flat = [i for q in queues for i in q]
    assert sorted(flat) == list(range(len(jobs)))  # each pack once
    assert all(q == sorted(q) for q in queues)  # manifest order within a worker
    share = -(-len(jobs) // workers)
    assert max(len(q) for q in queues) <= share  # balanced
    # A lesson is split only when it would not fit in what a worker has left.
    split = sum(len({jobs[i].item_id for i in q}) for q in queues) - len(lessons)
    assert split <= workers - 1 or max(lessons) > share


def test_the_matrix_is_dealt_three_lessons_a_worker() -> None:
    queues = deal(_jobs([8] * 5), 2)
    jobs = _jobs([8] * 5)
    assert [len(q) for q in queues] == [20, 20]
    assert [len({jobs[i].item_id for i in q}) for q in queues] == [3, 3]
    # A worker that runs out takes the others' packs, last ones first.
    order = _order(queues, 0)
    assert order[:20] == queues[0] and order[20:] == queues[1][::-1]


def test_parse_shard() -> None:
    assert parse_shard("2/4") == Shard(2, 4)
    assert parse_shard(" 1 / 1 ") == Shard(1, 1)
    assert parse_shard(None) is None
    assert Shard(3, 4).manifest_name == "manifest-3-of-4.json"


@pytest.mark.parametrize("shard", ["0/4", "5/4", "1/0", "x", "1/2/3", "-1/4", "2"])
def test_bad_shard_is_usage_error(shard: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "packs:\n  - audiences: ks2\n")
    assert main(["batch", str(path), "--shard", shard]) == 2
    assert main(["build", "--all", "--shard", shard, "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count(f"lessonpack: --shard {shard}: ") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packs.yml"]


def test_example_manifest_expands_to_the_sample_matrix() -> None:
    from lessonpack.build.batch import plan_batch, read_manifest

    plan = plan_batch(read_manifest(ROOT / "examples" / "packs.yml"))
    assert plan.root == ROOT / "out" / "samples"  # ../out/samples from examples/
    keys = sorted(job.key for job in plan.jobs)
    assert len(keys) == 21 and keys[0] == "brightpath-training/live-streaming-ks2"
    # `audiences: all` follows each brand's phase: a primary school gets KS1, KS2 and
    # parents, a secondary academy KS3, KS4 and parents; Oakfield's two KS2 classes (Year 4
    # and Year 6) a KS2 pack each.
    every = ("ks1", "ks2", "ks3", "ks4", "parents")
    for brand, audiences in (("default", every), ("northshire-online-safety", every),
                             ("oakfield-primary", ("ks1", "ks2-year-4", "ks2-year-6",
                                                   "parents")),
                             # A primary host school's phase, over the trainer's "all".
                             ("northshire-at-ashgrove", ("ks1", "ks2", "parents")),
                             ("riverside-academy", ("ks3", "ks4", "parents"))):
        assert [k for k in keys if k.startswith(f"{brand}/")] == [
            f"{brand}/live-streaming-{a}" for a in audiences]
    sizes = [len(Shard(k, 4).pick(plan.jobs, key=lambda j: j.key)) for k in range(1, 5)]
    assert sizes == [6, 5, 5, 5]


# --------------------------------------------------------------------------- reproducible

def _batch_subprocess(manifest: Path, out: Path, *args: str, **env: str) -> dict:
    run_env = {**os.environ, "PYTHONHASHSEED": "random", "SOURCE_DATE_EPOCH": "1735689600",
               **env}
    subprocess.run([sys.executable, "-m", "lessonpack", "batch", str(manifest), "--out",
                    str(out), "-q", *args], check=True, env=run_env, cwd=ROOT)
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_same_bytes_across_processes_and_workers(tmp_path: Path) -> None:
    manifest = _write(tmp_path, f"packs:\n  - audiences: [ks1, parents]\n"
                                f"    brand: {OAKFIELD / 'brand.yml'}\n")
    one = _batch_subprocess(manifest, tmp_path / "one", "--jobs", "1")
    forked = _batch_subprocess(manifest, tmp_path / "forked", "--jobs", "2")
    # The path Windows and macOS users take, checked on Linux too.
    spawned = _batch_subprocess(manifest, tmp_path / "spawned", "--jobs", "2",
                                LESSONPACK_START_METHOD="spawn")
    # The planned files, and only those, before their bytes are compared.
    assert {record["path"] for record in one["files"]} == planned_batch(manifest)
    assert one == forked == spawned  # files and inputs: the roots are siblings
    for record in forked["files"]:
        path = tmp_path / "forked" / record["path"]
        assert (_sha(path), path.stat().st_size) == (record["sha256"], record["size"])


def test_build_jobs_and_shard_give_the_same_bytes(built_packs: Path, tmp_path: Path) -> None:
    # built_packs was built with the default --jobs (a pool on a multi-core machine).
    assert main(["build", "--all", "--shard", "2/5", "--jobs", "1", "--out", str(tmp_path),
                 "-q"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["live-streaming-ks2"]
    for path in (tmp_path / "live-streaming-ks2").iterdir():
        assert _sha(path) == _sha(built_packs / "live-streaming-ks2" / path.name)


# --------------------------------------------------------------------------- a whole run

def test_run_manifest_no_clobber_and_shards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.delenv("NO_COLOR", raising=False)
    manifest = _write(tmp_path / "plans", (
        "out: ../built\n"
        "packs:\n"
        "  - audiences: ks2\n"
        "    out: default\n"
        "  - audiences: [parents]\n"
        f"    brand: {os.path.relpath(OAKFIELD / 'brand.yml', tmp_path / 'plans')}\n"
        "    formats: [docx]\n"
        "    out: schools/oakfield\n"))
    root = tmp_path / "built"
    assert main(["batch", str(manifest), "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    built = sorted(p for p in root.rglob("*") if p.is_file() and p.name != "manifest.json")
    assert [p.relative_to(root).as_posix() for p in built] == [
        "default/live-streaming-ks2/live-streaming-ks2-cards.docx",
        "default/live-streaming-ks2/live-streaming-ks2-lesson-plan.docx",
        "default/live-streaming-ks2/live-streaming-ks2-letter-home-after.docx",
        "default/live-streaming-ks2/live-streaming-ks2-letter-home.docx",
        "default/live-streaming-ks2/live-streaming-ks2-slides.pptx",
        "default/live-streaming-ks2/live-streaming-ks2-teacher-notes.docx",
        "default/live-streaming-ks2/live-streaming-ks2-worksheet.docx",
        "schools/oakfield/live-streaming-parents/live-streaming-parents-facilitator-notes.docx",
        "schools/oakfield/live-streaming-parents/live-streaming-parents-handout.docx",
        "schools/oakfield/live-streaming-parents/live-streaming-parents-reference-notes.docx",
    ]
    for path in built:  # not a terminal: one line per file
        assert f"wrote {path}\n" in err
    assert "\x1b[" not in err

    record = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert record["lessonpack"] == __version__ and record["shard"] is None
    assert record["packs"] == ["default/live-streaming-ks2",
                               "schools/oakfield/live-streaming-parents"]
    assert record["files"] == [
        {"path": p.relative_to(root).as_posix(), "sha256": _sha(p), "size": p.stat().st_size}
        for p in built]
    inputs = record["inputs"]
    assert inputs["manifest"] == {"path": "../plans/packs.yml", "sha256": _sha(manifest)}
    assert inputs["source_date_epoch"] == "1700000000"
    # The time the command line read is the files' too (the request carries it).
    with zipfile.ZipFile(built[0]) as cards:
        assert cards.read("docProps/core.xml").decode().count("2023-11-14T22:13:20Z") == 2
    named = {f["path"]: f["sha256"] for f in inputs["files"]}
    oakfield = Path(os.path.relpath(OAKFIELD, root)).as_posix()
    for name, path in (("lessonpack:content/facts.yml", ROOT / "content" / "facts.yml"),
                       ("lessonpack:templates/deck.pptx", ROOT / "templates" / "deck.pptx"),
                       (f"{oakfield}/brand.yml", OAKFIELD / "brand.yml"),
                       (f"{oakfield}/logo.png", OAKFIELD / "logo.png")):
        assert named[name] == _sha(path)
    assert list(named) == sorted(named)
    manifest_bytes = (root / "manifest.json").read_bytes()

    # The same inputs again: every file unchanged, the run manifest byte-identical.
    assert main(["batch", str(manifest), "--jobs", "1", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert (root / "manifest.json").read_bytes() == manifest_bytes

    # A teacher's edit is kept (exit 1) and the run manifest, which would lie, is not written.
    letter = root / "default/live-streaming-ks2/live-streaming-ks2-letter-home.docx"
    letter.write_bytes(b"edited by a teacher")
    (root / "manifest.json").unlink()
    assert main(["batch", str(manifest), "--jobs", "2", "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{letter}: error[LP140] already exists and differs from "
                   "the new build; kept it (use --force to overwrite)",
                   "1 problem(s); existing files were kept; the run manifest was not written"]
    assert letter.read_bytes() == b"edited by a teacher"
    assert not (root / "manifest.json").exists()
    assert main(["batch", str(manifest), "--force", "-q"]) == 0
    assert (root / "manifest.json").read_bytes() == manifest_bytes

    # Shards, into the same root: each its own run manifest, together the whole run.
    assert main(["batch", str(manifest), "--shard", "1/2", "-q"]) == 0
    assert main(["batch", str(manifest), "--shard", "2/2", "-q"]) == 0
    assert main(["batch", str(manifest), "--shard", "3/3", "-q"]) == 0  # nothing to build
    shards = [json.loads((root / f"manifest-{k}-of-2.json").read_text()) for k in (1, 2)]
    assert [s["shard"] for s in shards] == ["1/2", "2/2"]
    assert [s["packs"] for s in shards] == [[p] for p in record["packs"]]
    assert sorted(f["path"] for s in shards for f in s["files"]) == \
        [f["path"] for f in record["files"]]
    assert json.loads((root / "manifest-3-of-3.json").read_text())["files"] == []
    assert (root / "manifest.json").read_bytes() == manifest_bytes  # untouched by shards


def test_out_option_overrides_the_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _write(tmp_path / "plans", "out: never\npacks:\n  - audiences: ks1\n"
                                          "    formats: [docx]\n")
    monkeypatch.chdir(tmp_path)
    assert main(["batch", str(manifest), "--out", "here", "--jobs", "1"]) == 0
    assert (tmp_path / "here" / "manifest.json").is_file()
    assert (tmp_path / "here" / "live-streaming-ks1").is_dir()
    assert not (tmp_path / "plans" / "never").exists()
    assert "manifest here/manifest.json" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])  # in this process; in forked workers
def test_a_bug_in_a_job_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    import lessonpack.build.parallel

    def boom(*_: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(lessonpack.build.parallel, "run_job", boom)
    monkeypatch.setenv("LESSONPACK_START_METHOD", "fork")  # the workers inherit the bug
    manifest = _write(tmp_path, "packs:\n  - audiences: [ks2, ks3]\n")
    assert main(["batch", str(manifest), "--jobs", jobs]) == 3
    assert "internal error: RuntimeError: kaboom" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def _alive(pid: int) -> bool:  # orphans may linger as zombies nobody reaps: not alive
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_workers_stop_when_the_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import time

    manifest = _write(tmp_path, "packs:\n  - audiences: all\n")
    # A worker holds in the middle of writing its first file (the handshake): the pool is up.
    parent = held(["batch", str(manifest), "--jobs", "2", "-q"])
    workers = [int(p) for p in
               Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()]
    assert len(workers) >= 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    let_go(parent)  # the held worker finishes the file and its pack, then sees it is orphaned
    deadline = time.monotonic() + 30  # each finishes the pack it is writing, then exits
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # don't leave them running when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left
    assert not list((tmp_path / "out").rglob("*.part"))


# --------------------------------------------------------------------------- PDFs

PDF_MANIFEST = ("packs:\n"
                "  - audiences: [ks1]\n    formats: [pdf]\n    out: pdf-only\n"
                "  - audiences: [parents]\n    formats: [docx, pdf]\n    out: both\n"
                "  - audiences: [ks2]\n    formats: [pptx]\n    out: plain\n")


def test_batch_pdfs_alone_or_beside_the_office_files(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    need_libreoffice()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    manifest = _write(tmp_path, PDF_MANIFEST)
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    built = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert built == [
        "both/live-streaming-parents/live-streaming-parents-facilitator-notes.docx",
        "both/live-streaming-parents/live-streaming-parents-facilitator-notes.pdf",
        "both/live-streaming-parents/live-streaming-parents-handout.docx",
        "both/live-streaming-parents/live-streaming-parents-handout.pdf",
        "both/live-streaming-parents/live-streaming-parents-reference-notes.docx",
        "both/live-streaming-parents/live-streaming-parents-reference-notes.pdf",
        "manifest.json",
        *(f"pdf-only/live-streaming-ks1/live-streaming-ks1-{name}.pdf"
          for name in ("cards", "lesson-plan", "letter-home-after", "letter-home", "slides",
                       "teacher-notes", "worksheet")),
        "plain/live-streaming-ks2/live-streaming-ks2-slides.pptx"]
    assert all((out / p).read_bytes().startswith(b"%PDF") for p in built if p.endswith(".pdf"))
    # Dated by the request's stated time (SOURCE_DATE_EPOCH, read by the command line).
    assert all(b"(D:20250101000000" in (out / p).read_bytes() for p in built
               if p.endswith(".pdf"))
    # Progress names the files kept, never the scratch folder the PDF-only pack was built in.
    assert err.count("wrote ") == len(built) - 1 and "lessonpack-batch-" not in err
    record = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(f["path"] for f in record["files"]) == [p for p in built
                                                          if p != "manifest.json"]
    for f in record["files"]:
        assert _sha(out / f["path"]) == f["sha256"]
    # Reproducible: the second run finds every file unchanged, the run manifest included.
    assert main(["batch", str(manifest), "--jobs", "1"]) == 0
    assert f"{len(built) - 1} unchanged" in capsys.readouterr().err


def test_batch_pdfs_without_libreoffice_build_nothing(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import lessonpack.build.libreoffice as lo

    monkeypatch.setattr(lo.shutil, "which", lambda _name: None)
    monkeypatch.setattr(lo, "MAC_SOFFICE", tmp_path / "no-soffice-here")
    manifest = _write(tmp_path, PDF_MANIFEST)
    assert main(["batch", str(manifest), "--jobs", "1"]) == 1
    assert "error[LP180] LibreOffice is not installed" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_default_output_root_is_beside_the_manifest(tmp_path: Path) -> None:
    # Run from the repository root (conftest), the manifest elsewhere with no out: line.
    manifest = _write(tmp_path / "plans", "packs:\n  - audiences: [ks1]\n    formats: [docx]\n")
    assert main(["batch", str(manifest), "--jobs", "1", "-q"]) == 0
    assert (tmp_path / "plans" / "out" / "live-streaming-ks1").is_dir()
    assert (tmp_path / "plans" / "out" / "manifest.json").is_file()


def _run_with_deadline(code: str, seconds: int = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=seconds, check=False)


def test_a_failing_pack_stops_a_pool_with_big_results_in_flight(tmp_path: Path) -> None:
    # Workers hold results bigger than a pipe's buffer when one pack fails: the run must
    # still end (it once waited for ever for workers that could not leave).
    result = _run_with_deadline(f"""
from dataclasses import replace
from pathlib import Path
from lessonpack.build.batch import plan_batch, read_manifest
from lessonpack.build.parallel import State, run_jobs
plan = plan_batch(read_manifest(Path("examples/packs.yml")), out=Path({str(tmp_path)!r}))
jobs = list(plan.jobs)
jobs[3] = replace(jobs[3], item_id="no-such-item")
try:
    run_jobs(jobs, State(plan.index, plan.looks, True, ()), workers=2)
except KeyError as exc:
    print("raised", exc)
""")
    assert "raised 'no-such-item'" in result.stdout, result.stderr


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_a_stop_signal_to_the_parent_alone_ends_the_run(tmp_path: Path) -> None:
    import signal

    parent = held(["batch", "examples/packs.yml", "--out", str(tmp_path), "--jobs", "2",
                   "--force", "-q"])  # once a worker is in the middle of writing a file
    parent.send_signal(signal.SIGTERM)  # to the parent alone, as `kill PID` sends it
    let_go(parent)  # the worker finishes the pack it is writing and takes no other
    try:
        _out, err = parent.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(parent.pid, signal.SIGKILL)
        raise
    assert parent.returncode == 130, err
    assert err.decode().splitlines()[-1].startswith("interrupted: files already written")
    assert not list(tmp_path.rglob("*.part"))
    written = sorted(tmp_path.rglob("*.pptx")) + sorted(tmp_path.rglob("*.docx"))
    assert 0 < len(written) < 64  # stopped mid-run, nothing half-written
    for path in written:
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None


def test_batch_pdfs_when_libreoffice_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import lessonpack.build.batch_pdf
    import lessonpack.build.run
    from lessonpack.errors import UserError, problem_at

    def fails(_sources: object, **_where: object) -> None:
        raise UserError(problem_at("soffice", "LP181", "LibreOffice could not convert it"))

    monkeypatch.setattr(lessonpack.build.batch_pdf, "make_pdfs", fails)
    monkeypatch.setattr(lessonpack.build.run, "find_soffice", lambda: "soffice")
    manifest = _write(tmp_path, PDF_MANIFEST)
    assert main(["batch", str(manifest), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "error[LP181]" in err and "the run manifest was not written" in err
    assert "lessonpack-build-" not in err  # nothing reported from the scratch folder
    assert not (tmp_path / "out" / "pdf-only").exists()


def test_a_pdf_that_fails_is_its_own_packs_problem(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice failing on one file is a problem of the pack that file belongs to (it was
    pinned on the first pack); failing as a whole is the run's."""
    import lessonpack.build.batch_pdf
    import lessonpack.build.run
    from lessonpack.build.batch import run_batch
    from lessonpack.errors import UserError, problem_at

    failing: list[str] = []

    def fails(sources: list[tuple[Path, str]], **_where: object) -> None:
        wanted = [target for _source, target in sources if target.startswith(failing[0])]
        raise UserError([problem_at(t, "LP181", "LibreOffice could not convert it")
                         for t in wanted] or problem_at("soffice", "LP181", "did not finish"))

    monkeypatch.setattr(lessonpack.build.batch_pdf, "make_pdfs", fails)
    monkeypatch.setattr(lessonpack.build.run, "find_soffice", lambda: "soffice")
    manifest = _write(tmp_path, PDF_MANIFEST)
    failing.append("both/")
    report = run_batch(manifest, force=True)
    by_key = {r.key: r.write.problems for r in report.results}
    assert [p.file for p in by_key["both/live-streaming-parents"]] == [
        f"both/live-streaming-parents/{name}" for name in (
            "live-streaming-parents-facilitator-notes.pdf", "live-streaming-parents-handout.pdf",
            "live-streaming-parents-reference-notes.pdf")]
    assert not by_key["pdf-only/live-streaming-ks1"] and not report.run_problems
    assert report.exit_code == 1 and report.manifest is None
    failing[0] = "nothing-matches"
    report = run_batch(manifest, force=True)
    assert [p.file for p in report.run_problems] == ["soffice"]
    assert not any(r.write.problems for r in report.results)
    assert report.exit_code == 1
