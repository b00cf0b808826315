"""The archive benchmark's parts (benchmarks/archive.py and floor.py): the floor does the
work it claims, and the archive is what the README says it is. The timings themselves
live in benchmarks/, not in the tests."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from summarize.text.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
FLOOR = ROOT / "benchmarks" / "floor.py"


def archive_module():
    name = "archive_benchmark"
    if name not in sys.modules:  # its dataclasses look their module up while it loads
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "archive.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def first_three(text: str) -> str:
    return "\n".join(s.text for s in split_sentences(text)[:3]) + "\n\n"


def test_floor_prints_each_articles_first_three_sentences_from_files_and_jsonl(tmp_path):
    other = "One short line. Then a second. A third one here. And a fourth."
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "other.txt").write_text(other, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    jsonl = tmp_path / "archive.jsonl"
    jsonl.write_text(json.dumps({"id": "x", "body": other}) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(FLOOR), str(tmp_path), "--jsonl", str(jsonl), "--text-field",
         "body"],
        capture_output=True, text=True, check=True, timeout=60,
    )
    seed = SEED.read_text(encoding="utf-8")
    assert run.stdout == first_three(other) + first_three(seed) + first_three(other)


def test_archive_repeats_the_corpus_each_pass_shuffled_and_names_every_copy_apart(tmp_path):
    archive = archive_module()
    corpus = []
    for i in range(5):
        path = tmp_path / "corpus" / ("news" if i % 2 else "sport") / f"story-{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Story {i} begins. It ends here.", encoding="utf-8")
        corpus.append(path)
    order = archive.archive_order(corpus, 12, seed=3)
    assert [copy for copy, _ in order] == [0] * 5 + [1] * 5 + [2] * 2
    assert sorted(f for c, f in order if c == 1) == sorted(corpus)  # a whole pass
    assert archive.archive_order(corpus, 12, seed=3) == order  # deterministic
    assert archive.archive_order(corpus, 7, seed=3) == order[:7]  # smaller sizes: a prefix

    built = archive.build_archive(corpus, 12, 3, tmp_path / "out")
    files = sorted(built.folder.rglob("*.txt"))
    names = built.names.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in built.jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(files) == len(names) == len(records) == 12
    assert sorted(names) == [str(f) for f in files]
    assert len({r["id"] for r in records}) == 12
    assert [Path(n).read_text(encoding="utf-8") for n in names] == [r["text"] for r in records]
    assert [r["text"] for r in records] == [f.read_text(encoding="utf-8") for _, f in order]


def test_tree_memory_counts_a_child_process():
    archive = archive_module()
    alone, _ = archive.tree_rss_mib(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    try:
        with_child, largest = archive.tree_rss_mib(os.getpid())
        assert with_child > alone and 0 < largest <= with_child
    finally:
        child.communicate(b"")
