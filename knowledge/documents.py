"""Reading documents and splitting them along the outline of Chinese official documents.

A document becomes a header passage (issuer, 文号, title, recipients, dates, contacts), an
optional preamble passage, and one passage per outline item (第一部分 / 第一章 / 第一条, 一、 /
（一） / 1. / （1）, 2 / 2.1 / 2.1.1, 附件N), each carrying its breadcrumb (document title, 文号, section path). Hard
line wraps are joined back into paragraphs; bookmarks and Markdown markup are dropped.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from knowledge.docx_numbering import Numbering
from knowledge.normalize import TRAD_TO_SIMP, chinese_numeral_value, to_half_width

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")

HEADER_SECTION = "文件头"
PREAMBLE_SECTION = "前言"
MAX_PASSAGE_CHARS = 700
PARSER_VERSION = 32  # bump when the same file would be split into other passages


class UnsupportedDocumentError(ValueError):
    """The file type is not one we can read, or it holds no text."""


@dataclass(frozen=True)
class ParsedPassage:
    ordinal: int
    section: tuple[str, ...]
    text: str
    kind: str = "body"  # header | preamble | body

    @property
    def section_label(self) -> str:
        return " > ".join(self.section)


@dataclass
class ParsedDocument:
    name: str  # the key a re-ingest replaces: the file name
    title: str
    doc_number: str | None
    issuer: str | None
    issued_on: str | None
    content_hash: str
    passages: list[ParsedPassage] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return f"《{self.title}》" + (f"（{self.doc_number}）" if self.doc_number else "")


# --- reading -----------------------------------------------------------------------------------


_SAVE_AS_DOCX = (".doc", ".wps", ".rtf", ".odt")  # word processors save these as .docx on request


def unsupported_type_reason(suffix: str) -> str:
    """Why a file of this type is refused, worded for the person who sent it."""
    suffix = suffix.lower()
    if suffix in _SAVE_AS_DOCX:
        return f"{suffix} 格式读不了，请在 Word 或 WPS 里“另存为” .docx 后再发送"
    kind = f" {suffix} 文件" if suffix else "没有扩展名的文件"
    return f"暂不支持{kind}，请发送 .txt、.md、.docx 或带文字层的 .pdf 文件"


def read_text(path: Path) -> str:
    """The plain text of a supported file; UnsupportedDocumentError says in Chinese why not."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        return decode_bytes(path.read_bytes())
    if suffix not in (".docx", ".pdf"):
        raise UnsupportedDocumentError(unsupported_type_reason(suffix))
    try:
        return docx_text(path.read_bytes()) if suffix == ".docx" else pdf_text(path.read_bytes())
    except UnsupportedDocumentError:
        raise
    except Exception as exc:  # a damaged or renamed file: zipfile, lxml and pypdf each raise their own
        raise UnsupportedDocumentError(
            f"文件已损坏，或者不是真正的 {suffix} 文件（可能只是改了扩展名），打不开"
        ) from exc


def decode_bytes(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def docx_text(data: bytes) -> str:
    import docx  # python-docx; imported lazily, start-up does not need it

    document = docx.Document(io.BytesIO(data))
    numbering = Numbering.of(document)
    heading_levels = _heading_styles(document)
    lines: list[str] = []

    def walk(parent: Any) -> None:
        # Paragraphs and tables in document order; a content control (w:sdt: a template's title
        # or date field, a whole section) holds them one level down.
        for child in parent.iterchildren():
            tag = _local_name(child)
            if tag == "p":
                text = _paragraph_text(child)
                label = numbering.label(child)
                if label and text.strip():
                    # Word draws 第一条 / （一） / 1. from its list numbering; the text lacks them.
                    text = f"{label} {text}" if label[-1].isalnum() else f"{label}{text}"
                level = _heading_level(child, heading_levels)
                if level is not None and _reads_as_heading(text.strip()):
                    # A heading styled in Word (标题 1, Heading 2) is the outline even without a number
                    # (操作前 / 操作中): marked as Markdown marks it, it is read as Markdown's are.
                    text = "#" * (level + 1) + " " + text.strip()
                lines.append(text)
            elif tag == "tbl":
                if lines and lines[-1].strip():
                    lines[-1] = _as_caption(lines[-1])
                lines.extend(_table_lines(child))
            elif tag in ("sdt", "sdtContent"):
                walk(child)

    walk(document.element.body)
    return "\n".join(lines)


def _heading_styles(document: Any) -> dict[str, int]:
    """Paragraph style id → outline level (0 for 标题 1 / Heading 1 …), for Word's heading styles and
    the styles based on them or given an outline level of their own."""
    by_id = {}
    for style in document.styles.element.iterchildren():
        if _local_name(style) == "style" and style.get(f"{_W}type") == "paragraph":
            by_id[style.get(f"{_W}styleId")] = style

    def level_of(style_id: str, depth: int = 0) -> int | None:
        style = by_id.get(style_id)
        if style is None or depth > 10:
            return None
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if outline is not None:
            return _outline_level(outline)
        name = style.find(f"{_W}name")
        found = _HEADING_STYLE.match(name.get(f"{_W}val", "") if name is not None else "")
        if found:
            return int(found.group(1)) - 1
        based = style.find(f"{_W}basedOn")
        return level_of(based.get(f"{_W}val"), depth + 1) if based is not None else None

    return {style_id: level for style_id in by_id if (level := level_of(style_id)) is not None}


_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-6])$", re.IGNORECASE)
WORD_HEADING_CHARS = 40
WORD_HEADING_LEVELS = 6  # the levels Markdown marks (# … ######); deeper ones are body text


def _outline_level(node: Any) -> int | None:
    """A w:outlineLvl's level, 0–8; 9 (body text) or a value Word would not write is none."""
    value = node.get(f"{_W}val", "")
    return int(value) if value.isdigit() and int(value) < 9 else None


def _reads_as_heading(text: str) -> bool:
    """A paragraph in a heading style that reads as one: short, one line, no sentence in it (some
    templates style whole rules as 标题 3 to number them; those stay rules)."""
    return 0 < len(text) <= WORD_HEADING_CHARS and "\n" not in text and not re.search(r"[。；;]", text)


def _heading_level(paragraph: Any, heading_levels: dict[str, int]) -> int | None:
    """A paragraph's outline level: its own (w:outlineLvl), else its style's."""
    own = paragraph.find(f"{_W}pPr/{_W}outlineLvl")
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    if own is not None:
        level = _outline_level(own)
    else:
        level = heading_levels.get(style.get(f"{_W}val")) if style is not None else None
    return level if level is not None and level < WORD_HEADING_LEVELS else None


def _local_name(node: Any) -> str:
    """An XML element's tag without its namespace (w:p → p); "" for a comment or processing instruction."""
    return node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


def _paragraph_text(paragraph: Any) -> str:
    """A paragraph's text with its tabs, and its line breaks (Shift+Enter) as new lines. A drawing
    saved twice (mc:Choice and its mc:Fallback copy for old Word) is read once."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node.iterchildren():
            tag = _local_name(child)
            if tag in ("Fallback", "del", "moveFrom") or (tag == "r" and _struck_through(child)):
                # (a tracked deletion, the old place of moved text and struck-through text are not
                # the rule)
                continue
            if tag == "t":
                parts.append(child.text or "")
            elif tag == "tab" and node.tag.endswith("}r"):
                parts.append("\t")
            elif tag in ("br", "cr") and child.get(f"{_W}type") != "page":
                parts.append("\n")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _struck_through(run: Any) -> bool:
    properties = run.find(f"{_W}rPr")
    if properties is None:
        return False
    for name in ("strike", "dstrike"):
        mark = properties.find(f"{_W}{name}")
        if mark is not None and mark.get(f"{_W}val", "true") not in ("0", "false", "off"):
            return True
    return False


def _as_caption(line: str) -> str:
    """The line above a table (表1 …) introduces its rows: end it with "：" unless it ends a
    sentence already."""
    line = line.rstrip()
    if line.endswith((*TERMINAL, "：", ":")) or re.match(r"^\s*附\s*[件表]", line):
        return line  # (an annex's title line stays the heading it is)
    return line + "："


def _caption_above(lines: list[str], row: int) -> None:
    """Make the nearest line with text above a table's first `row` its caption (see _as_caption)."""
    caption = next((k for k in range(row - 1, -1, -1) if lines[k].strip() and clean_line(lines[k])), None)
    if caption is not None:
        lines[caption] = _as_caption(lines[caption])


def _is_parenthetical(line: str) -> bool:
    """A line wholly in brackets: （此件公开发布）, (2024年修订)."""
    return re.fullmatch(r"[（(].*[）)]", line) is not None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs and line breaks as one line, its parts set off by "；" (1.每班清扫 / 2.每周检查
    → 1.每班清扫；2.每周检查); a text box in it read once."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node.iterchildren():
            tag = _local_name(child)
            if tag == "p":
                parts.extend(_paragraph_text(child).split("\n"))
            elif tag in ("sdt", "sdtContent", "tbl", "tr", "tc"):
                walk(child)

    walk(cell)
    text = ""
    for part in (p.replace("\t", " ").strip() for p in parts):
        if part:
            text += part if not text or text.endswith(("。", "；", "，", "：", ";", ",")) else "；" + part
    return text


def _cell_texts(row: Any, above: list[str | None]) -> list[str | None]:
    """A row's cells on the table's grid. A cell merged down from the row above (vMerge) repeats
    its text, so every row reads whole (类别：动火作业 on each row under a merged 类别 cell); the
    columns a cell is merged across (gridSpan) after its first are None."""
    cells: list[str | None] = []
    for cell in row.iterchildren(f"{_W}tc"):
        text = _cell_text(cell)
        props = cell.find(f"{_W}tcPr")
        span = props.find(f"{_W}gridSpan") if props is not None else None
        merged = props.find(f"{_W}vMerge") if props is not None else None
        if merged is not None and merged.get(f"{_W}val", "continue") == "continue" and not text:
            column = len(cells)
            text = (above[column] if column < len(above) else None) or ""
        width = int(span.get(f"{_W}val", "1")) if span is not None else 1
        cells.extend([text, *[None] * (width - 1)])
    return cells


def _table_lines(table: Any) -> list[str]:
    """A Word table as one line per row, each cell named by its column heading (部位：冷库，检查频次：
    每班。), so a row reads, and is found, as a sentence of its own. A row that is one cell across
    the table (its title, 一、动火作业 between groups of rows) is a line of its own."""
    grid: list[list[str | None]] = []
    for row in table.iterchildren(f"{_W}tr"):
        grid.append(_cell_texts(row, grid[-1] if grid else []))
    return grid_lines(grid)


def grid_lines(grid: list[list[str | None]]) -> list[str]:
    """A table's lines from its grid of cells (None: the columns a cell is merged across after its
    first); a row that is one cell across the table is a caption of the rows under it."""
    if _is_clause_table(grid):
        return _clause_lines(grid)
    lines: list[str] = []
    rows: list[list[str]] = []
    carried = False  # whether rows holds only the column names carried over a title row
    for cells in grid:
        texts = [c or "" for c in cells]
        if not any(texts):
            continue
        if len(cells) > 1 and all(c is None for c in cells[1:]):
            if len(rows) > 1:  # between groups of rows: the rows so far are read first
                lines.extend(_labelled_rows(rows))
                # (the next group goes on under the same column names; rows without any start over)
                rows = [] if _is_label_and_text(rows) else rows[:1]
                carried = bool(rows)
            lines.append(_as_caption(texts[0]))
            continue
        rows.append(texts)
        carried = False
    # (a note across the table's foot has no rows under it: the names carried over say nothing)
    return lines + ([] if carried else _labelled_rows(rows))


