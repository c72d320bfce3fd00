"""Executors: the same per-document steps, run locally (process pool) or elsewhere."""
from storyline.run.local import IngestReport, Pipeline, process_document

__all__ = ["IngestReport", "Pipeline", "process_document"]
