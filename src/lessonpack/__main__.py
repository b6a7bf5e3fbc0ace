"""python -m lessonpack"""

from lessonpack.cli import run

run()