def _is_clause_table(grid: list[list[str | None]]) -> bool:
    """A rulebook typed into a table, as a controlled document often is: a clause number in the left
    column (5.1.1, 第三条), its text in the right, and the chapters' titles in rows across both."""
    rows = [cells for cells in grid if len(cells) == 2 and cells[1] is not None and any(cells)]
    numbered = sum(1 for cells in rows if _CLAUSE_NUMBER.match((cells[0] or "").strip()))
    return len(rows) >= 2 and numbered * 10 >= len(rows) * 9


def _clause_lines(grid: list[list[str | None]]) -> list[str]:
    """Each row of a clause table as the line a printed rulebook has: 5.1.1 新入职员工…; a title across
    the table (5.1　安全教育培训) as a heading line of its own."""
    lines = []
    for cells in grid:
        texts = [(c or "").strip() for c in cells]
        if len(cells) > 1 and all(c is None for c in cells[1:]):
            lines.append(texts[0])
        elif any(texts):
            lines.append(" ".join(t for t in texts if t))
    return lines


# A heading over a column of texts (作业方式 | 停止作业的条件), not a label's value.
_COLUMN_NAME = re.compile(
    r"^[^，。；、0-9]{0,8}(?:要求|条件|内容|标准|措施|方法|频次|周期|时间|时限|部门|人员|说明|备注|规定|事项|依据|做法|职责)$"
)


def _is_label_and_text(rows: list[list[str]]) -> bool:
    """A table of two columns whose left one labels the right (a 告知卡, a 处置卡): short labels, and
    on a third of the rows or more a text that says things, not a value under a column heading."""
    return (
        len(rows) >= 3
        and not _COLUMN_NAME.search(rows[0][-1])
        and all(
            len(row) == 2 and row[0] and len(row[0]) <= 12 and not HEADING_PUNCT.search(row[0])
            for row in rows
        )
        and sum(len(row[1]) > 12 or re.search(r"[，。；、,;]", row[1]) is not None for row in rows) * 3
        >= len(rows)
    )


def _is_form(rows: list[list[str]]) -> bool:
    """Rows of label–value pairs (文件编号 | LYWY-001 | 版本号 | B/3), not a heading over columns: an even
    width, labels without figures in the even columns, and a figure among the first row's values."""
    width = len(rows[0])
    return (
        width % 2 == 0
        and all(len(row) == width for row in rows)
        and all(
            not re.search(rf"[{DIGITS}]", row[c]) and len(row[c]) <= 10
            for row in rows
            for c in range(0, width, 2)
        )
        and any(re.search(rf"[{DIGITS}]", rows[0][c]) for c in range(1, width, 2))
    )


