"""Settings: one typed object read from the environment and .env (prefix SAFEBOT_)."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFEBOT_", env_file=".env", extra="ignore")

    telegram_token: SecretStr | None = Field(default=None, description="bot token from @BotFather")
    bot_api_url: str = Field(
        default="https://api.telegram.org",
        description="root of the Bot API server; /bot<token>/ and /file/bot<token>/ are derived from it",
    )
    data_dir: Path = Field(default=Path("data"), description="photos, exports, the SQLite file")
    database_url: str | None = Field(default=None, description="default: SQLite file in data_dir")
    admin_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, description="Telegram user ids that are admins from their first /start"
    )
    timezone: str = Field(default="Asia/Shanghai", description="the organisation's time zone")
    organisation_name: str = Field(default="本单位", description="name of the root unit created on first run")
    log_level: str = "INFO"

    invite_ttl_hours: int = Field(default=72, description="how long an invite link stays valid")

    # hazard reports (随手拍)
    draft_ttl_hours: float = Field(default=24, description="an unfinished report is dropped after this long")
    album_window_seconds: float = Field(
        default=1.5, description="photos of one album arrive separately; answer once none came for this long"
    )

    # hazard loop: points a reporter earns when their report is verified and closed, per level
    hazard_points_general: int = Field(default=10, description="points for a closed general hazard report")
    hazard_points_major: int = Field(default=50, description="points for a closed major hazard report")

    # outbox sender: Telegram's limits, configurable
    rate_global_per_second: float = 25.0
    rate_private_per_second: float = 1.0
    rate_group_per_minute: float = 20.0
    outbox_batch_size: int = 50
    outbox_poll_seconds: float = 0.5
    outbox_max_attempts: int = 8
    outbox_lease_seconds: int = 120
    outbox_concurrency: int = 16
    outbox_backoff_seconds: float = 2.0  # first retry after a transient error; doubles each time

    # publicity: campaign calendar, weekly safety tip, scheduled broadcasts, delivery reports
    publicity_calendar_path: Path | None = Field(
        default=None,
        description="campaign calendar YAML; default: the shipped bot/data/publicity_calendar.yaml",
    )
    publicity_tick_seconds: float = Field(
        default=30.0,
        description="how often due broadcasts, calendar entries and delivery reports are checked",
    )
    weekly_tip_enabled: bool = Field(default=True, description="broadcast a safety rule to all groups weekly")
    weekly_tip_weekday: int = Field(default=1, ge=1, le=7, description="ISO weekday of the tip: 1 = Monday")
    weekly_tip_time: str = Field(default="09:00", description="local time of the weekly tip, HH:MM")
    publicity_evening: str = Field(
        default="18:00",
        description="a calendar broadcast found due after this local time waits until quiet hours end ('off')",
    )

    # ledger export, statistics and the monthly report (issue 7)
    monthly_report_day: int = Field(
        default=15, ge=1, le=28, description="day of the month safety officers get the draft monthly report"
    )
    monthly_report_time: str = Field(default="09:00", description="local time of the monthly report, HH:MM")
    monthly_report_covers: Literal["current", "previous"] = Field(
        default="current", description="the month the report covers: the current one to date, or the previous"
    )
    export_thumbnail_limit: int = Field(
        default=200,
        ge=0,
        description="embed photo thumbnails in an .xlsx export of at most this many hazards",
    )
    ledger_tick_seconds: float = Field(
        default=300.0, gt=0, description="how often the monthly report is checked"
    )

    # reminders and recurring obligations (issue 5; rules in storage/reminders.py)
    reminder_days_before: str = Field(
        default="3,1,0",
        description="remind a hazard's owner this many days before the deadline (0 = on the day)",
    )
    escalate_after_days: int = Field(
        default=3, ge=0, description="overdue days before safety officers and the principal are told"
    )
    quiet_hours: str = Field(
        default="21:00-08:00", description="local HH:MM-HH:MM with no reminders ('off' to disable)"
    )
    digest_time: str = Field(
        default="08:30", description="local time of the morning digest ('off' to disable)"
    )
    obligations_path: Path | None = Field(
        default=None, description="task calendar YAML; default: the shipped storage/calendar/obligations.yaml"
    )
    sweep_interval_seconds: float = Field(default=60.0, gt=0, description="how often the reminder sweep runs")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        ZoneInfo(value)
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'safebot.db').resolve()}"

    def bot_api_base_urls(self) -> tuple[str, str]:
        """PTB's base URLs (it appends the token): `<root>/bot` and `<root>/file/bot`."""
        root = self.bot_api_url.rstrip("/")
        return f"{root}/bot", f"{root}/file/bot"

    def token_value(self) -> str:
        if self.telegram_token is None or not self.telegram_token.get_secret_value().strip():
            raise MissingTokenError()
        return self.telegram_token.get_secret_value().strip()


class MissingTokenError(RuntimeError):
    def __str__(self) -> str:
        return MISSING_TOKEN_MESSAGE


MISSING_TOKEN_MESSAGE = """\
未设置机器人令牌 SAFEBOT_TELEGRAM_TOKEN。
请在 Telegram 里找 @BotFather，发送 /newbot 创建机器人并复制它给出的令牌，
然后写入项目目录下的 .env 文件（SAFEBOT_TELEGRAM_TOKEN=123456:ABC...）或设为环境变量。

The bot token SAFEBOT_TELEGRAM_TOKEN is not set.
Talk to @BotFather in Telegram, send /newbot, copy the token it gives you, and put it in
.env in the project directory (SAFEBOT_TELEGRAM_TOKEN=123456:ABC...) or in the environment."""


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))
