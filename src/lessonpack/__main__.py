"""python -m lessonpack"""

import sys

from lessonpack.cli import main

sys.exit(main())
