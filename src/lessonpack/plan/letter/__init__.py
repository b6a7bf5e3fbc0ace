"""The letters home of a lesson, planned by part (plan/letter/home.py puts them together)."""
