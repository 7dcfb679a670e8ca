"""Hostile input: no catastrophic regex, a length guard, no network, no unpickling, checked data.

* Every compiled regular expression of the package (module globals, class
  attributes and what the cached no-argument builders return) is run over
  adversarial strings of 10⁴ characters built to make a backtracking engine
  explode; each must finish well under a generous bound (a safety net for
  exponential blow-up, not a benchmark).
* ``vn_crimeie.extract`` survives such strings of 5·10⁴ characters with intact offsets.
* ``make_doc`` refuses texts longer than ``nlp.max_length`` with a clear error.
* Importing, loading and extracting open no socket and unpickle nothing.
* A corrupt language data file gives a ``LexiconError`` naming file and entry.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import regex

import vn_crimeie
import vn_crimeie.lexicon as lexicon
from vn_crimeie.lexicon import LexiconError

PACKAGE_DIR = Path(vn_crimeie.__file__).resolve().parent
PATTERN_TYPES = (re.Pattern, regex.Pattern)
# A guard against a hang (catastrophic backtracking stops the scan with TimeoutError),
# not a speed bound: speed on these inputs is measured by benchmarks/adversarial.py.
HANG_GUARD_SECONDS = 120.0
N = 10_000


def module_names() -> list[str]:
    """Every module of the package, namespace sub-packages included."""
    names = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def _walk(obj: Any, path: str, out: dict[str, Any], depth: int = 0, seen: set[int] | None = None) -> None:
    """Collect compiled patterns reachable from ``obj`` (containers, dataclasses, namedtuples)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 4:
        return
    seen.add(id(obj))
    if isinstance(obj, PATTERN_TYPES):
        out[path] = obj
    elif isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    elif isinstance(obj, dict):
        for key, value in list(obj.items())[:5000]:
            _walk(value, f"{path}[{key!r}]", out, depth + 1, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, value in enumerate(list(obj)[:5000]):
            _walk(value, f"{path}[{i}]", out, depth + 1, seen)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            _walk(getattr(obj, f.name), f"{path}.{f.name}", out, depth + 1, seen)


def _no_required_arguments(func: Any) -> bool:
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params)


def collect_patterns() -> tuple[dict[str, Any], dict[str, str]]:
    """``({name: compiled pattern}, {module or builder: error})`` for the whole package."""
    patterns: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in module_names():
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # reported by test_every_module_imports
            errors[name] = f"import: {type(exc).__name__}: {exc}"
            continue
        for attr, obj in list(vars(module).items()):
            where = f"{name}.{attr}"
            if isinstance(obj, PATTERN_TYPES):
                patterns[where] = obj
            elif getattr(obj, "__module__", None) != name:
                continue
            elif callable(obj) and hasattr(obj, "cache_info") and _no_required_arguments(obj):
                try:
                    _walk(obj(), f"{where}()", patterns)
                except Exception as exc:
                    errors[f"{where}()"] = f"builder: {type(exc).__name__}: {exc}"
            elif isinstance(obj, type):
                for cattr, value in vars(obj).items():
                    if isinstance(value, PATTERN_TYPES):
                        patterns[f"{where}.{cattr}"] = value
    return patterns, errors


PATTERNS, ERRORS = collect_patterns()


