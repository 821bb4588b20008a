"""jieba's dictionary without building it as a Python dict.

jieba keeps its dictionary as a dict of ~500,000 words and word prefixes, and unmarshalling it
takes ~1.5 s of a slow machine: most of the start-up of an index loaded from its cache, which then
looks up only the few thousand fragments of the questions it is asked. CompactFreq holds the same
entries sorted in one bytes blob and finds a word by binary search (remembering what it found), and
loads from its own cache file with one read. CompactTokenizer is a jieba.Tokenizer over it: jieba
reads its dictionary only through `in`, [] and get(), and add_word writes it through [] = …, so
it segments exactly as over the dict. A build, which looks up millions of fragments, switches to
the dict first (Analyzer.use_full_dictionary).
"""

from __future__ import annotations

import hashlib
import logging
import os
import struct
import sys
import tempfile
from array import array
from pathlib import Path
from typing import overload

import jieba

log = logging.getLogger(__name__)

# Bump when the file layout changes: the version is part of the cache file's name.
FORMAT_VERSION = 1
# magic, entries, total of the frequencies, length of the text of the words
_HEADER = struct.Struct("<8sQQQ")
_MAGIC = b"sbjieba1"
# Words looked up are remembered, up to this many (then forgotten at once, so a bot that runs
# for months does not grow without end; a dict of the whole dictionary has 500,000).
_REMEMBERED = 200_000
_ABSENT = -1  # jieba's frequencies are never negative


class CompactFreq:
    """jieba's FREQ (word or word prefix → frequency, 0 for a prefix only) as sorted UTF-8 words
    joined by newlines, their start offsets and their frequencies; writes (add_word) go to a small
    dict in front. Only what jieba and the Analyzer use: `in`, [], get() and [] = …"""

    def __init__(self, words: bytes, offsets: array[int], freqs: array[int]) -> None:
        self._words = words  # each word followed by b"\n" (no word holds one: they are lines)
        self._offsets = offsets  # len(freqs) + 1 starts, the last one len(words)
        self._freqs = freqs
        self._added: dict[str, int] = {}
        self._seen: dict[str, int] = {}

    @classmethod
    def from_dict(cls, freq: dict[str, int]) -> CompactFreq:
        entries = sorted((word.encode("utf-8"), n) for word, n in freq.items())
        offsets = array("I", [0])
        for word, _ in entries:
            offsets.append(offsets[-1] + len(word) + 1)
        words = b"".join(word + b"\n" for word, _ in entries)
        return cls(words, offsets, array("q", (n for _, n in entries)))

    def to_dict(self) -> dict[str, int]:
        """The plain dict jieba would have built, with what was added since."""
        text = self._words.decode("utf-8")
        full = dict(zip(text.split("\n")[:-1], self._freqs, strict=True))
        full.update(self._added)
        return full

    def _find(self, word: str) -> int:
        key = word.encode("utf-8")
        words, offsets = self._words, self._offsets
        lo, hi = 0, len(self._freqs)
        while lo < hi:
            mid = (lo + hi) // 2
            if words[offsets[mid] : offsets[mid + 1] - 1] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._freqs) and words[offsets[lo] : offsets[lo + 1] - 1] == key:
            return self._freqs[lo]
        return _ABSENT

    def _lookup(self, word: str) -> int:
        freq = self._added.get(word)
        if freq is None:
            freq = self._find(word)
        if len(self._seen) >= _REMEMBERED:
            self._seen.clear()
        self._seen[word] = freq
        return freq

    def _freq(self, word: str) -> int:
        """The word's frequency, or _ABSENT: remembered, else looked up."""
        freq = self._seen.get(word)
        return self._lookup(word) if freq is None else freq

    def __contains__(self, word: str) -> bool:
        return self._freq(word) != _ABSENT

    def __getitem__(self, word: str) -> int:
        freq = self._freq(word)
        if freq == _ABSENT:
            raise KeyError(word)
        return freq

    @overload
    def get(self, word: str) -> int | None: ...
    @overload
    def get(self, word: str, default: int) -> int: ...
    def get(self, word: str, default: int | None = None) -> int | None:
        freq = self._freq(word)
        return default if freq == _ABSENT else freq

    def __setitem__(self, word: str, freq: int) -> None:
        self._added[word] = freq
        self._seen[word] = freq

    # --- the cache file ----------------------------------------------------------------------

    def to_bytes(self, total: int) -> bytes:
        header = _HEADER.pack(_MAGIC, len(self._freqs), total, len(self._words))
        return header + self._offsets.tobytes() + self._freqs.tobytes() + self._words

    @classmethod
    def from_bytes(cls, data: bytes) -> tuple[CompactFreq, int]:
        magic, count, total, size = _HEADER.unpack_from(data)
        offsets, freqs = array("I"), array("q")
        freqs_at = _HEADER.size + (count + 1) * offsets.itemsize
        words_at = freqs_at + count * freqs.itemsize
        if magic != _MAGIC or len(data) != words_at + size:
            raise ValueError("not a jieba dictionary cache, or a damaged one")
        view = memoryview(data)
        offsets.frombytes(view[_HEADER.size : freqs_at])
        freqs.frombytes(view[freqs_at:words_at])
        return cls(data[words_at:], offsets, freqs), total


