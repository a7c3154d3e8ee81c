"""Reports over a loaded corpus for authors and trainers (counts, coverage)."""
