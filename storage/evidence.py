"""Evidence of a completed task (/done), platform-free: stored content-addressed in the data directory.

Telegram keeps a file only as long as it likes and a file_id is meaningless elsewhere, so the
evidence an inspector may ask for is kept as our own copy. An image goes through
storage.photos (verified, re-encoded without EXIF: no GPS position, no phone model) into
`photos/`; any other document is kept byte for byte under `evidence/<sha[:2]>/<sha><.ext>`.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from storage.photos import MAX_PHOTO_BYTES, PhotoError, store_photo

MAX_EVIDENCE_BYTES = MAX_PHOTO_BYTES  # the Bot API's getFile limit
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".heic", ".tif", ".tiff")
_SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,10}$")


class EvidenceError(PhotoError):
    """A file that cannot be kept as evidence; str() is a message for the user."""


@dataclass(frozen=True)
class StoredEvidence:
    sha256: str
    path: str  # relative to the data directory, with forward slashes
    size: int


def is_image(*, mime_type: str | None, filename: str | None) -> bool:
    return (mime_type or "").lower().startswith("image/") or (filename or "").lower().endswith(IMAGE_SUFFIXES)


def _suffix(filename: str | None) -> str:
    suffix = PurePosixPath((filename or "").replace("\\", "/")).suffix.lower()
    return suffix if _SAFE_SUFFIX.match(suffix) else ""


def store_evidence(
    data_dir: Path, data: bytes, *, image: bool, filename: str | None = None
) -> StoredEvidence:
    """Keep the bytes (blocking: call from a worker thread). Same content, same file."""
    if len(data) > MAX_EVIDENCE_BYTES:
        raise EvidenceError("文件超过 20 MB，无法接收，请压缩后重新发送。")
    if not data:
        raise EvidenceError("文件是空的，请重新发送。")
    if image:
        photo = store_photo(data_dir, data)  # raises PhotoError for what is not an image
        return StoredEvidence(sha256=photo.sha256, path=photo.path, size=photo.size)
    digest = hashlib.sha256(data).hexdigest()
    relative = f"evidence/{digest[:2]}/{digest}{_suffix(filename)}"
    target = data_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        temporary.replace(target)  # atomic: a reader never sees half a file
    return StoredEvidence(sha256=digest, path=relative, size=len(data))