def _dictionary_file(dictionary: str | None) -> Path:
    return Path(dictionary or Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME)


def cache_path(dictionary: str | None, tmp_dir: str | None = None) -> Path:
    """Named by the dictionary file (path, size, time) and the layout, so a new jieba or a changed
    dictionary gets a new file rather than a stale one."""
    source = _dictionary_file(dictionary)
    stat = source.stat()
    key = f"{FORMAT_VERSION}|{sys.byteorder}|{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return Path(tmp_dir or tempfile.gettempdir()) / f"safebot-jieba-{digest}.dict"


def load_compact(dictionary: str | None, tmp_dir: str | None = None) -> tuple[CompactFreq, int]:
    """(FREQ, total) of a dictionary from the cache file, made first (from jieba's own dict, so
    the entries are jieba's) when missing or unreadable."""
    path = cache_path(dictionary, tmp_dir)
    try:
        return CompactFreq.from_bytes(path.read_bytes())
    except (OSError, ValueError, struct.error):
        pass
    full = jieba.Tokenizer(dictionary)
    full.tmp_dir = tmp_dir
    full.initialize()
    freq = CompactFreq.from_dict(full.FREQ)
    try:
        # Written whole under another name, then renamed: a process starting meanwhile reads the
        # old file or the new one, never half of one.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            os.fchmod(fd, 0o644)  # jieba's public word list: other users' processes may share it
            with os.fdopen(fd, "wb") as fh:
                fh.write(freq.to_bytes(full.total))
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError:
        log.warning("could not write jieba's dictionary cache %s", path)
    return freq, full.total


class CompactTokenizer(jieba.Tokenizer):
    """A jieba.Tokenizer whose dictionary is a CompactFreq (see the module's docstring)."""

    # jieba's attributes (it has no type hints)
    FREQ: CompactFreq | dict[str, int]
    total: int
    initialized: bool
    dictionary: str | None
    tmp_dir: str | None

    def initialize(self, dictionary: str | None = None) -> None:
        if dictionary:
            super().initialize(dictionary)  # another dictionary: jieba's own way
            return
        with self.lock:
            if self.initialized:
                return
            self.FREQ, self.total = load_compact(self.dictionary, self.tmp_dir)
            self.initialized = True

    def use_full_dictionary(self) -> None:
        """Swap the CompactFreq for the plain dict, with every word added so far: the same
        entries, faster for millions of lookups."""
        self.check_initialized()
        with self.lock:
            if isinstance(self.FREQ, CompactFreq):
                self.FREQ = self.FREQ.to_dict()
