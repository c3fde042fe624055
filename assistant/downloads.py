"""Files the page offers for download, in one temporary folder that goes when the page does."""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path

KEEP = 100


class DownloadFolder:
    """A temporary folder made on the first file written and removed by remove() (the app calls it on shutdown),
    when its owner is collected, or at a normal exit.

    Gradio copies a file it serves into its own cache, so only the newest ``keep`` files are kept here.
    """

    def __init__(self, prefix: str, keep: int = KEEP):
        self.prefix = prefix
        self.keep = keep
        self.path: Path | None = None
        self._remove: weakref.finalize | None = None

    def write(self, name: str, text: str) -> Path:
        """Write ``text`` to a file called ``name`` in the folder and return its path."""
        if self.path is None:
            self.path = Path(tempfile.mkdtemp(prefix=self.prefix))
            self._remove = weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)
        target = self.path / name
        target.write_text(text, encoding="utf-8")
        older = sorted((p for p in self.path.iterdir() if p != target), key=lambda p: p.stat().st_mtime)
        for stale in older[: max(0, len(older) - self.keep + 1)]:
            stale.unlink(missing_ok=True)
        return target

    def remove(self) -> None:
        """Delete the folder and everything in it now."""
        if self._remove is not None:
            self._remove()
