"""Command line: thin click wrappers over lessonpack.api. Heavy imports happen inside commands.

This is the one place where errors become exit codes: 0 ok, 1 user-fixable problems,
2 usage error, 3 internal error.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import traceback
from pathlib import Path

import click

from lessonpack.errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    UserError,
)

AUDIENCES = ["ks1", "ks2", "ks3", "ks4", "parents"]
KEY_STAGES = AUDIENCES[:4]
# Declared once: every command that reads content takes the same folders the same way.
CONTENT_OPTION = click.option(
    "--content", "content_dirs", multiple=True, type=click.Path(path_type=Path),
    help="Extra content folder that adds or overrides lessons (repeatable).")


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lessonpack")
@click.option("--debug", is_flag=True, help="Show a full traceback when something goes wrong.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build ready-to-deliver online-safety lesson packs (PowerPoint + Word).

    \b
    Quick start:
      lessonpack build --key-stage ks2     KS2 pack into out/live-streaming-ks2/
      lessonpack build --all               every audience of the topic
      lessonpack list                      topics, audiences and templates
    """
    ctx.obj = {"debug": debug}


def _audiences(key_stage: tuple[str, ...], audience: tuple[str, ...], age: int | None,
               build_all: bool) -> list:
    from lessonpack.content.model import Audience
    from lessonpack.content.select import audience_for_age

    chosen = [Audience(a) for a in (*key_stage, *audience)]
    if age is not None:
        chosen.append(audience_for_age(age))
    if build_all:
        if chosen:
            raise UsageError("--all builds every audience; leave out --key-stage, "
                             "--audience and --age")
        chosen = list(Audience)
    if not chosen:
        raise UsageError("say which pack to build: --key-stage ks1|ks2|ks3|ks4, "
                         "--audience parents, --age N or --all")
    return list(dict.fromkeys(chosen))


@cli.command()
@click.option("--key-stage", "-k", multiple=True, type=click.Choice(KEY_STAGES,
              case_sensitive=False), help="Key stage to build (repeatable).")
@click.option("--audience", "-a", multiple=True, type=click.Choice(AUDIENCES,
              case_sensitive=False), help="Audience to build, e.g. parents (repeatable).")
@click.option("--age", type=click.IntRange(0, 99), help="Pupils' age; picks the key stage.")
@click.option("--all", "build_all", is_flag=True, help="Build every audience of the topic.")
@click.option("--topic", "-t", default="live-streaming", show_default=True)
@CONTENT_OPTION
@click.option("--brand", "brand_file", type=click.Path(path_type=Path),
              help="Brand file (brand.yml): name, logo, colours, fonts, contacts. "
                   "Make one with: lessonpack new brand")
@click.option("--template", type=click.Path(path_type=Path),
              help="Your own .pptx and/or .docx template, or a folder with them.")
@click.option("--allow-low-contrast", is_flag=True,
              help="Build even if text on the brand colours misses WCAG AA (4.5:1).")
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
@click.option("--verbose", "-v", is_flag=True,
              help="Also say which template layout each kind of slide uses.")
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="Worker processes (default: one per CPU); 1 builds in this process.")
@click.option("--shard", metavar="K/N", help="Build only the K-th of N slices of the packs.")
@click.option("--format", "-f", "formats", multiple=True,
              type=click.Choice(["pptx", "docx", "pdf"], case_sensitive=False),
              help="Which files to write (repeatable; default pptx and docx). pdf converts "
                   "every deck and document with LibreOffice.")
def build(key_stage: tuple[str, ...], audience: tuple[str, ...], age: int | None,
          build_all: bool, topic: str, content_dirs: tuple[Path, ...], brand_file: Path | None,
          template: Path | None, allow_low_contrast: bool, out_dir: Path, force: bool,
          as_json: bool, quiet: bool, verbose: bool, jobs: int | None, shard: str | None,
          formats: tuple[str, ...]) -> int:
    """Build lesson packs: slides, worksheet, lesson plan and letter home."""
    from lessonpack import api
    from lessonpack.parallel import default_workers
    from lessonpack.shard import parse_shard

    audiences = _audiences(key_stage, audience, age, build_all)
    report = api.build(audiences=audiences, topic=topic, content_dirs=content_dirs,
                       out_dir=out_dir, force=force, brand_file=brand_file, template=template,
                       allow_low_contrast=allow_low_contrast, jobs=jobs or default_workers(),
                       shard=parse_shard(shard),
                       formats=tuple(dict.fromkeys(f.lower() for f in formats))
                       or ("pptx", "docx"), every=build_all)
    for warning in report.warnings:
        _err(str(warning))
    if verbose:
        for line in report.layouts:
            _err(f"layout {line}")
    if not quiet:
        for note in report.notes:
            _err(f"note: {note}")
    for _plan, result in report.packs:
        if not quiet:
            for path in result.written:
                _err(f"wrote {os.path.relpath(path)}")
            for path in result.unchanged:
                _err(f"unchanged {os.path.relpath(path)}")
        for problem in result.problems:
            _err(str(problem))
    for problem in report.run_problems:
        _err(str(problem))
    if as_json:
        click.echo(json.dumps({"packs": [
            {"folder": str(out_dir / plan.folder),
             "written": [os.path.relpath(p) for p in result.written],
             "unchanged": [os.path.relpath(p) for p in result.unchanged],
             "kept": [os.path.relpath(p) for p in result.kept]}
            for plan, result in report.packs], "problems": [str(p) for p in report.problems],
            "warnings": [str(w) for w in report.warnings]},
            indent=2))
    if report.problems:
        _err(f"{len(report.problems)} problem(s); existing files were kept")
    elif not quiet:
        folders = ", ".join(str(out_dir / plan.folder) for plan, _ in report.packs)
        _err(f"done: {len(report.packs)} pack(s) in {folders}")
    return report.exit_code


