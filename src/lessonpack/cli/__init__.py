"""The ``lessonpack`` command: one module per command, each a thin door onto lessonpack.api.

app.py holds the group, the exit-code policy (``main``) and the process exit (``run``);
options.py declares the options several commands share, once.
"""

from lessonpack.cli.app import cli, main, run

__all__ = ["cli", "main", "run"]
