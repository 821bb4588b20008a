"""Hazard photos between Telegram and the data directory.

Showing: a stored photo's `file_id` is either a Telegram file_id or, when the EXIF-free copy of an
image sent as a file could not be re-uploaded at intake, the copy's path under the data directory.
Telegram can only resend the former; the latter is uploaded from disk and the file_id it gets is
remembered, so each copy is uploaded once. A file_id Telegram refuses (another bot's, a
document's) falls back to the stored copy too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

from telegram import InputFile, InputMediaPhoto
from telegram import Message as TgMessage
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from handlers.common import services, transaction
from storage import hazards as hz
from storage.models import HazardPhoto
from storage.photos import is_telegram_file_id

log = logging.getLogger(__name__)

MEDIA_GROUP_LIMIT = 10


def local_copy(data_dir: Path, photo: HazardPhoto) -> Path | None:
    """The stored EXIF-free copy of a photo, if it is on disk (never a path outside data_dir)."""
    base = data_dir.resolve()
    for reference in (photo.path, None if is_telegram_file_id(photo.file_id) else photo.file_id):
        if not reference:
            continue
        path = (base / reference).resolve()
        if path.is_relative_to(base) and path.is_file():
            return path
    return None


async def _send(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    photos: Sequence[tuple[HazardPhoto, str]],
    data_dir: Path,
    *,
    reuse_ids: bool,
) -> dict[int, str]:
    """One send_photo or send_media_group; the file_ids of the copies it uploaded, by photo id."""
    chosen: list[tuple[HazardPhoto, str, str | Path]] = []
    for photo, caption in photos:
        if reuse_ids and is_telegram_file_id(photo.file_id):
            chosen.append((photo, caption, photo.file_id))
        elif (local := local_copy(data_dir, photo)) is not None:
            chosen.append((photo, caption, local))
        elif reuse_ids or not is_telegram_file_id(photo.file_id):
            log.warning("hazard photo %s has neither a file_id nor a stored copy", photo.id)
        # else: its file_id was just refused and there is no copy to upload instead
    media: list[tuple[HazardPhoto, str, str | InputFile, bool]] = []
    for photo, caption, source in chosen:
        if isinstance(source, str):
            media.append((photo, caption, source, False))
            continue
        content = await asyncio.to_thread(source.read_bytes)
        # inside an album an upload travels as attach://<name>
        media.append((photo, caption, InputFile(content, filename=source.name, attach=len(chosen) > 1), True))
    if not media:
        return {}
    sent: list[TgMessage]
    if len(media) == 1:
        _, caption, file, _ = media[0]
        sent = [await context.bot.send_photo(chat_id, file, caption=caption)]
    else:
        items = [InputMediaPhoto(file, caption=caption) for _, caption, file, _ in media]
        sent = list(await context.bot.send_media_group(chat_id, items))
    uploaded: dict[int, str] = {}
    for (photo, _, _, was_upload), message in zip(media, sent, strict=False):
        if was_upload and message.photo:
            uploaded[photo.id] = message.photo[-1].file_id
    return uploaded


async def send_hazard_photos(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, photos: Sequence[tuple[HazardPhoto, str]]
) -> None:
    """Show stored hazard photos (with their captions) in one message or album."""
    photos = list(photos)[:MEDIA_GROUP_LIMIT]
    if not photos:
        return
    data_dir = services(context).settings.data_dir
    try:
        uploaded = await _send(context, chat_id, photos, data_dir, reuse_ids=True)
    except BadRequest as exc:
        log.warning("a hazard photo file_id was refused (%s); sending the stored copies", exc.message)
        try:
            uploaded = await _send(context, chat_id, photos, data_dir, reuse_ids=False)
        except BadRequest:
            log.warning("hazard photos could not be shown in chat %s", chat_id, exc_info=True)
            return
    if uploaded:
        async with transaction(context) as session:
            await hz.remember_photo_file_ids(session, uploaded)


def pick_photos(before: list[HazardPhoto], after: list[HazardPhoto]) -> list[HazardPhoto]:
    """At most one album: all when they fit, else the first before-photos and the latest after-photos."""
    limit = MEDIA_GROUP_LIMIT
    if len(before) + len(after) <= limit:
        return [*before, *after]
    keep_after = min(len(after), max(limit - len(before), limit // 2))
    return [*before[: limit - keep_after], *after[len(after) - keep_after :]]
