"""The pupil worksheet (Key Stages 2 to 4), planned by part (plan/worksheet/sheet.py puts them
together)."""
