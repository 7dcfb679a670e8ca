"""The scorer on a hand-computed toy example (docs/schema.md, Scoring).

Every expected number below is derived by hand in the comments; nothing is
copied from the scorer's own output.
"""

from __future__ import annotations

from typing import Any

import pytest

from vn_crimeie.evaluation import Counts, Report, evaluate, score
from vn_crimeie.evaluation.scorer import match_partial, match_strict, sentence_context, values_equal

D1 = (
    "Sáng 5/4, Đại tá Trần Văn Bình - Giám đốc Công an tỉnh Bắc Giang chủ trì họp báo. "
    "Công an đã bắt 12 đối tượng, thu giữ hơn 3 kg ma túy."
)
D2 = "Trung tá Lê Thị Hoa dự hội nghị tại Hà Nội."


def ent(text: str, eid: str, surface: str, label: str, value: Any = None, after: str = "") -> dict[str, Any]:
    """An entity on the first occurrence of ``surface`` (after the text ``after``), offsets computed."""
    start = text.index(surface, text.index(after) + len(after) if after else 0)
    out = {"id": eid, "start": start, "end": start + len(surface), "label": label, "text": surface}
    if value is not None:
        out["value"] = value
    return out


def rel(label: str, head: str, tail: str) -> dict[str, str]:
    return {"label": label, "head": head, "tail": tail}


GOLD = [
    {
        "id": "d1",
        "text": D1,
        "entities": [
            ent(D1, "g1", "Sáng 5/4", "DATE", {"type": "TIME", "value": "XXXX-04-05TMO"}),
            ent(D1, "g2", "Đại tá", "RANK"),
            ent(D1, "g3", "Trần Văn Bình", "PERSON"),
            ent(D1, "g4", "Giám đốc", "TITLE"),
            ent(D1, "g5", "Công an tỉnh Bắc Giang", "ORG"),
            ent(D1, "g6", "12", "NUMBER", {"value": 12}),
            ent(D1, "g7", "đối tượng", "MEASURE"),
            ent(D1, "g8", "hơn 3", "NUMBER", {"value": 3, "comparator": ">"}),
            ent(D1, "g9", "kg", "MEASURE"),
            ent(D1, "g10", "ma túy", "CRIME"),
        ],
        "relations": [
            rel("HAS_RANK", "g3", "g2"),
            rel("HAS_TITLE", "g3", "g4"),
            rel("TITLE_OF", "g4", "g5"),
            rel("QUANTIFIES", "g6", "g7"),
            rel("QUANTIFIES", "g8", "g9"),
        ],
    },
    {
        "id": "d2",
        "text": D2,
        "entities": [
            ent(D2, "g1", "Trung tá", "RANK"),
            ent(D2, "g2", "Lê Thị Hoa", "PERSON"),
            ent(D2, "g3", "Hà Nội", "LOC"),
        ],
        "relations": [rel("HAS_RANK", "g2", "g1"), rel("PRESENT_AT", "g2", "g3")],
    },
]

PRED = [
    {
        "id": "d1",
        "text": D1,
        "entities": [
            ent(D1, "p1", "Sáng 5/4", "DATE", {"type": "TIME", "value": "XXXX-04-05TMO"}),  # strict, value right
            ent(D1, "p2", "Đại tá", "RANK"),  # strict
            ent(D1, "p3", "Trần Văn", "PERSON"),  # boundary: partial only
            ent(D1, "p4", "Giám đốc", "TITLE"),  # strict
            ent(D1, "p5", "Công an tỉnh", "ORG"),  # overlaps g5 by 12 characters
            ent(D1, "p11", "Bắc Giang", "ORG"),  # overlaps g5 by 9: loses the one-to-one match
            ent(D1, "p7", "12", "NUMBER", {"value": 12, "comparator": "~"}),  # strict, value wrong
            ent(D1, "p8", "đối tượng", "MEASURE"),  # strict
            ent(D1, "p9", "3", "NUMBER", {"value": 3}, after="hơn"),  # boundary of g8
            ent(D1, "p10", "kg", "MEASURE"),  # strict
            ent(D1, "p12", "ma túy", "TERM"),  # same span as g10, other label
        ],
        "relations": [
            rel("HAS_RANK", "p3", "p2"),  # strict FP (p3 is no strict match), relaxed TP
            rel("HAS_TITLE", "p3", "p4"),  # strict FP, relaxed TP
            rel("TITLE_OF", "p4", "p5"),  # strict FP, relaxed TP (p5 ~ g5)
            rel("QUANTIFIES", "p7", "p8"),  # strict TP, relaxed TP
            rel("QUANTIFIES", "p9", "p10"),  # strict FP, relaxed TP (p9 ~ g8)
            rel("TITLE_OF", "p4", "p11"),  # p11 matches nothing: FP in both
            rel("QUANTIFIES", "p7", "p8"),  # duplicate: the gold relation is used up, FP in both
        ],
    },
    # d2 has no prediction: its 3 entities and 2 relations are all missed.
    {"id": "d9", "text": "Không có trong gold.", "entities": [], "relations": []},
]


