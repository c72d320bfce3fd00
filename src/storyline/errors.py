"""One exception type per failure kind; messages name the file and the cause."""


class StorylineError(Exception):
    pass


class UnreadableInput(StorylineError):
    """A file (or a record in it) that cannot be read: missing, unknown kind, broken archive."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(StorylineError):
    """The store cannot be opened or written; the failed batch was rolled back."""
