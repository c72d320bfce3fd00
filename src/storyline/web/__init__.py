"""Server-rendered web UI (Jinja2): story list, story timeline, article with highlighted evidence, search."""
