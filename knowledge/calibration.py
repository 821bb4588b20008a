"""Calibrated confidence: a logistic model over a candidate's features, fitted on synthetic questions.

The engine must decide, for any corpus, whether its best item answers a question. That decision
is a probability: a logistic model over features that do not depend on the corpus's size or
subject (shares of the question's content a passage covers, fuzzy match, fused score, margin over
the runner-up …). It is fitted on questions generated from the corpus itself, never on the
evaluation questions:

- positives: a sentence of a passage, cut to a clause, with some content words dropped,
  some replaced by their synonyms, colloquial filler added, wrapped in a question template;
  the label says whether the engine's best item really contains that clause;
- negatives: the same questions with their most informative words swapped for words the corpus
  never uses, a subject the corpus speaks of asked for an attribute it never mentions (the
  "灭火器的有效期" kind: on topic, but not answered here), and off-topic questions built from
  words the corpus never uses.

    python -m knowledge.calibration ../shared/seeds/*.txt   # writes knowledge/data/calibration.json

The answer threshold is chosen on the same synthetic set, by what an answer is worth to the
person asking (choose_thresholds). When the engine does not answer it offers its best items as
"你是不是想问" whatever their confidence.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jieba
import numpy as np

from knowledge.analysis import DATA_DIR, STOPWORDS

if TYPE_CHECKING:
    from knowledge.engine import KnowledgeIndex, Passage

CALIBRATION_FILE = DATA_DIR / "calibration.json"

FEATURES = (
    "cov_words",  # IDF-weighted share of the question's words the item says
    "cov_bigrams",  # the same for character bigrams
    "cov_phrases",  # the same for its phrases, weighted by how much each says
    "key_phrase",  # 1 if the question's most informative phrase is covered
    "fuzzy",  # rapidfuzz match against headings, quoted phrases, curated phrasings
    "score",  # the fused ranking score
    "margin",  # lead over the runner-up (or gap to the best), relative to the best
    "curated",  # 1 for a curated entry
    "scope",  # the question names the item's document
    "cov_info",  # share of the question's phrases covered, weighted by what each says in general Chinese
    "missed",  # the most a phrase the item does not cover says in general Chinese
)
# Inputs of the ranking score (a linear model; engine.KnowledgeIndex.candidates).
RANK_FEATURES = (
    "bm25_words",
    "bm25_bigrams",
    "scope",
    "fuzzy",
    "curated",
    "curated_fuzzy",  # a curated entry earns through how well its phrasings match
    "cov_words",
    "cov_bigrams",
    "cov_phrases",
    "key_phrase",
    "cov_info",
    "curated_bm25",  # a curated entry's text match and coverage, apart from a passage's: its
    "curated_cover",  # text is phrasings and a summary, so a match there is worth other than in a passage
)
# The hand-set fusion used before weights were learnt; the start of the fit and the fallback.
DEFAULT_RANK = (0.45, 0.40, 0.40, 0.20, 0.0, 0.10, 0.0, 0.0, 0.40, 0.0, 0.0, 0.0, 0.0)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


@dataclass(frozen=True)
class Calibration:
    weights: tuple[float, ...]  # one per feature
    bias: float
    answer_threshold: float
    suggest_threshold: float
    rank: tuple[float, ...] = DEFAULT_RANK  # one per ranking feature

    @property
    def rank_weights(self) -> np.ndarray:
        return np.asarray(self.rank, dtype=np.float32)

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> Calibration:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            weights = tuple(float(raw["weights"][name]) for name in FEATURES)
            rank = tuple(float(raw["rank_weights"][name]) for name in RANK_FEATURES)
            return cls(
                weights,
                float(raw["bias"]),
                float(raw["answer_threshold"]),
                float(raw["suggest_threshold"]),
                rank,
            )
        except (OSError, KeyError, ValueError, TypeError):
            return DEFAULT

    def probability(self, features: np.ndarray) -> np.ndarray:
        return _sigmoid(features @ np.asarray(self.weights) + self.bias)

    def to_json(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "weights": {name: round(w, 4) for name, w in zip(FEATURES, self.weights, strict=True)},
            "bias": round(self.bias, 4),
            "answer_threshold": round(self.answer_threshold, 4),
            "suggest_threshold": round(self.suggest_threshold, 4),
            "rank_weights": {name: round(w, 4) for name, w in zip(RANK_FEATURES, self.rank, strict=True)},
            **(extra or {}),
        }


# Used when the data file is missing: coverage dominates, as in a hand-made rule.
DEFAULT = Calibration((2.0, 2.0, 3.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.5, 0.0, 0.0), -6.0, 0.5, 0.3)


# --- synthetic questions ---------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^。；！？!?;\n]{8,}")
_MARKER = re.compile(
    r"^([（(][^)）]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．]|第[^章节条]{1,4}[章节条])\s*"
)
# Question frames people use; {x} is the content.
TEMPLATES = (
    "{x}是什么？",
    "{x}有哪些要求？",
    "{x}怎么规定的？",
    "{x}吗？",
    "关于{x}，有什么规定？",
    "{x}由谁负责？",
    "请问{x}",
    "{x}",
    "{x}要怎么做？",
    "{x}是怎么要求的",
)
# Everyday words a worker adds that no rulebook needs to contain.
FILLERS = (
    "我们",
    "咱们单位",
    "我们厂",
    "公司里",
    "平时",
    "现在",
    "一般",
    "那个",
    "到底",
    "领导说",
    "听说",
    "具体来说",
)
# How workers type on a phone: few of the rulebook's words, everyday ones around them.
CASUAL_TEMPLATES = (
    "{x}咋弄",
    "{x}要注意啥",
    "{x}有啥规定",
    "{x}能不能行",
    "{x}多久一次",
    "{x}谁管",
    "{x}不",
    "{x}怎么搞",
    "{x}啊",
    "问下{x}",
)
OFF_TOPIC = (
    "{a}的{b}怎么办理？",
    "{a}和{b}有什么区别？",
    "{a}多少钱？",
    "哪里可以买到{a}？",
    "{a}的{b}是几年？",
    "{a}怎么{v}？",
    "{a}对{b}有什么影响？",
)
ABSENT_FACT = (
    "{a}的{b}是几年？",
    "{a}的{b}有什么要求？",
    "{a}多久{v}一次{b}？",
    "{a}的{b}由谁负责？",
    "{a}的{b}是多少",
    "{a}要不要{b}",
    "{a}的{b}怎么{v}",
)
VERBS = ("申请", "使用", "保养", "选择", "预约", "安装", "退货", "投诉")


@dataclass
class Synthetic:
    question: str
    kind: str  # positive | swapped | absent_fact | off_topic
    source: str = ""  # the clause a right answer must contain (positives)


def _outside_words(
    index: KnowledgeIndex, rng: random.Random, count: int, everyday: bool = False
) -> list[str]:
    """Nouns of general Chinese (jieba's dictionary) that the corpus never uses; with everyday,
    common words of any kind (东西, 直接, 马上) instead."""
    tokenizer = index.analyzer.tokenizer
    dictionary = Path(tokenizer.dictionary or Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME)
    corpus_grams: set[str] = set()
    for grams in index.item_bigrams:
        corpus_grams |= grams
    found: list[str] = []
    with dictionary.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3 or parts[2] in ("nr", "ns", "nt", "nz", "nrt", "m", "x"):
                continue
            word, freq = parts[0], int(parts[1])
            if everyday:
                if not (parts[2][0] in "nvad" and len(word) == 2 and 2000 <= freq):
                    continue
            elif not parts[2].startswith("n") or not (2 <= len(word) <= 4) or not (20 <= freq <= 20000):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]+", word):
                continue
            if word in index.words.idf:
                continue
            if all(word[i : i + 2] in corpus_grams for i in range(len(word) - 1)) and any(
                word in p.text for p in index.passages.values()
            ):
                continue
            found.append(word)
    rng.shuffle(found)
    return found[:count]


def _nickname(p: Passage) -> str:
    """How people name a document's issuer in a question: its place (宝山, 盂县) or the first
    characters of its name (华衡)."""
    name = p.issuer or p.doc_title
    places = re.findall(r"([\u4e00-\u9fff]{1,3}?)(?:省|市|区|县|乡|镇)", name)
    if places:
        place = places[-1]
        return place if len(place) >= 2 else place + name[name.index(place) + len(place)]
    return name[:2]


def generate(index: KnowledgeIndex, n: int = 1500, seed: int = 11) -> list[Synthetic]:
    """About n positives and n negatives made from the index's own passages."""
    rng = random.Random(seed)
    analyzer = index.analyzer
    # A rule's word said by another word of its group. Directed groups are left out: their
    # colloquial side holds question words (多远 for 米, 多久 for 每年) that turn a stated fact into
    # a question about it; with them the fitted answer threshold rose from 0.35 to 0.49 and dev
    # questions the engine ranks right went unanswered.
    synonyms: dict[str, list[str]] = {}
    for group in analyzer.synonyms:
        if group.said:
            continue
        for term in group.terms:
            said_otherwise = synonyms.setdefault(term, [])
            said_otherwise.extend(t for t in group.expansions(term) if t not in said_otherwise)
    passages: list[Passage] = [p for p in index.passages.values() if p.kind == "body"]
    if not passages:
        return []
    outside = _outside_words(index, rng, 6000)
    everyday = _outside_words(index, rng, 2000, everyday=True) or outside
    # Swapped words share a character with the word they replace when they can (灭火装置 →
    # 灭火器): on topic, so the questions look answerable, but the corpus never says them.
    by_char: dict[str, list[str]] = {}
    for word in outside:
        for ch in set(word):
            by_char.setdefault(ch, []).append(word)
    out: list[Synthetic] = []
    positives: list[tuple[Synthetic, list[str]]] = []
    attempts = 0
    headers = [p for p in index.passages.values() if p.kind == "header"]
    while len(positives) < n and attempts < n * 5:
        attempts += 1
        p = rng.choice(passages)
        if headers and rng.random() < 0.06:
            # About the document itself: its 文号, issuer, date, recipients (header lines
            # "文号（发文字号）：…").
            p = rng.choice(headers)
            fields = [line.split("：", 1) for line in p.text.splitlines()[1:] if "：" in line]
            if fields:
                name, value = rng.choice(fields)
                name = re.split(r"[（(]", name)[0]
                question = _nickname(p) + rng.choice(("这个文件的", "的", "那个方案", "")) + name
                question += rng.choice(("是什么？", "是多少", "？", "是哪个"))
                positives.append((Synthetic(question, "positive", value[:30]), [name]))
            continue
        sentences = [_MARKER.sub("", s.strip()) for s in _SENTENCE.findall(p.text)]
        sentences = [s for s in sentences if len(s) >= 8]
        if not sentences:
            continue
        sentence = rng.choice(sentences)
        clauses = [c for c in re.split(r"[，、,：:（）()“”]", sentence) if len(c) >= 6] or [sentence]
        clause = rng.choice(clauses)[:30]
        tokens = [t for t in analyzer.tokenizer.lcut(clause, HMM=False) if t.strip()]
        content = [i for i, t in enumerate(tokens) if t not in STOPWORDS and len(t) >= 2]
        if len(content) < 2:
            continue
        # People ask with fewer and other words than the rulebook: drop up to half of the
        # content words, say some by a synonym, and one of the less telling ones by an everyday
        # word the corpus does not use.
        by_idf = sorted(content, key=lambda i: index.words.idf.get(tokens[i], 0.0))
        if rng.random() < 0.4:
            # Phone style: one to three of its content words, everyday words around them.
            kept_words = [
                tokens[i] for i in sorted(rng.sample(content, min(len(content), rng.randint(1, 3))))
            ]
            if max(index.words.idf.get(t, 0.0) for t in kept_words) < index.words.idf.get(
                tokens[by_idf[-1]], 0.0
            ):
                kept_words.append(tokens[by_idf[-1]])
            parts = []
            for t in kept_words:
                if t in synonyms and rng.random() < 0.4:
                    t = rng.choice(synonyms[t])
                parts.append(t)
                if rng.random() < 0.5:
                    parts.append(rng.choice(everyday))
            if rng.random() < 0.5:
                parts.insert(0, rng.choice(FILLERS))
            if rng.random() < 0.25:
                parts.insert(0, _nickname(p) + rng.choice(("", "那边", "的")))
            question = rng.choice(CASUAL_TEMPLATES).format(x="".join(parts))
            positives.append((Synthetic(question, "positive", clause), kept_words))
            continue
        replaced = by_idf[0] if len(content) >= 3 and rng.random() < 0.4 else -1
        kept: list[str] = []
        dropped = 0
        for i, t in enumerate(tokens):
            if i == replaced:
                kept.append(rng.choice(outside))
                continue
            if i in content and dropped < len(content) // 2 and rng.random() < 0.35:
                dropped += 1
                continue
            if t in synonyms and rng.random() < 0.5:
                t = rng.choice(synonyms[t])
            kept.append(t)
        x = "".join(kept)
        if rng.random() < 0.4:
            x = rng.choice(FILLERS) + x
        if rng.random() < 0.25:
            x = _nickname(p) + rng.choice(("", "那边", "的")) + x
        question = rng.choice(TEMPLATES).format(x=x)
        content_words = [tokens[i] for i in content]
        positives.append((Synthetic(question, "positive", clause), content_words))
    out.extend(s for s, _ in positives)
    # Negatives: the most informative one or two words swapped for words the corpus never uses.
    for s, content_words in positives[: n // 2]:
        ranked = sorted(content_words, key=lambda w: -index.words.idf.get(w, 0.0))
        question = s.question
        for word in ranked[: rng.choice((1, 2))]:
            near = [w for ch in set(word) for w in by_char.get(ch, ())]
            question = question.replace(word, rng.choice(near or outside), 1)
        if question != s.question:
            out.append(Synthetic(question, "swapped"))
    # On topic, but the fact asked is absent: a subject the corpus speaks of, asked for an
    # attribute it never mentions (灭火器的有效期是几年, 动火作业的保质期由谁定).
    subjects = [max(words, key=lambda w: index.words.idf.get(w, 0.0)) for _, words in positives if words]
    for _ in range((n - n // 2) // 2 if subjects else 0):
        out.append(
            Synthetic(
                rng.choice(ABSENT_FACT).format(
                    a=rng.choice(subjects), b=rng.choice(outside), v=rng.choice(VERBS)
                ),
                "absent_fact",
            )
        )
    for _ in range(n - n // 2 - (n - n // 2) // 2 if subjects else n - n // 2):
        out.append(
            Synthetic(
                rng.choice(OFF_TOPIC).format(
                    a=rng.choice(outside), b=rng.choice(outside), v=rng.choice(VERBS)
                ),
                "off_topic",
            )
        )
    return out


def _compact(text: str) -> str:
    from knowledge.normalize import search_form

    return search_form(text).replace(" ", "")


def examples(
    index: KnowledgeIndex, questions: Sequence[Synthetic]
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Features of the best candidate of each question, whether answering with it is right, kinds."""
    rows: list[list[float]] = []
    labels: list[float] = []
    kinds: list[str] = []
    for s in questions:
        found = index.candidates(s.question)
        if not found:
            continue
        best = found[0]
        right = 0.0
        if s.kind == "positive":
            key = index.items[best.item].key
            right = float(_compact(s.source) in _compact(index.item_text(key, s.question)))
        kind = s.kind
        if s.kind == "positive" and not right:
            kind = "positive_wrong_top"
            clause = _compact(s.source)
            if any(clause in _compact(index.item_text(index.items[c.item].key, "")) for c in found[1:3]):
                kind = "positive_wrong_top_offered"  # the right item is among those offered
        rows.append(list(best.features))
        labels.append(right)
        kinds.append(kind)
    return np.array(rows, dtype=np.float64), np.array(labels), kinds


def rank_groups(index: KnowledgeIndex, questions: Sequence[Synthetic]) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each positive question: the ranking features of its candidates and which of them say
    the clause it was made from (questions where none or all of them do teach nothing)."""
    texts: dict[int, str] = {}

    def text(i: int) -> str:
        if i not in texts:
            item = index.items[i]
            texts[i] = _compact(index.item_text(item.key, "")) if item.entry else _compact(item.passage.text)  # type: ignore[union-attr]
        return texts[i]

    groups = []
    for s in questions:
        if s.kind != "positive":
            continue
        found = index.candidates(s.question)
        clause = _compact(s.source)
        labels = np.array([clause in text(c.item) for c in found], dtype=bool)
        if labels.any() and not labels.all():
            groups.append((np.array([c.rank_features for c in found], dtype=np.float64), labels))
    return groups


def fit_ranker(
    groups: Sequence[tuple[np.ndarray, np.ndarray]],
    start: Sequence[float],
    l2: float = 0.01,
    iterations: int = 400,
    rate: float = 0.05,
) -> np.ndarray:
    """Ranking weights by a listwise softmax model: maximise, per question, the probability the
    softmax of the scores puts on the candidates that are right (Adam on the mean loss, L2)."""
    width = max(len(x) for x, _ in groups)
    dims = len(start)
    x = np.zeros((len(groups), width, dims))
    valid = np.zeros((len(groups), width), dtype=bool)
    right = np.zeros((len(groups), width), dtype=bool)
    for q, (features, labels) in enumerate(groups):
        x[q, : len(features)] = features
        valid[q, : len(features)] = True
        right[q, : len(labels)] = labels
    w = np.asarray(start, dtype=np.float64).copy()
    m = np.zeros(dims)
    v = np.zeros(dims)

    def softmax(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
        scores = np.where(mask, scores, -np.inf)
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    for step in range(1, iterations + 1):
        scores = x @ w
        weights = softmax(scores, valid) - softmax(scores, right)
        gradient = np.einsum("qk,qkd->d", weights, x) / len(groups) + l2 * w
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient**2
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (no intercept penalty)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = _sigmoid(design @ w)
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return w[:-1], float(w[-1])


# What an outcome is worth to the person asking (see choose_thresholds).
RIGHT_ANSWER = 1.0
WRONG_ANSWER = -1.0  # a wrong rule quoted with confidence misleads
DECLINED_RIGHT_OFFERED = 0.3  # "no answer", but the right item is a button away (你是不是想问)
NEGATIVE_SHARE = 0.25  # of the questions people ask, about this many have no answer in the documents


def choose_thresholds(p: np.ndarray, y: np.ndarray, kinds: list[str]) -> tuple[float, float]:
    """Answer threshold: the one that makes answering worth most to the person asking, by the
    values above — a right answer is worth most, a wrong one (a wrong best item, or any answer to
    a question the documents do not answer) costs, and declining is worth something when the
    right item is among the suggestions offered instead (it always is when the best item is
    right). Questions without an answer count as NEGATIVE_SHARE of all.
    Suggest threshold: the level that keeps 95% of the positives whose best item is right (for
    telling low-confidence answers apart in logs; suggestions themselves are offered by rank)."""
    positives = np.array([k.startswith("positive") for k in kinds])
    weight = np.where(
        positives,
        (1 - NEGATIVE_SHARE) / max(positives.sum(), 1),
        NEGATIVE_SHARE / max((~positives).sum(), 1),
    )
    offered = np.array([k in ("positive", "positive_wrong_top_offered") for k in kinds]) & positives
    answer_value = np.where(y > 0, RIGHT_ANSWER, WRONG_ANSWER)
    decline_value = np.where(offered, DECLINED_RIGHT_OFFERED, 0.0)
    best_t, best_u = 0.5, -math.inf
    for t in np.linspace(0.05, 0.95, 91):
        answered = p >= t
        utility = float((weight * np.where(answered, answer_value, decline_value)).sum())
        if utility > best_u:
            best_t, best_u = float(t), utility
    right = np.sort(p[y > 0])
    suggest = float(right[int(0.05 * len(right))]) if len(right) else best_t / 2
    return best_t, min(suggest, best_t * 0.8)


def calibrate(index: KnowledgeIndex, n: int = 1500, seed: int = 11) -> tuple[Calibration, dict[str, Any]]:
    questions = generate(index, n, seed)
    # The ranking first (twice: the candidates it sees depend on the weights), then the
    # confidence of the ranking's best item.
    rank = index.calibration.rank
    for _ in range(2):
        groups = rank_groups(index, questions)
        rank = tuple(float(w) for w in fit_ranker(groups, rank))
        index.calibration = replace(index.calibration, rank=rank)
    x, y, kinds = examples(index, questions)
    weights, bias = fit_logistic(x, y)
    p = _sigmoid(x @ weights + bias)
    answer, suggest = choose_thresholds(p, y, kinds)
    calibration = Calibration(tuple(float(w) for w in weights), bias, answer, suggest, rank)
    index.calibration = calibration
    stats: dict[str, Any] = {"examples": len(y), "rank_groups": len(groups), "seed": seed}
    for kind in sorted(set(kinds)):
        mask = np.array([k == kind for k in kinds])
        stats[f"{kind}_n"] = int(mask.sum())
        stats[f"{kind}_answered"] = round(float((p[mask] >= answer).mean()), 3)
    return calibration, stats


def main(argv: list[str] | None = None) -> int:
    import argparse

    from knowledge.documents import parse_file
    from knowledge.engine import KnowledgeIndex, document_passages

    parser = argparse.ArgumentParser(description="Fit the confidence model on synthetic questions.")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("-n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=CALIBRATION_FILE)
    args = parser.parse_args(argv)
    passages: list[Passage] = []
    for path in args.paths:
        doc = parse_file(path)
        passages.extend(document_passages(doc))
    index = KnowledgeIndex.build(passages)
    calibration, stats = calibrate(index, args.n, args.seed)
    stats["documents"] = len(args.paths)
    args.out.write_text(
        json.dumps(calibration.to_json({"fitted_on": stats}), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    print(json.dumps(calibration.to_json({"fitted_on": stats}), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