@pytest.fixture(scope="module")
def report() -> Report:
    return score(GOLD, PRED)


def test_documents_paired_by_id(report: Report) -> None:
    assert report.documents == 2
    assert report.missing_predictions == ["d2"]
    assert report.unpaired_predictions == ["d9"]


# Strict entities.  Gold: d1 has 10, d2 has 3 = 13.  Predicted: 11.
# Strict matches: p1 p2 p4 p7 p8 p10 = 6 TP; FP = 11 - 6 = 5 (p3 p5 p11 p9 p12);
# FN = 13 - 6 = 7 (g3 g5 g8 g10 of d1, all 3 of d2).
# P = 6/11, R = 6/13, F1 = 2·6 / (2·6 + 5 + 7) = 12/24 = 0.5.
STRICT = {
    "DATE": (1, 0, 0),
    "RANK": (1, 0, 1),  # d2's Trung tá is missed
    "PERSON": (0, 1, 2),  # p3 is a boundary error; d2's person is missed
    "TITLE": (1, 0, 0),
    "ORG": (0, 2, 1),  # p5 and p11 both miss the exact span of g5
    "LOC": (0, 0, 1),
    "NUMBER": (1, 1, 1),  # p7 strict; p9 only partial; g8 missed
    "MEASURE": (2, 0, 0),
    "CRIME": (0, 0, 1),  # predicted as TERM
    "TERM": (0, 1, 0),
}


@pytest.mark.parametrize("label", sorted(STRICT))
def test_strict_entities_per_label(report: Report, label: str) -> None:
    assert report.entities_strict[label] == Counts(*STRICT[label])


def test_strict_entities_micro(report: Report) -> None:
    micro = Report.micro(report.entities_strict)
    assert micro == Counts(6, 5, 7)
    assert micro.precision == pytest.approx(6 / 11)
    assert micro.recall == pytest.approx(6 / 13)
    assert micro.f1 == pytest.approx(0.5)


# Partial entities: p3~g3, p5~g5 (12 > 9 characters, so p11 stays unmatched), p9~g8
# join the 6 strict pairs: TP = 9, FP = 11 - 9 = 2 (p11, p12), FN = 13 - 9 = 4
# (g10 and d2's three).  P = 9/11, R = 9/13, F1 = 18 / (18 + 2 + 4) = 0.75.
PARTIAL = {"PERSON": (1, 0, 1), "ORG": (1, 1, 0), "NUMBER": (2, 0, 0), "CRIME": (0, 0, 1), "TERM": (0, 1, 0)}


@pytest.mark.parametrize("label", sorted(PARTIAL))
def test_partial_entities_per_label(report: Report, label: str) -> None:
    assert report.entities_partial[label] == Counts(*PARTIAL[label])


def test_partial_entities_micro(report: Report) -> None:
    micro = Report.micro(report.entities_partial)
    assert micro == Counts(9, 2, 4)
    assert micro.f1 == pytest.approx(0.75)


# Values: strictly matched DATE p1/g1 has the right value (1/1); strictly matched
# NUMBER p7/g6 says "~" where gold has no comparator (0/1); g8 is not strictly
# matched, so it does not count.
def test_value_accuracy(report: Report) -> None:
    assert (report.values["DATE"].matched, report.values["DATE"].correct) == (1, 1)
    assert (report.values["NUMBER"].matched, report.values["NUMBER"].correct) == (1, 0)
    assert report.values["NUMBER"].accuracy == 0.0


# Relations: gold 5 (d1) + 2 (d2) = 7; predicted 7.
# Strict: only QUANTIFIES(p7, p8) has both arguments strictly matched: TP 1, FP 6, FN 6.
# Relaxed: the first five predictions map onto gold relations through the partial
# matching: TP 5; FP 2 (TITLE_OF to p11, the duplicate); FN 2 (d2).
RELATIONS_STRICT = {
    "HAS_RANK": (0, 1, 2),
    "HAS_TITLE": (0, 1, 1),
    "TITLE_OF": (0, 2, 1),
    "QUANTIFIES": (1, 2, 1),
    "PRESENT_AT": (0, 0, 1),
}
RELATIONS_RELAXED = {
    "HAS_RANK": (1, 0, 1),
    "HAS_TITLE": (1, 0, 0),
    "TITLE_OF": (1, 1, 0),
    "QUANTIFIES": (2, 1, 0),
    "PRESENT_AT": (0, 0, 1),
}


