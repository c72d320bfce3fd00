"""FastAPI app: JSON endpoints under /api/ (OpenAPI at /docs) and the web UI, over one store."""
from storyline.api.app import create_app

__all__ = ["create_app"]
