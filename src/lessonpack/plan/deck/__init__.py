"""The slide deck of a pupil lesson, planned by part (plan/lesson_deck.py puts them in order)."""
