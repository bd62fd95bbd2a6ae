"""The release a process runs, as a short name that kept pages and fragments carry in their keys.

The page cache (``cms.page_cache``) and the render cache (``cms.render_cache``) keep HTML in a store that
outlives a process (one Redis for every app server in production). Their keys change with the content, not
with the code: after an upgrade, a server running the new templates, translations or formatting code would
otherwise serve what the old code rendered until the copies expire (up to ``PORTAL_PAGE_CACHE_SECONDS``) or
the next publish. So every such key carries the release: ``PORTAL_RELEASE`` when the operator sets it (a
version or commit), else a digest of the files that shape the HTML (code, templates, compiled catalogues,
static sources and the pinned requirements), which is the same on every server running the same files. During
a rolling restart each release keeps its own copies. The versions the copies are checked against (generation,
per-page versions) are not keyed by release: a bump made by a server of either release is seen by both.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from django.conf import settings

# The files whose content can change what a page shows, and the folders that hold none of them.
SUFFIXES = frozenset({".py", ".html", ".txt", ".mo", ".js", ".css", ".json", ".svg"})
SKIPPED = frozenset({"var", "media", "node_modules", "tests", "bench", "__pycache__"})

_memo: dict[str, str] = {}


def code_digest(root: Path) -> str:
    """12 hex digits over the relative paths and contents of the files under ``root`` that shape the HTML,
    in a fixed order (hidden folders, ``SKIPPED`` ones and other suffixes left out)."""
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIPPED and not name.startswith("."))
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix not in SUFFIXES:
                continue
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def release() -> str:
    """``PORTAL_RELEASE``, else the digest of the checkout (computed once per process, ~20 ms)."""
    named = getattr(settings, "PORTAL_RELEASE", "")
    if named:
        return named
    root = str(settings.BASE_DIR)
    if root not in _memo:
        _memo[root] = code_digest(Path(root))
    return _memo[root]


def forget_release() -> None:
    _memo.clear()
