"""PERSON: the cases the recogniser's shortcuts skip, and the ones they must not skip.

``persons.find`` lists the words of a text in one regex pass, looks up
``not_names`` and place names only from a word that can open one, lists the
runs of name words once for all rules, tests a run's position after a place
word only once an age or a verb follows it, and compares later mentions with
the short forms of a name only when the last word fits.  These sentences pin
what those shortcuts must keep; every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import persons


def names(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[c.start : c.end] for c in persons.find(norm)]


def sources(text: str) -> list[tuple[str, str]]:
    norm = normalize(text).text
    return [(norm[c.start : c.end], c.source) for c in persons.find(norm)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two Latin words joined by a hyphen are one name word ...
        ("Bà Mia Ayliffe-Chung nói với phóng viên rằng con gái bà vô tội.", ["Mia Ayliffe-Chung"]),
        # ... a joined word does not take a third one ...
        ("Ông Jean-Pierre-Marie đến Hà Nội hôm qua.", ["Jean-Pierre"]),
        # ... and two Vietnamese syllables stay two words.
        ("Anh Nguyễn Văn Tú-Anh bị bắt khi đang trốn.", ["Nguyễn Văn Tú"]),
        # A text without any word, and one without a capital.
        ("", []),
        ("12/3 - 14:30, 2.000 đồng.", []),
        ("cảnh sát đã bắt giữ hai người đàn ông.", []),
    ],
)
def test_words_and_hyphenated_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A two-word not_names phrase ("Công an") is no name; the name after it is.
        ("Sáng nay, Công an huyện đã bắt Trần Văn Hùng.", ["Trần Văn Hùng"]),
        # A surname before a middle name stays a name word.
        ("Bị can Từ Thị Hoa khai nhận hành vi lừa đảo.", ["Từ Thị Hoa"]),
        # A place name opens the run; the name after it is taken off its end.
        ("Công an tỉnh Nghệ An Nguyễn Văn Bình cho biết vụ việc đang được điều tra.", ["Nguyễn Văn Bình"]),
        # A place alone is no name.
        ("Vụ cướp xảy ra tại phường Lý Thái Tổ, quận Hoàn Kiếm, Hà Nội.", []),
    ],
)
def test_not_names_and_places(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Followed by an age or a verb: a name, unless a place word comes before.
        ("Người bị bắt là Lò Văn Pằng, 27 tuổi, trú tại bản Mường.", [("Lò Văn Pằng", "persons.surname")]),
        ("Gonzalez cho biết anh ta không có mặt tại hiện trường.", [("Gonzalez", "persons.context")]),
        ("Một người sống ở chung cư Grenfell cho biết lửa bùng lên rất nhanh.", []),
        # Followed by neither: nothing, wherever the run stands.
        ("Nhóm phóng viên đến Stockholm vào buổi sáng.", []),
        # A foreign given name opens a run of two words; a lone given name is not enough.
        ("Cảnh sát đã thẩm vấn Henry Hill trong nhiều giờ.", [("Henry Hill", "persons.foreign")]),
        ("Cơn bão Henry đổ bộ vào bờ biển.", []),
    ],
)
def test_runs_in_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A later mention by the given name.
        (
            "Cảnh sát đã bắt Nguyễn Văn Kiên. Khi bị đưa về trụ sở, Kiên khai nhận toàn bộ hành vi.",
            ["Nguyễn Văn Kiên", "Kiên"],
        ),
        # A capitalised cue word before the given name is left out.
        ("Bị can Đỗ Minh Quân bỏ trốn. Ông Quân bị bắt sau hai tháng.", ["Đỗ Minh Quân", "Quân"]),
        # A run that ends in another word is no later mention ...
        ("Cảnh sát đã bắt Nguyễn Văn Kiên. Sau đó, tổ dân phố Kiên Thành họp bàn.", ["Nguyễn Văn Kiên"]),
        # ... nor is the given name after a place word.
        ("Cảnh sát đã bắt Nguyễn Văn Kiên. Sau đó, người dân phường Kiên kéo đến xem.", ["Nguyễn Văn Kiên"]),
    ],
)
def test_later_mentions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A surname run of one word needs a cue ...
        ("Cảnh sát đã bắt Hùng tại nhà riêng.", []),
        ("Cảnh sát đã bắt anh Hùng tại nhà riêng.", [("Hùng", "persons.cue")]),
        # ... two or three words are a name, unless a number or a place word comes before.
        ("Nhà của Trần Hưng Đạo bị trộm đột nhập.", [("Trần Hưng Đạo", "persons.surname")]),
        ("Cửa hàng ở số 25 Trần Hưng Đạo bị trộm đột nhập.", []),
        ("Cháy lớn trên đường Trường Chinh, Trần Đại Cang.", []),
        (
            "Chiều qua, Nguyễn Văn Mạnh cùng Lê Thị Hoa bị bắt.",
            [("Nguyễn Văn Mạnh", "persons.surname"), ("Lê Thị Hoa", "persons.surname")],
        ),
    ],
)
def test_surname_runs_and_place_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(text) == expected