@pytest.mark.parametrize("label", sorted(RELATIONS_STRICT))
def test_relations_per_label(report: Report, label: str) -> None:
    assert report.relations_strict[label] == Counts(*RELATIONS_STRICT[label])
    assert report.relations_relaxed[label] == Counts(*RELATIONS_RELAXED[label])


def test_relations_micro(report: Report) -> None:
    assert Report.micro(report.relations_strict) == Counts(1, 6, 6)
    assert Report.micro(report.relations_relaxed) == Counts(5, 2, 2)
    assert Report.micro(report.relations_relaxed).f1 == pytest.approx(5 / 7)


def test_errors_grouped_and_confusion(report: Report) -> None:
    analysis = report.errors()
    assert analysis.confusion == {"CRIME": {"TERM": 1}}
    person = [(i.side, i.error, i.text) for i in analysis.by_label["PERSON"]]
    assert ("FP", "boundary", "Trần Văn") in person
    assert ("FN", "boundary", "Trần Văn Bình") in person
    assert ("FN", "missed", "Lê Thị Hoa") in person
    org = {(i.side, i.error, i.text) for i in analysis.by_label["ORG"]}
    assert org == {("FN", "boundary", "Công an tỉnh Bắc Giang"), ("FP", "boundary", "Công an tỉnh"),
                   ("FP", "spurious", "Bắc Giang")}
    (value_error,) = [i for i in analysis.by_label["NUMBER"] if i.kind == "value"]
    assert value_error.gold_value == {"value": 12} and value_error.pred_value["comparator"] == "~"
    assert value_error.context == "Công an đã bắt [[12]] đối tượng, thu giữ hơn 3 kg ma túy."
    missed_rel = [i.text for i in analysis.by_label["relation:PRESENT_AT"]]
    assert missed_rel == ["PRESENT_AT('Lê Thị Hoa', 'Hà Nội')"]


def test_report_renders(report: Report) -> None:
    as_dict = report.to_dict()
    assert as_dict["entities_strict"]["micro"]["f1"] == 0.5
    assert as_dict["values"]["NUMBER"] == {"matched": 1, "correct": 0, "accuracy": 0.0}
    md = report.to_markdown()
    assert "| **micro** | 0.545 | 0.462 | 0.500 | 6 | 5 | 7 |" in md
    errors_md = report.errors().to_markdown()
    assert "### Label confusion" in errors_md and "| CRIME | 1 |" in errors_md


def test_to_dataframe(report: Report) -> None:
    pd = pytest.importorskip("pandas")
    frame = report.to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    row = frame[(frame["kind"] == "relations") & (frame["mode"] == "relaxed") & (frame["label"] == "micro")]
    assert row["tp"].item() == 5


def test_largest_overlap_first_not_text_order() -> None:
    # Gold ORG [0, 10).  X = [0, 4) overlaps by 4, Y = [2, 12) by 8: Y wins although X comes first.
    gold = [{"start": 0, "end": 10, "label": "ORG"}]
    pred = [{"start": 0, "end": 4, "label": "ORG"}, {"start": 2, "end": 12, "label": "ORG"}]
    assert match_partial(gold, pred) == {1: 0}


def test_exact_match_wins_tie_over_longer_prediction() -> None:
    # Both overlap the gold [0, 6) by 6 characters; the exact one has the smaller union.
    gold = [{"start": 0, "end": 6, "label": "LOC"}]
    pred = [{"start": 0, "end": 9, "label": "LOC"}, {"start": 0, "end": 6, "label": "LOC"}]
    assert match_partial(gold, pred) == {1: 0}


def test_strict_is_one_to_one() -> None:
    gold = [{"start": 3, "end": 7, "label": "DATE"}]
    pred = [{"start": 3, "end": 7, "label": "DATE"}] * 3
    assert match_strict(gold, pred) == {0: 0}
    r = score([{"id": "x", "text": "Ngày 5/4 mưa", "entities": [{"id": "e1", **gold[0]}]}],
              [{"id": "x", "text": "Ngày 5/4 mưa", "entities": pred}])
    assert r.entities_strict["DATE"] == Counts(1, 2, 0)


