"""Helpers for the ORG/LOC/VENUE/DOCUMENT/CRIME/TERM tests: run a recogniser, keep maximal spans."""

from __future__ import annotations

from vn_crimeie.candidates import Candidate
from vn_crimeie.normalize import normalize


def flat(cands: list[Candidate]) -> list[Candidate]:
    """The candidates the resolver would keep (priority, then longer, then earlier)."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in out):
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def spans(find, text: str, label: str | None = None) -> list[str]:
    """Texts of the maximal spans that ``find`` proposes in ``text`` (normalised first)."""
    norm = normalize(text).text
    return [norm[c.start : c.end] for c in flat(find(norm)) if label is None or c.label == label]


ADVERSARIAL = [
    "1" * 5000,
    "." * 5000,
    "Hà " * 3000,
    "Công an tỉnh " * 800,
    "(" + "A" * 3000 + ")",
    "(AB, " * 1000,
    "Điều 1 " * 1000 + "khoản " * 1000,
    "Kế hoạch số 1/" + "A-" * 2000,
    "xã " * 2000,
    "TP." * 2000,
]
MESSY = ["", " ", "cong an tinh nghe an bat giu doi tuong", "công an huyện quỳnh lưu", "CÔNG AN TỈNH NGHỆ AN", "\n\n", "(", ")"]
