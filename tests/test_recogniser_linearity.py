"""Every recogniser does work linear in the length of repetitive text ("Cty " * N and the like).

Work is counted in lines run (tests/linearity.py), never timed.
"""

from __future__ import annotations

import pytest

from linearity import assert_linear
from vn_crimeie.recognizers import RECOGNIZERS, get_finder

PIECES = ["Cty ", "Bộ Công an ", "Đại tá Nguyễn Văn A, ", "ngày 3/4 có 2 người ", "(ABC) tội ", "huyện A, TP.HCM "]


@pytest.mark.parametrize("name", list(RECOGNIZERS))
@pytest.mark.parametrize("piece", PIECES)
def test_recogniser_is_linear_on_repeated_pieces(name: str, piece: str) -> None:
    assert_linear(get_finder(name), lambda n: piece * n, n=60)
