"""The local Bot API itself, driven by a bare PTB Application and Bot (no safebot code)."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta

import aiohttp
import pytest
from PIL import Image
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputMediaPhoto, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from tests.botapi import FakeBotApi, Limits


def jpeg(width: int = 640, height: int = 480, color: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, format="JPEG")
    return out.getvalue()


def seconds(value: int | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake
    assert not fake.unknown_methods


def make_bot(api: FakeBotApi, read_timeout: float = 5.0) -> Bot:
    return Bot(
        api.token,
        base_url=api.root_url + "/bot",
        base_file_url=api.root_url + "/file/bot",
        request=HTTPXRequest(read_timeout=read_timeout),
    )


@asynccontextmanager
async def running(api: FakeBotApi, setup: Callable[[Application], None]) -> AsyncIterator[Application]:
    app = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(api.root_url + "/bot")
        .base_file_url(api.root_url + "/file/bot")
        .build()
    )
    setup(app)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


async def test_command_reply_with_buttons_and_press(api: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("确认", callback_data="ok"),
                    InlineKeyboardButton("取消", callback_data="no"),
                ]
            ]
        )
        await update.message.reply_text(f"参数：{' '.join(context.args or [])}", reply_markup=keyboard)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("已确认")
        await query.edit_message_text(f"你选了 {query.data}")

    def setup(app: Application) -> None:
        app.add_handler(CommandHandler("start", start))
        app.add_handler(CallbackQueryHandler(pressed))

    async with running(api, setup):
        user = api.user(1001, "张三")
        await user.send("/start 邀请码 abc")
        reply = await user.wait_reply()
        assert reply.text == "参数：邀请码 abc"
        assert reply.buttons == [[("确认", "ok"), ("取消", "no")]]

        query_id = await user.press(reply, "确认")
        edited = await user.wait_reply(contains="你选了")
        assert edited.message_id == reply.message_id
        assert edited.text == "你选了 ok" and edited.buttons == []
        assert edited.history[0].text == "参数：邀请码 abc"
        answer = await api.wait_callback_answer(query_id)
        assert answer["text"] == "已确认"

    transcript = api.transcript()
    assert "张三 ▶ /start 邀请码 abc" in transcript
    assert "BOT ◀ 参数：邀请码 abc [按钮: 确认 | 取消]" in transcript
    assert "张三 ▶ [点击 确认]" in transcript


async def test_photo_roundtrip_and_album(api: FakeBotApi) -> None:
    received: list[str | None] = []

    async def photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        assert message is not None
        received.append(message.media_group_id)
        file = await message.photo[-1].get_file()
        data = bytes(await file.download_as_bytearray())
        await message.reply_photo(data, caption=f"收到 {len(data)} 字节 {message.caption or ''}")

    def setup(app: Application) -> None:
        app.add_handler(MessageHandler(filters.PHOTO, photo))

    picture = jpeg()
    async with running(api, setup):
        user = api.user(1002, "李四")
        await user.send_photo(picture, caption="配电箱门没关")
        reply = await user.wait_reply()
        assert reply.photo_bytes == picture
        assert reply.text == f"收到 {len(picture)} 字节 配电箱门没关"
        api.limits = None  # three replies in a row would be a burst
        await user.send_album([jpeg(color="blue"), jpeg(color="green"), jpeg(color="white")], caption="三张")
        await api.wait_for(user.id, count=3)

    assert len(set(received[1:])) == 1 and received[1] is not None
    assert "[照片 " in api.transcript()


async def test_bot_sends_documents_media_groups_and_edits(api: FakeBotApi) -> None:
    user = api.user(1003, "王五")
    api.limits = None
    async with make_bot(api) as bot:
        doc = await bot.send_document(user.id, b"a,b\n1,2\n", filename="ledger.csv", caption="台账")
        assert doc.document is not None and doc.document.file_name == "ledger.csv"
        file = await bot.get_file(doc.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"a,b\n1,2\n"

        album = await bot.send_media_group(
            user.id, [InputMediaPhoto(jpeg()), InputMediaPhoto(jpeg(color="blue"))]
        )
        assert len(album) == 2 and album[0].media_group_id == album[1].media_group_id
        assert album[1].photo[-1].file_id != album[0].photo[-1].file_id
        # Resending by file_id reuses the stored bytes.
        again = await bot.send_photo(user.id, album[0].photo[-1].file_id)
        assert again.photo[-1].file_unique_id == album[0].photo[-1].file_unique_id

        message = await bot.send_message(user.id, "<b>重大隐患</b> 待整改", parse_mode="HTML")
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text(
                "<b>重大隐患</b> 待整改", user.id, message.message_id, parse_mode="HTML"
            )
        with pytest.raises(BadRequest, match="Can't parse entities"):
            await bot.send_message(user.id, "你好 <张三>", parse_mode="HTML")

    records = user.replies()
    assert [r.kind for r in records] == ["document", "photo", "photo", "photo", "text"]
    assert records[-1].text == "重大隐患 待整改"
    assert records[0].document_bytes == b"a,b\n1,2\n"


async def test_injected_faults_surface_as_ptb_errors(api: FakeBotApi) -> None:
    user = api.user(1004)
    api.limits = None
    async with make_bot(api, read_timeout=0.5) as bot:
        api.fail_next("sendMessage", 1, "retry_after", 7)
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(user.id, "x")
        assert seconds(retry.value.retry_after) == 7

        api.fail_next("sendMessage", 2, "server_error", 502)
        for _ in range(2):
            with pytest.raises(NetworkError):
                await bot.send_message(user.id, "x")

        api.fail_next("sendMessage", 1, "timeout", 2, deliver=True)
        with pytest.raises(TimedOut):
            await bot.send_message(user.id, "可能已送达")
        assert user.replies()[-1].text == "可能已送达"

        api.fail_next("sendMessage", 1, "drop")
        with pytest.raises(NetworkError):
            await bot.send_message(user.id, "x")

        api.fail_next("sendMessage", 1, "migrate", -100123)
        with pytest.raises(ChatMigrated) as migrated:
            await bot.send_message(user.id, "x")
        assert migrated.value.new_chat_id == -100123

        api.fail_next("sendMessage", 1, "bad_request", "chat not found")
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(user.id, "x")

        api.block(user.id)
        with pytest.raises(Forbidden, match="blocked"):
            await bot.send_message(user.id, "x")

        # Next call succeeds again once the faults are used up.
        api.unblock(user.id)
        assert (await bot.send_message(user.id, "好了")).text == "好了"
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(999999, "nobody")
    assert user.replies()[-1].text == "好了"


async def test_rate_limits_answer_429(api: FakeBotApi) -> None:
    user = api.user(1005)
    group = api.group(-2001, "班组群")
    api.limits = Limits(private_burst=1, group_per_minute=3, global_per_second=30)
    async with make_bot(api) as bot:
        await bot.send_message(user.id, "1")
        with pytest.raises(RetryAfter):
            await bot.send_message(user.id, "2")
        assert api.rate_limit_violations == 1
        await asyncio.sleep(1.0)
        await bot.send_message(user.id, "3")  # paced at 1/s: accepted

        for n in range(3):
            await bot.send_message(group.id, str(n))
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(group.id, "too many")
        assert 50 <= seconds(retry.value.retry_after) <= 60
        assert api.rate_limit_violations == 2
        # Chat actions and callback answers do not count.
        for _ in range(5):
            await bot.send_chat_action(group.id, "typing")

    api.set_limits(Limits(global_per_second=5, private_burst=10))
    many = [api.user(3000 + n) for n in range(6)]
    async with make_bot(api) as bot:
        results = await asyncio.gather(
            *(bot.send_message(u.id, "广播") for u in many), return_exceptions=True
        )
    assert sum(isinstance(r, RetryAfter) for r in results) == 1


async def test_get_updates_long_poll_and_offset(api: FakeBotApi) -> None:
    url = f"{api.root_url}/bot{api.token}/getUpdates"
    user = api.user(1006)
    async with aiohttp.ClientSession() as http:
        started = time.monotonic()
        poll = asyncio.create_task(http.post(url, json={"timeout": 5, "offset": 0}))
        await asyncio.sleep(0.2)
        await user.send("你好")
        response = await poll
        body = await response.json()
        assert time.monotonic() - started < 2
        assert [u["message"]["text"] for u in body["result"]] == ["你好"]
        first_id = body["result"][0]["update_id"]

        # Unconfirmed updates come again; an offset past them confirms and drops them.
        again = await (await http.post(url, data={"timeout": "0"})).json()
        assert again["result"][0]["update_id"] == first_id
        empty = await (await http.post(url, data={"offset": str(first_id + 1), "timeout": "0.3"})).json()
        assert empty == {"ok": True, "result": []}

        # A second poller ends the first with 409 Conflict, as Telegram does.
        first = asyncio.create_task(http.post(url, json={"timeout": 3, "offset": first_id + 1}))
        await asyncio.sleep(0.2)
        second = asyncio.create_task(http.post(url, json={"timeout": 0.5, "offset": first_id + 1}))
        assert (await first).status == 409
        assert (await (await second).json())["result"] == []

        unknown = await http.post(f"{api.root_url}/bot{api.token}/sendVoodoo", json={})
        assert unknown.status == 404
        assert await unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        wrong = await http.post(f"{api.root_url}/bot1:wrong/getMe")
        assert wrong.status == 401
    assert api.unknown_methods == ["sendVoodoo"]
    api.unknown_methods.clear()


async def test_groups_privacy_membership_and_migration(api: FakeBotApi) -> None:
    seen: list[str] = []

    async def any_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_chat is not None
        seen.append(f"{update.effective_chat.id}:{update.effective_message.text}")

    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(f"问题：{' '.join(context.args or [])}")

    async def membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change = update.my_chat_member
        assert change is not None
        seen.append(f"member:{change.old_chat_member.status}->{change.new_chat_member.status}")

    async def migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        seen.append(f"migrate:{update.message.migrate_to_chat_id or update.message.migrate_from_chat_id}")

    def setup(app: Application) -> None:
        app.add_handler(ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_handler(CommandHandler("ask", ask))
        app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated))
        app.add_handler(MessageHandler(filters.TEXT, any_message))

    async with running(api, setup):
        boss = api.user(1007, "赵六")
        group = api.group(-3001, "车间群")
        await group.add_bot(by=boss)
        await boss.send("大家好", chat=group)  # privacy mode: the bot never sees it
        await boss.send(f"/ask@{api.bot_username} 灭火器 多久 检查", chat=group)
        reply = await group.wait_reply()
        assert reply.text == "问题：灭火器 多久 检查"
        await boss.send(f"@{api.bot_username} 在吗", chat=group)
        old_id = group.id
        new_id = await group.migrate_to_supergroup()
        await api.wait_idle(0.3)
        await group.remove_bot(by=boss)
        await api.wait_idle(0.3)

    assert seen == [
        "member:left->member",
        f"{old_id}:@{api.bot_username} 在吗",
        f"migrate:{new_id}",
        f"migrate:{old_id}",
        "member:member->kicked",
    ]
    async with make_bot(api) as bot:
        with pytest.raises(ChatMigrated):
            await bot.send_message(old_id, "x")
        with pytest.raises(Forbidden, match="kicked"):
            await bot.send_message(new_id, "x")
    assert "(隐私模式: 机器人收不到)" in api.transcript(old_id)


async def test_commands_menu_and_chat_info(api: FakeBotApi) -> None:
    user = api.user(1008, "钱七", "qianqi")
    async with make_bot(api) as bot:
        assert (await bot.get_me()).username == api.bot_username
        await bot.set_my_commands([("start", "开始"), ("help", "帮助")])
        assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
        assert api.my_commands()[1]["description"] == "帮助"
        with pytest.raises(BadRequest):
            await bot.set_my_commands([("Bad-Command", "x")])
        await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()
        await bot.set_chat_menu_button()
        chat = await bot.get_chat(user.id)
        assert chat.username == "qianqi"
        member = await bot.get_chat_member(user.id, user.id)
        assert member.status == "member"
        location = await bot.send_location(user.id, 31.23, 121.47)
        assert location.location is not None and location.location.latitude == 31.23
        assert await bot.delete_message(user.id, location.message_id)
    assert user.replies() == []
