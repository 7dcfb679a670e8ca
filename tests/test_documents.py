"""DOCUMENT: numbered documents and articles of law, with kind/number/code values."""

from __future__ import annotations

import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import documents, orgs

CASES = [
    ("Thực hiện Kế hoạch số 131/KH-BCA-CSHS của Bộ Công an.", "Kế hoạch số 131/KH-BCA-CSHS", {"kind": "Kế hoạch", "number": "131", "code": "KH-BCA-CSHS"}),
    ("Sơ kết 3 năm thực hiện Kế hoạch 131 trên địa bàn.", "Kế hoạch 131", {"kind": "Kế hoạch", "number": "131"}),
    ("Xử phạt theo Nghị định số 100/2019/NĐ-CP.", "Nghị định số 100/2019/NĐ-CP", {"kind": "Nghị định", "number": "100", "code": "2019/NĐ-CP"}),
    ("Quán triệt Chỉ thị số 25-CT/TW của Ban Bí thư.", "Chỉ thị số 25-CT/TW", {"kind": "Chỉ thị", "number": "25", "code": "CT/TW"}),
    ("Bị can bị truy tố theo Điều 174 Bộ luật Hình sự.", "Điều 174 Bộ luật Hình sự", {"kind": "Điều", "number": "174", "law": "Bộ luật Hình sự"}),
    ("Hành vi này vi phạm khoản 2 Điều 249 BLHS.", "khoản 2 Điều 249 BLHS", {"kind": "Điều", "number": "249", "clause": "2", "law": "BLHS"}),
    ("Giám đốc ký Quyết định số 1520/QĐ-CAT ngày 5/6.", "Quyết định số 1520/QĐ-CAT", {"kind": "Quyết định", "number": "1520", "code": "QĐ-CAT"}),
    ("Căn cứ Thông tư 58/2020/TT-BCA về quy trình tuần tra.", "Thông tư 58/2020/TT-BCA", {"kind": "Thông tư", "number": "58", "code": "2020/TT-BCA"}),
]
NEGATIVES = [
    "Đơn vị đã xây dựng kế hoạch tuần tra cao điểm.",
    "Kế hoạch của nhóm này bị bại lộ.",
    "Anh ta điều khiển xe máy không có giấy tờ.",
    "kế hoạch 3 năm của đơn vị",
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_documents(text: str, span: str, value: dict) -> None:
    found = [(text[c.start : c.end], c.value) for c in documents.find(text) if c.source != "documents.law"]
    assert (span, value) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_document(text: str) -> None:
    assert spans(documents.find, text) == []


def test_steering_committee_named_after_a_plan_is_an_org() -> None:
    text = "Thành viên Ban Chỉ đạo Kế hoạch 131 đã dự họp."
    doc = documents.find(text)
    org = [c for c in orgs.find(text) if text[c.start : c.end] == "Ban Chỉ đạo Kế hoạch 131"]
    assert doc and org and org[0].priority > doc[0].priority


def test_law_on_its_own() -> None:
    assert spans(documents.find, "Luật Giao thông đường bộ quy định rõ.") == ["Luật Giao thông đường bộ"]


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_robust(text: str) -> None:
    documents.find(text)
