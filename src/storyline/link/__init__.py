"""Linking: duplicates, stories (same real-world event), threads (chains of stories), timelines."""
