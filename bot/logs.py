"""Logging set-up: the bot token never reaches a log line."""

from __future__ import annotations

import logging
import re

from bot.config import Settings

TOKEN_PATTERN = re.compile(r"bot\d+:[A-Za-z0-9_-]+")


class RedactTokenFilter(logging.Filter):
    """Replaces `bot<id>:<secret>` (as in Bot API URLs) with a placeholder."""

    def __init__(self, secret: str | None = None) -> None:
        super().__init__()
        self._secret = secret

    def redact(self, text: str) -> str:
        text = TOKEN_PATTERN.sub("bot<redacted>", text)
        if self._secret:
            text = text.replace(self._secret, "<redacted>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


def configure_logging(settings: Settings) -> None:
    secret = settings.telegram_token.get_secret_value() if settings.telegram_token else None
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokenFilter(secret))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    # httpx logs every request URL at INFO, and the URL carries the token.
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
