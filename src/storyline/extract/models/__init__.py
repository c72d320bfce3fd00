"""Small learned models shipped with the package (JSON weights written by scripts/train_*.py)."""
