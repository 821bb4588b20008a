# ruff: noqa: ASYNC109  -- test helpers take timeout= like the brief that specifies them
"""FakeBotApi: a local Telegram Bot API on 127.0.0.1 for end-to-end tests.

The bot under test talks to it over HTTP exactly as to api.telegram.org (SAFEBOT_BOT_API_URL =
`api.root_url`). Tests play users through `api.user(...)` / `api.group(...)`, read what the bot sent
with `api.sent(chat_id)` / `api.wait_for(...)`, inject faults with `api.fail_next(...)`, and get
Telegram-like 429s when the bot breaks the rate limits.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiohttp import web

from tests.botapi.records import (
    FAULT_KINDS,
    ApiCall,
    Button,
    Fault,
    Limits,
    RateLimiter,
    Revision,
    SentMessage,
    StoredFile,
    TranscriptLine,
    UserMessage,
)
from tests.botapi.textutil import HtmlError, strip_html, utf16_len

log = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456:TEST-token"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
DOWNLOAD_LIMIT = 20 * 1024 * 1024

Params = dict[str, Any]
Handler = Callable[[Params], Awaitable[Any]]


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


class Upload:
    """A file part of a multipart request."""

    def __init__(self, data: bytes, filename: str | None, content_type: str | None) -> None:
        self.data = data
        self.filename = filename
        self.content_type = content_type


class ChatState:
    def __init__(self, chat: dict[str, Any]) -> None:
        self.chat = chat
        self.next_message_id = 1
        self.sent: list[SentMessage] = []
        self.by_id: dict[int, SentMessage] = {}
        self.received: dict[int, dict[str, Any]] = {}  # users' messages, for a reply's reply_to_message
        self.cursor = 0
        self.blocked: str | None = None
        self.migrated_to: int | None = None

    @property
    def id(self) -> int:
        return int(self.chat["id"])

    def new_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


def _structured(value: Any) -> Any:
    """Form fields carry JSON-encoded objects as strings (PTB's json_parameters); JSON bodies do not."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _number(value: Any, default: float = 0) -> float:
    if value is None or value == "":
        return default
    return float(value)


class FakeBotApi:
    """A local Bot API server. `await api.start()` / `await api.stop()`, or `async with FakeBotApi() as api`."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        limits: Limits | None = None,
        enforce_limits: bool = True,
        bot_username: str = "safebot_test_bot",
        bot_name: str = "安全助手",
        download_limit: int = DOWNLOAD_LIMIT,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.limits: Limits | None = (limits or Limits()) if enforce_limits else None
        self.download_limit = download_limit
        self.download_delay = 0.0
        """Seconds each file download takes (a slow phone network, a loaded server)."""
        self.rate_limiter = RateLimiter()
        self.rate_limit_violations = 0
        self.unknown_methods: list[str] = []
        self.calls: list[ApiCall] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.menu_buttons: dict[int | None, Any] = {}
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.files: dict[str, StoredFile] = {}
        self.chats: dict[int, ChatState] = {}
        self.lines: list[TranscriptLine] = []
        self._faults: list[Fault] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._delivered_upto = 0
        self._last_update_id = 0
        self._file_ids = itertools.count(1)
        self._seq = 0
        self._changed = asyncio.Event()
        self._closing = False
        self._poll_generation = 0
        self._last_activity = time.monotonic()
        self._users: dict[int, Any] = {}
        self._groups: dict[int, Any] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._methods: dict[str, Handler] = {
            name.lower(): handler
            for name, handler in {
                "getMe": self._get_me,
                "logOut": self._true,
                "close": self._true,
                "getUpdates": self._get_updates,
                "deleteWebhook": self._delete_webhook,
                "getWebhookInfo": self._get_webhook_info,
                "setMyCommands": self._set_my_commands,
                "deleteMyCommands": self._delete_my_commands,
                "getMyCommands": self._get_my_commands,
                "setChatMenuButton": self._set_chat_menu_button,
                "getChatMenuButton": self._get_chat_menu_button,
                "sendMessage": self._send_message,
                "sendPhoto": self._send_photo,
                "sendDocument": self._send_document,
                "sendMediaGroup": self._send_media_group,
                "sendLocation": self._send_location,
                "sendChatAction": self._send_chat_action,
                "getFile": self._get_file,
                "editMessageText": self._edit_message_text,
                "editMessageCaption": self._edit_message_caption,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "deleteMessage": self._delete_message,
                "answerCallbackQuery": self._answer_callback_query,
                "getChat": self._get_chat,
                "getChatMember": self._get_chat_member,
            }.items()
        }

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> FakeBotApi:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ------------------------------------------------------------------ test-facing API

    def user(
        self,
        user_id: int,
        first_name: str = "张三",
        username: str | None = None,
        *,
        last_name: str | None = None,
        language_code: str = "zh-hans",
    ) -> Any:
        from tests.botapi.users import FakeUser

        if user_id not in self._users:
            self._users[user_id] = FakeUser(self, user_id, first_name, username, last_name, language_code)
        return self._users[user_id]

    def group(self, chat_id: int, title: str = "安全群", *, supergroup: bool | None = None) -> Any:
        from tests.botapi.users import FakeGroup

        if chat_id not in self._groups:
            is_super = supergroup if supergroup is not None else str(chat_id).startswith("-100")
            self._groups[chat_id] = FakeGroup(self, chat_id, title, "supergroup" if is_super else "group")
        return self._groups[chat_id]

    def sent(self, chat_id: int, *, include_deleted: bool = False) -> list[SentMessage]:
        """Messages the bot sent to `chat_id`, oldest first, in their current (edited) state."""
        state = self.chats.get(chat_id)
        if state is None:
            return []
        return [m for m in state.sent if include_deleted or not m.deleted]

    def all_sent(self) -> list[SentMessage]:
        return sorted((m for c in self.chats.values() for m in c.sent), key=lambda m: m.seq)

    def mark(self) -> int:
        """A cursor for `wait_for(..., since=mark)`: only changes after this point count."""
        return self._seq

    async def wait_for(
        self,
        chat_id: int,
        predicate: Callable[[SentMessage], bool] | None = None,
        count: int = 1,
        timeout: float = 10.0,
        *,
        contains: str | None = None,
        since: int | None = None,
    ) -> list[SentMessage]:
        """Wait until `count` messages in `chat_id` matching `predicate` (and containing `contains`)
        were sent or edited after `since` (default: the last user action in that chat).

        Returns all matching messages, oldest first. On timeout raises AssertionError with the
        chat's transcript.
        """
        state = self._chat_state_for(chat_id)
        cursor = state.cursor if since is None else since

        def matching() -> list[SentMessage]:
            return [
                m
                for m in state.sent
                if m.seq > cursor
                and not m.deleted
                and (predicate is None or predicate(m))
                and (contains is None or contains in (m.text or ""))
            ]

        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = matching()
            if len(found) >= count:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count} message(s) in chat {chat_id}"
                    f"{f' containing {contains!r}' if contains else ''}; got {len(found)}.\n"
                    f"{self.transcript(chat_id)}"
                )
            await self._wait_change(remaining)

    async def wait_idle(self, seconds: float = 0.3, timeout: float = 10.0) -> None:
        """Wait until all updates were fetched and the bot made no API call for `seconds`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            quiet = time.monotonic() - self._last_activity
            if self._delivered_upto >= self._last_update_id and quiet >= seconds:
                return
            if loop.time() >= deadline:
                raise AssertionError(f"bot not idle after {timeout}s\n{self.transcript()}")
            await asyncio.sleep(max(0.02, seconds - quiet) if quiet < seconds else 0.05)

    def fail_next(
        self,
        method: str,
        count: int = 1,
        kind: str = "server_error",
        arg: Any = None,
        *,
        chat_id: int | None = None,
        deliver: bool = False,
    ) -> None:
        """Make the next `count` calls of `method` ("*" = any) fail.

        kind / arg: "retry_after" / seconds (default 1); "server_error" / HTTP status (default 500);
        "timeout" / seconds to hang before answering (default 30; set the client timeout lower);
        "drop" / - (connection closed without an answer); "forbidden" / description;
        "bad_request" / description; "migrate" / new chat id. With deliver=True a "timeout" or
        "drop" still performs the call first (the message arrives, the client sees an error).
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {FAULT_KINDS}")
        self._faults.append(Fault(method, kind, count, arg, chat_id, deliver))

    def set_limits(self, limits: Limits | None) -> None:
        """Replace the enforced limits (None disables them) and forget past sends."""
        self.limits = limits
        self.rate_limiter = RateLimiter()

    def block(self, chat_id: int, description: str = "Forbidden: bot was blocked by the user") -> None:
        """Every send to `chat_id` answers 403 from now on."""
        self._chat_state_for(chat_id).blocked = description

    def unblock(self, chat_id: int) -> None:
        self._chat_state_for(chat_id).blocked = None

    async def wait_callback_answer(self, query_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """The bot's answerCallbackQuery for a press: {"text", "show_alert", "url", ...}."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self.callback_answers.get(query_id, {}).get("answered"):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"callback query {query_id} not answered\n{self.transcript()}")
            await self._wait_change(remaining)
        return self.callback_answers[query_id]

    def calls_to(self, method: str) -> list[ApiCall]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def file_bytes(self, file_id: str) -> bytes:
        return self.files[file_id].data

    def forget_files(self, *file_ids: str) -> None:
        """Make these file_ids unusable, as after the bot's token changed or Telegram dropped the
        files: sending by them is refused as an unknown id is ("wrong file identifier/HTTP URL
        specified"), getFile answers "invalid file_id"."""
        for file_id in file_ids:
            self.files.pop(file_id, None)
            self.files.pop(file_id + "-s", None)  # its thumbnail size goes with it

    def my_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        return self.commands.get(self._commands_key(scope, language_code), [])

    def transcript(self, chat_id: int | None = None) -> str:
        from tests.botapi.transcript import render

        return render(self, chat_id)

    # ------------------------------------------------------------------ user side helpers

    def _chat_state_for(self, chat_id: int, chat: dict[str, Any] | None = None) -> ChatState:
        state = self.chats.get(chat_id)
        if state is None:
            state = ChatState(chat or {"id": chat_id, "type": "private" if chat_id > 0 else "group"})
            self.chats[chat_id] = state
        elif chat is not None:
            state.chat = chat
        return state

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, timeout: float) -> None:
        event = self._changed
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass

    def _line(self, chat_id: int, text: str) -> None:
        self.lines.append(TranscriptLine(chat_id, text))

    def push_update(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue one update for getUpdates; returns its update_id."""
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._last_update_id = update_id
        self._last_activity = time.monotonic()
        self._notify()
        return update_id

    def user_message(
        self,
        chat: dict[str, Any],
        sender: dict[str, Any] | None,
        fields: dict[str, Any],
        *,
        deliver: bool = True,
    ) -> UserMessage:
        """Record a message from a user (or a service message) in `chat` and queue its update."""
        state = self._chat_state_for(int(chat["id"]), chat)
        state.cursor = self._next_seq()
        message: dict[str, Any] = {
            "message_id": state.new_message_id(),
            "date": int(time.time()),
            "chat": chat,
        }
        if sender is not None:
            message["from"] = sender
        message.update(fields)
        state.received[message["message_id"]] = message
        update_id = self.push_update("message", message) if deliver else None
        return UserMessage(update_id, state.id, message["message_id"], message, deliver)

    def store_file(
        self,
        data: bytes,
        *,
        kind: str,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        number = next(self._file_ids)
        suffix = {"photo": ".jpg"}.get(kind, "")
        if file_name and "." in file_name:
            suffix = file_name[file_name.rfind(".") :]
        stored = StoredFile(
            file_id=f"{kind.upper()}-{number:05d}-{'x' * 8}",
            file_unique_id=f"U{number:05d}",
            data=data,
            file_path=f"{kind}s/file_{number}{suffix}",
            mime_type=mime_type,
            file_name=file_name,
        )
        if kind == "photo":
            stored.width, stored.height = _image_size(data)
        self.files[stored.file_id] = stored
        return stored

    def photo_sizes(self, stored: StoredFile) -> list[dict[str, Any]]:
        """The PhotoSize list Telegram returns: a thumbnail then the full picture (largest last)."""
        full = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": stored.width,
            "height": stored.height,
            "file_size": stored.size,
        }
        thumb = _thumbnail(stored.data)
        if thumb is None:
            return [full]
        small = self.files.get(stored.file_id + "-s")
        if small is None:
            small = StoredFile(
                stored.file_id + "-s",
                stored.file_unique_id + "s",
                thumb[0],
                stored.file_path.replace(".", "_s.", 1)
                if "." in stored.file_path
                else stored.file_path + "_s",
                "image/jpeg",
                None,
                thumb[1],
                thumb[2],
            )
            self.files[small.file_id] = small
        return [
            {
                "file_id": small.file_id,
                "file_unique_id": small.file_unique_id,
                "width": small.width,
                "height": small.height,
                "file_size": small.size,
            },
            full,
        ]

    def message_json(self, rec: SentMessage) -> dict[str, Any]:
        state = self.chats[rec.chat_id]
        message: dict[str, Any] = {
            "message_id": rec.message_id,
            "date": rec.date,
            "chat": state.chat,
            "from": self.bot_user,
        }
        if rec.edited:
            message["edit_date"] = int(time.time())
        replied = state.received.get(rec.reply_to_message_id or 0)
        if replied is not None:  # as Telegram does, one level deep
            message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        if rec.method == "sendMessage":
            message["text"] = rec.text or ""
        elif rec.text:
            message["caption"] = rec.text
        if rec.photo is not None:
            message["photo"] = self.photo_sizes(rec.photo)
        if rec.document is not None:
            doc = rec.document
            message["document"] = {
                "file_id": doc.file_id,
                "file_unique_id": doc.file_unique_id,
                "file_name": doc.file_name,
                "mime_type": doc.mime_type,
                "file_size": doc.size,
            }
        if rec.location is not None:
            message["location"] = {"latitude": rec.location[0], "longitude": rec.location[1]}
        if rec.media_group_id:
            message["media_group_id"] = rec.media_group_id
        if rec.buttons:
            message["reply_markup"] = {"inline_keyboard": _markup_json(rec.buttons)}
        return message

    # ------------------------------------------------------------------ HTTP plumbing

    async def _read_params(self, request: web.Request) -> Params:
        params: Params = dict(request.query)
        if request.method != "POST" or not request.can_read_body:
            return params
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
            return params
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                params[key] = Upload(value.file.read(), value.filename, value.content_type)
            else:
                params[key] = value
        return params

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        params = await self._read_params(request)
        call = ApiCall(method, {k: v for k, v in params.items() if not isinstance(v, Upload)})
        self.calls.append(call)
        if method.lower() != "getupdates":
            self._last_activity = time.monotonic()
        handler = self._methods.get(method.lower())
        if handler is None:
            self.unknown_methods.append(method)
            call.status, call.description = 404, "Not Found"
            log.warning("fake Bot API: unknown method %s", method)
            return _error(404, "Not Found")
        chat_id = _chat_id_or_none(params.get("chat_id"))
        fault = next((f for f in self._faults if f.matches(method, chat_id)), None)
        try:
            if fault is not None:
                fault.remaining -= 1
                return await self._apply_fault(fault, request, handler, params, call, chat_id)
            if _counts_for_limits(method) and chat_id is not None:
                self._check_chat(chat_id)
                self._check_rate(chat_id, method)
            result = await handler(params)
        except ApiError as error:
            call.status, call.description = error.code, error.description
            if method.lower() != "getupdates":
                target = chat_id if chat_id is not None and chat_id in self.chats else None
                if target is not None:
                    self._line(target, f"!! {method} → {error.code} {error.description}")
            return _error(error.code, error.description, error.parameters)
        finally:
            if method.lower() != "getupdates":
                self._last_activity = time.monotonic()
        return web.json_response({"ok": True, "result": result}, dumps=_dumps)

    def _check_chat(self, chat_id: int) -> None:
        state = self.chats.get(chat_id)
        if state is None:
            raise bad_request("chat not found")
        if state.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": state.migrated_to},
            )
        if state.blocked:
            raise ApiError(403, state.blocked)

    def _check_rate(self, chat_id: int, method: str) -> None:
        if self.limits is None:
            return
        wait = self.rate_limiter.check(self.limits, chat_id, time.monotonic())
        if wait is not None:
            self.rate_limit_violations += 1
            seconds = int(wait)
            raise ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})

    async def _apply_fault(
        self,
        fault: Fault,
        request: web.Request,
        handler: Handler,
        params: Params,
        call: ApiCall,
        chat_id: int | None,
    ) -> web.StreamResponse:
        if chat_id is not None and chat_id in self.chats:
            self._line(chat_id, f"!! {call.method} → injected {fault.kind}")
        if fault.kind in ("timeout", "drop"):
            if fault.deliver:
                try:
                    await handler(params)
                except ApiError:
                    pass
            call.status, call.description = 0, fault.kind
            if fault.kind == "timeout":
                await self._sleep_unless_closing(float(fault.arg or 30))
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)
        raise _fault_error(fault)

    async def _sleep_unless_closing(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not self._closing and loop.time() < deadline:
            await self._wait_change(deadline - loop.time())

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        path = request.match_info["path"]
        if self.download_delay:
            await asyncio.sleep(self.download_delay)
        for stored in self.files.values():
            if stored.file_path == path:
                return web.Response(
                    body=stored.data, content_type=stored.mime_type or "application/octet-stream"
                )
        return _error(404, "Not Found")

    # ------------------------------------------------------------------ methods: bot and updates

    async def _true(self, params: Params) -> bool:
        return True

    async def _get_me(self, params: Params) -> dict[str, Any]:
        return self.bot_user

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        offset = int(_number(params.get("offset")))
        limit = int(_number(params.get("limit"), 100)) or 100
        timeout = _number(params.get("timeout"))
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        # A second concurrent poller makes Telegram end the first one with 409.
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self._updates and not self._closing and loop.time() < deadline:
            await self._wait_change(deadline - loop.time())
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
        batch = self._updates[:limit]
        if batch:
            self._delivered_upto = max(self._delivered_upto, batch[-1]["update_id"])
        return batch

    async def _delete_webhook(self, params: Params) -> bool:
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self._updates.clear()
            self._delivered_upto = self._last_update_id
        return True

    async def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> str:
        scope = _structured(scope) or {"type": "default"}
        return json.dumps([scope, language_code or ""], sort_keys=True, ensure_ascii=False)

    async def _set_my_commands(self, params: Params) -> bool:
        commands = _structured(params.get("commands")) or []
        for command in commands:
            name = command.get("command", "")
            if not (1 <= len(name) <= 32) or name != name.lower() or not name.replace("_", "").isalnum():
                raise bad_request("BOT_COMMAND_INVALID")
            if not (1 <= len(command.get("description", "")) <= 256):
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params.get("scope"), params.get("language_code"))] = commands
        return True

    async def _delete_my_commands(self, params: Params) -> bool:
        self.commands.pop(self._commands_key(params.get("scope"), params.get("language_code")), None)
        return True

    async def _get_my_commands(self, params: Params) -> list[dict[str, Any]]:
        return self.commands.get(self._commands_key(params.get("scope"), params.get("language_code")), [])

    async def _set_chat_menu_button(self, params: Params) -> bool:
        chat_id = _chat_id_or_none(params.get("chat_id"))
        self.menu_buttons[chat_id] = _structured(params.get("menu_button")) or {"type": "default"}
        return True

    async def _get_chat_menu_button(self, params: Params) -> Any:
        chat_id = _chat_id_or_none(params.get("chat_id"))
        return self.menu_buttons.get(chat_id) or self.menu_buttons.get(None) or {"type": "commands"}

    async def _get_chat(self, params: Params) -> dict[str, Any]:
        chat_id = _chat_id_or_none(params.get("chat_id"))
        state = self.chats.get(chat_id) if chat_id is not None else None
        if state is None:
            raise bad_request("chat not found")
        info = dict(state.chat)
        info.setdefault("accent_color_id", 0)
        info.setdefault("max_reaction_count", 11)
        info.setdefault("accepted_gift_types", _gift_types())
        return info

    async def _get_chat_member(self, params: Params) -> dict[str, Any]:
        chat_id = _chat_id_or_none(params.get("chat_id"))
        user_id = int(_number(params.get("user_id")))
        if chat_id is None or chat_id not in self.chats:
            raise bad_request("chat not found")
        if user_id == self.bot_id:
            return {"status": "member", "user": self.bot_user}
        user = self._users.get(user_id)
        if user is None:
            raise bad_request("user not found")
        status = "member"
        group = self._groups.get(chat_id)
        if group is not None:
            status = group.member_status.get(user_id, "member")
        elif chat_id != user_id:
            raise bad_request("user not found")
        member: dict[str, Any] = {"status": status, "user": user.user_json}
        if status == "administrator":
            member.update(_admin_rights())
        elif status == "creator":
            member["is_anonymous"] = False
        return member

    async def _send_chat_action(self, params: Params) -> bool:
        chat_id = self._target_chat(params)
        self.chat_actions.append((chat_id, str(params.get("action"))))
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = str(params.get("callback_query_id"))
        pending = self.callback_answers.get(query_id)
        if pending is None or pending.get("answered"):
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        show_alert = str(params.get("show_alert", "false")).lower() == "true"
        pending.update(answered=True, text=text, show_alert=show_alert, url=params.get("url"))
        if text:
            self._line(int(pending["chat_id"]), f"BOT ◀ ({'弹窗' if show_alert else '提示'}: {text})")
        self._notify()
        return True

    # ------------------------------------------------------------------ methods: sending

    def _target_chat(self, params: Params) -> int:
        chat_id = _chat_id_or_none(params.get("chat_id"))
        if chat_id is None:
            raise bad_request("chat_id is empty" if params.get("chat_id") in (None, "") else "chat not found")
        self._check_chat(chat_id)
        return chat_id

    def _text(self, params: Params, key: str, limit: int, *, required: bool) -> tuple[str | None, str | None]:
        raw = params.get(key)
        if raw is None or raw == "":
            if required:
                raise bad_request("message text is empty")
            return None, None
        raw = str(raw)
        parse_mode = params.get("parse_mode")
        text = raw
        if parse_mode and str(parse_mode).upper() == "HTML":
            try:
                text = strip_html(raw)
            except HtmlError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        if not text.strip() and required:
            raise bad_request("message text is empty")
        if utf16_len(text) > limit:
            raise bad_request("message is too long" if key == "text" else "message caption is too long")
        return text, raw

    def _buttons(self, params: Params) -> list[list[Button]]:
        markup = _structured(params.get("reply_markup"))
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return []
        rows: list[list[Button]] = []
        for row in markup["inline_keyboard"]:
            out: list[Button] = []
            for button in row:
                if "callback_data" in button:
                    data = str(button["callback_data"])
                    if not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                        raise bad_request("BUTTON_DATA_INVALID")
                    out.append((str(button["text"]), data))
                elif "url" in button:
                    out.append((str(button["text"]), str(button["url"])))
                else:
                    out.append((str(button["text"]), ""))
            rows.append(out)
        return rows

    def _record(self, chat_id: int, method: str, params: Params, **fields: Any) -> SentMessage:
        state = self.chats[chat_id]
        reply_to = params.get("reply_to_message_id")
        reply_parameters = _structured(params.get("reply_parameters"))
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
        rec = SentMessage(
            chat_id=chat_id,
            message_id=state.new_message_id(),
            method=method,
            date=int(time.time()),
            parse_mode=params.get("parse_mode"),
            reply_to_message_id=int(reply_to) if reply_to not in (None, "") else None,
            seq=self._next_seq(),
            **fields,
        )
        state.sent.append(rec)
        state.by_id[rec.message_id] = rec
        from tests.botapi.transcript import describe

        self._line(chat_id, f"BOT ◀ {describe(rec)}")
        self._notify()
        return rec

    def _input_file(self, value: Any, params: Params, *, kind: str) -> StoredFile:
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value[len("attach://") :])
        if isinstance(value, Upload):
            mime = value.content_type
            if kind == "photo" and (mime is None or mime == "application/octet-stream"):
                mime = "image/jpeg"
            return self.store_file(value.data, kind=kind, file_name=value.filename, mime_type=mime)
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        raise bad_request("wrong file identifier/HTTP URL specified")

    async def _send_message(self, params: Params) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        text, raw = self._text(params, "text", MAX_TEXT, required=True)
        rec = self._record(
            chat_id, "sendMessage", params, text=text, raw_text=raw, buttons=self._buttons(params)
        )
        return self.message_json(rec)

    async def _send_photo(self, params: Params) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        caption, raw = self._text(params, "caption", MAX_CAPTION, required=False)
        buttons = self._buttons(params)
        photo = self._input_file(params.get("photo"), params, kind="photo")
        rec = self._record(
            chat_id, "sendPhoto", params, text=caption, raw_text=raw, buttons=buttons, photo=photo
        )
        return self.message_json(rec)

    async def _send_document(self, params: Params) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        caption, raw = self._text(params, "caption", MAX_CAPTION, required=False)
        buttons = self._buttons(params)
        document = self._input_file(params.get("document"), params, kind="document")
        rec = self._record(
            chat_id, "sendDocument", params, text=caption, raw_text=raw, buttons=buttons, document=document
        )
        return self.message_json(rec)

    async def _send_location(self, params: Params) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        location = (_number(params.get("latitude")), _number(params.get("longitude")))
        rec = self._record(chat_id, "sendLocation", params, location=location, buttons=self._buttons(params))
        return self.message_json(rec)

    async def _send_media_group(self, params: Params) -> list[dict[str, Any]]:
        chat_id = self._target_chat(params)
        media = _structured(params.get("media"))
        if not isinstance(media, list) or not 2 <= len(media) <= 10:
            raise bad_request("wrong number of media items; must be 2-10")
        group_id = f"G{self._seq + 1:08d}"
        prepared = []
        for item in media:
            kind = item.get("type")
            if kind not in ("photo", "document"):
                raise bad_request(f"unsupported media type {kind}")
            item_params = {**params, "caption": item.get("caption"), "parse_mode": item.get("parse_mode")}
            caption, raw = self._text(item_params, "caption", MAX_CAPTION, required=False)
            stored = self._input_file(item.get("media"), params, kind=kind)
            prepared.append((kind, caption, raw, stored, item_params))
        results = []
        for kind, caption, raw, stored, item_params in prepared:
            rec = self._record(
                chat_id,
                "sendPhoto" if kind == "photo" else "sendDocument",
                item_params,
                text=caption,
                raw_text=raw,
                media_group_id=group_id,
                **{kind: stored},
            )
            results.append(self.message_json(rec))
        return results

    async def _get_file(self, params: Params) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        stored = self.files.get(file_id)
        if stored is None:
            raise bad_request("invalid file_id")
        if stored.size > self.download_limit:
            raise bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": stored.file_path,
        }

    # ------------------------------------------------------------------ methods: editing

    def _edit_target(self, params: Params) -> SentMessage:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the fake Bot API")
        chat_id = self._target_chat(params)
        message_id = int(_number(params.get("message_id")))
        rec = self.chats[chat_id].by_id.get(message_id)
        if rec is None or rec.deleted:
            raise bad_request("message to edit not found")
        return rec

    def _apply_edit(
        self, rec: SentMessage, text: str | None, raw: str | None, buttons: list[list[Button]]
    ) -> Any:
        if text == rec.text and buttons == rec.buttons:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        rec.history.append(Revision(rec.text, rec.buttons))
        rec.text, rec.raw_text, rec.buttons = text, raw, buttons
        rec.seq = self._next_seq()
        from tests.botapi.transcript import describe

        self._line(rec.chat_id, f"BOT ✎ #{rec.message_id} {describe(rec)}")
        self._notify()
        return self.message_json(rec)

    async def _edit_message_text(self, params: Params) -> Any:
        rec = self._edit_target(params)
        if rec.method != "sendMessage":
            raise bad_request("there is no text in the message to edit")
        text, raw = self._text(params, "text", MAX_TEXT, required=True)
        return self._apply_edit(rec, text, raw, self._buttons(params))

    async def _edit_message_caption(self, params: Params) -> Any:
        rec = self._edit_target(params)
        if rec.method == "sendMessage":
            raise bad_request("there is no caption in the message to edit")
        caption, raw = self._text(params, "caption", MAX_CAPTION, required=False)
        return self._apply_edit(rec, caption, raw, self._buttons(params))

    async def _edit_message_reply_markup(self, params: Params) -> Any:
        rec = self._edit_target(params)
        return self._apply_edit(rec, rec.text, rec.raw_text, self._buttons(params))

    async def _delete_message(self, params: Params) -> bool:
        chat_id = self._target_chat(params)
        message_id = int(_number(params.get("message_id")))
        rec = self.chats[chat_id].by_id.get(message_id)
        if rec is None or rec.deleted:
            raise bad_request("message to delete not found")
        rec.deleted = True
        self._line(chat_id, f"BOT ✗ #{message_id} deleted")
        self._notify()
        return True


# ---------------------------------------------------------------------- helpers


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code, dumps=_dumps)


def _fault_error(fault: Fault) -> ApiError:
    if fault.kind == "retry_after":
        seconds = int(fault.arg or 1)
        return ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
    if fault.kind == "server_error":
        status = int(fault.arg or 500)
        return ApiError(
            status, {502: "Bad Gateway", 503: "Service Unavailable"}.get(status, "Internal Server Error")
        )
    if fault.kind == "forbidden":
        return ApiError(403, str(fault.arg or "Forbidden: bot was blocked by the user"))
    if fault.kind == "bad_request":
        description = str(fault.arg or "Bad Request: injected")
        if not description.startswith("Bad Request"):
            description = f"Bad Request: {description}"
        return ApiError(400, description)
    if fault.kind == "migrate":
        return ApiError(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": int(fault.arg)},
        )
    raise ValueError(fault.kind)


def _counts_for_limits(method: str) -> bool:
    name = method.lower()
    if name == "sendchataction":
        return False
    return name.startswith(("send", "edit", "copy", "forward"))


def _chat_id_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _markup_json(buttons: Iterable[list[Button]]) -> list[list[dict[str, str]]]:
    rows = []
    for row in buttons:
        out = []
        for text, data in row:
            if data.startswith(("http://", "https://", "tg://")):
                out.append({"text": text, "url": data})
            else:
                out.append({"text": text, "callback_data": data})
        rows.append(out)
    return rows


def _image_size(data: bytes) -> tuple[int, int]:
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            return int(image.width), int(image.height)
    except Exception:
        return 0, 0


def _thumbnail(data: bytes) -> tuple[bytes, int, int] | None:
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            if max(image.size) <= 90:
                return None
            small = image.convert("RGB")
            small.thumbnail((90, 90))
            out = io.BytesIO()
            small.save(out, format="JPEG")
            return out.getvalue(), small.width, small.height
    except Exception:
        return None


def _admin_rights() -> dict[str, Any]:
    return {
        "can_be_edited": False,
        "is_anonymous": False,
        "can_manage_chat": True,
        "can_delete_messages": True,
        "can_manage_video_chats": True,
        "can_restrict_members": True,
        "can_promote_members": False,
        "can_change_info": True,
        "can_invite_users": True,
        "can_post_stories": False,
        "can_edit_stories": False,
        "can_delete_stories": False,
    }


def _gift_types() -> dict[str, bool]:
    return {
        "unlimited_gifts": False,
        "limited_gifts": False,
        "unique_gifts": False,
        "premium_subscription": False,
        "gifts_from_channels": False,
    }
