"""Rules Q&A benchmark: our engine against two baselines on a question set.

    python benchmarks/qa_eval.py ../shared/qa/dev.yaml [tests/data/qa_holdout.yaml …] [--seeds DIR]
        [--big-passages 10000] [-v]

Ingests the seed documents (default: the `seeds/` folder beside the question file's folder) into
a temporary SQLite store through the same code the bot uses, asks every question, and prints for
our engine, plain BM25 over jieba tokens (rank_bm25) and plain rapidfuzz partial_ratio:
hit@1 (the answer plus its evidence contains every `must` string), hit@3 (one of the three best
items offered contains them), the share of negative questions answered "no answer", and latency
p50/p99. Then it builds a corpus of about 10,000 passages by ingesting many generated documents
and measures our latency there, and the start-up time from the index cache in a fresh process.
The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402
import yaml  # noqa: E402
from rank_bm25 import BM25Okapi  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from knowledge.documents import parse_text  # noqa: E402
from knowledge.engine import KnowledgeIndex, Passage, document_passages  # noqa: E402
from knowledge.service import KnowledgeService, exempt_from_collection  # noqa: E402
from storage.db import create_engine, create_session_factory, upgrade_database  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def is_hit(text: str, must: list[str]) -> bool:
    return bool(must) and all(m in text for m in must)


def evaluate(
    questions: list[dict[str, Any]],
    ranked: Callable[[str], tuple[list[str], bool]],
) -> dict[str, Any]:
    """ranked(q) → (texts of the best items offered, best first; whether it answered)."""
    hit1 = hit3 = positives = negatives = rejected = 0
    latencies: list[float] = []
    by_kind: dict[str, list[int]] = {}  # kind → [successes, questions]
    misses: list[str] = []
    for q in questions:
        started = time.perf_counter()
        texts, answered = ranked(q["q"])
        latencies.append((time.perf_counter() - started) * 1000)
        kind = str(q.get("kind") or "other")
        tally = by_kind.setdefault(kind, [0, 0])
        tally[1] += 1
        if kind == "negative" or not q.get("must"):
            negatives += 1
            rejected += not answered
            tally[0] += not answered
            if answered:
                misses.append(f"{q.get('id')} answered a negative: {q['q']}")
            continue
        positives += 1
        first = bool(answered and texts and is_hit(texts[0], q["must"]))
        hit1 += first
        hit3 += any(is_hit(t, q["must"]) for t in texts[:3])
        tally[0] += first
        if not first:
            where = next((n for n, t in enumerate(texts[:3], 1) if is_hit(t, q["must"])), None)
            state = "no answer" if not answered else "wrong top"
            misses.append(f"{q.get('id')} {state}, right one at {where}: {q['q']}")
    return {
        "hit@1": round(hit1 / max(positives, 1), 3),
        "hit@3": round(hit3 / max(positives, 1), 3),
        "negatives_rejected": round(rejected / max(negatives, 1), 3),
        "negatives_rejected_count": rejected,
        "negatives": negatives,
        "p50_ms": round(percentile(latencies, 0.5), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        # per kind: hit@1 for positive kinds, the share rejected for "negative"
        "by_kind": {k: round(v[0] / v[1], 3) for k, v in sorted(by_kind.items())},
        "kind_counts": {k: v[1] for k, v in sorted(by_kind.items())},
        "misses": misses,
    }


def engine_ranker(index: KnowledgeIndex) -> Callable[[str], tuple[list[str], bool]]:
    """Our engine as the bot runs it: one answer() per question. The texts offered are the
    answer (when it answers) and then the items it offers as buttons (related questions, or
    "你是不是想问" suggestions when it does not answer), each with its evidence."""

    def ranked(question: str) -> tuple[list[str], bool]:
        answer = index.answer(question)
        texts = []
        if answer.answered:
            texts.append((answer.answer or "") + "\n" + "\n".join(e.text for e in answer.evidence))
        for suggestion in answer.suggestions:
            if len(texts) >= 3:
                break
            texts.append(index.item_text(suggestion.key, question))
        return texts[:3], answer.answered

    return ranked


def bm25_ranker(passages: list[Passage]) -> Callable[[str], tuple[list[str], bool]]:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    corpus = [tokenizer.lcut(p.text) for p in passages]
    bm25 = BM25Okapi(corpus)

    def ranked(question: str) -> tuple[list[str], bool]:
        scores = bm25.get_scores(tokenizer.lcut(question))
        order = sorted(range(len(passages)), key=lambda i: -scores[i])[:3]
        return [passages[i].text for i in order], True

    return ranked


def fuzz_ranker(passages: list[Passage]) -> Callable[[str], tuple[list[str], bool]]:
    def ranked(question: str) -> tuple[list[str], bool]:
        scores = [fuzz.partial_ratio(question, p.text) for p in passages]
        order = sorted(range(len(passages)), key=lambda i: -scores[i])[:3]
        return [passages[i].text for i in order], True

    return ranked


async def ingest_seeds(
    seeds: Path, workdir: Path, extra: tuple[Path, ...] = ()
) -> tuple[KnowledgeService, Any, str]:
    """A store holding the seeds (and the extra documents of a question file), and its service."""
    await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
    url = f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
    await asyncio.to_thread(upgrade_database, url)
    engine = create_engine(url)
    service = KnowledgeService(create_session_factory(engine), cache_dir=workdir / "cache")
    paths = await asyncio.to_thread(lambda: sorted(seeds.iterdir()))
    for path in [*paths, *extra]:
        if path.suffix.lower() in (".txt", ".md", ".docx", ".pdf"):
            await service.ingest_file(path, refresh=False)
    await service.load()
    return service, engine, url


def load_question_file(path: Path) -> tuple[list[dict[str, Any]], tuple[Path, ...]]:
    """A question file is a list of questions, or a mapping with `questions` and `docs`: documents
    (paths relative to the file) ingested beside the seeds for those questions only."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(raw, dict):
        docs = tuple((path.parent / str(d)).resolve() for d in raw.get("docs", []) or [])
        return list(raw.get("questions", []) or []), docs
    return list(raw or []), ()


