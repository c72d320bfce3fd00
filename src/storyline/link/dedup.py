"""Duplicates: the same body (exact fingerprint) or a near-copy of it (MinHash over word 5-shingles).

Syndicated copies, re-publications and the text dump of an HTML page differ at the edges (a credit line,
a caption, a paragraph one extractor kept), so near-copies are judged by containment, the share of the
smaller body's shingles found in the larger one, estimated from the MinHash Jaccard and the two sizes.
Candidates come from LSH bands (datasketch's band layout for the Jaccard that the containment threshold
implies at the largest size ratio we accept), so a new article is compared with a few stored ones only.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.model import content_hash

NUM_PERM = 128
SHINGLE = 5
CONTAINMENT = 0.4  # text dump vs HTML of one page: 98.9% of 181 pairs judged same, 0 false (benchmarks/textdump.py)
MAX_SIZE_RATIO = 6.0  # a body more than 6x longer than the other is not a copy of it
_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w+")


def body_fingerprint(text: str) -> str:
    """Hash of the normalised body: copies that differ only in case, spacing or punctuation share it."""
    return content_hash(_NON_WORD.sub(" ", text.lower()).strip())


def shingles(text: str) -> set[bytes]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))}


def signature(text: str) -> tuple[np.ndarray, int]:
    """MinHash values of the body's shingles, and the number of shingles."""
    grams = shingles(text)
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch(list(grams))
    return m.hashvalues.astype(np.uint64), len(grams)


def containment(a: tuple[np.ndarray, int], b: tuple[np.ndarray, int]) -> float:
    """Estimated share of the smaller set's shingles that the larger one holds."""
    (ha, na), (hb, nb) = a, b
    if not na or not nb or max(na, nb) > MAX_SIZE_RATIO * min(na, nb):
        return 0.0
    jaccard = float(np.mean(ha == hb))
    return min(1.0, jaccard * (na + nb) / ((1 + jaccard) * min(na, nb)))


@lru_cache(maxsize=1)
def _bands() -> tuple[int, int]:
    # the smallest Jaccard two bodies can have at CONTAINMENT with sizes MAX_SIZE_RATIO apart
    lowest = CONTAINMENT / (MAX_SIZE_RATIO + 1 - CONTAINMENT)
    lsh = MinHashLSH(threshold=max(lowest, 0.1), num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(hashvalues: np.ndarray) -> list[tuple[int, bytes]]:
    """LSH keys: two signatures that share one are candidates."""
    b, r = _bands()
    return [(i, content_hash(hashvalues[i * r:(i + 1) * r].tobytes()).encode()) for i in range(b)]
