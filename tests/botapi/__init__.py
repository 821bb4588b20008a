"""A local Telegram Bot API for end-to-end tests.

    async with FakeBotApi() as api:                 # 127.0.0.1, random port; api.root_url
        user = api.user(1001, "张三")                # private chat id == user id
        await user.send("/start abc")               # bot_command entity added
        reply = await user.wait_reply(contains="欢迎")
        await user.press(reply, "确认")              # callback_query from the inline keyboard
        api.fail_next("sendMessage", 3, "retry_after", 2)
        print(api.transcript())

See server.FakeBotApi (sent, wait_for, wait_idle, fail_next, block, set_limits, transcript),
users.FakeUser / users.FakeGroup (send, send_photo, send_album, send_document, send_location,
press, press_data, add_bot, remove_bot, migrate_to_supergroup) and records.SentMessage.
"""

from tests.botapi.records import Button, Limits, SentMessage, StoredFile, UserMessage
from tests.botapi.server import DEFAULT_TOKEN, FakeBotApi
from tests.botapi.users import FakeGroup, FakeUser

__all__ = [
    "DEFAULT_TOKEN",
    "Button",
    "FakeBotApi",
    "FakeGroup",
    "FakeUser",
    "Limits",
    "SentMessage",
    "StoredFile",
    "UserMessage",
]
