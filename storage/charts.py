"""PNG charts of the ledger statistics (matplotlib, Agg, no pyplot state).

Chinese labels need a CJK font. We look for one matplotlib knows, then ask fontconfig
(`fc-list :lang=zh`) because matplotlib's font cache may predate the font's installation, and
check that the font really has the glyphs. Without one, the chart uses English labels and leaves
out the Chinese scope name: readable, never boxes. scripts/setup.sh installs fonts-wqy-microhei.
"""

from __future__ import annotations

import functools
import io
import logging
import subprocess
import threading
from dataclasses import dataclass

from storage.stats import LedgerStats

log = logging.getLogger(__name__)

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
)
_PROBE = "隐患销号重大"
_LOCK = threading.Lock()  # matplotlib's rc parameters are process-wide

WIDTH_IN, HEIGHT_IN, DPI = 10.0, 7.5, 100


def _has_glyphs(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
        return all(font.get_char_index(ord(ch)) for ch in _PROBE)
    except Exception:  # unreadable or unsupported font file
        return False


@functools.cache
def cjk_font() -> str | None:
    """A font family name that renders Chinese, or None (logged once)."""
    from matplotlib import font_manager

    manager = font_manager.fontManager

    def known() -> str | None:
        by_name = {f.name: f.fname for f in manager.ttflist}
        for family in PREFERRED_FAMILIES:
            if family in by_name and _has_glyphs(by_name[family]):
                return family
        return None

    found = known()
    if found:
        return found
    try:
        listing = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    fallback: str | None = None
    for line in listing.splitlines():
        path = line.split(":", 1)[0].strip()
        if not path or not _has_glyphs(path):
            continue
        try:
            manager.addfont(path)
        except Exception:  # a font matplotlib cannot load
            continue
        if fallback is None:
            fallback = font_manager.FontProperties(fname=path).get_name()
    found = known() or fallback
    if found is None:
        log.warning(
            "no CJK font found (fc-list :lang=zh is empty): charts use English labels; "
            "install fonts-wqy-microhei or fonts-noto-cjk"
        )
    else:
        log.info("charts use the CJK font %s", found)
    return found


@dataclass(frozen=True)
class _Labels:
    title: str
    volume: str
    reported: str
    closed: str
    major: str
    count: str
    major_title: str
    zero: str
    week: str
    month: str


_ZH = _Labels(
    title="隐患排查治理趋势",
    volume="上报与销号",
    reported="上报",
    closed="销号",
    major="重大隐患未销号",
    count="条数",
    major_title="重大事故隐患动态清零",
    zero="已清零",
    week="周（标注为该周首日）",
    month="月份",
)
_EN = _Labels(
    title="Hazard ledger trend",
    volume="Reported vs closed",
    reported="Reported",
    closed="Closed",
    major="Open major hazards",
    count="Count",
    major_title="Open major hazards (target: zero)",
    zero="zero",
    week="week (first day shown)",
    month="month",
)


def trend_chart(stats: LedgerStats, *, chinese: bool | None = None) -> bytes:
    """One PNG (1000×750): reported vs closed per bucket, and open major hazards at each bucket end.

    `chinese`: None picks Chinese labels when a CJK font is found; False forces the fallback.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    family = cjk_font() if chinese is not False else None
    labels = _ZH if family else _EN
    period = stats.period
    if family:
        heading = f"{labels.title} · {stats.scope} · {period.label}"
    else:
        heading = f"{labels.title} · {period.start} – {period.last_day}"
    series = stats.series
    names = [s.label for s in series]
    positions = list(range(len(series)))
    import matplotlib

    fonts = [family, "DejaVu Sans"] if family else ["DejaVu Sans"]
    with _LOCK, matplotlib.rc_context({"font.family": fonts, "axes.unicode_minus": False}):
        figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
        FigureCanvasAgg(figure)
        figure.suptitle(heading, fontsize=15)
        volume, major = figure.subplots(2, 1, sharex=True)
        width = 0.38
        reported = volume.bar(
            [x - width / 2 for x in positions], [s.reported for s in series], width, label=labels.reported
        )
        closed = volume.bar(
            [x + width / 2 for x in positions], [s.closed for s in series], width, label=labels.closed
        )
        volume.bar_label(reported, fontsize=8)
        volume.bar_label(closed, fontsize=8)
        volume.set_title(labels.volume, fontsize=12)
        volume.set_ylabel(labels.count)
        volume.legend(loc="upper left")
        volume.yaxis.set_major_locator(MaxNLocator(integer=True))
        volume.grid(axis="y", alpha=0.3)
        values = [s.open_major for s in series]
        major.plot(positions, values, marker="o", color="#C00000", label=labels.major)
        major.fill_between(positions, values, color="#C00000", alpha=0.08)
        for x, value in zip(positions, values, strict=True):
            major.annotate(str(value), (x, value), textcoords="offset points", xytext=(0, 6), ha="center")
        major.set_title(labels.major_title, fontsize=12)
        major.set_ylabel(labels.count)
        major.set_ylim(bottom=0, top=max([*values, 1]) * 1.25)
        major.yaxis.set_major_locator(MaxNLocator(integer=True))
        major.grid(axis="y", alpha=0.3)
        if values and values[-1] == 0:
            major.text(0.99, 0.9, labels.zero, transform=major.transAxes, ha="right", color="#2E7D32")
        major.set_xticks(positions, names, rotation=45 if len(names) > 8 else 0)
        major.set_xlabel(labels.week if period.granularity == "week" else labels.month)
        if not series:
            major.set_xticks([])
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png")
    return out.getvalue()


__all__ = ["cjk_font", "trend_chart"]