def _labelled_rows(rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    if _is_label_and_text(rows):  # 岗位名称 | 浇注工 / 安全操作要点 | 1.…: each row says its label's
        return [ROW_MARK + row_sentence([f"{label}：{text}"]) for label, text in rows if text]
    if _is_form(rows):
        return [
            row_sentence([f"{row[c]}：{row[c + 1]}" for c in range(0, len(row), 2) if row[c] and row[c + 1]])
            for row in rows
        ]
    heading = rows[0]
    labelled = len(rows) > 1 and all(heading)
    lines = [] if labelled else [row_sentence(heading)]
    body = [
        labelled_row(heading, row) if labelled and len(row) == len(heading) else row_sentence(row)
        for row in rows[1:]
    ]
    return lines + rows_apart(body)


def row_sentence(cells: list[str]) -> str:
    """A row's cells with text, as one sentence (消防泵，每月，动力车间。); a cell that ends a sentence
    itself (a boxed 注意：…严禁携带手机。) is not ended twice."""
    sentence = "，".join(c for c in cells if c)
    return sentence if sentence.endswith(("。", "！", "？", "；")) else sentence + "。"


# Marks a table row's line (see labelled_row) so that the outline reads each row as an item of its own.
ROW_MARK = "\u2063"
_ROW_NUMBER_HEADINGS = ("序号", "编号", "序")
_UNIT_IN_HEADING = re.compile(r"^(.+?)\s*[（(]([^）)]{1,4})[）)]$")
_NUMBER_CELL = re.compile(r"^[0-9０-９][0-9０-９.,，～~\-—至]*$")


def labelled_row(heading: list[str], row: list[str]) -> str:
    """One table row as a sentence, each cell under its column heading, a unit written in the
    heading moved to its figure (罚款（元） 2000 → 罚款：2000元), the row number left out."""
    cells = []
    for name, value in zip(heading, row, strict=True):
        if not value or name in _ROW_NUMBER_HEADINGS:
            continue
        unit = _UNIT_IN_HEADING.match(name)
        if unit and _NUMBER_CELL.match(value):
            name, value = unit.group(1), value + unit.group(2)
        elif name.endswith("分") and _NUMBER_CELL.match(value):
            value += "分"  # 扣分 12 → 扣分：12分
        cells.append(f"{name}：{value.rstrip('。；;，,')}")
    return row_sentence(cells)


def rows_apart(lines: list[str]) -> list[str]:
    """A table's row lines, each marked as an item of its own (ROW_MARK) when the table is too long
    for one passage; a short table stays one passage with what introduces it."""
    if sum(len(line) for line in lines) <= MAX_PASSAGE_CHARS:
        return lines
    return [ROW_MARK + line for line in lines]


# A gap between two columns of text as a PDF's layout gives it: a run of spaces.
GUTTER = re.compile(r" {3,}")


def _running_part(line: str) -> str:
    """What a page's edge line repeats: all of it, or the part before a wide gap when a handbook's
    header sets its title left and the chapter's name right (某厂员工安全手册      第三章 受限空间).
    A line of more parts is a table's heading row, repeated on each page as a part of the table."""
    parts = GUTTER.split(line.strip())
    return parts[0] if len(parts) == 2 else line.strip()


def without_running_lines(pages: list[str]) -> list[str]:
    """Pages after the first without their running header and footer: a first or last line that
    most pages repeat (the company name, the document title on every page) is print, not content."""
    if len(pages) < 3:
        return pages
    edges: Counter[str] = Counter()
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        edges.update({_running_part(line) for line in lines[:2] + lines[-2:]})
    running = {line for line, n in edges.items() if n >= max(3, len(pages) // 2 + 1) and len(line) <= 40}
    # The first page keeps them, but for its footer: there the title is the title. So does the page
    # where the body starts under its title after a covering notice (the title, then 第一章 总则).
    first = pages[0].splitlines()
    footer = [n for n, line in enumerate(first) if line.strip()][-2:]
    kept: list[str] = [
        "\n".join(
            line
            for n, line in enumerate(first)
            if _running_part(line) not in running
            or (n not in footer or _is_titled(line))
            and _running_part(line) == line.strip()
        )
    ]
    titled = {line.strip() for line in first}
    for page in pages[1:]:
        lines = page.splitlines()
        out = []
        for n, line in enumerate(lines):
            if _running_part(line) in running:
                following = [x.strip() for x in lines[n + 1 :] if x.strip()][:2]
                if (
                    line.strip() in titled
                    or _running_part(line) != line.strip()  # (a head with the chapter beside it)
                    or not _is_titled(line)
                    or not any(_opens_outline(clean_line(x)) for x in following)
                ):
                    continue
                titled.add(line.strip())
            out.append(line)
        kept.append("\n".join(out))
    return kept


_FIRST_MARKER = re.compile(r"^(第[一1]\s*[编部章节条]|[一1]\s*[、.．])")
_GENERAL_PROVISIONS = re.compile(r"^总\s*则$")


def _opens_outline(line: str) -> bool:
    """Whether a line is the first of a body's outline (第一章, 第一条, 一、, 总则): a title over it
    heads the body; one over 第六条 is a running head."""
    first = outline_kind(line) in _MAIN_MARKERS and _FIRST_MARKER.match(line) is not None
    return first or _GENERAL_PROVISIONS.match(line) is not None


def _text_pages(text: str) -> list[str]:
    """A text's pages, where it marks them: a form feed, or a page number on a line of its own
    (- 7 -, 第 3 页) as a text saved from a printed or scanned document keeps."""
    pages: list[str] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = line.split("\f")
        for n, part in enumerate(parts):
            current.append(part)
            if n < len(parts) - 1 or _PAGE_NUMBER.match(part.strip()):
                pages.append("\n".join(current))
                current = []
    pages.append("\n".join(current))
    return pages


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    from knowledge import pdf_layout  # (it reads tables with this module's rows)

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise UnsupportedDocumentError("这个 PDF 设了打开密码，请发送没有密码的版本")
    # Layout mode keeps the gaps between a table's columns (检查类别    组织部门    检查频次), so its
    # rows are read as rows; plain extraction runs the cells of a row into one another.
    # Running lines go first: a header over both columns would be read as a line of each.
    pages = without_running_lines(
        [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    )
    text = "\n".join(pdf_layout.columns_apart(pdf_layout.tables_read(page)) for page in pages)
    if not text.strip():
        raise UnsupportedDocumentError(
            "这个 PDF 没有文字层（可能是扫描件），读不出文字；请发送 Word 版或能复制文字的 PDF"
        )
    return text


# --- cleaning ------------------------------------------------------------------------------------

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]{0,200}>")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MD_RULE = re.compile(r"^\s*([-*_=]\s*){3,}$")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_BULLET = re.compile(r"^[-*•·▪●○◆■□☐☑]\s")  # a bulleted line is an item of its own, not a wrap
_PAGE_NUMBER = re.compile(
    r"^([-—–]\s*(?:\d{1,3}|[IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4})\s*[-—–]|第\s*\d{1,3}\s*页(\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}"
    r"|共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页|[Pp]age\s*\d{1,3}(\s*of\s*\d{1,3})?)$"
)
_CJK = r"\u4e00-\u9fff"
# A line of a typed table of contents: a title, dot leaders, a page number (安全生产责任制度……3).
_CONTENTS_LINE = re.compile(r"^.{2,60}?(?:[.…·．。⋯]\s*){4,}\s*[0-9０-９]{1,3}\s*$")
_CONTENTS_HEADING = re.compile(r"^目\s*录$")


def is_page_number(line: str) -> bool:
    """A page's number on a line of its own (- 7 -, — 13 —, 第 3 页, 3/12)."""
    return _PAGE_NUMBER.match(line.strip()) is not None


def is_contents_line(line: str) -> bool:
    """A line of a typed table of contents: a title, a dot leader and a page (第三章 受限空间……3)."""
    return _CONTENTS_LINE.match(re.sub(r"\s+", " ", line.strip())) is not None


# What a page copied out of an OA system or a website carries besides the document: its
# breadcrumb, 【打印本页】【关闭窗口】 links, view counts, download links, 上一篇/下一篇.
_WEB_PAGE_CHROME = re.compile(
    r"^(?:(?:首页|当前位置|您的位置|您现在的位置|所在位置)\s*[>＞»:：›].*"
    r"|(?:\s*【[^】]{1,12}】\s*)+"
    r"|(?:上一篇|下一篇|上一条|下一条|附件下载|相关附件|阅读次数|浏览次数|点击次数|访问次数)\s*[：:].*)$"
)
# What an article copied out of WeChat carries: the follow prompt, the account and time line,
# picture placeholders, and the buttons under it (分享 收藏 点赞 在看).
_WECHAT_CHROME = re.compile(
    r"^(?:点击(?:上方)?(?:蓝字)?(?:关注|在看).*|\[(?:图片|视频|表情|动图)\]|预览时标签不可点|微信扫一扫.*"
    r"|(?:关注|使用小程序|轻触阅读原文|阅读原文|长按识别二维码.*|关注该公众号|赞赏|写留言|留言)"
    r"|(?:全文较长，)?建议(?:先)?收藏(?:后|再)?阅读\W*"
    r"|(?:分享|收藏|点赞|在看|转发)(?:\s*(?:分享|收藏|点赞|在看|转发)){1,4}"
    r"|\S.{0,30}\s(?:19|20)\d\d[-年]\d{1,2}[-月]\d{1,2}日?\s+\d{1,2}:\d\d(?:\s*发表于\S{0,8})?)$"
)
# Where such an article ends: what follows is the account's links, credits and disclaimer.
_ARTICLE_END = re.compile(
    r"^(?:END|The\s*End|-\s*END\s*-|—\s*END\s*—|往期推荐|推荐阅读|往期回顾|相关阅读)$", re.I
)
# Emoji and pictographs that open a line (👉 文件编号, ⚠️ 注意, ✅ 1、…); ❶–➓ are numbers, not decoration.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_LEADING_EMOJI = re.compile(f"^(?:[{_EMOJI}\u20e3]\\s*)+")


# What a Word-to-Markdown converter (pandoc) leaves: images, links, escapes, heading anchors, comments.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
_MD_ANCHOR = re.compile(r"\s*\{#[^}]*\}\s*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->")
# Struck-through text (~~…~~, <del>, <s>) is a rule taken out, kept only to compare against.
_STRUCK_THROUGH = re.compile(r"~~(?=\S)[^~\n]*?~~|<(del|s|strike)\b[^>]*>.*?</\1\s*>", re.IGNORECASE)


def clean_line(line: str) -> str:
    line = _BOOKMARK.sub("", line)
    line = _HTML_COMMENT.sub("", line)
    line = _STRUCK_THROUGH.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_ANCHOR.sub("", line)
    line = _HTML_TAG.sub("", line)
    line = html.unescape(line) if "&" in line else line
    line = _MD_ESCAPE.sub(r"\1", line)
    line = line.replace("\u3000", " ").replace("\xa0", " ").replace("\ufeff", "").replace("\u200b", "")
    line = _MD_QUOTE.sub("", line)
    line = _MD_HEADING.sub("", line)
    line = _MD_EMPHASIS.sub("", line)
    line = _LEADING_EMOJI.sub("", line.strip()).strip()
    line = _MD_LISTED_ARTICLE.sub("", line)
    line = _CALLOUT_FENCE.sub("", line)
    line = _LABEL_THEN_EMOJI.sub(r"\1 ", line, count=1)
    if (
        _MD_RULE.match(line)
        or _PAGE_NUMBER.match(line)
        or _WEB_PAGE_CHROME.match(line)
        or _WECHAT_CHROME.match(line)
        or is_contents_line(line)
        or _CONTENTS_HEADING.match(line)
    ):
        return ""
    # Spaces between CJK characters are typesetting (通  知, 组  长), not content.
    # Wider gaps separate columns (name   role), so they stay as one space.
    line = re.sub(rf"(?<=[{_CJK}])[ \t]{{1,2}}(?=[{_CJK}])", "", line)
    line = re.sub(r"[ \t]{2,}", " ", line)
    # …but a label is set off from its text, as the documents print it (第二十一条　进入冷库…).
    return _LABEL_THEN_TEXT.sub(r"\1 ", line, count=1)


# A Yuque or VuePress callout's fence (:::tips, ::: warning, :::): its text is the rule's own.
_CALLOUT_FENCE = re.compile(
    r"^:{3,}\s*(?:tips|tip|info|warning|danger|note|success|caution|details|color\d*)?\s*"
)

# --- outline -------------------------------------------------------------------------------------

_CN_NUM = "零〇一二三四五六七八九十百千两"
# After a decimal clause number comes a space or the clause's text, not a unit (13.8米/秒 is a figure).
_CLAUSE_START = (
    r"(?=\s|[\u4e00-\u9fff（(“])(?!\s*(?:米|元|吨|万|倍|公里|千|%|％|小时|分钟|天|日|个|年|月|人|级|kg|m\b))"
)
DIGITS = "0-9０-９"  # digits, half or full width (１．作业前)
_N = rf"[{DIGITS}]{{1,2}}"
# A label set off from its text by a space (see clean_line): 第二十一条 进入冷库…
_LABEL_THEN_TEXT = re.compile(rf"^(第[{_CN_NUM}{DIGITS}]+(?:条|章|节|编|部分))(?=[\u4e00-\u9fff“（(])")
_ARTICLE_LABEL_TEXT = rf"第[{_CN_NUM}{DIGITS}]+条"
# A bullet before an article's label (- **第十五条** …, as Feishu and Notion export a rulebook whose
# articles were typed as a list): the article, not an item of a list.
_MD_LISTED_ARTICLE = re.compile(rf"^[-*+•]\s*(?={_ARTICLE_LABEL_TEXT})")
# An emoji marking an article (第三十七条 🔥 油炸作业…) is decoration, as at the start of a line.
_LABEL_THEN_EMOJI = re.compile(rf"^({_ARTICLE_LABEL_TEXT})\s*(?:[{_EMOJI}]\s*)+")
# A clause's number in a table's left column (5.1.1, 第三条; see _is_clause_table).
_CLAUSE_NUMBER = re.compile(
    rf"^(?:[{DIGITS}]{{1,2}}(?:[.．][{DIGITS}]{{1,2}}){{0,3}}|{_ARTICLE_LABEL_TEXT})$"
)
_DOT = "[.．]"
_LEAD = rf"(?:{_N}|[A-Z])"  # the first number of a decimal clause: 2.1, or an appendix's A.1
# An annex and its number, as the outline and its label read it: 附件1, 附表二, 附录A.
_ANNEX = "附[件表录]"
_ANNEX_NUMBER = rf"[A-Z{DIGITS}一二三四五六七八九十]"
OUTLINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("annex", re.compile(rf"^{_ANNEX}\s*{_ANNEX_NUMBER}{{0,3}}\s*$")),
    # 附件1 违章行为处罚标准, 附表2：检查表: an annex with its title on the same line (not a sentence)
    (
        "annex_titled",
        re.compile(rf"^{_ANNEX}\s*{_ANNEX_NUMBER}{{1,3}}(?:\s*[：:]\s*|\s+)[^，。；,;：:]{{2,40}}$"),
    ),
    # 附表各类人员安全培训学时要求: an annexed table named by its title alone
    ("annex_table", re.compile(r"^附表\s*[：:]?\s*[^，。；,;：:0-9０-９]{2,30}(?:表|要求|标准|清单|明细)$")),
    ("row", re.compile(f"^{ROW_MARK}")),
    ("part", re.compile(rf"^[【\[]?第[{_CN_NUM}{DIGITS}]+部分")),
    ("chapter", re.compile(rf"^第[{_CN_NUM}{DIGITS}]+[章编]")),
    # A numbered banner of an article written for WeChat (01 ▍总则) heads a chapter.
    ("chapter", re.compile(rf"^{_N}\s*[▍▌▎▋┃]\s*[^，。；,;：:]{{1,20}}$")),
    ("section", re.compile(rf"^第[{_CN_NUM}{DIGITS}]+节")),
    ("article", re.compile(rf"^第[{_CN_NUM}{DIGITS}]+条")),
    ("cn", re.compile(rf"^[{_CN_NUM}]+\s*[、.．]")),
    ("paren_cn", re.compile(rf"^(?:[（(]\s*[{_CN_NUM}]+\s*[)）]|[㈠-㈩])")),
    ("num", re.compile(rf"^{_N}\s*[.．、](?![{DIGITS}])")),
    # A chapter of a decimal outline: 2 高处作业 over 2.1 …, 2.2 … (see _decimal_chapters).
    ("decimal_chapter", re.compile(rf"^{_N}\s+[A-Za-z\u4e00-\u9fff][^，。；！？,;!?：:]{{1,19}}$")),
    # Decimal outlines (1.1 / 1.1.1 / 1.1.1.1) as enterprise rulebooks number their clauses.
    # (An appendix numbers its clauses from its letter: A.1 / A.1.1.)
    ("decimal", re.compile(rf"^{_LEAD}{_DOT}{_N}、?{_CLAUSE_START}")),
    ("decimal3", re.compile(rf"^{_LEAD}{_DOT}{_N}{_DOT}{_N}、?{_CLAUSE_START}")),
    ("decimal4", re.compile(rf"^{_LEAD}{_DOT}{_N}{_DOT}{_N}{_DOT}{_N}、?{_CLAUSE_START}")),
    ("paren_num", re.compile(rf"^(?:[（(]\s*{_N}\s*[)）]|[⑴-⒇])")),
    ("half_paren_num", re.compile(rf"^{_N}\s*[)）](?![{DIGITS}])")),
    ("circled", re.compile(r"^[①-⑳]")),
    # A question and its answer in a handbook written as 问：… / 答：….
    ("question", re.compile(r"^[【\[]?问[】\]]?\s*[：:]")),
    # A short title after a bullet (◆ 总经理, ■ 加氯工) heads the items under it.
    # (A checkbox before a number, □ 7. 加油机已停止加油, is an item of a checklist, not a title.)
    ("bullet_title", re.compile(rf"^[◆◇■□▶►★☆▲●▍▌]\s*(?![\s{DIGITS}])[^，。；！？,;!?：:、]{{1,16}}$")),
]
_ANNEX_KINDS = ("annex", "annex_titled", "annex_table")
TERMINAL = '。！？；!?;…”」』"）)'
HEADING_PUNCT = re.compile(r"[，。；！？,;!?]")
_MAIN_MARKERS = ("rulebook", "part", "chapter", "section", "article", "cn", "decimal_chapter")
# Levels whose order is fixed whatever a document shows first: a chapter heads articles even when
# the first rulebook of a collection has articles only.
_RANKED_LEVELS = ("rulebook", "part", "chapter", "section", "article")
DECIMAL_CHAPTER_REACH = 3  # lines within which a decimal chapter's first clause (2.1) must follow


def _decimal_chapters(lines: list[str]) -> set[str]:
    """Lines that head a chapter of a decimal outline: a number and a short title (2 高处作业)
    followed within a few lines by a clause of that chapter (2.1 …). Without such a clause the
    line is text that happens to start with a number."""
    candidates: list[tuple[int, int, str]] = []  # (line index, chapter number, line)
    found = set()
    for i, line in enumerate(lines):
        if outline_kind(line) != "decimal_chapter":
            continue
        match = re.match(rf"[{DIGITS}]+", line)
        assert match is not None
        number = to_half_width(match.group(0))
        candidates.append((i, int(number), line))
        clause = re.compile(rf"^{number}[.．][0-9]")
        following = lines[i + 1 : i + 1 + DECIMAL_CHAPTER_REACH]
        if any(clause.match(to_half_width(nxt)) for nxt in following):
            found.add(line)
    # A chapter with no numbered clause (1 范围, 2 规范性引用文件) is one when the next chapter
    # follows it in sequence.
    confirmed = [(i, n) for i, n, line in candidates if line in found]
    for i, n, line in reversed(candidates):
        if line not in found and any(j > i and m == n + 1 for j, m in confirmed):
            found.add(line)
            confirmed.append((i, n))
    return found


def _annex_number_and_title(line: str) -> tuple[str, str]:
    """附件1：违章行为处罚标准 → (附件1, 违章行为处罚标准); 附表各类人员学时要求 → (附表, 各类人员学时要求)."""
    match = re.match(rf"^({_ANNEX}\s*{_ANNEX_NUMBER}{{0,3}})\s*[：:]?\s*(.*)$", line)
    assert match is not None
    return match.group(1).replace(" ", ""), match.group(2)


def _outline_kind_in(
    line: str,
    chapters: set[str],
    titles: frozenset[str] = frozenset(),
    headings: dict[str, str] | None = None,
) -> str | None:
    if line in titles:
        return "rulebook"
    if headings and line in headings:
        return headings[line]
    kind = outline_kind(line)
    return None if kind == "decimal_chapter" and line not in chapters else kind


_RULEBOOK_TITLE = re.compile(
    r"^[^，。；：:,;!?！？]{2,38}(?:制度|办法|规定|规程|细则|规范|准则|守则|须知|预案|责任制|标准|要求|规则)"
    r"(?:\s*[（(][^）)]{1,12}[）)])?$"
)
_NUMBERED = re.compile(rf"^第([{_CN_NUM}{DIGITS}]+)(?:条|章)|^([{_CN_NUM}]+)\s*[、.．]")
TITLE_REACH = 3  # lines above a rulebook's first chapter or article within which its title stands


def _number_of(line: str) -> int | None:
    match = _NUMBERED.match(line)
    if match is None:
        return None
    number = to_half_width(match.group(1) or match.group(2))
    return int(number) if number.isdigit() else chinese_numeral_value(number)


def _bound_rulebook_titles(lines: list[str], kinds: list[str | None]) -> frozenset[str]:
    """The titles of the rulebooks bound in one file (a 制度汇编): each numbers its own chapters or
    articles from 第一章 / 第一条 again, under its title (安全教育培训制度). In a file with neither, the
    procedures bound in a 规程汇编 each number their sections from 一、 again (溶剂回收岗位安全操作规程,
    一、适用范围 …). A single rulebook, whose numbering never starts over, has none."""
    starts: list[int] = []  # the first chapter or article line of each rulebook
    levels = ("chapter", "article") if any(k in ("chapter", "article") for k in kinds) else ("cn",)
    highest = dict.fromkeys(levels, 0)
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind not in highest:
            continue
        number = _number_of(line)
        if number is None:
            continue
        if not starts or (number == 1 and highest[kind] >= 2):
            start = i
            if kind == "article" and i > 0 and kinds[i - 1] == "chapter" and _number_of(lines[i - 1]) == 1:
                start = i - 1  # 第一章 总则 just above 第一条 opens the same rulebook
            starts.append(start)
            highest = dict.fromkeys(levels, 0)
        highest[kind] = max(highest[kind], number)
    if len(starts) < 2:
        return frozenset()
    titles = set()
    for start in starts:
        # Its fields (规程编号：… / 版本：… / 适用部门：…) may stand between the title and its first section.
        above = [j for j in range(start - 1, -1, -1) if not _COVER_FIELD.match(lines[j])]
        for j in above[:TITLE_REACH]:
            if kinds[j] is not None:
                break
            if _RULEBOOK_TITLE.match(lines[j]):
                if not (j > 0 and kinds[j - 1] in _ANNEX_KINDS):  # (an annex's own title: 附件1 / 某某细则)
                    titles.add(lines[j])
                break
    # Without a title for most of them, the restarts are something else (a quoted rule, an annex).
    return frozenset(titles) if len(titles) >= 2 and len(titles) * 2 >= len(starts) else frozenset()


def outline_kind(line: str) -> str | None:
    for kind, pattern in OUTLINE_PATTERNS:
        if pattern.match(line):
            return kind
    return None


def _is_heading_line(line: str) -> bool:
    """A marker line that is only a title (一、指导思想), so the body follows on the next line."""
    return outline_kind(line) is not None and len(line) <= 40 and not HEADING_PUNCT.search(line)


def rejoin(a: str, b: str) -> str:
    # Latin words wrapped over lines keep their space; a number wrapped over lines (3 / 0毫安) is one.
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was cut at (the commonest length of its long lines, when many
    lines share it), or None for a text whose paragraphs are lines."""
    lengths = Counter(len(line) for line in lines if len(line) >= 20)
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    return width if count >= 5 and count * 5 >= sum(lengths.values()) else None


_NOTE_LABEL = re.compile(r"^(?:说明|注|备注|注意)\s*[：:]")
WRAPPED_SHARE = 0.75  # of the wrap width: a line this long was wrapped, not a short row of a list


def _near_wrap(line: str, wrap: int | None) -> bool:
    """Whether a line of a hard-wrapped text is long enough to have been cut at the wrap width."""
    return wrap is not None and len(line) >= WRAPPED_SHARE * wrap


def join_wrapped_lines(lines: Iterable[str], titles: frozenset[str] = frozenset()) -> list[str]:
    """Paragraphs from lines: a line that stops mid-sentence continues on the next one. A title
    (of a rulebook bound with others) is a paragraph of its own."""
    lines = [line for line in lines if line]
    wrap = wrap_width(lines)
    paragraphs: list[str] = []
    previous_line = ""
    for line in lines:
        # A line as long as the document's wrapped lines was cut there, whatever it looks like
        # (a paragraph's first line less the two characters it was indented by).
        cut_at_wrap = wrap is not None and len(previous_line) >= wrap - 3
        # (A narrow column's lines are short too, but one near its width goes on mid-word.)
        short_rows = (
            not _near_wrap(previous_line, wrap)
            and len(previous_line) <= 30
            and len(line) <= 30
            and not HEADING_PUNCT.search(previous_line + line)
        )
        previous_line = line
        if paragraphs:
            previous = paragraphs[-1]
            starts_new = (
                outline_kind(line) is not None
                or _BULLET.match(line) is not None
                or previous.endswith(tuple(TERMINAL))
                or previous.endswith(("：", ":"))
                or (_is_heading_line(previous) and not cut_at_wrap)
                or line in titles
                or previous in titles
                or _NOTE_LABEL.match(line) is not None
            )
            if not starts_new:
                # Short unpunctuated rows (a roster, a table) are kept apart by a space.
                paragraphs[-1] = f"{previous} {line}" if short_rows else rejoin(previous, line)
                continue
        paragraphs.append(line)
    return paragraphs


def section_label(paragraph: str) -> str:
    """The short label of an outline item: its marker and title, without the body."""
    match = re.match(r"^(.{1,40}?)[。；;：:]", paragraph)
    if match and len(match.group(1)) <= 36:
        return match.group(1).strip()
    if len(paragraph) <= 36:
        return paragraph.rstrip("。；;").strip()
    return paragraph[:24].strip() + "…"


# --- header --------------------------------------------------------------------------------------

DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,10}\s*[〔\[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]\s*第?\s*\d{1,4}\s*号"
    # as Taiwan numbers them, the year of its own calendar first: 台益昆安字第114037號
    r"|[\u4e00-\u9fff]{2,10}字第\s*\d{3,12}\s*[号號]"
)
# Words of the sentence a 文号 is quoted in (并以丰源水务安〔2025〕9号文件印发), not of the number.
_LEAD_IN = re.compile(r"^(?:.*?文件|并以|并经|现以|以|经|按照|根据|依据|按)(?=[\u4e00-\u9fff]{2})")
_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ISSUER_END = re.compile(
    r"(局|委员会|办公室|政府|公司|集团|中心|厂|委|部|处|室|院|所|乡|镇|街道|办|党委|工会)(文件)?$"
)
_TITLE_WORD = re.compile(
    r"(方案|办法|规定|制度|细则|意见|规程|条例|守则|手册|标准|规则|规范|措施|通知|要点|计划|预案|责任制|汇编|规章"
    r"|清单|台账|须知|处置卡|告知卡|程序|指导书|指引|指南|流程)"
)


def _is_titled(line: str) -> bool:
    """Whether a line has a title's word (规章, 規章 written in traditional characters too)."""
    return _TITLE_WORD.search(line.translate(TRAD_TO_SIMP)) is not None


_CITED_STANDARD = re.compile(r"^(?:GB|CJJ|JGJ|AQ|TSG|DL|SY|HG|SH|NB|JT|YY|WS)(?:/T)?\s*[0-9]")
_MONTH_LINE = re.compile(r"(?:19|20)[0-9]{2}\s*年(?:\s*[0-9]{1,2}\s*月)?")
# The line of a standard's cover naming the edition it replaces (代替 Q/YS 2031—2019).
_REPLACED_STANDARD = re.compile(r"代替\s*[A-Z]")
_NOTICE_TITLE = re.compile(r"关于.{2,150}?(?:通知|通报|决定|意见|批复|函|报告)》?")
_CONTACT = re.compile(r"^[（(]?\s*联系人")
_TAIL_LINE = re.compile(r"(印发$|^[（(]?共印|^抄送|^抄报|^主题词|^[（(]?此件)")


def _compact_date(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_date_line(line: str) -> bool:
    return bool(_DATE.fullmatch(line.strip()))


_COMPANY_LINE = re.compile(
    r"^[\u4e00-\u9fff（）()]{4,24}(?:有限公司|有限责任公司|集团公司|集团|总公司|分公司|工厂|厂)$"
)


def _is_issuer_line(line: str) -> bool:
    return len(line) <= 30 and not HEADING_PUNCT.search(line) and bool(_ISSUER_END.search(line))


@dataclass
class _Header:
    doc_number: str | None = None
    number_label: str = "文号"  # what the document calls its number (文件编号, 制度编号)
    issuer: str | None = None
    notice_title: str | None = None
    body_title: str | None = None
    titled: str | None = None  # the title a field gives (标题：…)
    recipients: str | None = None
    issued_on: str | None = None
    printed: str | None = None
    effective: str | None = None
    contacts: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    transmittal: list[str] = field(default_factory=list)
    cover_fields: list[str] = field(default_factory=list)  # 版本号：C/0, 审核：…, 受控状态：受控


# A field of a cover or form (版本号：C/0, 审　核：秦立新); a blank one (分发号：____) says nothing.
_COVER_FIELD = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*[：:]\s*([^：:]{1,40})$")
FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[：:]")  # 手册编号：… is a field, not a title


# The caption of a table on a cover page (修订记录, 会签表), which ends in a colon as 主送 does.
_TABLE_CAPTION = re.compile(r"(?:表|记录|清单|一览|明细)$")


def _is_recipient_line(line: str) -> bool:
    """主送 written as a line ending in a colon (各生产车间、各部室：), not a blank form field (分发号：)."""
    names = line.rstrip("：: ")
    return (
        len(line) <= 60
        and not line.startswith("附件")
        and _TABLE_CAPTION.search(names) is None
        and (len(names) > 3 or names.startswith("各"))
        # (whom it is sent to: 各车间、各部室 — not a caption, 文件信息：, 本汇编收录的规程如下：)
        and _ADDRESSEE.search(names) is not None
        and not names.endswith(("如下", "文件"))  # (nor a letterhead: 某某公司　受控文件：)
    )


_ADDRESSEE = re.compile(
    r"各|单位|部|室|处|厂|公司|车间|中心|局|委|办|队|班组|科|所|站|院|校|人员|员工|职工|全体|同志"
)


_NEXT_ROW_FIELD = re.compile(
    r"[，,；;\s]+(?=[\u4e00-\u9fff]{2,6}[：:])|(?<=日)(?=(?:实施|施行|生效|发布|印发)日期[：:])"
)


def _parse_header(lines: list[str], tail: list[str], wrap: int | None = None) -> tuple[_Header, list[str]]:
    """Header fields from the lines before the first outline item; returns the preamble too.
    `wrap`: the width the document's lines were cut at, if they were."""
    header = _Header()
    # (a row of a cover's table read as one line: 文件名称：…，文件编号：LT-EHS-QP-003，版本：C/0。)
    lines = [
        part.rstrip("。") if len(parts) > 1 else part
        for line in lines
        for parts in [_NEXT_ROW_FIELD.split(line) if _HEADER_FIELD.match(line) else [line]]
        for part in parts
    ]
    blob = "".join(lines)
    for line in [*lines, *tail]:
        if m := DOC_NUMBER.search(line):
            header.doc_number = _LEAD_IN.sub("", re.sub(r"\s+", "", m.group(0)))
            break

    # The body title: the last title-like short line, with its wrapped first half if any.
    title_index: int | None = None
    for i, line in enumerate(lines):
        if (
            len(line) <= 70
            and _is_titled(line)
            and not HEADING_PUNCT.search(line)
            and not line.endswith(("：", ":"))
            and not FIELD_LABEL.match(line)
            and not _near_wrap(line, wrap)  # a cut line of prose
            and not line.startswith(("关于", "现将", "附件"))
            # (的通知 under 关于印发《…》 is the end of a notice's title cut in two, not a title)
            and not line.startswith("的")
            and not DOC_NUMBER.search(line)
            # (nor a standard the rulebook cites, CJJ 51 城镇燃气…规程, nor a table's heading row)
            and not _CITED_STANDARD.match(line)
            and len(line.split()) < 3
            and outline_kind(line) not in ("decimal_chapter", "cn", "chapter", "article")
        ):
            title_index = i
    if title_index is not None:
        title = lines[title_index]
        if title_index > 0:
            before = lines[title_index - 1]
            if (
                len(before) <= 40
                and not HEADING_PUNCT.search(before)
                and not _is_issuer_line(before)
                and not _DATE.search(before)
                and not DOC_NUMBER.search(before)
                and not before.startswith(("附件", "关于"))
                and "：" not in before
                and ":" not in before
                and not before.endswith(("》", "知"))
                and not _TAIL_LINE.search(before)
                and not _is_parenthetical(before)
                and not _REPLACED_STANDARD.match(before)
                and not _STANDARD_ISSUER.match(before)  # (某某公司　发布, on a standard's cover)
                and not _MONTH_LINE.fullmatch(before)
                # (a title of its own above it: the collection it is bound in, 某某公司管理制度汇编)
                and not _TITLE_WORD.search(before[-3:])
            ):
                title = before + title
            elif (
                _COMPANY_LINE.match(before)
                and not title.startswith("关于")
                and before not in title
                and not _STANDARD_ISSUER.match(before)
            ):
                # A cover: the company's name above the rulebook's (汇远机械有限公司 / 安全生产管理制度汇编).
                title = before + title
        header.body_title = title
    notice_blob = "".join(lines[:title_index]) if title_index is not None else blob
    if m := _NOTICE_TITLE.search(notice_blob):
        header.notice_title = m.group(0)

    preamble: list[str] = []
    notice: list[str] = []
    after_title = title_index is None  # (with no title found, what reads as prose is not lost)

    def wrapped(line: str) -> bool:
        """A line of a foreword cut short by a narrow column: prose going on to the next line."""
        return (
            (HEADING_PUNCT.search(line) is not None or _near_wrap(line, wrap))
            and not line.endswith(tuple(TERMINAL))
            and not FIELD_LABEL.match(line)
        )

    # A standard's foreword (前　言, between its cover and its title): its lines are the preamble.
    foreword_at = next((i for i in range(len(lines) - 1, -1, -1) if _FOREWORD.match(lines[i])), None)
    foreword: list[str] = []
    if foreword_at is not None:
        stop = title_index if title_index is not None and title_index > foreword_at else len(lines)
        foreword = lines[foreword_at + 1 : stop]
    for i, line in enumerate(lines):
        if title_index is not None and i == title_index:
            after_title = True
            continue
        if foreword_at is not None and foreword_at <= i <= foreword_at + len(foreword):
            continue
        if labelled := _HEADER_FIELD.match(line):
            # (a row of a cover's table was split into its fields above)
            field_name, value = labelled.group(1), labelled.group(2).strip().rstrip("。")
            if field_name in _ISSUER_FIELDS:
                header.issuer = header.issuer or value
            elif field_name in _TITLE_FIELDS:
                # (a field after a full stop: 文件名称：…。文件编号：…)
                named = re.split(r"[，,。；;]\s*(?=[\u4e00-\u9fff]{2,6}[：:])", value)[0].rstrip("。")
                header.titled = header.titled or (
                    _notice_subject(named) if named.startswith("关于") else named.strip("《》")
                )
                header.cover_fields.append(line)
            elif field_name in _RECIPIENT_FIELDS:
                header.recipients = header.recipients or value
            elif field_name in _NUMBER_FIELDS:
                if header.doc_number is None or value == header.doc_number:
                    header.doc_number = value
                    header.number_label = field_name
                else:
                    # A controlled copy's 文件编号 beside its release order's 文号: both are asked for.
                    header.cover_fields.append(f"{field_name}：{value}")
            elif iso := _ISO_DATE.search(value):
                header.issued_on = header.issued_on or _chinese_date(*iso.groups())
            elif _DATE.search(value):
                header.issued_on = header.issued_on or _compact_date(value)
            continue
        if _CONTACT.match(line):
            header.contacts.append(line)
        elif _is_date_line(line):
            header.issued_on = header.issued_on or _compact_date(line)
        elif _DATE.search(line) and line.endswith("印发"):
            header.printed = _compact_date(line)
        elif line.endswith(("：", ":")):
            if _is_recipient_line(line):
                header.recipients = header.recipients or line.rstrip("：:")
        elif OUTLINE_PATTERNS[0][1].match(line):
            continue
        elif line.startswith("附件"):
            header.attachments.append(line.split("：", 1)[-1].split(":", 1)[-1])
        elif line.startswith("现将") or line.startswith("现印发"):
            header.transmittal.append(line)
        elif header.notice_title and line.startswith(("关于", "的")) and line in header.notice_title:
            continue  # (the notice's title, over one line or two, is a header field already)
        elif after_title and (
            len(line) > 30
            or wrapped(line)
            or (preamble and wrapped(preamble[-1]) and not FIELD_LABEL.match(line))
        ):
            preamble.append(line)  # (a foreword in a narrow column: its lines and the one ending it)
        elif (cover := _COVER_FIELD.match(line)) and not _TAIL_LINE.search(line):
            header.cover_fields.append(f"{cover.group(1)}：{cover.group(2).strip()}")
        elif re.match(r"^[0-9]{1,2}[.．、]", line) and header.attachments:
            header.attachments.append(line)
        elif not after_title and title_index is not None and _is_notice_line(line, notice):
            notice.append(line)
    _standard_cover(header, lines)
    # The notice's own words (为进一步…，现印发给你们…；原《…》同时废止) belong to the header too.
    header.transmittal.extend(join_wrapped_lines(notice))
    # Issuer: the signature line just above the date, else the letterhead.
    all_lines = lines + tail
    for i, line in enumerate(all_lines):
        if _is_date_line(line) and i > 0 and _is_issuer_line(all_lines[i - 1]):
            header.issuer = all_lines[i - 1]
            break
    if header.issuer is None:
        for line in lines:
            # (not a field of another name: 归口管理：安全环保部 names who keeps the rulebook, and
            # owner: … is a wiki page's)
            if (
                _is_issuer_line(line)
                and not line.startswith("关于")
                and not FIELD_LABEL.match(line)
                and not _ASCII_FIELD.match(line)
            ):
                header.issuer = re.sub(r"文件$", "", line)
                break
    for line in tail:
        if _CONTACT.match(line):
            header.contacts.append(line)
        elif _is_date_line(line):
            header.issued_on = header.issued_on or _compact_date(line)
        elif _DATE.search(line) and line.endswith("印发"):
            header.printed = _compact_date(line)
    return header, [*foreword, *preamble]


_FOREWORD = re.compile(r"^#*\s*[前引]\s*言\s*$")


# The cover of a standard (企业标准): its code, 2025-02-20 发布 / 2025-03-01 实施, and 某某公司 发布.
_STANDARD_CODE = re.compile(
    r"^((?:GB|Q|DB|T|AQ)(?:/[A-Z]{1,8})?\s*[0-9][0-9.]*\s*[—\-－]{1,2}\s*(?:19|20)\d{2})"
)
_STANDARD_DATE = re.compile(r"((?:19|20)\d{2})\s*[-－.．/]\s*(\d{1,2})\s*[-－.．/]\s*(\d{1,2})\s*(发布|实施)")
_STANDARD_ISSUER = re.compile(r"^([^0-9，。；：:]{2,40}?)\s*发布$")


def _chinese_date(year: str, month: str, day: str) -> str:
    """2025-02-20 as the header writes dates: 2025年2月20日."""
    return f"{int(year)}年{int(month)}月{int(day)}日"


def _standard_cover(header: _Header, lines: list[str]) -> None:
    for line in lines:
        if header.doc_number is None and (code := _STANDARD_CODE.match(line)):
            header.doc_number = re.sub(r"\s+", " ", code.group(1))
        for year, month, day, what in _STANDARD_DATE.findall(line):
            date = _chinese_date(year, month, day)
            if what == "发布":
                header.issued_on = header.issued_on or date
            else:
                header.effective = header.effective or date
        if header.issuer is None and (issuer := _STANDARD_ISSUER.match(line)):
            header.issuer = issuer.group(1).strip()


# A header written as a form (发文单位：…, 主送：…, 印发日期：…), as wiki and OA exports do.
_ISSUER_FIELDS = (
    "发文单位",
    "发文机关",
    "印发单位",
    "发布单位",
    "制定单位",
    "制定部门",
    "编制部门",
    "发布部门",
)
_RECIPIENT_FIELDS = ("主送", "主送单位")
_DATE_FIELDS = ("印发日期", "发布日期", "成文日期", "发文日期", "发布时间")
_NUMBER_FIELDS = ("文件编号", "制度编号", "文号")
_TITLE_FIELDS = ("标题", "文件标题", "文件名称", "制度名称")  # (an OA page's 标题：…, over its breadcrumb)
_HEADER_FIELD = re.compile(
    rf"^({'|'.join(_ISSUER_FIELDS + _RECIPIENT_FIELDS + _DATE_FIELDS + _NUMBER_FIELDS + _TITLE_FIELDS)})"
    r"\s*[：:]\s*(.+)$"
)
# Several fields on one line (发布部门：安全质量部  发布时间：2025-02-26  阅读次数：1183), as OA pages show them.
_ASCII_FIELD = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_FIELD_BAR = re.compile(r"[ \u3000]*｜[ \u3000]*(?=[\u4e00-\u9fff]{2,6}[：:])")
_NEXT_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,6}[：:])")
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")


# A form's label spaced out to the width of the others (编　　制：, 版 本 号：): one word.
_SPACED_LABEL = re.compile(r"^(\s*)((?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff])(\s*[：:])")


def split_fields(line: str) -> list[str]:
    """A line of two or more "名称：值" fields apart by spaces or a full-width bar (文号：…　｜　发布日期：…,
    in bold in a Markdown quote as wikis print a rulebook's fields), as one line per field."""
    if "｜" in line:
        plain = _MD_EMPHASIS.sub("", _MD_QUOTE.sub("", line))
        bars = [part.strip(" \u3000") for part in plain.split("｜")]
        if FIELD_LABEL.match(bars[0]) and sum(1 for part in bars if FIELD_LABEL.match(part)) >= 2:
            return [part for part in bars if part]  # (and what a page adds after them: 阅读 412)
        line = _FIELD_BAR.sub(" ", plain)
    line = _SPACED_LABEL.sub(lambda m: m.group(1) + re.sub(r"[ \u3000]", "", m.group(2)) + m.group(3), line)
    parts = _NEXT_FIELD.split(line.strip())
    if (
        len(parts) >= 2
        and not _CONTACT.match(parts[0])  # 联系人：某某  联系电话：… is one contact
        and all(re.match(r"^[\u4e00-\u9fff]{2,6}[：:]", part) for part in parts)
    ):
        return parts
    return [line]


_MD_TITLE = re.compile(r"^\s{0,3}#\s+(\S.*)$")


def _markdown_title(source_lines: list[str], head_lines: list[str]) -> str | None:
    """A Markdown document's top-level heading before its body that reads as a title (# 汇锦广场安全
    运营管理规范), whatever the lines around it look like."""
    head = set(head_lines)
    for line in source_lines:
        found = _MD_TITLE.match(line)
        if found:
            title = clean_line(found.group(1))
            # (A letterhead written as a heading, # 某某区国资委, names the issuer, not the document.)
            if title in head and outline_kind(title) is None and _is_titled(title):
                return title
    return None


def _notice_subject(notice_title: str) -> str:
    """What a covering notice issues: 关于印发《X》的通知 → X."""
    quoted = re.search(r"《([^》]+)》", notice_title)
    if quoted:
        return quoted.group(1)
    return re.sub(r"^关于(印发)?", "", notice_title).strip("《》")


def _is_notice_line(line: str, notice: list[str]) -> bool:
    """A line of the covering notice's text, before the rulebook's own title: a sentence, or the
    short end of one wrapped over lines (not the 文号, the 关于…通知 title or a signature)."""
    if DOC_NUMBER.fullmatch(line) or line.startswith("关于") or _TAIL_LINE.search(line):
        return False
    if _is_parenthetical(line) or (_is_issuer_line(line) and len(line) <= 30):
        return False
    continues = bool(notice) and not notice[-1].endswith(tuple(TERMINAL))
    return len(line) > 30 or continues


def _header_text(header: _Header, title: str) -> str:
    parts = [f"《{title}》的发文信息"]
    if header.issuer:
        parts.append(f"发文机关（印发单位）：{header.issuer}")
    if header.doc_number:
        label = "文号（发文字号）" if header.number_label == "文号" else f"{header.number_label}（文号）"
        parts.append(f"{label}：{header.doc_number}")
    if header.notice_title:
        parts.append(f"文件标题：{header.notice_title}")
    if header.recipients:
        parts.append(f"主送（发给）：{header.recipients}")
    if header.issued_on:
        parts.append(f"成文日期（发布、印发时间）：{header.issued_on}")
    if header.printed:
        parts.append(f"印发日期：{header.printed}")
    if header.effective:
        parts.append(f"施行日期（实施时间）：{header.effective}")
    if not header.notice_title:  # (a notice's red head is summed up by the fields above)
        parts.extend(header.cover_fields)
    parts.extend(header.transmittal)
    if header.attachments:
        parts.append("附件：" + "；".join(header.attachments))
    parts.extend(f"联系方式：{c.strip('（）()')}" for c in header.contacts)
    return "\n".join(parts)


# --- splitting -----------------------------------------------------------------------------------


def _split_long(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for paragraph in text.split("\n"):
        if current and len(current) + len(paragraph) > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{paragraph}" if current else paragraph
    if current:
        chunks.append(current)
    return chunks


# Cells typed apart by tabs, wide spaces or a full-width bar (考核项目｜分值｜扣分标准).
_CELL_GAP = re.compile(r"\t+|[ \u3000]{2,}|\u3000|[ \u3000]*｜[ \u3000]*")
# A cell stating a figure: 12, 2000元, 每次50元, 罚款200元/次
_FIGURE_CELL = re.compile(
    r"^[^，。；\s]{0,4}[0-9０-９][0-9０-９.,，%％～~\-—/]*\s*[\u4e00-\u9fffA-Za-z/]{0,4}$"
)


_MD_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_EMPTY_CELL = ("", "—", "-", "——", "/", "／")


_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


class _HtmlTable(HTMLParser):
    """The grid of cells of an HTML table (as Yuque, Feishu and Confluence export them into
    Markdown): a cell's <br> and paragraphs apart by ；, a cell spanning rows repeated down them,
    one spanning columns followed by None."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.grid: list[list[str | None]] = []
        self._row: list[str | None] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._down: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row = []
            self._fill_down()
        elif tag in ("td", "th") and self._row is not None:
            named = dict(attrs)
            self._span = (_span(named.get("rowspan")), _span(named.get("colspan")))
            self._cell = []
        elif tag in ("br", "p", "li") and self._cell is not None and self._cell:
            self._cell.append("；")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            text = re.sub(r"(；\s*)+", "；", "".join(self._cell)).strip("； \n\t")
            rows, columns = self._span
            if rows > 1:
                self._down[len(self._row)] = (text, rows - 1)
            self._row.extend([text, *[None] * (columns - 1)])
            self._cell = None
            self._fill_down()
        elif tag == "tr" and self._row is not None:
            self.grid.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(re.sub(r"\s+", " ", data))

    def _fill_down(self) -> None:
        assert self._row is not None
        while len(self._row) in self._down:
            column = len(self._row)
            text, left = self._down.pop(column)
            if left > 1:
                self._down[column] = (text, left - 1)
            self._row.append(text)


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) <= 50 else 1


def html_tables(lines: list[str]) -> list[str]:
    """HTML tables (<table>…</table>, on one line or many) as lines of labelled rows, as for a
    Word table; the text around them stays."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        start = lines[i].find("<table")
        if start < 0:
            out.append(lines[i])
            i += 1
            continue
        block = lines[i][start:]
        before = lines[i][:start]
        while "</table>" not in block and i + 1 < len(lines):
            i += 1
            block += "\n" + lines[i]
        end = block.find("</table>")
        after = block[end + len("</table>") :] if end >= 0 else ""
        parser = _HtmlTable()
        parser.feed(block[: end + len("</table>")] if end >= 0 else block)
        if before.strip():
            out.append(before)
        out.extend(grid_lines([row for row in parser.grid if row]))
        if after.strip():
            out.append(after)
        i += 1
    return out


_BOX_BORDER = re.compile(r"^\s*[┌├└╔╠╚┏┣┗][─━═┬┼┴╦╬╩┳╋┻]+[┐┤┘╗╣╝┓┫┛]\s*$")
_BOX_JUNCTION = str.maketrans("┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛─━═", "+++++++++++++++++++++++++++---")


def _ascii_grid(line: str) -> str:
    """A table drawn with box-drawing characters (┌─┬─┐, │ a │ b │) as a grid table's line."""
    if _BOX_BORDER.match(line):
        return line.strip().translate(_BOX_JUNCTION)
    if line.lstrip().startswith(("│", "║", "┃")):
        return re.sub("[│║┃]", "|", line)
    return line


def _grid_row(lines: list[list[str]]) -> list[str]:
    """The cells of a grid table's row from the cells of its lines, each column's lines joined."""
    width = max(len(cells) for cells in lines)
    return ["".join(cells[c] if c < len(cells) else "" for cells in lines) for c in range(width)]


def grid_tables(lines: list[str]) -> list[str]:
    """A grid table (+----+----+ borders, as pandoc writes one from Word) as a pipe table: the lines
    of a row between two borders are one row, each cell's lines joined; the row above the
    +====+ border (or else the first) is the heading."""
    lines = [_ascii_grid(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (_GRID_BORDER.match(lines[i]) and i + 1 < len(lines) and _MD_TABLE_ROW.match(lines[i + 1])):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        current: list[list[str]] = []
        heading_rows = 0
        i += 1
        while i < len(lines) and (_GRID_BORDER.match(lines[i]) or _MD_TABLE_ROW.match(lines[i])):
            if _GRID_BORDER.match(lines[i]):
                if current:
                    rows.append(_grid_row(current))
                    current = []
                if "=" in lines[i] and not heading_rows:
                    heading_rows = len(rows)
            else:
                current.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
            i += 1
        if current:  # (a table cut off without its last border)
            rows.append(_grid_row(current))
        if not rows:
            continue
        heading = (
            rows[0]
            if heading_rows <= 1
            else ["".join(col) for col in zip(*rows[:heading_rows], strict=False)]
        )
        body = rows[max(heading_rows, 1) :]
        out.append("| " + " | ".join(heading) + " |")
        out.append("|" + "---|" * len(heading))
        out.extend("| " + " | ".join(row) + " |" for row in body)
    return out


def markdown_tables(lines: list[str]) -> list[str]:
    """A Markdown pipe table (| 区域 | 限速 | / | --- | --- |) as one sentence per row with each
    cell under its column heading, as for a Word table: 区域：园区主干道，叉车：10公里/小时。"""
    out = list(lines)
    i = 0
    while i + 1 < len(lines):
        if not (_MD_TABLE_ROW.match(lines[i]) and _MD_TABLE_RULE.match(lines[i + 1])):
            i += 1
            continue
        end = i + 2
        while end < len(lines) and _MD_TABLE_ROW.match(lines[end]):
            end += 1
        heading = _pipe_cells(lines[i])
        out[i] = out[i + 1] = ""
        body = []
        for n in range(i + 2, end):
            row = _pipe_cells(lines[n])
            row = (row + [""] * len(heading))[: len(heading)]
            body.append(labelled_row(heading, row) if any(heading) else row_sentence(row))
        out[i + 2 : end] = rows_apart(body)
        _caption_above(out, i)
        i = end
    return out


def _pipe_cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return ["" if c in _EMPTY_CELL else c for c in cells]


_CLAUSE_CELL = re.compile(rf"^(?:{_N}{_DOT}[{DIGITS}]|第[{_CN_NUM}0-9]+[章节条]|附[件表])")


def _tab_rows_joined(lines: list[str]) -> list[str]:
    """Tab-separated rows with the lines their cells wrap onto put back, as a spreadsheet saved as
    text breaks a cell that holds a line break: a line that starts with a tab and keeps the row's
    tabs (\t或停放在通道上\t\t) goes on with the cells of the row above, each under its column; a row
    cut short (3\t叉车司机离开时未拔钥匙，) goes on in the next line's first cell (或停放在通道上\t2\t100)."""
    out = list(lines)
    previous: int | None = None
    width = 0  # cells in the table's rows so far
    for n, line in enumerate(lines):
        text = line.rstrip(" \r")
        if not text.strip():
            continue
        cells = text.split("\t")
        above = out[previous].rstrip(" \r").split("\t") if previous is not None else []
        if outline_kind(text.strip()) is None and above:
            if text.startswith("\t") and text.count("\t") >= 2 and len(above) >= len(cells):
                padded = cells + [""] * (len(above) - len(cells))
                merged = [rejoin(cell, more.strip()) for cell, more in zip(above, padded, strict=True)]
            elif "\t" in text and len(above) < width and len(above) + len(cells) - 1 == width:
                merged = [*above[:-1], rejoin(above[-1], cells[0].strip()), *cells[1:]]
            else:
                merged = []
            if merged and previous is not None:
                out[previous] = "\t".join(merged)
                out[n] = ""
                continue
        previous = n if "\t" in text else None
        width = max(width, len(cells)) if previous is not None else 0
    return out


def text_tables(lines: list[str]) -> list[str]:
    """A table typed as text (cells apart by tabs or wide spaces, 罚款 and 扣分 columns of
    figures) as one sentence per row with each cell under its column heading, as for a Word
    table: 违章行为：酒后上岗，扣分：12分，罚款：2000元。 Rows of names and titles are left alone."""
    lines = _tab_rows_joined(lines)
    out = list(lines)
    # Blank lines between rows (a PDF read with its layout spaces its rows out) do not end a table.
    at = [n for n, line in enumerate(lines) if line.strip()]
    cells = [_CELL_GAP.split(lines[n].strip()) for n in at]
    i = 0
    while i < len(at):
        width = len(cells[i])
        end = i + 1
        # A row may leave its last cell empty (备注 unfilled); a clause of the outline (16.1　…)
        # is never a row.
        while (
            end < len(at)
            and max(2, width - 1) <= len(cells[end]) <= width
            and not _CLAUSE_CELL.match(cells[end][0])
        ):
            end += 1
        rows = [row + [""] * (width - len(row)) for row in cells[i + 1 : end]]
        heading = cells[i]
        if (
            width >= 2
            and not _CLAUSE_CELL.match(heading[0])
            and len(rows) >= 2
            and all(len(c) <= 40 for row in cells[i:end] for c in row)
            and not any(_FIGURE_CELL.match(c) for c in heading)
            and sum(any(_FIGURE_CELL.match(c) for c in row) for row in rows) * 2 >= len(rows)
        ):
            out[at[i]] = ""
            for k, line in enumerate(rows_apart([labelled_row(heading, row) for row in rows]), start=i + 1):
                out[at[k]] = line
            _caption_above(out, at[i])
            i = end
            continue
        i += 1
    return out


_TABBED_CONTENTS_LINE = re.compile(r"^\S.{0,60}?\t+\s*([0-9０-９]{1,3})\s*$")
CONTENTS_RUN = 3  # lines in a row that make a table of contents


def without_contents(lines: list[str]) -> list[str]:
    """Lines without a table of contents whose titles are followed by a tab and a page number (a
    Word TOC field as saved, 1.1　总则→1): runs of such lines with the pages in order."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        end, pages = i, []
        while end < len(lines) and (m := _TABBED_CONTENTS_LINE.match(lines[end].strip())):
            pages.append(int(to_half_width(m.group(1))))
            end += 1
        if end - i >= CONTENTS_RUN and pages == sorted(pages):
            keep[i:end] = [False] * (end - i)
        i = max(end, i + 1)
    for i in _listed_contents(lines):
        keep[i] = False
    return [line for line, kept in zip(lines, keep, strict=True) if kept]


def _compact_title(line: str) -> str:
    """A title line without its spacing or a Markdown heading's marks (# 1 范围 is 1 范围)."""
    return re.sub(r"\s+", "", line.strip().lstrip("#"))


_CONTENTS_HEAD = re.compile(r"^目\s*[录次]$")
CONTENTS_ENTRY_CHARS = 40  # a line of a table of contents is a title, no longer than this


def _listed_contents(lines: list[str]) -> list[int]:
    """The lines of a table of contents typed without page numbers (目录 over 粉尘防爆管理制度,
    木工机械操作规程 …; 目次 over 1 范围, 2 规范性引用文件 …): the heading and the titles under it
    that the document goes on to use as its own headings, at least CONTENTS_RUN of them."""
    head = next((i for i, line in enumerate(lines) if _CONTENTS_HEAD.match(line.strip())), None)
    if head is None:
        return []
    end = head + 1
    while (
        end < len(lines)
        and len(lines[end].strip()) <= CONTENTS_ENTRY_CHARS
        and not HEADING_PUNCT.search(lines[end])
    ):
        end += 1
    # (an entry is a title the document uses again further on, on one line or two: 附录A（规范性）
    # over 切纸机换刀作业程序)
    titles = [t for t in (_compact_title(line) for line in lines[head + 1 :]) if t]
    later = Counter(titles) + Counter(a + b for a, b in zip(titles, titles[1:], strict=False))
    entries: list[int] = []
    for i in range(head + 1, end):
        compact = _compact_title(lines[i])
        later[compact] -= 1
        if compact and later[compact] <= 0:
            break
        entries.append(i)
    if sum(1 for i in entries if lines[i].strip()) < CONTENTS_RUN:
        return []
    return [head, *entries]


_CN_OR_DIGITS = "一二三四五六七八九十百零〇两0-9"
# Where a line that runs several articles together (a rulebook pasted from a web page that lost its
# line breaks) starts a new one: 第X条 or 第X章 after the end of a sentence or clause, 第X条 right
# after a chapter's title (第二章 职责第五条 …), an item （一） after a colon or a clause's end.
_RUN_ON_BREAK = re.compile(
    rf"(?<=[。；;：:！？!?”」])\s*(?=第[{_CN_OR_DIGITS}]+[章条节](?![款项]))"
    rf"|(?<=[。；;：:])\s*(?=[（(][一二三四五六七八九十]{{1,3}}[）)])"
    rf"|(?<=制度|办法|规定|细则|规程|规范|预案|守则)\s*(?=第[一1][章条])"
)
_CHAPTER_THEN_ARTICLE = re.compile(
    rf"(第[{_CN_OR_DIGITS}]+[章节]\s*[^，。；：:第\s]{{1,16}}?)\s*(?=第[{_CN_OR_DIGITS}]+条)"
)
_ARTICLE_OR_CHAPTER = re.compile(rf"第[{_CN_OR_DIGITS}]+[章条]")
RUN_ON_MARKERS = 3  # articles or chapters in one line that make it a run-on line


def split_run_on(line: str) -> list[str]:
    """A line holding several articles as the lines they were (see _RUN_ON_BREAK)."""
    if len(_ARTICLE_OR_CHAPTER.findall(line)) < RUN_ON_MARKERS:
        return [line]
    line = _CHAPTER_THEN_ARTICLE.sub(r"\1\n", line)
    return [part for part in _RUN_ON_BREAK.sub("\n", line).split("\n") if part.strip()]


def _article_body(lines: list[str]) -> list[str]:
    """An article copied from WeChat without what follows its END (往期推荐 links, 来源, 声明)."""
    end = next((i for i, line in enumerate(lines) if i * 2 >= len(lines) and _ARTICLE_END.match(line)), None)
    return lines if end is None else lines[:end]


_MD_BULLET = re.compile(r"^\s*[-*+]\s.")


def _paragraphs_apart(source_lines: list[str], cleaned: list[str]) -> frozenset[str]:
    """Lines that are paragraphs of their own whatever the line before them looks like: a callout
    (a line opened by an emoji: ⚠️ 夜间不得单独实验), and a line set off by a blank line from a
    bulleted item above it (- [x] 填写实验记录, then a new paragraph)."""
    apart: set[str] = set()
    after_bullet = blank = False
    for source, line in zip(source_lines, cleaned, strict=True):
        if not line:
            blank = True
            continue
        if _LEADING_EMOJI.match(source.strip()) or (blank and after_bullet):
            apart.add(line)
        after_bullet, blank = _MD_BULLET.match(source) is not None, False
    return frozenset(apart)


_BARE_ARTICLE = re.compile(rf"^{_ARTICLE_LABEL_TEXT}$")


def _labels_with_their_text(lines: list[str]) -> list[str]:
    """An article's label on a line of its own (a wiki's ### 第十七条 heading over its text) put
    before its text, as rulebooks print it: 第十七条 熔炼炉…; the blank lines between go."""
    out = list(lines)
    for n, line in enumerate(out):
        if not _BARE_ARTICLE.match(line):
            continue
        after = next((k for k in range(n + 1, len(out)) if out[k]), None)
        if after is None or outline_kind(out[after]) is not None:
            continue
        out[n] = f"{line} {out[after]}"
        for k in range(n + 1, after + 1):
            out[k] = ""
    return out


def parse_text(text: str, name: str, content_hash: str | None = None) -> ParsedDocument:
    """Split one document's text into passages."""
    pages = "\n".join(without_running_lines(_text_pages(text))).split("\n")
    raw = without_contents([part for line in pages for part in split_run_on(line)])
    source_lines = text_tables(
        markdown_tables(grid_tables([field for line in html_tables(raw) for field in split_fields(line)]))
    )
    raw_lines = _labels_with_their_text([clean_line(line) for line in source_lines])
    lines = _article_body([line for line in raw_lines if line])
    apart = _paragraphs_apart(source_lines, raw_lines)
    if not lines:
        raise UnsupportedDocumentError("文件里没有文字")
    content_hash = content_hash or _content_hash(text.encode("utf-8"))

    # The body starts at the first main outline marker (一、 / 第一章 / 第一条); without one,
    # at the first marker of any kind.
    chapters = _decimal_chapters(lines)
    kinds = [_outline_kind_in(line, chapters) for line in lines]
    titles = _bound_rulebook_titles(lines, kinds)
    if titles:
        kinds = [_outline_kind_in(line, chapters, titles) for line in lines]
    start = next((i for i, k in enumerate(kinds) if k in _MAIN_MARKERS), None)
    # Markdown headings above the first chapter, article or 一、 are the letterhead and title; the
    # others head the body (see _outline_kind_in: a rulebook's title keeps its kind).
    headings = markdown_headings(source_lines, raw_lines)
    numbered_depths = numbered_heading_depths(source_lines, raw_lines)
    numbered_label_depths = {section_label(text): depth for text, depth in numbered_depths.items()}
    if start is not None:
        head = set(lines[:start])
        headings = {text: kind for text, kind in headings.items() if text not in head}
    if headings:
        kinds = [k if line in titles else headings.get(line, k) for line, k in zip(lines, kinds, strict=True)]
    if start is None:
        start = next((i for i, k in enumerate(kinds) if _heading_depth(k)), None)
    if start is None:
        start = next(
            (i for i, k in enumerate(kinds) if k not in (None, "row", *_ANNEX_KINDS)),
            next((i for i, k in enumerate(kinds) if k == "row"), len(lines)),
        )
    if 0 < start < len(lines) and kinds[start] == "row" and lines[start - 1].endswith(("：", ":")):
        start -= 1  # the caption of the table the body opens with (浇注岗位安全风险告知卡：)
    head_lines = [line.removeprefix(ROW_MARK) for line in lines[:start]]
    body_lines = lines[start:]

    # Signature, dates, contacts and print marks at the very end belong to the header.
    tail: list[str] = []
    while body_lines and (
        _is_date_line(body_lines[-1])
        or _TAIL_LINE.search(body_lines[-1])
        or _CONTACT.match(body_lines[-1])
        or (_is_issuer_line(body_lines[-1]) and outline_kind(body_lines[-1]) is None)
    ):
        tail.insert(0, body_lines.pop())
    # Contacts in the middle of the body are header material too.
    tail.extend(line for line in body_lines if _CONTACT.match(line))
    body_lines = [line for line in body_lines if not _CONTACT.match(line)]

    header, preamble = _parse_header(head_lines, tail, wrap_width(lines))
    title = (
        _markdown_title(source_lines, head_lines)
        or header.titled
        or header.body_title
        or (_notice_subject(header.notice_title) if header.notice_title else None)
    )
    if not title:
        title = next((ln for ln in lines if not DOC_NUMBER.search(ln) and not _is_date_line(ln)), name)[:60]
    title = title.strip("《》 ")

    passages: list[ParsedPassage] = []

    def add(section: tuple[str, ...], body: str, kind: str) -> None:
        for chunk in _split_long(body):
            passages.append(ParsedPassage(len(passages), section, chunk, kind))

    add((HEADER_SECTION,), _header_text(header, title), "header")
    if preamble:
        add((PREAMBLE_SECTION,), "\n".join(join_wrapped_lines(preamble)), "preamble")

    # Walk the outline with a stack of (kind, label); the stack order is learnt from the document.
    stack: list[tuple[str, str]] = []
    current_section: tuple[str, ...] = ()
    current_body: list[str] = []
    current_has_body = False
    pending_annex = False

    # Outline items in document order: (section path, paragraphs, whether it has body text, kind).
    items: list[_OutlineItem] = []

    def flush() -> None:
        nonlocal current_body, current_has_body
        if current_body:
            kind = stack[-1][0] if stack else None
            items.append((current_section or (title,), current_body, current_has_body, kind))
        current_body = []
        current_has_body = False

    def open_table(caption: str) -> None:
        """The rows that follow go under their caption (叉车日常点检项目：), which opens their section."""
        nonlocal current_section, current_body, current_has_body
        stack.append(("table", section_label(caption)))
        current_section = tuple(label for _, label in stack)
        current_body, current_has_body = [caption], False

    previous_paragraph, previous_kind = "", None
    outline_before_annex: set[str] = set()  # the kinds of the outline an annexed table interrupts
    for paragraph in join_wrapped_lines(body_lines, titles | frozenset(headings) | apart):
        kind = _outline_kind_in(paragraph, chapters, titles, headings)
        first_row = kind == "row" and previous_kind != "row"
        caption = previous_paragraph if previous_paragraph.endswith(("：", ":")) else None
        item_opens_table = caption is not None and previous_kind is not None
        after_rows = previous_kind == "row"
        previous_paragraph, previous_kind = paragraph, kind
        if kind == "row":
            paragraph = paragraph.removeprefix(ROW_MARK)
        if first_row and not item_opens_table:
            # A table under a list item's closing words, or under a caption line of its own
            # (叉车日常点检项目：), is not that item's: its rows go under the caption.
            if (
                caption is not None
                and (len(current_body) > 1 or not stack)
                and current_body[-1:] == [caption]
            ):
                current_body.pop()
            else:
                caption = None
            clause_above = current_has_body
            flush()
            # (a captioned table after another is the other's sibling: 浇注岗位…卡, 抛丸岗位…卡)
            while stack and (stack[-1][0] in _LIST_KINDS or caption is not None and stack[-1][0] == "table"):
                if stack[-1][0] in _DECIMAL_KINDS and not clause_above:
                    break  # a numbered heading (5.1.1 作业分级与审批) holds the table it sets out
                clause_above = False
                stack.pop()
            if caption is not None:
                open_table(caption)
        elif kind is not None and kind != "row":
            while stack and stack[-1][0] in ("row", "table"):  # the table ended
                stack.pop()
        if pending_annex and kind is None and _is_parenthetical(paragraph):
            continue  # what kind of annex it is, （规范性附录）: its title comes next
        if pending_annex and (
            kind is None or (_heading_depth(kind) and outline_kind(paragraph.rstrip("：:")) is None)
        ):
            # The annex's own title (a heading in Word's style too: 卸油作业安全确认表).
            stack[-1] = ("annex", f"{stack[-1][1]} {section_label(paragraph)}")
            current_section = tuple(label for _, label in stack)
            pending_annex = False
            continue
        pending_annex = False
        if (
            kind is None
            and after_rows
            and paragraph.endswith(("：", ":"))
            and stack
            and stack[-1][0] in ("row", "table")
        ):
            # The caption of the next table after a table's rows (抛丸岗位…卡： after 浇注岗位…卡's rows).
            flush()
            while stack and stack[-1][0] in ("row", "table"):
                stack.pop()
            open_table(paragraph)
            continue
        if kind is None:
            current_body.append(paragraph)
            current_has_body = True
            continue
        flush()
        # An annex belongs to the rulebook of a collection it follows.
        bound = stack[:1] if stack and stack[0][0] == "rulebook" else []
        if kind in _ANNEX_KINDS:
            outline_before_annex = {k for k, _ in stack}
        if kind == "annex":
            stack = [*bound, ("annex", paragraph.replace(" ", ""))]
            pending_annex = True
        elif kind == "annex_titled":
            number, title_part = _annex_number_and_title(paragraph)
            stack = [*bound, ("annex", f"{number} {section_label(title_part)}")]
        elif kind == "annex_table":
            # A table annexed without a number belongs to the rulebook or annex it closes.
            outer = [
                (k, label)
                for k, label in stack
                if k == "rulebook" or (k == "annex" and label.startswith("附件"))
            ]
            stack = [*outer, ("annex", f"附表 {section_label(paragraph[2:].lstrip('：: '))}")]
        elif kind == "rulebook":
            stack = [(kind, paragraph)]
        else:
            table = next(
                (j for j, (k, label) in enumerate(stack) if k == "annex" and label.startswith("附表")), None
            )
            # A table annexed between clauses ends where the outline it interrupted goes on (not at
            # 2. under its own 说明：1. …).
            if table is not None and (kind in _MAIN_MARKERS or kind in outline_before_annex):
                del stack[table:]
            kinds_in_stack = [k for k, _ in stack]
            cut: int | None
            if depth := _heading_depth(kind):
                cut = _heading_cut(kinds_in_stack, depth)
            elif kind in _RANKED_LEVELS:
                rank = _RANKED_LEVELS.index(kind)
                cut = next(
                    (
                        j
                        for j, k in enumerate(kinds_in_stack)
                        if k in _RANKED_LEVELS[rank:] and k != "rulebook"
                    ),
                    None,
                )
            elif kind in kinds_in_stack:
                cut = kinds_in_stack.index(kind)
            else:
                cut = _numbered_heading_cut(stack, numbered_depths.get(paragraph), numbered_label_depths)
            if cut is not None:
                del stack[cut:]
            stack.append((kind, _item_label(kind, paragraph)))
        current_section = tuple(label for _, label in stack)
        if kind not in _ANNEX_KINDS:
            current_body = [paragraph]
            current_has_body = not (_is_heading_line(paragraph) or _heading_depth(kind))
    flush()
    for section, body in _outline_passages(items):
        add(section, body, "body")

    return ParsedDocument(
        name=name,
        title=title,
        doc_number=header.doc_number,
        issuer=header.issuer,
        issued_on=header.issued_on,
        content_hash=content_hash,
        passages=passages,
    )


_MD_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(\S.*?)\s*#*\s*$")
# Levels a Markdown heading without a number of its own (## 叉车司机安全操作规程) may sit under.
_STRUCTURE_LEVELS = ("rulebook", "part", "chapter", "section", "decimal_chapter")


def markdown_headings(source_lines: list[str], cleaned: list[str]) -> dict[str, str]:
    """Markdown headings that carry no outline number (## 叉车司机安全操作规程, ### 作业前), as outline
    kinds by depth (heading2, heading3). The document's title (its one top-level heading) is not a
    section; a heading numbered in its text (## 第一章 总则, ## 5 要求) is read by its number."""
    found: list[tuple[int, str]] = []
    for line, text in zip(source_lines, cleaned, strict=True):
        if text and (m := _MD_ATX_HEADING.match(line)):
            found.append((len(m.group(1)), text))
    if not found:
        return {}
    top = min(depth for depth, _ in found)
    if found[0][0] == top and sum(depth == top for depth, _ in found) == 1:
        found = found[1:]
    return {text: f"heading{depth}" for depth, text in found if outline_kind(text) is None}


def numbered_heading_depths(source_lines: list[str], cleaned: list[str]) -> dict[str, int]:
    """Headings numbered in their text (## （三）超员超量的处理, a Word 标题 2 typed （三）), by depth:
    where the outline's own numbers leave a doubt, the depth places them."""
    return {
        text: len(m.group(1))
        for line, text in zip(source_lines, cleaned, strict=True)
        if text and (m := _MD_ATX_HEADING.match(line)) and outline_kind(text) is not None
    }


def _numbered_heading_cut(
    stack: list[tuple[str, str]], depth: int | None, label_depths: dict[str, int]
) -> int | None:
    """Where a numbered heading of a new kind cuts the stack: after the nearest heading above it
    (（三） under 三、 after a table's note 2. … has closed （二）), not under the last item.
    label_depths: the numbered headings' depths by their labels in the stack."""
    if depth is None:
        return None
    above = [j for j, (_, label) in enumerate(stack) if label_depths.get(label, depth) < depth]
    return above[-1] + 1 if above else None


def _heading_depth(kind: str | None) -> int:
    return int(kind[7:]) if kind and kind.startswith("heading") else 0


def _heading_cut(kinds_in_stack: list[str], depth: int) -> int:
    """Where a Markdown heading of this depth cuts the outline stack: after the nearest shallower
    heading, else after the chapters and sections it sits in."""
    shallower = [j for j, k in enumerate(kinds_in_stack) if 0 < _heading_depth(k) < depth]
    if shallower:
        return shallower[-1] + 1
    return next((j for j, k in enumerate(kinds_in_stack) if k not in _STRUCTURE_LEVELS), len(kinds_in_stack))


_ROW_VALUE = re.compile(r"(?:^|，)[^，：]{1,12}：([^，。]+)")


# A numbered question of a handbook in questions and answers (12. 问：劳保用品坏了怎么办？).
_NUMBERED_QUESTION = re.compile(r"^(\S{1,6}?)\s*[【\[]?问[】\]]?\s*[：:]\s*")


def _item_label(kind: str, paragraph: str) -> str:
    if kind == "row":
        return _row_label(paragraph)
    if kind == "question":  # 问：新员工进厂要经过哪些安全教育？ is labelled by what it asks
        asked = re.sub(r"^[【\[]?问[】\]]?\s*[：:]\s*", "", paragraph)
        return _asked(asked)
    if numbered := _NUMBERED_QUESTION.match(paragraph):
        return f"{numbered.group(1)} {_asked(paragraph[numbered.end() :])}"
    return section_label(paragraph)


def _asked(text: str) -> str:
    """What a question asks, up to its question mark or its answer."""
    return re.split(r"(?<=[？?])|\n|答[：:]", text, maxsplit=1)[0][:40]


def _row_label(row: str) -> str:
    """A table row's label: its first cell (with the next when the first is short: 冲压设备 安全垫块)."""
    values = _ROW_VALUE.findall(row)
    named = re.match(r"^([^，。；：]{1,30})：", row)
    if named is not None and len(values) <= 1:
        return named.group(1)  # a label and its text (处置步骤：1.…), not cells under headings
    if not values:
        return section_label(row)
    label = values[0] if len(values) < 2 or len(values[0]) > 6 else f"{values[0]} {values[1]}"
    return label[:30]


LIST_ITEM_CHARS = 100  # an item this short, with no items of its own, is a line of a list
LIST_CHARS = 400  # a list up to this long stays in one passage with the clause that opens it
# Markers of list items; chapters, articles and 一、 sections are never folded into their parent.
_LIST_KINDS = (
    "paren_cn",
    "num",
    "paren_num",
    "half_paren_num",
    "circled",
    "decimal",
    "decimal3",
    "decimal4",
    "row",
    "question",
)
_DECIMAL_KINDS = ("decimal", "decimal3", "decimal4")
_OutlineItem = tuple[tuple[str, ...], list[str], bool, str | None]


def _outline_passages(items: list[_OutlineItem]) -> list[tuple[tuple[str, ...], str]]:
    """Passages from outline items. A short list under a clause (“进库三确认”：1. … 2. … 3. …;
    报警值分两级：（一）…（二）…) stays one passage with the clause, so a question on the whole list
    finds it whole. A short marker line alone is a title when items follow under it (一、指导思想
    then （一）…); with none under it (7.1 调度中心：0532-…, then 7.2 …) it is content."""
    out: list[tuple[tuple[str, ...], str]] = []
    i = 0
    while i < len(items):
        section, body, has_body, parent_kind = items[i]
        end = i + 1
        while (
            end < len(items)
            and len(items[end][0]) > len(section)
            and items[end][0][: len(section)] == section
        ):
            end += 1
        under = items[i + 1 : end]
        if (
            len(under) >= 2
            # (the rules under a heading of a procedure, 作业中 or ◆ 加氯工, are rules of their own)
            and not (_heading_depth(parent_kind) or parent_kind == "bullet_title")
            and all(len(s) == len(section) + 1 and kind in _LIST_KINDS for s, _, _, kind in under)
            # (an item's own line; what follows the last item is the clause's closing words)
            and all(len(b[0]) <= LIST_ITEM_CHARS for _, b, _, _ in under)
            and sum(len("".join(b)) for _, b, _, _ in [items[i], *under]) <= LIST_CHARS
        ):
            out.append((section, "\n".join([*body, *(line for _, b, _, _ in under for line in b)])))
            i = end
            continue
        if has_body or not under or len("".join(body)) > 40:
            out.append((section, "\n".join(body)))
        i += 1
    return out


def parse_file(path: Path, name: str | None = None) -> ParsedDocument:
    data = path.read_bytes()
    text = read_text(path)
    return parse_text(text, name or path.name, _content_hash(data))


def _content_hash(data: bytes) -> str:
    """The file's hash with the parser's version: re-ingesting the same file after the parser
    changed replaces its passages instead of keeping the old split."""
    return hashlib.sha256(f"parser={PARSER_VERSION}\x00".encode() + data).hexdigest()
