"""One priority table: how strongly each recogniser's candidates hold when they overlap.

The resolver (:mod:`vn_crimeie.resolve`) keeps, among overlapping candidates,
the one of higher priority, then the longer one.  Every recogniser takes its
priorities from this table, so the whole policy reads in one place.  The keys
are rule families, as in the candidates' ``source``.

>>> PRIORITIES["dates"] > PRIORITIES["numbers"]       # "13/3" is a date, not a number
True
>>> PRIORITIES["ranks"] > PRIORITIES["persons.cue"]   # "Đại tá" before a name is a rank
True
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["PRIORITIES"]

PRIORITIES = MappingProxyType(
    {
        # time expressions and venues are unambiguous where they are found
        "dates": 40,
        "venues": 40,
        # lexicon-confirmed ranks and titles; their forms written without diacritics weaker
        "ranks": 30,
        "titles": 30,
        "ranks.ascii": 20,
        "titles.ascii": 20,
        # organisations: named by a head, then later mentions of their name alone
        "orgs": 25,
        "orgs.alias": 20,
        # legal documents; laws named without a number
        "documents": 22,
        "documents.law": 20,
        # a reference that holds its year or period ("Luật X năm 2005") holds against the DATE inside it
        "documents.dated": 41,
        # abbreviations the text defines; a full place name of three words or more
        "abbreviations.defined": 21,
        "locations.full_name": 21,
        # people: after a cue word, by position in a list, by surname, weak signals
        "persons.cue": 20,
        "persons.positional": 16,
        "persons.surname": 15,
        "persons.weak": 10,
        "persons.ner": 0,  # underthesea's NER, only on request (persons.find(use_ner=True))
        # offences from the table; offences read by a rule
        "crimes": 18,
        "crimes.rule": 17,
        # places, numbers and what they count
        "locations": 15,
        # a landmark abroad named by its head noun ("lâu đài Jughin"): over an ORG inside it ("đài Jughin")
        "locations.landmark": 26,
        "numbers": 15,
        # abbreviated domain terms; a slogan after its noun ("nguyên tắc 5K") over the sum "5k"
        "terms": 12,
        "terms.slogan": 16,
        # a long form the text defines, kept only where no recogniser found an entity
        "abbreviations.long_form": 0,
    }
)
