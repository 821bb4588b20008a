"""Reading a PDF page as its layout sets it out: a page in two columns, a table of several columns
whose cells wrap onto more lines, and a table of a label column and a text column (a 处置卡, a 告知卡).
Each is given back as lines the outline reader takes: the columns one after the other, and each row
of a table as one marked line (documents.ROW_MARK) whose cells are named (作业活动：…，危险因素：…)."""

from __future__ import annotations

import functools
import re

from knowledge.documents import (
    DIGITS,
    FIELD_LABEL,
    GUTTER,
    HEADING_PUNCT,
    ROW_MARK,
    TERMINAL,
    is_contents_line,
    is_page_number,
    labelled_row,
    rejoin,
    row_sentence,
)
from knowledge.normalize import to_half_width


def tables_read(page: str) -> str:
    """A page with its tables of several columns, then its label–text tables, read row by row."""
    return label_tables(layout_tables(page))


# A page is set in two columns when most of its lines have one gap, in its middle, with text on both
# sides; a table has several gaps a line, and a page of prose none.
TWO_COLUMN_SHARE = 0.5
MIN_BLOCK_LINES = 4  # lines in two columns at a page's top that make a two-column part of it
BLOCK_SHARE = 0.8  # of the lines of such a part, the share that hold both columns
MIN_COLUMN_LINES = 6


