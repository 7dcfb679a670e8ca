"""Figures that share the deed of the figure before them: ``lừa 33 người với tổng số tiền hơn 17,5 tỷ đồng``.

A step of :mod:`vn_crimeie.statistics`, on the rows it has built.
"""

from __future__ import annotations

from typing import Any

from .statistics_context import cue_words, folded_words

__all__ = ["share_totals"]


def share_totals(text: str, rows: list[dict[str, Any]]) -> None:
    """A figure right after a total link (``total_links``) takes the action and agent of the figure before it in
    its sentence, when it has no action of its own: ``lừa 33 người với tổng số tiền hơn 17,5 tỷ đồng``.

    >>> t = "A lừa 33 người với tổng số tiền hơn 17 tỷ đồng."
    >>> rows = [{"number": {"start": 6}, "sentence": {"start": 0}, "action": {"canonical": "lừa"}, "agent": None, "statistic": True},
    ...         {"number": {"start": t.index("hơn")}, "sentence": {"start": 0}, "action": None, "agent": None, "statistic": False}]
    >>> share_totals(t, rows); rows[1]["action"], rows[1]["statistic"]
    ({'canonical': 'lừa'}, True)
    """
    links = cue_words("total_links")
    for before, row in zip(rows, rows[1:]):
        if row["action"] is not None or before["action"] is None or before["sentence"]["start"] != row["sentence"]["start"]:
            continue
        words = " ".join(folded_words(text[max(0, row["number"]["start"] - 30) : row["number"]["start"]]))
        if any(words.endswith(link) for link in links):
            row["action"], row["agent"], row["statistic"] = before["action"], before["agent"], before["statistic"]
