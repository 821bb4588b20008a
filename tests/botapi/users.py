# ruff: noqa: ASYNC109  -- test helpers take timeout= like the brief that specifies them
"""Simulated Telegram users and groups: each action becomes an update the bot fetches with getUpdates."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tests.botapi.records import SentMessage, UserMessage
from tests.botapi.textutil import command_entities, mentions_bot

if TYPE_CHECKING:
    from tests.botapi.server import FakeBotApi

_media_groups = itertools.count(1)
_callback_ids = itertools.count(1)


class FakeGroup:
    """A group (or supergroup) chat. Privacy mode is on, as for a new bot: the bot only gets
    commands, mentions of it, replies to its messages and service messages."""

    def __init__(self, api: FakeBotApi, chat_id: int, title: str, chat_type: str) -> None:
        self.api = api
        self.id = chat_id
        self.title = title
        self.type = chat_type
        self.privacy_mode = True
        self.member_status: dict[int, str] = {}
        """user id -> "creator" / "administrator" / "member" / "left", for getChatMember."""
        api._chat_state_for(chat_id, self.chat_json)

    @property
    def chat_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "title": self.title}

    def replies(self) -> list[SentMessage]:
        return self.api.sent(self.id)

    async def wait_reply(
        self,
        predicate: Callable[[SentMessage], bool] | None = None,
        *,
        contains: str | None = None,
        timeout: float = 10.0,
    ) -> SentMessage:
        return (await self.api.wait_for(self.id, predicate, timeout=timeout, contains=contains))[0]

    def _member_update(self, by: FakeUser, old: str, new: str) -> int:
        api = self.api
        state = api._chat_state_for(self.id, self.chat_json)
        state.cursor = api._next_seq()
        api._line(self.id, f"{by.name} ▶ [机器人 {old} → {new}]")
        return api.push_update(
            "my_chat_member",
            {
                "chat": self.chat_json,
                "from": by.user_json,
                "date": int(time.time()),
                "old_chat_member": {"user": api.bot_user, "status": old},
                "new_chat_member": {"user": api.bot_user, "status": new},
            },
        )

    async def add_bot(self, by: FakeUser, *, as_admin: bool = False) -> int:
        """The bot is added to this group by `by`: a my_chat_member update, then the service message."""
        self.member_status.setdefault(by.id, "creator")
        new_status = "administrator" if as_admin else "member"
        update_id = self._member_update(by, "left", new_status)
        if as_admin:
            update = self.api._updates[-1]["my_chat_member"]
            update["new_chat_member"].update({"can_be_edited": False, **_admin_flags()})
        self.api.unblock(self.id)
        self.api.user_message(self.chat_json, by.user_json, {"new_chat_members": [self.api.bot_user]})
        return update_id

    async def remove_bot(self, by: FakeUser) -> int:
        """The bot is removed: my_chat_member (kicked); later sends answer 403."""
        update_id = self._member_update(by, "member", "kicked")
        update = self.api._updates[-1]["my_chat_member"]
        update["new_chat_member"]["until_date"] = 0
        self.api.block(self.id, "Forbidden: bot was kicked from the group chat")
        return update_id

    async def migrate_to_supergroup(self, new_chat_id: int | None = None, by: FakeUser | None = None) -> int:
        """Upgrade to a supergroup: service messages in both chats; sends to the old id answer 400 with
        parameters.migrate_to_chat_id. Returns the new chat id (this object now represents it)."""
        api = self.api
        old_id = self.id
        new_id = new_chat_id if new_chat_id is not None else int(f"-100{abs(old_id)}")
        sender = by.user_json if by is not None else None
        api.user_message(self.chat_json, sender, {"migrate_to_chat_id": new_id})
        api._chat_state_for(old_id).migrated_to = new_id
        api._line(old_id, f"[群升级为超级群 {new_id}]")
        api._groups.pop(old_id, None)
        self.id, self.type = new_id, "supergroup"
        api._groups[new_id] = self
        api._chat_state_for(new_id, self.chat_json)
        api.user_message(self.chat_json, sender, {"migrate_from_chat_id": old_id})
        return new_id


class FakeUser:
    """A Telegram user; their private chat with the bot has chat id == user id."""

    def __init__(
        self,
        api: FakeBotApi,
        user_id: int,
        first_name: str,
        username: str | None,
        last_name: str | None,
        language_code: str,
    ) -> None:
        self.api = api
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        api._chat_state_for(user_id, self.private_chat)

    @property
    def name(self) -> str:
        return self.first_name + (f" {self.last_name}" if self.last_name else "")

    @property
    def user_json(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        user["language_code"] = self.language_code
        return user

    @property
    def private_chat(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat

    # ------------------------------------------------------------------ reading replies

    def replies(self, *, include_deleted: bool = False) -> list[SentMessage]:
        """Everything the bot sent to this user's private chat, oldest first."""
        return self.api.sent(self.id, include_deleted=include_deleted)

    @property
    def last_reply(self) -> SentMessage:
        replies = self.replies()
        if not replies:
            raise AssertionError(f"the bot sent nothing to {self.name}\n{self.api.transcript(self.id)}")
        return replies[-1]

    async def wait_reply(
        self,
        predicate: Callable[[SentMessage], bool] | None = None,
        *,
        contains: str | None = None,
        timeout: float = 10.0,
        since: int | None = None,
    ) -> SentMessage:
        """The first message sent (or edited) in the private chat after this user's last action
        that matches."""
        found = await self.api.wait_for(self.id, predicate, timeout=timeout, contains=contains, since=since)
        return found[0]

    async def wait_replies(self, count: int, *, timeout: float = 10.0) -> list[SentMessage]:
        return await self.api.wait_for(self.id, count=count, timeout=timeout)

    def block_bot(self) -> None:
        self.api.block(self.id)

    # ------------------------------------------------------------------ sending

    def _chat(self, chat: FakeGroup | None) -> dict[str, Any]:
        return chat.chat_json if chat is not None else self.private_chat

    def _deliver(self, chat: FakeGroup | None, fields: dict[str, Any], line: str) -> UserMessage:
        deliver = True
        if chat is not None and chat.privacy_mode:
            text = str(fields.get("text") or fields.get("caption") or "")
            reply = fields.get("reply_to_message") or {}
            deliver = (
                text.startswith("/")
                or mentions_bot(text, self.api.bot_username)
                or (reply.get("from") or {}).get("id") == self.api.bot_id
            )
        chat_id = chat.id if chat is not None else self.id
        self.api._line(chat_id, f"{self.name} ▶ {line}" + ("" if deliver else "  (隐私模式: 机器人收不到)"))
        return self.api.user_message(self._chat(chat), self.user_json, fields, deliver=deliver)

    def _reply_fields(self, chat: FakeGroup | None, reply_to: SentMessage | int | None) -> dict[str, Any]:
        if reply_to is None:
            return {}
        chat_id = chat.id if chat is not None else self.id
        message_id = reply_to.message_id if isinstance(reply_to, SentMessage) else reply_to
        rec = self.api.chats[chat_id].by_id.get(message_id)
        if rec is not None:
            return {"reply_to_message": self.api.message_json(rec)}
        return {
            "reply_to_message": {"message_id": message_id, "date": int(time.time()), "chat": self._chat(chat)}
        }

    async def send(
        self, text: str, *, chat: FakeGroup | None = None, reply_to: SentMessage | int | None = None
    ) -> UserMessage:
        """A text message; a leading /command (e.g. "/start abc", "/ask@bot x") gets a bot_command entity."""
        fields: dict[str, Any] = {"text": text, **self._reply_fields(chat, reply_to)}
        entities = command_entities(text, self.api.bot_username)
        if entities:
            fields["entities"] = entities
        return self._deliver(chat, fields, text)

    async def send_photo(
        self,
        data: bytes,
        caption: str | None = None,
        *,
        media_group_id: str | None = None,
        chat: FakeGroup | None = None,
    ) -> UserMessage:
        """A photo with real bytes: the bot can getFile and download exactly these bytes."""
        stored = self.api.store_file(data, kind="photo", mime_type="image/jpeg")
        fields: dict[str, Any] = {"photo": self.api.photo_sizes(stored)}
        if caption:
            fields["caption"] = caption
            entities = command_entities(caption, self.api.bot_username)
            if entities:
                fields["caption_entities"] = entities
        if media_group_id:
            fields["media_group_id"] = media_group_id
        album = f" (相册 {media_group_id})" if media_group_id else ""
        return self._deliver(
            chat, fields, f"[照片 {_kb(len(data))}]{album}" + (f" {caption}" if caption else "")
        )

    async def send_album(
        self, photos: list[bytes], caption: str | None = None, *, chat: FakeGroup | None = None
    ) -> list[UserMessage]:
        """An album: one update per photo sharing a media_group_id, the caption on the first."""
        group_id = f"album-{next(_media_groups)}"
        return [
            await self.send_photo(data, caption if index == 0 else None, media_group_id=group_id, chat=chat)
            for index, data in enumerate(photos)
        ]

    async def send_document(
        self,
        data: bytes,
        filename: str,
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
        *,
        chat: FakeGroup | None = None,
    ) -> UserMessage:
        stored = self.api.store_file(data, kind="document", file_name=filename, mime_type=mime_type)
        fields: dict[str, Any] = {
            "document": {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": filename,
                "mime_type": mime_type,
                "file_size": stored.size,
            }
        }
        if caption:
            fields["caption"] = caption
        return self._deliver(
            chat, fields, f"[文件 {filename} {_kb(len(data))}]" + (f" {caption}" if caption else "")
        )

    async def send_location(
        self, latitude: float, longitude: float, *, chat: FakeGroup | None = None
    ) -> UserMessage:
        fields = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._deliver(chat, fields, f"[位置 {latitude:.5f},{longitude:.5f}]")

    async def send_contact(self, phone_number: str, *, chat: FakeGroup | None = None) -> UserMessage:
        """Share one's own contact (as a request_contact keyboard button does)."""
        fields = {
            "contact": {"phone_number": phone_number, "first_name": self.first_name, "user_id": self.id},
        }
        return self._deliver(chat, fields, f"[联系方式 {phone_number}]")

    # ------------------------------------------------------------------ buttons

    async def press(self, message: SentMessage, button_text: str) -> str:
        """Press an inline button of `message` (in its current state) by its text; returns the
        callback query id (see api.callback_answers[id] for the bot's answer)."""
        current = self.api.chats[message.chat_id].by_id[message.message_id]
        if current.deleted:
            raise AssertionError(f"message {message.message_id} was deleted; cannot press {button_text!r}")
        text, data = current.button(button_text)
        if data.startswith(("http://", "https://", "tg://")):
            raise AssertionError(f"button {text!r} is a URL button ({data}), not a callback button")
        return self._callback(current.chat_id, current.message_id, data, f"[点击 {text}]")

    async def press_data(self, message_id: int, data: str, *, chat: FakeGroup | None = None) -> str:
        """Forge a callback query with arbitrary data from a message of the bot."""
        chat_id = chat.id if chat is not None else self.id
        return self._callback(chat_id, message_id, data, f"[伪造回调 {data!r}]")

    def _callback(self, chat_id: int, message_id: int, data: str, line: str) -> str:
        api = self.api
        state = api._chat_state_for(chat_id)
        rec = state.by_id.get(message_id)
        if rec is not None:
            message = api.message_json(rec)
        else:
            message = {"message_id": message_id, "date": 0, "chat": state.chat}  # inaccessible message
        query_id = f"{self.id}-{next(_callback_ids)}"
        api.callback_answers[query_id] = {"answered": False, "chat_id": chat_id, "data": data}
        state.cursor = api._next_seq()
        api._line(chat_id, f"{self.name} ▶ {line}")
        api.push_update(
            "callback_query",
            {
                "id": query_id,
                "from": self.user_json,
                "message": message,
                "chat_instance": str(chat_id * 7919),
                "data": data,
            },
        )
        return query_id


def _kb(size: int) -> str:
    return f"{max(1, round(size / 1024))}KB"


def _admin_flags() -> dict[str, Any]:
    from tests.botapi.server import _admin_rights

    return _admin_rights()
