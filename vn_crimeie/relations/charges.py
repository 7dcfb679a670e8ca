"""CHARGED_WITH: a person arrested, prosecuted, tried or sentenced for an offence.

An offence counts when a cue introduces it: ``về tội``, ``tội danh``, ``có tiền
án`` always; ``về hành vi``, ``vì hành vi`` only with an arrest, prosecution,
trial or sentence verb in the sentence; a count may stand in the cue (``về hai
tội``, ``làm rõ 2 hành vi``).  Offences listed after it (``về các tội A và B``)
count too.  The people charged are the named people of the sentence except
officers with a rank, people named after ``của`` (``tài sản của chị B``),
nicknames in brackets and people who only speak about the case; ``đối với A``
names the one charged (``bắt tạm giam đối với A``) unless it follows the
offence of someone named before (``B bị xét xử về tội giết người đối với A``:
the victim).  A list after the offence (``… gồm: A, B và C``, ``đối với bị cáo A
(30 tuổi) và B``) and the subject after a fronted charge (``Khi bị khởi tố về tội
X, cả A và B …``) are charged too.

>>> from vn_crimeie.candidates import Candidate
>>> from vn_crimeie.relations.context import Found, Sentence
>>> t = "Nguyễn Văn Hùng bị bắt về hành vi Chống người thi hành công vụ."
>>> ents = [Candidate(0, 15, "PERSON"), Candidate(34, 62, "CRIME")]
>>> found = Found()
>>> link_charges(Sentence.build(t, ents, (0, len(t)), [0, 1]), found)
>>> [(r.label, r.head, r.tail) for r in found.relations()]
[('CHARGED_WITH', 0, 1)]
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from .context import Found, Sentence
from .cues import MAX_GAP, Cues, cues, squash

__all__ = ["link_charges"]


_COUNTS = ("NUMBER", "MEASURE")
_BRACKETED = regex.compile(r"\([^()]*\)")
#: At most this many names make a list of people charged together.
MAX_LIST = 12


def _cue_text(s: Sentence, k: int) -> str:
    """The text before the offence at ``k`` that may hold its cue, read across a count of offences.

    ``về hai tội “Lừa đảo”``, ``làm rõ 2 hành vi Cướp tài sản``: the count's
    number is left out, its noun kept (``về tội``, ``làm rõ hành vi``).
    """
    parts = [s.left(k)]
    j = k - 1
    while j >= 0 and s.labels[j] in _COUNTS and k - j <= 2:
        if s.labels[j] == "MEASURE":
            parts.append(squash(s.surface(j)))
        parts.append(s.left(j))
        j -= 1
    return " ".join(p for p in reversed(parts) if p)


def _offence_runs(s: Sentence, c: Cues) -> list[list[int]]:
    """Positions of the offences a cue introduces as charges, as runs of listed offences."""
    verb: bool | None = None
    runs: list[list[int]] = []
    for k in s.positions("CRIME"):
        left = _cue_text(s, k)
        if c.charge_strong.search(left):
            runs.append([k])
            continue
        if c.charge_weak.search(left):
            if verb is None:
                verb = s.says(c.charge_verb)
            if verb:
                runs.append([k])
            continue
        if runs and runs[-1][-1] == k - 1:
            g = s.gap(k - 1, k)
            if g is not None and c.crime_joiner.fullmatch(g):
                runs[-1].append(k)
    return runs


def _run_before(
    s: Sentence, k: int, runs: dict[int, list[int]], c: Cues, found: Found, depth: int = 0
) -> list[int] | None:
    """The run of offences right before the person at ``k``: "có hành vi giết người Đoàn Văn Tám".

    Also for the later names of a list that follows the offence: "xét xử vụ án
    “Lừa đảo” đối với bị cáo A (37 tuổi) và B".
    """
    head = k - 1 if k > 0 and s.labels[k - 1] == "RANK" else k
    prev = head - 1
    if prev < 0:
        return None
    if s.labels[prev] == "CRIME":
        g = s.gap(prev, head)
        if g is None or not c.after_offence.fullmatch(g):
            return None
        if c.charge_object.search(g) and not _object_of_charge(s, k, found):
            return None  # "A bị xét xử về tội giết người đối với chị B (và chị C)": the victims
        return runs.get(prev)
    listed = _listed_before(s, head, c)
    if listed is None or depth >= MAX_LIST:
        return None
    return _run_before(s, listed, runs, c, found, depth + 1)


def _listed_before(s: Sentence, head: int, c: Cues) -> int | None:
    """The person named before ``head`` in a list: "A (37 tuổi), B", "A và B" (brackets aside)."""
    j = next((j for j in range(head - 1, -1, -1) if s.labels[j] == "PERSON"), None)
    if j is None or s.spans[head][0] - s.spans[j][1] > MAX_GAP:
        return None
    between = _BRACKETED.sub(" ", s.raw_gap(j, head))
    return j if c.person_joiner.fullmatch(squash(between)) else None


def _object_of_charge(s: Sentence, k: int, found: Found) -> bool:
    """Whether the person at ``k``, after ``đối với``, is the one charged rather than the victim.

    ``bắt tạm giam đối với Lê Văn B`` and ``điều tra hành vi lừa đảo đối với Lê
    Văn B`` name the one charged; ``A bị xét xử về tội giết người đối với B``,
    where an earlier person (not an officer) stands before the offence, names
    the victim.
    """
    head = k - 1 if k > 0 and s.labels[k - 1] == "RANK" else k
    if head == 0 or s.labels[head - 1] != "CRIME":
        return True
    return not any(
        s.labels[j] == "PERSON" and not (j > 0 and s.labels[j - 1] == "RANK" and found.has_head("HAS_RANK", s.ids[j]))
        for j in range(head - 1)
    )


def _charged(s: Sentence, k: int, found: Found, c: Cues, runs: list[list[int]], firsts: list[int],
             by_last: dict[int, list[int]]) -> list[int]:
    """The offences the person at ``k`` is charged with (none when they are not the one charged)."""
    if k > 0 and s.labels[k - 1] == "RANK" and found.has_head("HAS_RANK", s.ids[k]):
        return []  # an officer
    head = _group_head(s, k, c)
    left = s.left(head)
    if c.not_charged.search(left) and not (c.charge_object.search(left) and _object_of_charge(s, head, found)):
        return []
    if _nickname(s, k):
        return []
    before = _run_before(s, k, by_last, c, found)
    if before is not None:
        return before
    r = bisect_right(firsts, k)
    if r >= len(runs):
        return []
    after = runs[r]
    stop = s.spans[after[0]][0]
    nxt = next((j for j in range(k + 1, len(s)) if s.labels[j] == "PERSON"), None)
    if nxt is not None:
        stop = min(stop, s.spans[nxt][0])
    if c.speech_verb.search(squash(s.text[s.spans[k][1] : stop])):
        return []  # "ông A cho biết, …"
    return after


def _listed_after(s: Sentence, run: list[int], c: Cues) -> list[int]:
    """People listed after the offences: ``về tội Đưa hối lộ gồm: A, B và C``; ``…, cả A và B``.

    A list opener (``gồm``) charges every person after it up to the next offence; a
    fronted clause (``Khi bị khởi tố về tội X, cả A và B …``), with no person
    before it, charges the people it runs into.
    """
    last = run[-1]
    nxt = last + 1
    if nxt >= len(s) or s.labels[nxt] not in ("PERSON", "RANK"):
        return []
    tail = squash(s.surface(last)).rsplit(" ", 1)[-1] + " " + s.right(last)
    if c.charged_list.search(tail) or c.charged_list.fullmatch(s.right(last)):
        upto = next((k for k in range(nxt, len(s)) if s.labels[k] == "CRIME"), len(s))  # the next offence's list
        return [k for k in range(nxt, upto) if s.labels[k] == "PERSON" and not _nickname(s, k)]
    if "PERSON" in s.labels[: run[0]] or not c.charged_subject.fullmatch(s.right(last)):
        return []
    head = next((k for k in range(nxt, min(nxt + 2, len(s))) if s.labels[k] == "PERSON"), None)
    if head is None:
        return []
    group = [head]
    while group[-1] + 1 < len(s) and s.labels[group[-1] + 1] == "PERSON":
        g = s.gap(group[-1], group[-1] + 1)
        if g is None or not c.person_joiner.fullmatch(g):
            break
        group.append(group[-1] + 1)
    return group


def _group_head(s: Sentence, k: int, c: Cues) -> int:
    """The first person of the group joined to the person at ``k`` (``của A và B``: A for B)."""
    while k > 0 and s.labels[k - 1] == "PERSON":
        g = s.gap(k - 1, k)
        if g is None or not c.person_joiner.fullmatch(g):
            break
        k -= 1
    return k


def _nickname(s: Sentence, k: int) -> bool:
    """Whether the person at ``k`` is a nickname in brackets after another name: "Nguyễn Văn Hùng (tức Tũn, …)"."""
    if k == 0 or s.labels[k - 1] != "PERSON":
        return False
    gap = s.raw_gap(k - 1, k)
    return gap.strip().startswith("(") and ")" not in gap


def link_charges(s: Sentence, found: Found) -> None:
    """Add the CHARGED_WITH relations of sentence ``s`` (after its rank relations are known)."""
    c = cues()
    runs = _offence_runs(s, c)
    if not runs:
        return
    firsts = [run[0] for run in runs]
    by_last = {run[-1]: run for run in runs}
    for k in s.positions("PERSON"):
        for o in _charged(s, k, found, c, runs, firsts, by_last):
            found.add("CHARGED_WITH", s.ids[k], s.ids[o], s.span)
    for run in runs:
        for k in _listed_after(s, run, c):
            for o in run:
                found.add("CHARGED_WITH", s.ids[k], s.ids[o], s.span)