@cli.command(name="list")
@CONTENT_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def list_command(content_dirs: tuple[Path, ...], as_json: bool) -> int:
    """List topics, audiences and templates."""
    from lessonpack import api
    from lessonpack.content.model import AUDIENCE_LABELS
    from lessonpack.kinds.registry import KINDS
    from lessonpack.resources import builtin_templates

    index = api.load(content_dirs)
    topics = {
        topic: sorted(i.item.audience.value for i in items)
        for topic, items in sorted(index.by_topic().items())
    }
    templates = sorted(p.name for p in builtin_templates().iterdir() if p.suffix in
                       {".pptx", ".docx"})
    data = {
        "topics": [{"topic": t, "audiences": a} for t, a in topics.items()],
        "audiences": {a.value: label for a, label in AUDIENCE_LABELS.items()},
        "templates": templates,
        "slide_layouts": [kind.layout.name for kind in KINDS],
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return EXIT_OK
    click.echo("Topics:")
    for t, a in topics.items():
        click.echo(f"  {t}: {', '.join(a)}")
    click.echo("Audiences:")
    for key, label in data["audiences"].items():
        click.echo(f"  {key:8} {label}")
    click.echo("Templates: " + ", ".join(templates))
    click.echo("Slide layouts: " + ", ".join(data["slide_layouts"]))
    return EXIT_OK


@cli.command()
@CONTENT_OPTION
def validate(content_dirs: tuple[Path, ...]) -> int:
    """Check content files without building anything.

    \b
    Beyond the schema and length budgets: reading level per audience, phrases that must never
    be used (content/_rules/never-say.yml), safeguarding notes and signposting, quiz questions,
    and figures written without a {{ fact.* }} reference. Errors exit 1; warnings do not.
    """
    from lessonpack import api

    report = api.validate(content_dirs)
    for problem in report.problems:
        _err(str(problem))
    if report.index is None:  # the lint rules need valid content: the schema comes first
        _err(f"{len(report.problems)} error(s); fix these, then validate again for the "
             "content checks")
        return report.exit_code
    index = report.index
    errors = sum(p.severity == "error" for p in report.problems)
    warnings = len(report.problems) - errors
    if errors:
        _err(f"{errors} error(s), {warnings} warning(s) in {len(index.items)} content item(s)")
    else:
        _err(f"ok: {len(index.items)} content item(s), {len(index.facts.facts)} facts, "
             f"{len(index.facts.helplines)} helplines, {warnings} warning(s)")
    return report.exit_code


@cli.group()
def new() -> None:
    """Start a new file from a commented example (lessonpack new brand)."""


@new.command(name="brand")
@click.argument("folder", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing brand.yml.")
def new_brand(folder: Path, force: bool) -> int:
    """Write a commented brand.yml into FOLDER (default: here) to fill in."""
    from lessonpack.scaffold import write_brand_scaffold

    path = write_brand_scaffold(folder, force=force)
    _err(f"wrote {os.path.relpath(path)}: fill it in, then build with "
         f"lessonpack build --brand {os.path.relpath(path)} -k ks2")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    from lessonpack.interrupt import EXIT_INTERRUPTED, interrupt_on_stop_signals

    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    if debug:
        # Where a trainer's template broke a worker process, only it still knows the traceback
        # (lessonpack.templates.trainers_template prints it).
        os.environ["LESSONPACK_DEBUG"] = "1"
    try:
        with interrupt_on_stop_signals():
            code = cli.main(args=argv, prog_name="lessonpack", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = EXIT_USAGE
    except (click.exceptions.Abort, KeyboardInterrupt):  # click turns Ctrl-C into Abort
        _err("interrupted: files already written are complete; nothing half-written was left")
        code = EXIT_INTERRUPTED
    except UserError as exc:
        if debug and exc.__cause__ is not None:
            traceback.print_exception(exc.__cause__)
        for problem in exc.problems:
            _err(str(problem))
        _err(f"{len(exc.problems)} problem(s) found; nothing was written")
        code = exc.exit_code
    except UsageError as exc:
        _err(f"lessonpack: {exc}")
        code = exc.exit_code
    except Exception as exc:  # a bug (InternalError included): one line, the traceback on ask
        if debug:
            traceback.print_exc()
        _err(f"internal error: {type(exc).__name__}: {exc} (this is a bug in lessonpack; "
             "rerun with --debug for details)")
        code = EXIT_INTERNAL
    if isinstance(code, int):
        return code
    return EXIT_OK


def run() -> None:
    """The ``lessonpack`` command: ``main()``, then straight out of the process.

    By the time main() returns, every file is written and closed and every worker has
    exited. What Python does after that (clearing each module, collecting the objects python-
    pptx and python-docx left) took a fifth of a one-pack build, for nothing; so the command
    flushes its output and leaves with os._exit. ``main()`` itself returns normally, for
    tests and for anyone calling it from Python.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (| head), say
            stream.flush()
    os._exit(code)


from lessonpack.cli_check import check  # noqa: E402

cli.add_command(check)

from lessonpack.cli_preview import preview  # noqa: E402

cli.add_command(preview)

from lessonpack.cli_batch import batch  # noqa: E402

cli.add_command(batch)

from lessonpack.cli_serve import serve  # noqa: E402

cli.add_command(serve)