def _rep(unit: str, n: int = N) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def adversarial(n: int = N) -> dict[str, str]:
    """Strings built to make a backtracking engine try every split of a long run."""
    return {
        "digits": _rep("1", n),
        "digits-then-letter": _rep("1", n) + "x",
        "digit-dot": _rep("1.", n),
        "digit-comma": _rep("1,", n),
        "digit-slash": _rep("1/", n),
        "digit-dash": _rep("1-", n),
        "digit-colon": _rep("1:", n),
        "date-like": _rep("12/12/", n),
        "all-separators": _rep("1.,/-: ", n),
        "dots": _rep(".", n),
        "spaces": _rep(" ", n) + "x",
        "tabs-and-spaces": _rep(" \t", n),
        "capitalised-names": _rep("Nguyễn ", n),
        "name-then-initial": _rep("Văn A ", n),
        "acronyms": _rep("CATP ", n),
        "capitals": _rep("A", n),
        "ranks": _rep("Đại tá ", n),
        "lower-ranks": _rep("đại úy ", n),
        "open-brackets": _rep("(", n // 2) + _rep(")", n // 2),
        "bracketed-words": _rep("(Công an ", n),
        "day-word": _rep("ngày ", n),
        "month-word": _rep("tháng 3 ", n),
        "year-word": _rep("năm ", n),
        "police-units": _rep("Công an tỉnh ", n),
        "document-numbers": _rep("số 131/KH-", n),
        "law-articles": _rep("Điều 1 ", n),
        "newlines": _rep("\n", n),
        "crlf": _rep("\r\n", n),
        "letters": _rep("a", n),
        "hyphenated": _rep("A-", n),
        "ampersands": _rep("&", n),
        "entity-starts": _rep("&#1", n),
        "combining-marks": "a" + _rep("\u0301", n),
        "number-words": _rep("hai mươi ", n),
        "place-words": _rep("tỉnh Hà ", n),
        "initials": _rep("A. ", n),
        "quotes": _rep('"', n),
        "dashes-between-spaces": _rep(" - ", n),
        "nbsp-zwsp": _rep("\u00a0\u200b", n),
        "approximators": _rep("trên hơn khoảng ", n),
    }


ADVERSARIAL = adversarial()


def test_the_package_has_patterns_to_check() -> None:
    assert len(PATTERNS) >= 10, sorted(PATTERNS)
    modules = {name.split("()")[0].rsplit(".", 1)[0] for name in PATTERNS}
    assert "vn_crimeie.normalize" in modules


@pytest.mark.parametrize("name", sorted(ERRORS) or ["(none)"])
def test_every_module_imports_and_every_builder_builds(name: str) -> None:
    assert name == "(none)", ERRORS.get(name)


#: Patterns only ever applied at one position (``match``/``fullmatch``), never
#: scanned over a text: a scan of a long run of spaces is quadratic for them,
#: an anchored attempt is linear.  The reason is checked against the source below.
ANCHORED_ONLY = {
    "vn_crimeie.dates.grammar._range_joiner()": ("vn_crimeie.dates.grammar", "joiner"),
    "vn_crimeie.dates.grammar._present_pattern()": ("vn_crimeie.dates.grammar", "present"),
    "vn_crimeie.people._AFTER_NAME": ("vn_crimeie.people", "_AFTER_NAME"),
}
_SCANS = ("finditer", "search", "findall", "sub", "subn", "split")


@pytest.mark.parametrize("name", sorted(ANCHORED_ONLY))
def test_anchored_only_patterns_are_never_scanned(name: str) -> None:
    module, variable = ANCHORED_ONLY[name]
    source = Path(importlib.import_module(module).__file__).read_text(encoding="utf-8")
    assert name in PATTERNS
    assert regex.search(rf"\b{variable}\.(?:match|fullmatch)\(", source)
    assert not regex.search(rf"\b{variable}\.(?:{'|'.join(_SCANS)})\(", source)


def _run(pattern: Any, text: str, anchored: bool) -> None:
    kwargs = {"timeout": HANG_GUARD_SECONDS} if isinstance(pattern, regex.Pattern) else {}
    if anchored:
        for pos in (0, 1, len(text) // 2):
            pattern.match(text, pos, **kwargs)
            pattern.fullmatch(text, pos, **kwargs)
    else:
        for _ in pattern.finditer(text, **kwargs):
            pass


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_not_catastrophic(name: str) -> None:
    pattern = PATTERNS[name]
    hangs = []
    for kind, text in ADVERSARIAL.items():
        try:
            _run(pattern, text, anchored=name in ANCHORED_ONLY)
        except TimeoutError:
            hangs.append(kind)
    assert not hangs, f"{name} ({pattern.pattern[:120]!r}…) backtracks without end on: {hangs}"


@pytest.fixture(scope="module")
def long_inputs() -> dict[str, str]:
    """A few of the adversarial kinds at 5·10⁴ characters, and one long realistic article."""
    big = adversarial(50_000)
    keep = ["digits", "digit-dot", "all-separators", "dots", "spaces", "capitalised-names", "ranks", "open-brackets", "newlines", "date-like", "acronyms"]
    out = {k: big[k] for k in keep}
    sentence = "Ngày 13/3/2024, Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh Nghệ An cho biết đã bắt 14.450 đối tượng. "
    out["long-article"] = _rep(sentence + "\n", 50_000)
    return out


@pytest.mark.parametrize(
    "kind",
    ["digits", "digit-dot", "all-separators", "dots", "spaces", "capitalised-names", "ranks", "open-brackets", "newlines", "date-like", "acronyms", "long-article"],
)
def test_extract_survives_long_hostile_text(long_inputs, kind: str) -> None:
    text = long_inputs[kind]
    doc = vn_crimeie.extract(text)
    previous = 0
    for ent in doc.entities:
        assert text[ent.start : ent.end] == ent.text
        assert ent.start >= previous
        previous = ent.end


# -- the length guard ------------------------------------------------------------
def test_make_doc_refuses_text_longer_than_max_length_and_extract_chunks_it() -> None:
    nlp = vn_crimeie.load()
    nlp.max_length = 1_000
    text = "Đại tá Lê Văn A dự hội nghị. " * 40
    with pytest.raises(ValueError, match=r"longer than nlp\.max_length \(1,000\)"):
        vn_crimeie.make_doc(nlp, text)
    # extract reads a longer text in chunks, with offsets into the whole text
    doc = vn_crimeie.extract(text, nlp=nlp)
    assert len(doc.by_label("RANK")) == 40
    assert all(text[e.start : e.end] == e.text for e in doc.entities)
    nlp.max_length = 10_000
    assert vn_crimeie.extract(text, nlp=nlp).to_dict()["entities"] == doc.to_dict()["entities"]


def test_text_exactly_at_max_length_is_accepted() -> None:
    nlp = vn_crimeie.load()
    text = "Đại tá Lê Văn A bắt 3 đối tượng."
    nlp.max_length = len(text)
    assert vn_crimeie.extract(text, nlp=nlp).by_label("RANK")


# -- no network, no unpickling ----------------------------------------------------
GUARD = textwrap.dedent(
    """
    import pickle, socket, sys

    events = []

    def refuse(kind):
        def guard(*args, **kwargs):
            events.append(kind)
            raise RuntimeError(kind + " during vn_crimeie use")
        return guard

    socket.socket.connect = refuse("socket.connect")
    socket.socket.connect_ex = refuse("socket.connect_ex")
    socket.create_connection = refuse("socket.create_connection")
    socket.getaddrinfo = refuse("socket.getaddrinfo")
    pickle.load = refuse("pickle.load")
    pickle.loads = refuse("pickle.loads")
    pickle.Unpickler = refuse("pickle.Unpickler")

    import vn_crimeie
    nlp = vn_crimeie.load()
    doc = vn_crimeie.extract("Chiều 13/3, Đại tá Nguyễn Văn A - Giám đốc Công an tỉnh dự hội nghị.", nlp=nlp)
    docs = list(vn_crimeie.extract_many(["Thiếu tá Lê B bắt 3 đối tượng.", "Ngày 5/2/2024, CATP họp."], nlp=nlp))
    assert doc.by_label("RANK") and len(docs) == 2
    print("EVENTS", events)
    sys.exit(1 if events else 0)
    """
)


def test_no_socket_and_no_unpickling_during_import_load_and_extract() -> None:
    proc = subprocess.run([sys.executable, "-c", GUARD], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    assert "EVENTS []" in proc.stdout


# -- corrupt language data ---------------------------------------------------------
@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    """A temporary copy of ``lang/vi`` that ``load_data`` reads instead of the package's."""
    source = PACKAGE_DIR / "lang" / "vi"
    target = tmp_path / "vi"
    target.mkdir()
    for f in source.iterdir():
        if f.suffix in {".yaml", ".tsv", ".json"}:
            (target / f.name).write_bytes(f.read_bytes())

    class Files:
        def joinpath(self, name: str) -> Path:
            return target / name

    monkeypatch.setattr(lexicon.resources, "files", lambda package: Files())
    lexicon.load_data.cache_clear()
    yield target
    lexicon.load_data.cache_clear()


def _clear_rank_caches() -> None:
    from vn_crimeie.recognizers import ranks

    ranks.rank_table.cache_clear()
    ranks._matchers.cache_clear()


def test_yaml_syntax_error_names_the_file(data_dir) -> None:
    (data_dir / "ranks.yaml").write_text("ranks:\n  - canonical: [Đại tá\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"ranks\.yaml.*not valid YAML"):
        lexicon.load_data("ranks.yaml")


@pytest.mark.parametrize("content", ["", "# chỉ có chú thích\n", "- Đại tá\n", "Đại tá\n", "42\n"])
def test_data_file_must_be_a_mapping(data_dir, content: str) -> None:
    (data_dir / "ranks.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"'ranks\.yaml': the top level must be a mapping"):
        lexicon.load_data("ranks.yaml")


def test_non_string_phrase_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="lexicon phrase 123 is not a string"):
        lexicon.PhraseMatcher({123: "Đại tá"})


def test_missing_file_names_the_file(data_dir) -> None:
    with pytest.raises(LexiconError, match=r"khong_co\.yaml"):
        lexicon.load_data("khong_co.yaml")


def test_non_utf8_file_names_the_file(data_dir) -> None:
    (data_dir / "ranks.yaml").write_bytes(b"ranks:\n  - canonical: \xd0\xe1i t\xe1\n")  # Windows-1258 bytes
    with pytest.raises(LexiconError, match=r"ranks\.yaml.*not UTF-8"):
        lexicon.load_data("ranks.yaml")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - {canonical: Đại tá, grade: colonel, order: 3}\n", "ranks[0].grade: 'colonel' is not one of"),
        ("  - {canonical: Đại tá, grade: field, order: -1}\n", "ranks[0].order: -1 is less than the minimum of 1"),
        ("  - {grade: field, order: 1}\n", "ranks[0]: 'canonical' is a required property"),
        ("  - Đại tá\n", "ranks[0]: 'Đại tá' is not of type 'object'"),
    ],
)
def test_bad_rank_entry_names_file_and_entry(data_dir, entry: str, message: str) -> None:
    from vn_crimeie.recognizers import ranks

    path = data_dir / "ranks.yaml"
    text = path.read_text(encoding="utf-8")
    head, sep, tail = text.partition("ranks:\n")
    assert sep, "ranks.yaml starts its list with 'ranks:'"
    path.write_text(head + sep + entry + tail, encoding="utf-8")
    _clear_rank_caches()
    try:
        with pytest.raises(LexiconError, match=r"ranks\.yaml: ranks\[0\]") as info:
            ranks.rank_table()
        assert message in str(info.value)
    finally:
        _clear_rank_caches()


def test_empty_phrase_in_a_lexicon_is_refused() -> None:
    with pytest.raises(LexiconError, match="empty phrase"):
        lexicon.PhraseMatcher({"  ": "rỗng"})


def _clear_package_caches() -> None:
    """Forget every cached lexicon structure, so the next use reloads the data files."""
    for name in module_names():
        module = sys.modules.get(name)
        for obj in list(vars(module).values()) if module else []:
            if callable(obj) and hasattr(obj, "cache_clear") and getattr(obj, "__module__", "") == name:
                obj.cache_clear()


def _first_string_entry_to_int(data: Any) -> bool:
    """Replace the first string of the first list of strings by a number (in place)."""
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, list) and value and isinstance(value[0], str):
                value[0] = 123
                return True
            if _first_string_entry_to_int(value):
                return True
    elif isinstance(data, list):
        return any(isinstance(v, dict) and _first_string_entry_to_int(v) for v in data)
    return False


DATA_FILES = sorted(p.name for p in (PACKAGE_DIR / "lang" / "vi").glob("*.yaml"))
CORRUPT_TEXT = (
    "Chiều 13/3, Đại tá Nguyễn Văn Hùng - Giám đốc Công an tỉnh Nghệ An chủ trì hội nghị tại điểm cầu Hà Nội; "
    "đã bắt 14.450 đối tượng về tội đánh bạc theo Kế hoạch số 131/KH-BCA-CSHS (TPCTC)."
)


@pytest.mark.parametrize("corruption", ["top-level-list", "entry-not-a-string"])
@pytest.mark.parametrize("filename", DATA_FILES)
def test_corrupt_data_file_is_a_lexicon_error(data_dir, filename: str, corruption: str) -> None:
    import yaml

    path = data_dir / filename
    if corruption == "top-level-list":
        path.write_text("- Đại tá\n- 2\n", encoding="utf-8")
    elif corruption == "empty":
        path.write_text("", encoding="utf-8")
    else:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not _first_string_entry_to_int(data):
            pytest.skip(f"{filename} holds no list of strings")
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    _clear_package_caches()
    try:
        try:
            doc = vn_crimeie.extract(CORRUPT_TEXT, dateline="2024-03-13")
        except LexiconError as exc:
            if corruption != "entry-not-a-string":
                assert filename in str(exc)
        else:  # a file whose damage does not matter to extraction must still leave sane output
            for ent in doc.entities:
                assert CORRUPT_TEXT[ent.start : ent.end] == ent.text
    finally:
        _clear_package_caches()
