"""Photo intake, platform-free: verify, strip metadata, store content-addressed.

EXIF can carry GPS coordinates and the phone's identity, a risk for a whistle-blower, so every
photo is re-encoded from its pixels only before it touches the disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

# The Bot API's getFile limit: nothing bigger can be downloaded by a bot.
MAX_PHOTO_BYTES = 20 * 1024 * 1024
# Decompression-bomb guard: 100 megapixels is far above any phone camera.
MAX_PIXELS = 100_000_000


# Telegram's file_ids are URL-safe base64; our stored copies are paths like photos/ab/<sha>.jpg.
_FILE_ID = re.compile(r"^[A-Za-z0-9_-]+$")


def is_telegram_file_id(reference: str | None) -> bool:
    """True for something Telegram can resend by id, False for a path under the data directory."""
    return bool(reference) and _FILE_ID.match(reference or "") is not None


class PhotoError(ValueError):
    """A file that cannot be accepted as a hazard photo; str() is a message for the user."""


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    path: str  # relative to the data directory, with forward slashes
    size: int
    width: int
    height: int


@dataclass(frozen=True)
class PhotoInput:
    """A photo ready to be attached to a hazard: Telegram's ids plus the stored copy (if any)."""

    file_id: str
    file_unique_id: str
    stored: StoredPhoto | None = None


def clean_image(data: bytes) -> tuple[bytes, int, int]:
    """Check the bytes are an image and re-encode them as JPEG without any metadata."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError("图片超过 20 MB，无法接收，请压缩后重新发送。")
    if not data:
        raise PhotoError("文件是空的，请重新发送图片。")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise PhotoError("图片尺寸过大，无法接收。")
            # honour the orientation tag before it is dropped with the rest of the EXIF
            upright = ImageOps.exif_transpose(image)
            rgb = upright.convert("RGB")
    except PhotoError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoError("这不是可识别的图片文件，请发送照片（JPG/PNG）。") from exc
    out = io.BytesIO()
    # a fresh image object carries no info dict: no EXIF, no XMP, no ICC, no comments
    clean = Image.new("RGB", rgb.size)
    clean.paste(rgb)
    clean.save(out, format="JPEG", quality=88, optimize=True)
    return out.getvalue(), clean.width, clean.height


def store_photo(data_dir: Path, data: bytes) -> StoredPhoto:
    """Verify, strip and store under data_dir/photos/<sha[:2]>/<sha>.jpg (idempotent)."""
    cleaned, width, height = clean_image(data)
    digest = hashlib.sha256(cleaned).hexdigest()
    relative = f"photos/{digest[:2]}/{digest}.jpg"
    target = data_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(cleaned)
        temporary.replace(target)  # atomic: a reader never sees half a file
    return StoredPhoto(sha256=digest, path=relative, size=len(cleaned), width=width, height=height)


def prepare_photo(data_dir: Path, *, file_id: str, file_unique_id: str, data: bytes | None) -> PhotoInput:
    """Store the bytes (when downloaded) and return what a domain operation needs."""
    stored = store_photo(data_dir, data) if data is not None else None
    return PhotoInput(file_id=file_id, file_unique_id=file_unique_id, stored=stored)
