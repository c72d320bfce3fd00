"""Parquet export (pyarrow): the same flat rows as the CSV export, typed columns."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def write_parquet(rows: Iterator[dict], columns: list[str], path: Path) -> int:
    data = list(rows)
    table = pa.Table.from_pylist(data, schema=None) if data else pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table.select(columns) if data else table, path)
    return len(data)


def read_parquet(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()