def synthetic_documents(passages: list[Passage], target: int, seed: int = 7) -> list[str]:
    """Documents shaped like the seeds, made by recombining their sentences (for scale only)."""
    rng = random.Random(seed)
    sentences = [s for p in passages if p.kind == "body" for s in re.findall(r"[^。；]+[。；]", p.text)]
    places = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]
    numerals = "一二三四五六七八九十"
    docs: list[str] = []
    made = 0
    n = 0
    while made < target:
        n += 1
        place = rng.choice(places) + rng.choice(places) + "区"
        lines = [
            f"{place}安监发〔2025〕{n}号",
            f"关于印发《{place}第{n}号安全生产工作方案》的通知",
            "各单位：",
            "",
        ]
        lines.append(f"{place}第{n}号安全生产工作方案")
        for chapter in range(4):
            lines.append(f"{numerals[chapter]}、工作事项{n}-{chapter}")
            for item in range(10):
                body = "".join(rng.sample(sentences, 3))
                lines.append(f"（{numerals[item]}）事项{item}。{body}")
                made += 1
        docs.append("\n".join(lines))
    return docs


STARTUP_SCRIPT = """
import time, asyncio, sys
from pathlib import Path
started = time.perf_counter()
sys.path.insert(0, {root!r})
from knowledge.service import KnowledgeService
from storage.db import create_engine, create_session_factory
async def main():
    engine = create_engine({url!r})
    service = KnowledgeService(create_session_factory(engine), cache_dir=Path({cache!r}))
    await service.load()
    service.index.answer("动火作业六查是什么")
    await engine.dispose()
asyncio.run(main())
print(time.perf_counter() - started)
"""


def startup_seconds(url: str, cache: Path) -> float:
    script = STARTUP_SCRIPT.format(root=str(ROOT), url=url, cache=str(cache))
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(output.stdout.strip().splitlines()[-1])


# Asked once before timing (not questions of any set, so no cache helps the timed ones).
WARM_UP = ("动火作业六查是什么", "安全生产月是几月", "今天天气怎么样")