@pytest.mark.parametrize(
    "label, gold, pred, equal",
    [
        ("NUMBER", {"value": 2200, "comparator": ">"}, {"value": 2200.0, "comparator": ">"}, True),
        ("NUMBER", {"value": 2.2}, {"value": 2.2, "comparator": None}, True),
        ("NUMBER", {"value": 14450}, {"value": 14.45}, False),
        ("NUMBER", {"value": 100, "comparator": ">="}, {"value": 100}, False),
        ("DATE", {"type": "DURATION", "value": "P3Y"}, {"type": "DURATION", "value": "P3Y", "mod": "x"}, True),
        ("DATE", {"type": "INTERVAL", "value": "2021/2023"}, {"type": "DATE", "value": "2021/2023"}, False),
        ("DATE", {"type": "DATE", "value": "2021-03-30"}, None, False),
    ],
)
def test_values_equal(label: str, gold: dict, pred: Any, equal: bool) -> None:
    assert values_equal(label, gold, pred) is equal


@pytest.mark.parametrize(
    "text, surface, context",
    [
        ("Hôm qua trời mưa. Thượng tá Hà Văn C dự họp! Sau đó về.", "Hà Văn C", "Thượng tá [[Hà Văn C]] dự họp!"),
        ("Tiêu đề\nNgày 6/2, Công an TP Thanh Hóa cho biết.\nHết", "Công an TP Thanh Hóa",
         "Ngày 6/2, [[Công an TP Thanh Hóa]] cho biết."),
        ("TP. Đà Nẵng có mưa", "Đà Nẵng", "TP. [[Đà Nẵng]] có mưa"),
    ],
)
def test_sentence_context(text: str, surface: str, context: str) -> None:
    start = text.index(surface)
    assert sentence_context(text, start, start + len(surface)) == context


def test_context_stays_short_on_long_text() -> None:
    text = "Đại tá " * 5000 + "Nguyễn Văn A" + " dự" * 5000
    start = text.index("Nguyễn")
    assert len(sentence_context(text, start, start + 12)) < 520


def test_evaluate_skips_broken_gold_and_names_the_line(tmp_path) -> None:
    import json

    path = tmp_path / "gold.jsonl"
    good = GOLD[1]
    broken = {"id": "d3", "text": "Hà Nội", "entities": [{"id": "e1", "start": 0, "end": 99, "label": "LOC"}]}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{không phải json\n" + json.dumps(broken) + "\n",
                    encoding="utf-8")
    report = evaluate(path, predictions=[good])
    assert report.documents == 1
    assert Report.micro(report.entities_strict) == Counts(3, 0, 0)
    assert any(f"{path}:2:" in p and "JSON" in p for p in report.problems)
    assert any(f"{path}:3:" in p and "outside the text" in p for p in report.problems)


# -- invariants on random documents (hypothesis) ---------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LABELS = ("PERSON", "ORG", "DATE")


@st.composite
def entity_lists(draw, flat: bool) -> list[dict[str, Any]]:
    spans = draw(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from(_LABELS)), max_size=12))
    out: list[dict[str, Any]] = []
    last_end = -1
    for start, length, label in sorted(spans):
        if flat and start < last_end:
            continue
        out.append({"id": f"x{len(out) + 1}", "start": start, "end": start + length, "label": label})
        last_end = start + length
    return out


@settings(max_examples=150, deadline=None)
@given(gold=entity_lists(flat=True), pred=entity_lists(flat=False))
def test_scores_are_consistent(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    text = "x" * 80
    r = score([{"id": "h", "text": text, "entities": gold}], [{"id": "h", "text": text, "entities": pred}])
    strict, partial = Report.micro(r.entities_strict), Report.micro(r.entities_partial)
    for c in (strict, partial):
        assert c.tp + c.fn == len(gold) and c.tp + c.fp == len(pred)
        assert 0.0 <= c.f1 <= 1.0
    assert strict.tp <= partial.tp <= min(len(gold), len(pred))
    # Partial matching is one to one.
    mapping = match_partial(gold, pred)
    assert len(set(mapping.values())) == len(mapping)


@settings(max_examples=60, deadline=None)
@given(gold=entity_lists(flat=True))
def test_gold_against_itself_is_perfect(gold: list[dict[str, Any]]) -> None:
    text = "x" * 80
    doc = {"id": "s", "text": text, "entities": gold}
    r = score([doc], [doc])
    assert Report.micro(r.entities_strict).fn == 0 and Report.micro(r.entities_strict).fp == 0
