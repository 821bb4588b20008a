"""Hazard photos between Telegram and the data directory: intake and display.

Intake (before-photos of a report, after-photos of a rectification): the largest size of a photo,
or an image sent as a file, is size-checked, downloaded, stripped of its metadata and stored. An
image sent as a file keeps its original bytes, EXIF included (GPS, the phone's identity: a
whistle-blower's risk), at Telegram, so its file_id must never be shown to anyone: our stripped
copy is sent back to the sender once and that copy's file_id is kept instead.

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
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from handlers.common import services, transaction
from storage import hazards as hz
from storage.models import HazardPhoto
from storage.photos import MAX_PHOTO_BYTES, PhotoError, PhotoInput, is_telegram_file_id, store_photo

log = logging.getLogger(__name__)

MEDIA_GROUP_LIMIT = 10

TOO_BIG = "图片超过 20 MB，机器人无法下载。请压缩后重新发送，或直接以“照片”方式发送。"
NOT_IMAGE = "这不是图片文件，无法作为隐患照片。请发送照片（JPG/PNG）。"
NOT_A_PHOTO = "请发送照片。"
DOWNLOAD_FAILED = "照片下载失败，请重新发送。"
STRIPPED_ECHO = "已收到图片文件，已去除其中的位置等隐私信息。"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif")


# ---------------------------------------------------------------- intake


async def receive_photo(message: TgMessage, context: ContextTypes.DEFAULT_TYPE) -> PhotoInput:
    """A photo or an image file from `message`, stored EXIF-free; PhotoError says why not."""
    is_document = False
    if message.photo:
        largest = message.photo[-1]
        file_id, unique_id, size = largest.file_id, largest.file_unique_id, largest.file_size
    elif message.document is not None:
        document = message.document
        mime = (document.mime_type or "").lower()
        name = (document.file_name or "").lower()
        if not (mime.startswith("image/") or name.endswith(IMAGE_SUFFIXES)):
            raise PhotoError(NOT_IMAGE)
        file_id, unique_id, size = document.file_id, document.file_unique_id, document.file_size
        is_document = True
    else:
        raise PhotoError(NOT_A_PHOTO)
    # refuse before getFile: the Bot API cannot hand a bot anything bigger
    if size is not None and size > MAX_PHOTO_BYTES:
        raise PhotoError(TOO_BIG)
    try:
        telegram_file = await context.bot.get_file(file_id)
    except BadRequest as exc:
        raise PhotoError(TOO_BIG if "too big" in str(exc).lower() else DOWNLOAD_FAILED) from exc
    if telegram_file.file_size is not None and telegram_file.file_size > MAX_PHOTO_BYTES:
        raise PhotoError(TOO_BIG)
    try:
        data = bytes(await telegram_file.download_as_bytearray())
    except TelegramError as exc:
        raise PhotoError(DOWNLOAD_FAILED) from exc
    data_dir = services(context).settings.data_dir
    stored = await asyncio.to_thread(store_photo, data_dir, data)
    reference = file_id
    if is_document:
        reference = await _clean_photo_id(context, message.chat.id, data_dir / stored.path) or stored.path
    return PhotoInput(file_id=reference, file_unique_id=unique_id, stored=stored)


async def _clean_photo_id(context: ContextTypes.DEFAULT_TYPE, chat_id: int, path: Path) -> str | None:
    """A Telegram photo file_id for our EXIF-free copy, got by sending it back to the sender once.

    Without it (a failed send) the stored path stands in: the outbox sender and the card upload it.
    """
    try:
        content = await asyncio.to_thread(path.read_bytes)
        sent = await context.bot.send_photo(chat_id, content, caption=STRIPPED_ECHO)
    except (OSError, TelegramError):
        log.warning("could not re-upload a stripped image; the stored copy will be used", exc_info=True)
        return None
    return sent.photo[-1].file_id if sent.photo else None


# ---------------------------------------------------------------- display


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
