"""The cache of srsly's msgpack codec registries (what makes ``nlp.pipe(n_process=N)`` cheap)."""

from __future__ import annotations

import catalogue
import pytest
import srsly
from spacy.tokens import Doc

import vn_crimeie
from vn_crimeie.msgpack_registries import _CachedGetAll, cache_msgpack_registries

SENTENCE = "Ngày 13/3, Đại tá Lê Nguyên Trường, Phó Giám đốc CATP Hải Phòng, chủ trì hội nghị; 626 bị can bị khởi tố."


class Plate:
    """A value srsly cannot pack without an encoder (a licence plate)."""

    def __init__(self, number: str) -> None:
        self.number = number


def _plate_encoder(obj, chain=None):
    if isinstance(obj, Plate):
        return {"plate": obj.number}
    return obj if chain is None else chain(obj)


def _shouting_plate_encoder(obj, chain=None):
    if isinstance(obj, Plate):
        return {"plate": obj.number.upper()}
    return obj if chain is None else chain(obj)


@pytest.fixture
def plate_encoder():
    key = ("srsly", "msgpack_encoders", "vn_crimeie_test_plate")
    srsly.msgpack_encoders.register("vn_crimeie_test_plate", func=_plate_encoder)
    try:
        yield key
    finally:
        catalogue.REGISTRY.pop(key, None)


def test_load_installs_the_cache() -> None:
    vn_crimeie.load()
    assert isinstance(vars(srsly.msgpack_encoders)["get_all"], _CachedGetAll)
    assert isinstance(vars(srsly.msgpack_decoders)["get_all"], _CachedGetAll)


def test_cache_answers_what_catalogue_computes() -> None:
    for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
        assert registry.get_all() == catalogue.Registry.get_all(registry)
        assert "numpy" in registry.get_all()


def test_installing_twice_keeps_one_cache() -> None:
    before = vars(srsly.msgpack_encoders)["get_all"]
    cache_msgpack_registries()
    assert vars(srsly.msgpack_encoders)["get_all"] is before


def test_answer_is_a_copy_callers_cannot_corrupt() -> None:
    srsly.msgpack_encoders.get_all().clear()
    assert "numpy" in srsly.msgpack_encoders.get_all()


def test_encoder_registered_after_first_use_is_used(plate_encoder) -> None:
    srsly.msgpack_dumps({"bks": "15A-123.45"})  # the cache is warm before the registration
    assert srsly.msgpack_loads(srsly.msgpack_dumps(Plate("15A-123.45"))) == {"plate": "15A-123.45"}


def test_encoder_replaced_under_the_same_name_is_used(plate_encoder) -> None:
    assert srsly.msgpack_loads(srsly.msgpack_dumps(Plate("15a-123.45"))) == {"plate": "15a-123.45"}
    srsly.msgpack_encoders.register("vn_crimeie_test_plate", func=_shouting_plate_encoder)
    assert srsly.msgpack_loads(srsly.msgpack_dumps(Plate("15a-123.45"))) == {"plate": "15A-123.45"}


def test_encoder_removed_is_no_longer_used(plate_encoder) -> None:
    assert srsly.msgpack_dumps(Plate("29C-999.99"))
    catalogue.REGISTRY.pop(plate_encoder)
    with pytest.raises(TypeError):
        srsly.msgpack_dumps(Plate("29C-999.99"))


def test_doc_bytes_round_trip_keeps_spans_values_and_relations(nlp) -> None:
    doc = nlp(SENTENCE)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.label_, e._.value) for e in back.ents] == [(e.text, e.label_, e._.value) for e in doc.ents]
    assert back._.relations == doc._.relations and doc._.relations
    assert [(s.text, s.label_) for s in back.spans["vn_crimeie"]] == [(s.text, s.label_) for s in doc.spans["vn_crimeie"]]
    values = {e.text: e._.value for e in back.ents}
    assert values["626"] == {"value": 626}
    assert values["Đại tá"]["rank"] == "Đại tá"
    assert values["CATP Hải Phòng"] == {"expansion": "Công an thành phố Hải Phòng"}


def test_a_registry_that_is_not_catalogues_is_left_alone(monkeypatch) -> None:
    class SlottedRegistry:  # what another srsly might ship: no instance dict to put the cache in
        __slots__ = ("namespace",)

        def get_all(self) -> dict:
            return {}

    other = SlottedRegistry()
    monkeypatch.setattr(srsly, "msgpack_encoders", other)
    cache_msgpack_registries()  # no error: the speed-up is skipped
    assert type(other).get_all is SlottedRegistry.get_all and not hasattr(other, "__dict__")
