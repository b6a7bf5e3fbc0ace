"""The ``lessonpack`` group; each command is a module of its own in this package.

``main`` is the one place where errors become exit codes: 0 ok, 1 user-fixable problems,
2 usage error, 3 internal error, 130 interrupted.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import traceback
from contextvars import ContextVar

import click

from lessonpack.cli.batch import batch
from lessonpack.cli.build import build
from lessonpack.cli.check import check
from lessonpack.cli.listing import list_command
from lessonpack.cli.new import new
from lessonpack.cli.options import err as _err
from lessonpack.cli.preview import preview
from lessonpack.cli.serve import serve
from lessonpack.cli.validate import validate
from lessonpack.errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_USER,
    InternalError,
    UsageError,
    UserError,
)

# --debug as click parsed it, for main() to read when a command fails (the command's context
# is gone by then). A context variable: main() may run in several threads at once.
_DEBUG: ContextVar[bool] = ContextVar("lessonpack_debug", default=False)


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
    _DEBUG.set(debug)


def main(argv: list[str] | None = None) -> int:
    from lessonpack.build.interrupt import EXIT_INTERRUPTED, interrupt_on_stop_signals

    # Builds hear of --debug through their request (BuildRequest.debug), not the process;
    # here it is read as click parsed it (a value "--debug" given to another option is not
    # the flag).
    token = _DEBUG.set(False)
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
        if _DEBUG.get() and exc.__cause__ is not None:
            traceback.print_exception(exc.__cause__)
        for problem in exc.problems:
            _err(str(problem))
        _err(f"{len(exc.problems)} problem(s) found; nothing was written")
        code = exc.exit_code
    except UsageError as exc:
        _err(f"lessonpack: {exc}")
        code = exc.exit_code
    except OSError as exc:
        code = _refused(exc) if exc.errno in _REFUSED else _internal(exc)
    except Exception as exc:
        code = _internal(exc)
    finally:
        _DEBUG.reset(token)
    if isinstance(code, int):
        return code
    return EXIT_OK


def _internal(exc: Exception) -> int:
    """A bug (InternalError included): one line, the traceback on ask."""
    if _DEBUG.get():
        traceback.print_exc()
    what = str(exc) if isinstance(exc, InternalError) else f"{type(exc).__name__}: {exc}"
    _err(f"internal error: {what} (this is a bug in lessonpack, not in your files: please "
         "report it with the command you ran, the files it names and what it prints with "
         "--debug)")
    return EXIT_INTERNAL


# The system refusing a write (a full disk or quota, a read-only or failing disk, a file too
# big): the machine's state, not a bug, so it is one plain line and exit 1. A missing file
# lessonpack itself ships stays an internal error.
_REFUSED = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EFBIG})


def _refused(exc: OSError) -> int:
    if _DEBUG.get():
        traceback.print_exc()
    _err(f"error: cannot write {_where(exc)}: {exc.strerror or exc}")
    return EXIT_USER


def _where(exc: OSError) -> str:
    """The file the system refused, or standard output when what failed was printing the
    answer there (`lessonpack list --json > /dev/full`): click.echo raised it."""
    if exc.filename is not None:
        return str(exc.filename)
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_name == "echo" and tb.tb_frame.f_globals.get("__name__") == "click.utils":
            return "standard output"
        tb = tb.tb_next
    return "the output"


def run() -> None:
    """The ``lessonpack`` command: ``main()``, then straight out of the process.

    By the time main() returns, every file is written and closed and every worker has
    exited. What Python does after that (clearing each module, collecting the objects python-
    pptx and python-docx left) took a fifth of a one-pack build, for nothing; so the command
    flushes its output and leaves with os._exit. ``main()`` itself returns normally, for
    tests and for anyone calling it from Python. os._exit skips ``atexit`` handlers, so where
    something registered them to matter (coverage measuring a subprocess, or
    LESSONPACK_FULL_EXIT=1 set for a plugin's), the command leaves the ordinary way; logging
    is flushed either way.
    """
    code = main()
    if os.environ.get("LESSONPACK_FULL_EXIT") or "coverage" in sys.modules:
        sys.exit(code)
    if (logging := sys.modules.get("logging")) is not None:
        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (| head), say
            stream.flush()
    os._exit(code)


# Commands live one to a module; importing them is cheap (each imports its heavy
# dependencies only when it runs), so ``lessonpack --help`` stays quick.
for _command in (build, batch, check, list_command, new, preview, serve, validate):
    cli.add_command(_command)
