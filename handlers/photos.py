"""Hazard photos between Telegram and the data directory: intake and display.

Intake (before-photos of a report, after-photos of a rectification): the largest size of a photo,
or an image sent as a file, is size-checked, downloaded, stripped of its metadata and stored. An
image sent as a file keeps its original bytes, EXIF included (GPS, the phone's identity: a
whistle-blower's risk), at Telegram, so its file_id must never be shown to anyone: our stripped
copy is sent back to the sender once and that copy's file_id is kept instead.

Showing: a stored photo's `file_id` is either a Telegram file_id or, when the EXIF-free copy of an
image sent as a file could not be re-uploaded at intake, the copy's path under the data directory.
Telegram can only resend the former; the latter is uploaded from disk and the file_id it gets is
remembered, so each copy is uploaded once. A file_id Telegram refuses (another bot's, one from
before the token changed, an expired file, a document's) falls back to the stored copy too, whose
new file_id is kept; a photo that cannot be shown either way is counted, and the card says so.
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


Source = str | Path  # a Telegram file_id, or a stored copy on disk to upload


def _plans(
    data_dir: Path, photos: Sequence[tuple[HazardPhoto, str]]
) -> list[list[tuple[HazardPhoto, str, Source]]]:
    """The ways to show these photos, in order: by file_id (a photo kept only as a copy is
    uploaded); then by the stored copies, a photo without one by its file_id; then the copies alone."""
    ids: list[tuple[HazardPhoto, str, Source]] = []
    copies_first: list[tuple[HazardPhoto, str, Source]] = []
    copies: list[tuple[HazardPhoto, str, Source]] = []
    for photo, caption in photos:
        file_id = photo.file_id if is_telegram_file_id(photo.file_id) else None
        local = local_copy(data_dir, photo)
        by_id: Source | None = file_id if file_id is not None else local
        by_copy: Source | None = local if local is not None else file_id
        if by_id is None or by_copy is None:
            log.warning("hazard photo %s has neither a file_id nor a stored copy", photo.id)
            continue
        ids.append((photo, caption, by_id))
        copies_first.append((photo, caption, by_copy))
        if local is not None:
            copies.append((photo, caption, local))
    plans: list[list[tuple[HazardPhoto, str, Source]]] = []
    for plan in (ids, copies_first, copies):
        if plan and plan not in plans:
            plans.append(plan)
    return plans


async def _send(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, plan: Sequence[tuple[HazardPhoto, str, Source]]
) -> dict[int, str]:
    """One send_photo or send_media_group; the file_ids of the copies it uploaded, by photo id."""
    media: list[tuple[HazardPhoto, str, str | InputFile, bool]] = []
    for photo, caption, source in plan:
        if isinstance(source, str):
            media.append((photo, caption, source, False))
            continue
        content = await asyncio.to_thread(source.read_bytes)
        # inside an album an upload travels as attach://<name>
        media.append((photo, caption, InputFile(content, filename=source.name, attach=len(plan) > 1), True))
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
) -> int:
    """Show stored hazard photos (with their captions) in one message or album; returns how many
    could not be shown, for the card to say so.

    A file_id Telegram refuses (another bot token, an expired file) is replaced by an upload of
    the stored copy, and the new file_id is kept. Nothing here fails the card: a photo that
    cannot be shown either way is counted, and a Telegram or disk error counts them all.
    """
    photos = list(photos)[:MEDIA_GROUP_LIMIT]
    if not photos:
        return 0
    data_dir = services(context).settings.data_dir
    shown, uploaded = 0, {}
    for plan in _plans(data_dir, photos):
        try:
            uploaded = await _send(context, chat_id, plan)
        except BadRequest as exc:
            log.warning(
                "hazard photos refused in chat %s (%s); trying the stored copies", chat_id, exc.message
            )
            continue
        except (TelegramError, OSError):
            log.warning("hazard photos could not be shown in chat %s", chat_id, exc_info=True)
            break
        shown = len(plan)
        break
    if uploaded:
        async with transaction(context) as session:
            await hz.remember_photo_file_ids(session, uploaded)
    return len(photos) - shown


def pick_photos(before: list[HazardPhoto], after: list[HazardPhoto]) -> list[HazardPhoto]:
    """At most one album: all when they fit, else the first before-photos and the latest after-photos."""
    limit = MEDIA_GROUP_LIMIT
    if len(before) + len(after) <= limit:
        return [*before, *after]
    keep_after = min(len(after), max(limit - len(before), limit // 2))
    return [*before[: limit - keep_after], *after[len(after) - keep_after :]]