def columns_apart(page: str) -> str:
    """A page set in two columns (a handbook, a pamphlet) as its left column, then its right one.

    Read with its layout, each line of such a page holds a line of either column side by side
    (进舱前必须通风…      动火点周围10米内…); read as it stands, every sentence would run into the
    other column's. A page in one column is returned as it is."""
    lines = page.splitlines()
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < MIN_COLUMN_LINES:
        return page
    width = max(len(line) for line in content)
    low, high = width * 0.3, width * 0.7
    parts: list[tuple[str, str] | None] = []
    ends: list[int] = []  # where the left column's text ends on the lines holding both
    for line in lines:
        text = line.rstrip()
        if not text.strip():
            parts.append(("", ""))
            continue
        indent = len(text) - len(text.lstrip())
        gaps = [m for m in GUTTER.finditer(text) if m.start() > indent]
        if is_contents_line(text):
            parts.append(None)  # a contents line's title and page are set apart, not columns
        elif len(gaps) == 1 and (low <= gaps[0].start() <= high or low <= gaps[0].end() <= high):
            parts.append((text[: gaps[0].start()].strip(), text[gaps[0].end() :].strip()))
            ends.append(gaps[0].start())
        elif not gaps and indent >= low:
            parts.append(("", text.strip()))  # the right column only
        elif not gaps and len(text) <= high:
            parts.append((text.strip(), ""))  # the left column only
        else:
            parts.append(None)  # across the page (a heading over both columns)
    split = [n for n, part in enumerate(parts) if part and part[0] and part[1]]  # the lines holding both
    first, last = 0, len(lines) - 1
    if len(split) < TWO_COLUMN_SHARE * len(content):
        # The page's top alone may be set in two columns (a two-column part ending mid-page, its
        # columns balanced), one column running on below it.
        if len(split) < MIN_BLOCK_LINES or any(lines[n].strip() for n in range(split[0])):
            return page
        first, last = split[0], split[-1]
        if len(split) < BLOCK_SHARE * sum(1 for n in range(first, last + 1) if lines[n].strip()):
            return page
    # A line across the page below the columns ends them, with the lines after the blank before it
    # (九、有限空间作业 over 44. 问：…, in one column again).
    across = next(
        (n for n in range(split[-1] + 1, len(lines)) if parts[n] is None and lines[n].strip()), None
    )
    if across is not None:
        last = max((n for n in range(split[-1] + 1, across) if not lines[n].strip()), default=across - 1)
    # A left column's line too long for its width (ASCII counts one place each: 3000r/min) pushes
    # the right column's line along, two spaces after it: split there too.
    ends.sort()
    column = ends[len(ends) // 2]  # where the left column's full lines end
    for n, (line, part) in enumerate(zip(lines, parts, strict=True)):
        if part is not None or is_contents_line(line):
            continue
        text = line.rstrip()
        indent = len(text) - len(text.lstrip())
        pushed = [
            m
            for m in _LAYOUT_GAP.finditer(text)
            if m.start() > indent and m.start() >= column - _COLUMN_SLACK
        ]
        if pushed and not GUTTER.search(text, indent):
            parts[n] = (text[: pushed[0].start()].strip(), text[pushed[0].end() :].strip())
    left: list[str] = []
    right: list[str] = []
    for line, part in zip(lines[first : last + 1], parts[first : last + 1], strict=True):
        if part is None:
            left.append(line.strip())
            continue
        if part[0] or not part[1]:
            left.append(part[0])
        if part[1] or not part[0]:
            right.append(part[1])
    return "\n".join(lines[:first] + left + [""] + right + [""] + lines[last + 1 :])


# A table of three columns or more as a PDF's layout gives it: a heading row of short names, then
# rows whose cells start under them; a cell too long for its column goes on in the lines below.
_LAYOUT_GAP = re.compile(r" {2,}")
_HEADING_CELL = re.compile(r"^[\u4e00-\u9fff（）()/、]{2,12}$")
LAYOUT_TABLE_COLUMNS = 3
_COLUMN_SLACK = 2
# Cells set flush left drift a little from line to line as a layout prints Chinese (a character is
# counted one place, and printed two), so their columns are matched more loosely.
FLUSH_LEFT_SLACK = 4


def _segments(line: str) -> list[tuple[int, str]]:
    """A layout line's pieces of text apart by wide gaps, each with the column it starts at."""
    found: list[tuple[int, str]] = []
    position = 0
    for piece in _LAYOUT_GAP.split(line):
        start = line.index(piece, position) if piece else position
        if piece.strip():
            found.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
        position = start + len(piece)
    return found


def _heading_cells(line: str) -> list[tuple[int, str]]:
    """A line's pieces as cells of a heading row: a piece of short names a single space apart (序号
    检查类别, where the layout set two narrow columns close) is a cell each."""
    cells: list[tuple[int, str]] = []
    for at, text in _segments(line):
        parts = text.split(" ")
        if len(parts) > 1 and all(_HEADING_CELL.match(part) for part in parts):
            for part in parts:
                cells.append((at, part))
                at += len(part) + 1
        else:
            cells.append((at, text))
    return cells


def _cells_of(line: str, starts: list[int], slack: int = _COLUMN_SLACK) -> list[tuple[int, str]]:
    """A table line's pieces, a piece split at a single space where its next word starts under a
    column's name (12 分公司检查: the row number and the first cell set close)."""
    cells: list[tuple[int, str]] = []
    for at, text in _segments(line):
        begin = 0
        for space in (m.start() for m in re.finditer(" ", text)):
            if any(abs(at + space + 1 - s) <= slack for s in starts) and space > begin:
                cells.append((at + begin, text[begin:space]))
                begin = space + 1
        cells.append((at + begin, text[begin:]))
    return cells


def layout_tables(page: str) -> str:
    """A page's tables of several columns (a 风险分级管控清单, a 隐患排查表 printed from Excel or Word)
    as one line a row, each cell under its column's name and with its wrapped lines put back
    together: 作业活动：储罐区物料装卸，危险因素：装卸软管破裂、静电积聚、罐车未熄火，…。"""
    lines = page.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        heading = _heading_cells(lines[i])
        # (two names, not a card's first row: 岗位　门站运行工、门站值班长 lists who, it names nothing)
        if len(heading) == 2 and all(_HEADING_CELL.match(text) and "、" not in text for _, text in heading):
            found = _two_column_rows(lines, i + 1, heading)
            if found is not None:
                rows, end = found
                out.extend(ROW_MARK + labelled_row([text for _, text in heading], row) for row in rows)
                i = end
                continue
        if len(heading) < LAYOUT_TABLE_COLUMNS or not all(_HEADING_CELL.match(text) for _, text in heading):
            out.append(lines[i])
            i += 1
            continue
        starts = [start for start, _ in heading]
        rows, end = _layout_rows(lines, i + 1, starts)
        if len(rows) < 2:
            # Names centred over cells set flush left (as Word and most exports print a table):
            # the columns start where the first row's cells do.
            first = next((_segments(line) for line in lines[i + 1 : i + 3] if line.strip()), [])
            if len(first) == len(starts):
                rows, end = _layout_rows(lines, i + 1, [at for at, _ in first], FLUSH_LEFT_SLACK)
                after = next((line for line in lines[end:] if line.strip()), "")
                if len(_segments(after)) > 1:
                    rows = []  # it stopped inside the table: the text reader below does better
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        names = [text for _, text in heading]
        out.extend(ROW_MARK + labelled_row(names, row) for row in rows)
        i = end
    return "\n".join(out)


TWO_COLUMN_ROWS = 3  # rows a table of two named columns needs to be read as one


def _two_column_rows(
    lines: list[str], start: int, heading: list[tuple[int, str]]
) -> tuple[list[list[str]], int] | None:
    """The rows under a heading of two names (检测项目　控制指标及检测要求), each row a run of lines
    between blank ones, if the lines under it are such a table (and the line after it). The first
    column's cells are centred (a long 氮氧化物（换算成NO₂） starts left of its name), so it is all
    that stands left of the second column; the second column starts where its name's first row
    does and its cells wrap onto lines of their own. The heading repeated on the next page, and the
    page's number, are no rows."""
    first_row = next((_segments(line) for line in lines[start : start + 3] if line.strip()), [])
    if len(first_row) != 2 or abs(first_row[1][0] - heading[1][0]) > FLUSH_LEFT_SLACK:
        return None
    second = first_row[1][0]
    names = [text for _, text in heading]
    rows: list[list[str]] = []
    row: list[str] | None = None
    left_starts = {heading[0][0]}
    end = start
    for n in range(start, len(lines)):
        line = lines[n]
        if not line.strip() or is_page_number(line):
            row = None
            continue
        pieces = _segments(line)
        if [text for _, text in pieces] == names:
            row = None
            end = n + 1
            continue
        left_pieces = [(at, text) for at, text in pieces if at + len(text) < second - _COLUMN_SLACK]
        left_starts.update(at for at, _ in left_pieces)
        left = [text for _, text in left_pieces]
        right = [text for at, text in pieces if abs(at - second) <= FLUSH_LEFT_SLACK]
        if len(left) + len(right) != len(pieces) or len(left) > 1 or len(right) > 1:
            break
        if row is None:
            row = ["", ""]
            rows.append(row)
        for column, texts in enumerate((left, right)):
            for text in texts:
                row[column] = rejoin(row[column], text)
        end = n + 1
    rows = [r for r in rows if r[1]]
    if len(rows) < TWO_COLUMN_ROWS or sum(1 for r in rows if r[0]) * 2 < len(rows):
        return None
    if _label_line(lines[start - 1]) is not None and max(left_starts) - min(left_starts) <= _COLUMN_SLACK:
        return None  # labels flush left under a first row of the same kind: a card (see label_tables)
    return rows, end


def _layout_rows(
    lines: list[str], start: int, starts: list[int], slack: int = _COLUMN_SLACK
) -> tuple[list[list[str]], int]:
    """The rows under a heading whose columns start at `starts` (and the line after them). A line
    with a first cell (序号) is a row's; the lines without one belong to the row above when cells
    are set at the top, or are shared out around the rows' lines when cells are centred. A cell
    merged down several rows (检查类别) names each of them."""
    region: list[dict[int, str]] = []  # each line's pieces by column
    blocks: list[int] = []  # each line's run of lines between blank ones
    block = 0
    end = start
    for n in range(start, len(lines)):
        pieces = _cells_of(lines[n], starts, slack)
        if not pieces or is_page_number(lines[n]):  # (a page's footer under a table is no cell)
            block += 1
            continue
        columns = [_column_of(at, text, starts, slack) for at, text in pieces]
        if any(c is None for c in columns) or len(set(columns)) != len(columns):
            break
        region.append({c: text for c, (_, text) in zip(columns, pieces, strict=True) if c is not None})
        blocks.append(block)
        end = n + 1
    widest_first = max((_print_width(cells.get(0, "")) for cells in region), default=0)
    anchors = [
        k
        for k, cells in enumerate(region)
        if 0 in cells and not _first_cell_goes_on(region, blocks, k, len(starts), widest_first)
    ]
    if len(anchors) < 2:
        return [], start
    # A column filled on few lines is a cell merged down the rows between (检查类别).
    filled = [sum(1 for cells in region if c in cells) for c in range(len(starts))]
    merged = {c for c in range(1, len(starts)) if len(anchors) > 2 and 0 < filled[c] * 2 <= len(anchors)}
    # The columns whose cells wrap onto more lines: only their text runs on from line to line.
    wrapping = {c for k, cells in enumerate(region) if k not in anchors for c in cells} - merged
    # Cells are centred when lines stand above the first row's first cell, or a merged cell's
    # name stands below its first row's line.
    first_name = min((k for k, cells in enumerate(region) if merged & set(cells)), default=anchors[0])
    centred = anchors[0] > 0 or first_name > anchors[0]
    # Rows set apart by blank lines, one first cell in each run of lines, are those runs: a centred
    # row's lines above its first cell are no part of the row before.
    anchor_blocks = [blocks[k] for k in anchors]
    if len(set(anchor_blocks)) == len(anchors) and set(blocks) == set(anchor_blocks):
        owner = [anchor_blocks.index(b) for b in blocks]
    else:
        owner = _line_owners(region, anchors, wrapping, centred)
    rows = [[""] * len(starts) for _ in anchors]
    names: dict[int, list[tuple[int, str]]] = {c: [] for c in merged}  # column → (line, name)
    for k, cells in enumerate(region):
        for column, text in cells.items():
            if column in merged:
                names[column].append((k, text))
            else:
                rows[owner[k]][column] = rejoin(rows[owner[k]][column], text)
    last_lines = [0] * len(rows)
    for k, r in enumerate(owner):
        last_lines[r] = k
    for column, found in names.items():
        for r, name in enumerate(_merged_names(found, last_lines, owner, centred=owner[found[0][0]] > 0)):
            rows[r][column] = name
    return rows, end


def _first_cell_goes_on(
    region: list[dict[int, str]], blocks: list[int], k: int, columns: int, widest_first: int
) -> bool:
    """Whether line k's first cell is the rest of the line above's (一氧化碳检测报警 / 仪): that one
    was cut at the column's width (`widest_first`, the widest first cell), and this line holds too
    few cells to be a row of its own."""
    if k == 0 or 0 not in region[k - 1] or blocks[k] != blocks[k - 1] or len(region[k]) * 2 > columns:
        return False
    return _runs_on({0: region[k - 1][0]}, {0: widest_first})


def _merged_names(
    found: list[tuple[int, str]], last_lines: list[int], owner: list[int], centred: bool
) -> list[str]:
    """Each row's name from a cell merged down rows: set at the top, a name heads the rows from its
    own down to the next name's; centred, it stands mid-way down its rows' lines (on the upper of
    the two middle ones), so its rows end at the first row end at least as far below it as their
    first line is above it."""
    names = [""] * len(last_lines)
    first_row = 0
    for i, (line, name) in enumerate(found):
        if i + 1 == len(found):
            end_row = len(last_lines) - 1
        elif not centred:
            end_row = owner[found[i + 1][0]] - 1
        else:
            first_line = last_lines[first_row - 1] + 1 if first_row else 0
            reach = max(line, 2 * line - first_line)
            end_row = next(
                (r for r in range(first_row, len(last_lines)) if last_lines[r] >= reach), len(last_lines) - 1
            )
            next_row = owner[found[i + 1][0]]
            if next_row > first_row:  # (never into the row that holds the next name)
                end_row = min(end_row, next_row - 1)
        for r in range(first_row, end_row + 1):
            names[r] = name
        first_row = max(first_row, end_row + 1)
    return names


def _line_owners(
    region: list[dict[int, str]], anchors: list[int], wrapping: set[int], centred: bool
) -> list[int]:
    """For each line of a table, the row (its index among the anchors) it belongs to. A row's
    cells go on below the line of its first cell while their text runs on (cut at the column's
    width, no sentence ended); the lines after that, and any above the first row's, are the next
    row's, whose cells are centred about its first cell's line."""
    owner = [0] * len(region)
    widest = {c: max(_print_width(cells.get(c, "")) for cells in region) for c in wrapping}
    above = anchors[0]
    for r, line in enumerate(anchors):
        owner[line] = r
        following = anchors[r + 1] if r + 1 < len(anchors) else len(region)
        between = list(range(line + 1, following))
        # (centred, a row has as many lines below its first cell's line as above it, or one more)
        most = above + 1 if centred else len(between)
        share = 0
        while share < len(between) and (
            r + 1 == len(anchors)
            or share < most
            and _runs_on(region[between[share - 1] if share else line], widest)
        ):
            share += 1
        for k in between[:share]:
            owner[k] = r
        for k in between[share:]:
            owner[k] = r + 1
        above = len(between) - share
    return owner


FULL_LINE_SHARE = 0.9  # of a column's widest line: a line this long was cut there, its cell goes on


def _runs_on(cells: dict[int, str], widest: dict[int, int]) -> bool:
    """Whether a table line goes on in the line below: one of its cells' pieces is cut near its
    column's width, with no sentence ended."""
    return any(
        not text.endswith(tuple(TERMINAL)) and _print_width(text) >= FULL_LINE_SHARE * widest[column]
        for column, text in cells.items()
        if column in widest
    )


def _print_width(text: str) -> int:
    """How wide a piece of text prints: a Chinese character (or full-width sign) takes two places."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _column_of(at: int, text: str, starts: list[int], slack: int = _COLUMN_SLACK) -> int | None:
    """The column a piece of text starting at `at` belongs to, if it stays within it."""
    column = max((j for j, s in enumerate(starts) if s - slack <= at), default=None)
    if column is None:
        return None
    if column + 1 < len(starts) and at + len(text) > starts[column + 1] + slack:
        return None  # it runs across the next column: a line of prose, not a cell
    return column


# A row of a two-column table as a PDF's layout gives it: a short label, a gap, its text (处置步骤
# 1.立即关闭…); the text's further lines are indented to where that text starts.
_LABEL_LINE = re.compile(
    r"^ {0,3}([\u4e00-\u9fff][\u4e00-\u9fff（）()/、 \u3000]{0,10}[\u4e00-\u9fff）)])( {2,})(\S.*)$"
)
LABEL_TABLE_ROWS = 3  # label rows in a run that make a label–text table (a card, a 告知卡)
_LABEL_INDENT_SLACK = 3


def label_tables(page: str) -> str:
    """A page's tables of a label column and a text column (an emergency card, a risk notice) as one
    line a row, 处置步骤：1.立即关闭…2.打开…, and the short line above such a table, its title, as a
    heading (# 锅炉房天然气泄漏现场处置卡). Read with its layout, a label stands on one line of its row,
    the middle one when the cell is centred, and the row's other lines are indented lines around it."""
    lines = page.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        block = _label_block(lines, i)
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        end, rows = block
        title = _table_title(out)
        if title is not None:
            out[title] = "# " + out[title].strip()
        cells = [f"{label}：{functools.reduce(rejoin, parts, '')}" for label, parts in rows]
        out.extend(ROW_MARK + row_sentence([cell]) for cell in cells)
        i = end
    return "\n".join(out)


def _label_block(lines: list[str], start: int) -> tuple[int, list[tuple[str, list[str]]]] | None:
    """The label–text table starting at line `start` (the line after it, and its rows), if one does.
    A row may hold a table of its own, each stage of it labelled (处置步骤 | 发现与报告 | 1.…): its
    stages' names go beside the row's label, its lines into the row's text."""
    first = _label_line(lines[start])
    if first is None:
        return None
    column = first.start(3)
    labels: list[tuple[int, str, str]] = []  # line, label, its text
    continued: dict[int, str] = {}  # line → an indented line of some row's text
    stages: dict[int, str] = {}  # line → the name of a stage beside it
    staged = False  # within a row that has stages, whose text is indented deeper
    end = start
    for n in range(start, len(lines)):
        line = lines[n]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        labelled = _label_line(line)
        if labelled is not None and _under_column(labelled, column, staged):
            text = labelled.group(3).strip()
            staged = (stage := _STAGE.match(text)) is not None
            if stage is not None:
                stages[n], text = stage.group(1), stage.group(2)
            labels.append((n, re.sub(r"[ \u3000]", "", labelled.group(1)), text))
        elif abs(indent - column) <= _LABEL_INDENT_SLACK:
            text = line.strip()
            if (stage := _STAGE.match(text)) is not None:
                stages[n], text, staged = stage.group(1), stage.group(2), True
            continued[n] = text
        elif indent > column and (staged or _stage_follows(lines, n, column)):
            continued[n] = line.strip()
        else:
            break
        end = n + 1
    if len(labels) < LABEL_TABLE_ROWS or 2 * sum(n in stages for n, _, _ in labels) > len(labels):
        return None  # (a row of three columns each is a table of three columns, not rows in stages)
    rows: list[tuple[str, list[str]]] = []
    above = [m for m in continued if m < labels[0][0]]
    # Centred labels: a row's lines stand above its label too, or a label's line is a later step.
    centred = bool(above) or any(_centred_label(text) for _, _, text in labels)
    for k, (n, label, text) in enumerate(labels):
        following = labels[k + 1][0] if k + 1 < len(labels) else end
        between = [m for m in continued if n < m < following]
        last = k + 1 == len(labels)
        texts = [continued[m] for m in between]
        share = _upper_share(text, texts, len(above)) if centred and not last else len(between)
        row = [*above, n, *between[:share]]
        named = [stages[m] for m in row if m in stages]
        rows.append(
            (label + (f"（{'、'.join(named)}）" if named else ""), [continued.get(m, text) for m in row])
        )
        above = between[share:]
    return end, rows


def _under_column(labelled: re.Match[str], column: int, staged: bool) -> bool:
    """Whether a label's text starts at the table's text column: a long label pushes it a little
    right (the layout counts a wide character as one); in a row of stages, it is a stage's text."""
    shift = labelled.start(3) - column
    return -_LABEL_INDENT_SLACK <= shift <= _LABEL_INDENT_SLACK + max(0, len(labelled.group(1)) - 4) or (
        staged and shift > 0
    )


def _stage_follows(lines: list[str], start: int, column: int) -> bool:
    """Whether the lines indented past the text column from `start` on lead to a stage's name (the
    name stands mid-way down its stage's lines)."""
    for line in lines[start:]:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if indent > column + _LABEL_INDENT_SLACK:
            continue
        labelled = _label_line(line)
        text = labelled.group(3) if labelled is not None else line.strip()
        return _STAGE.match(text.strip()) is not None
    return False


# The name of a stage within a row (控制与隔离     4.泄漏点无法隔离时…); not a name beside its
# number (公司调度中心    0736-8219110).
_STAGE = re.compile(r"^([\u4e00-\u9fff]{2,8}) {3,}((?![0-9]{2}|[0-9]+\s*[-/])\S.*)$")


def _label_line(line: str) -> re.Match[str] | None:
    """A label and its text, the text in one column (a table of more columns has more gaps), or in
    a stage of the row (处置步骤     控制与隔离     4.泄漏点…)."""
    label = _LABEL_LINE.match(line)
    if label is None or is_contents_line(line):
        return None
    text = label.group(3)
    stage = _STAGE.match(text)
    if GUTTER.search(stage.group(2) if stage else text):
        return None
    return label


def _centred_label(text: str) -> bool:
    """Whether a label stands mid-cell: its line holds a later step of a list (3.向值班长报告)."""
    return (_item_number(text) or 0) > 1


def _upper_share(text: str, between: list[str], above: int) -> int:
    """How many of the indented lines between two centred labels end the upper row (whose label's
    line holds `text`): as many as stood above its label, or one more (a cell of an even number of
    lines sets its label on the upper middle one), cut where a sentence ends and not inside a list
    of steps."""
    best, best_cost = 0, float("inf")
    for k in range(len(between) + 1):
        cost = 0.0 if k in (above, above + 1) else 2.0 * min(abs(k - above), abs(k - above - 1))
        upper_end = between[k - 1] if k else text
        if not upper_end.endswith(tuple(TERMINAL)):
            cost += 5  # a sentence would be cut in two
        below, upper = _item_number(between[k]) if k < len(between) else None, _item_number(upper_end)
        if below is not None and upper is not None:
            cost += 3 if below == upper + 1 else -1 if below == 1 else 0  # a list goes on, or starts over
        if cost < best_cost:
            best, best_cost = k, cost
    return best


def _item_number(text: str) -> int | None:
    """The number of a numbered step the text opens (3.向值班长报告 → 3)."""
    number = re.match(rf"^([{DIGITS}]{{1,2}})[.．、）)]", text)
    return int(to_half_width(number.group(1))) if number else None


def _table_title(lines: list[str]) -> int | None:
    """The line above a table that titles it: short, no sentence, past any field lines (编号：…)."""
    seen = 0
    for n in range(len(lines) - 1, -1, -1):
        text = lines[n].strip()
        if not text:
            continue
        seen += 1
        if seen > 3:
            return None
        if FIELD_LABEL.match(text):
            continue
        if len(text) <= 30 and not HEADING_PUNCT.search(text) and not text.startswith("#"):
            return n
        return None
    return None
