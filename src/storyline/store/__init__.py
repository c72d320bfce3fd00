"""The store: the only stage that writes."""
from storyline.store.sqlite import DEFAULT_DB, IngestResult, Store, open_store

__all__ = ["DEFAULT_DB", "IngestResult", "Store", "open_store"]