def _print_table(title: str, results: dict[str, dict[str, Any]]) -> None:
    print(f"== {title}")
    print(f"{'system':<12} {'hit@1':>6} {'hit@3':>6} {'neg.rej':>8} {'p50 ms':>7} {'p99 ms':>7}")
    for name, r in results.items():
        print(
            f"{name:<12} {r['hit@1']:>6.3f} {r['hit@3']:>6.3f} "
            f"{r['negatives_rejected_count']:>4}/{r['negatives']:<3} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f}"
        )
    kinds = list(next(iter(results.values()))["by_kind"])
    counts = next(iter(results.values()))["kind_counts"]
    print("per kind (hit@1; for negative: share rejected)")
    print(f"{'kind':<12} {'n':>3} " + " ".join(f"{name:>11}" for name in results))
    for kind in kinds:
        cells = " ".join(f"{r['by_kind'][kind]:>11.3f}" for r in results.values())
        print(f"{kind:<12} {counts[kind]:>3} {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "questions",
        type=Path,
        nargs="*",
        default=[ROOT.parent / "shared" / "qa" / "dev.yaml"],
        help="one or more question files (e.g. ../shared/qa/dev.yaml tests/data/qa_holdout.yaml)",
    )
    parser.add_argument(
        "--seeds", type=Path, default=None, help="default: ../seeds beside the first question folder"
    )
    parser.add_argument("--big-passages", type=int, default=10_000)
    parser.add_argument("--verbose", "-v", action="store_true", help="print every miss of our engine")
    args = parser.parse_args(argv)
    seeds = args.seeds or args.questions[0].resolve().parent.parent / "seeds"
    if not seeds.is_dir():
        seeds = ROOT.parent / "shared" / "seeds"
    question_sets: dict[str, list[dict[str, Any]]] = {}
    set_docs: dict[str, tuple[Path, ...]] = {}
    for path in args.questions:
        question_sets[path.stem], set_docs[path.stem] = load_question_file(path)
    every_question = [q for questions in question_sets.values() for q in questions]

    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        workdir = Path(tmp)

        async def setup(extra: tuple[Path, ...], where: Path) -> tuple[KnowledgeIndex, str]:
            service, engine, url = await ingest_seeds(seeds, where, extra)
            await engine.dispose()
            return service.index, url

        # One store per distinct set of extra documents; the seeds-only store comes first.
        stores: dict[tuple[Path, ...], tuple[KnowledgeIndex, str]] = {}
        for extra in sorted(set(set_docs.values()), key=len):
            stores[extra] = asyncio.run(setup(extra, workdir / f"store{len(stores)}"))
        index, url = stores[min(stores, key=len)]
        passages = [p for p in index.passages.values()]
        systems_by_store = {}
        for extra, (store_index, _) in stores.items():
            store_passages = list(store_index.passages.values())
            systems_by_store[extra] = {
                "engine": engine_ranker(store_index),
                "bm25_jieba": bm25_ranker(store_passages),
                "rapidfuzz": fuzz_ranker(store_passages),
            }
            for question in WARM_UP:  # first-call costs belong to start-up, not to a question
                systems_by_store[extra]["engine"](question)
        per_set = {
            set_name: {
                name: evaluate(questions, ranked)
                for name, ranked in systems_by_store[set_docs[set_name]].items()
            }
            for set_name, questions in question_sets.items()
        }

        # Scale: about 10,000 passages from generated documents plus the seeds (and every extra
        # document, so every question has its document there). Each store numbers its documents
        # from 1, so two stores' extra documents share keys: a passage is keyed by its document too.
        big_passages = list(
            {
                (p.doc_name, p.key): dataclasses.replace(p, key=f"{p.doc_name}#{p.key}")
                for s in stores.values()
                for p in s[0].passages.values()
            }.values()
        )
        for n, text in enumerate(synthetic_documents(passages, args.big_passages)):
            doc = parse_text(text, f"synthetic-{n}.txt")
            big_passages.extend(document_passages(doc, f"s{n}"))
        started = time.perf_counter()
        big_index = KnowledgeIndex.build(big_passages)
        build_seconds = time.perf_counter() - started
        exempt_from_collection()  # as the bot's knowledge service does once an index is loaded
        big_ranked = engine_ranker(big_index)
        for question in WARM_UP:
            big_ranked(question)
        big = evaluate(every_question, big_ranked)
        big_cache = workdir / "big-cache"
        big_index.save(big_cache / "index.pickle")
        started = time.perf_counter()
        KnowledgeIndex.load(big_cache / "index.pickle", big_index.fingerprint)
        big_load_seconds = time.perf_counter() - started

        startup = startup_seconds(url, workdir / "store0" / "cache")

    print(f"seeds: {seeds}")
    for set_name, results in per_set.items():
        _print_table(f"{set_name}: {len(question_sets[set_name])} questions", results)
        if args.verbose:
            for miss in results["engine"]["misses"]:
                print(f"  MISS {miss}")
    print("== summary: hit@1 / hit@3 / negatives rejected")
    names = list(next(iter(per_set.values())))
    print(f"{'set':<22} " + " ".join(f"{name:>20}" for name in names))
    for set_name, results in per_set.items():
        cells = " ".join(
            f"{r['hit@1']:.3f}/{r['hit@3']:.3f}/{r['negatives_rejected_count']}of{r['negatives']}".rjust(20)
            for r in results.values()
        )
        print(f"{set_name:<22} {cells}")
    print(
        f"{len(big_passages)} passages, all {len(every_question)} questions: engine hit@1 {big['hit@1']:.3f} "
        f"hit@3 {big['hit@3']:.3f} p50 {big['p50_ms']:.2f} ms p99 {big['p99_ms']:.2f} ms; "
        f"build {build_seconds:.1f} s, load from cache {big_load_seconds:.2f} s"
    )
    print(f"start-up from cache with the seeds ingested (fresh process): {startup:.2f} s")
    first = next(iter(per_set.values()))
    summary: dict[str, Any] = {
        **{f"{name}_{k}": v for name, r in first.items() for k, v in r.items() if k != "misses"},
        "sets": {
            set_name: {name: {k: v for k, v in r.items() if k != "misses"} for name, r in results.items()}
            for set_name, results in per_set.items()
        },
        "big_corpus_passages": len(big_passages),
        "big_hit@1": big["hit@1"],
        "big_p50_ms": big["p50_ms"],
        "big_p99_ms": big["p99_ms"],
        "big_build_s": round(build_seconds, 2),
        "big_cache_load_s": round(big_load_seconds, 2),
        "startup_from_cache_s": round(startup, 2),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
