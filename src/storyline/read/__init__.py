"""Readers: files and directories to Documents."""
from storyline.read.files import read_paths

__all__ = ["read_paths"]
