"""RANK recogniser and its rank table (lang/vi/ranks.yaml)."""

from __future__ import annotations

import unicodedata

import pytest

from vn_crimeie.lexicon import load_data
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import ranks
from linearity import assert_linear, prefix_maker


def spans(text: str) -> list[tuple[str, str]]:
    """(span as written, normalised rank) for every RANK in ``text``."""
    norm = normalize(text).text
    return [(norm[c.start : c.end], c.value["rank"]) for c in ranks.find(norm)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đại tướng Tô Lâm chủ trì hội nghị.", [("Đại tướng", "Đại tướng")]),
        ("Thiếu tướng Vũ Thanh Chương dự và chỉ đạo.", [("Thiếu tướng", "Thiếu tướng")]),
        ("Cùng dự có Đại tá Lê Nguyên Trường.", [("Đại tá", "Đại tá")]),
        ("Thượng tá Trần Văn Hùng, Phó trưởng Công an huyện cho biết.", [("Thượng tá", "Thượng tá")]),
        ("Trung tá Lê Văn Nam nhận nhiệm vụ mới.", [("Trung tá", "Trung tá")]),
        ("Thiếu tá Phạm Minh Đức cùng tổ công tác có mặt.", [("Thiếu tá", "Thiếu tá")]),
        ("Đại úy Hoàng Văn Kiên bị thương nhẹ.", [("Đại úy", "Đại úy")]),
        ("Đại uý Hoàng Văn Kiên bị thương nhẹ.", [("Đại úy", "Đại úy")]),
        ("thượng úy Ngô Văn Tài đang làm nhiệm vụ thì bị tông.", [("thượng úy", "Thượng úy")]),
        ("Trung uý CSGT đã lập biên bản.", [("Trung úy", "Trung úy")]),
        ("Tổ công tác gồm thiếu úy Lý Văn Sơn và hạ sĩ Đỗ Văn Khang.", [("thiếu úy", "Thiếu úy"), ("hạ sĩ", "Hạ sĩ")]),
        ("Thượng sĩ Bùi Văn Long và Trung sĩ Mai Văn Tú trực ban.", [("Thượng sĩ", "Thượng sĩ"), ("Trung sĩ", "Trung sĩ")]),
        ("Binh nhất Lò Văn Sáng được khen thưởng.", [("Binh nhất", "Binh nhất")]),
        ("Phó Đô đốc Phạm Hoài Nam thăm đơn vị.", [("Phó Đô đốc", "Phó Đô đốc")]),
        ("Chuẩn đô đốc Lê Văn Đạo phát biểu.", [("Chuẩn đô đốc", "Chuẩn Đô đốc")]),
        ("ĐẠI TÁ NGUYỄN VĂN HẢI NHẬN QUYẾT ĐỊNH", [("ĐẠI TÁ", "Đại tá")]),
        ("Thượng tướng Lương Tam Quang phát biểu.", [("Thượng tướng", "Thượng tướng")]),
        ("Trung tướng Nguyễn Văn Sơn dự lễ.", [("Trung tướng", "Trung tướng")]),
        # Text without diacritics, where the cue is unambiguous.
        ("dai ta Nguyen Van A cho biet", [("dai ta", "Đại tá")]),
        ("Thieu tuong Tran Van B chi dao", [("Thieu tuong", "Thiếu tướng")]),
        # Decomposed (NFD) input is normalised first.
        (unicodedata.normalize("NFD", "Đại tá Lê Văn Minh"), [("Đại tá", "Đại tá")]),
    ],
)
def test_ranks_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đơn vị có 12 hạ sĩ quan và chiến sĩ.",  # "hạ sĩ quan" = NCOs in general
        "Ông là một đại gia tá điền ở vùng này.",  # rank words inside other words
        "Các chiến sĩ công an có mặt từ sớm.",
        "Đội quân tình nguyện lên đường.",
        "Cơ quan công an đang điều tra.",
        "Buổi tiệc trung thu của trẻ em trong xóm.",
        "Anh ta làm nghề thợ hồ.",
        "",
    ],
)
def test_no_rank(text: str) -> None:
    assert spans(text) == []


def test_rank_values_follow_the_table() -> None:
    norm = "Đại tướng A và Thượng úy B"
    values = [c.value for c in ranks.find(norm)]
    assert values == [
        {"rank": "Đại tướng", "grade": "general", "order": 4},
        {"rank": "Thượng úy", "grade": "company", "order": 3},
    ]


def test_ascii_match_has_lower_priority_than_exact() -> None:
    exact = ranks.find("Đại tá A")[0]
    folded = ranks.find("Dai ta A")[0]
    assert exact.priority > folded.priority
    assert (exact.source, folded.source) == ("ranks", "ranks.ascii")


def test_rank_data_is_valid_nfc_and_complete() -> None:
    data = load_data("ranks.yaml")
    table = ranks.rank_table()
    for entry in data["ranks"]:
        for spelling in [entry["canonical"], *(entry.get("variants") or [])]:
            assert unicodedata.is_normalized("NFC", spelling), spelling
            assert table[spelling]["rank"] == entry["canonical"]
    # Every grade has its orders 1..n without gaps.
    by_grade: dict[str, set[int]] = {}
    for entry in data["ranks"]:
        by_grade.setdefault(entry["grade"], set()).add(entry["order"])
    for grade, orders in by_grade.items():
        assert orders == set(range(1, max(orders) + 1)), grade
    assert {"Đại tướng", "Thiếu tướng", "Đại tá", "Đại úy", "Hạ sĩ"} <= set(table)


@pytest.mark.parametrize("piece", ["Đại ", "tá.", "9", "Thiếu tướng ", "a" * 7 + " "])
def test_linear_on_long_runs(piece: str) -> None:
    assert_linear(ranks.find, lambda n: piece * n)
