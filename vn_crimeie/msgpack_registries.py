"""Make spaCy's Doc serialisation cheap: cache srsly's msgpack codec registries.

Every ``srsly.msgpack_dumps`` / ``srsly.msgpack_loads`` asks catalogue for the
registered msgpack encoders or decoders, and catalogue answers by scanning the
entry points of every installed distribution and its whole global registry
(all of spaCy's registered functions) on each call. ``Doc.to_bytes`` makes five
such calls and ``Doc.from_bytes`` five more, so on an article of ~3,000
characters the lookups cost ~3 ms of the ~4 ms it takes to ship a processed Doc
from a worker of ``nlp.pipe(n_process=N)`` back to the parent, against ~27 ms
of extraction. That overhead capped the multi-process speed-up.

:func:`cache_msgpack_registries` gives the two registries a ``get_all`` that
answers from a cache, recomputed whenever catalogue's registry gains, loses or
replaces an entry of the registry's namespace (``srsly.msgpack_encoders.register``
keeps working). The answer is the same dict catalogue would compute. Entry points
of a distribution installed *while the process runs* are picked up at the next
change of the registry only. Nothing is patched at import: :func:`vn_crimeie.load`
applies it, and worker processes forked after that inherit it.

>>> import srsly
>>> cache_msgpack_registries()
>>> sorted(srsly.msgpack_encoders.get_all())  # the same answer, from the cache
['numpy']
"""

from __future__ import annotations

from typing import Any

import catalogue
import srsly

__all__ = ["cache_msgpack_registries"]


class _CachedGetAll:
    """``Registry.get_all`` for one registry, answered from a cache while catalogue's registry is unchanged."""

    def __init__(self, registry: catalogue.Registry) -> None:
        self._registry = registry
        self._fingerprint: tuple[Any, ...] | None = None
        self._result: dict[str, Any] = {}

    def _current_fingerprint(self) -> tuple[Any, ...]:
        namespace = tuple(self._registry.namespace)
        size = len(catalogue.REGISTRY)
        if self._fingerprint is not None and self._fingerprint[0] == size and self._fingerprint[1] == self._registry.entry_points:
            # Same size: only a replaced entry of our namespace can have changed the answer.
            owned = self._fingerprint[2]
            if all(catalogue.REGISTRY.get(key) is value for key, value in owned):
                return self._fingerprint
        owned = tuple((key, value) for key, value in catalogue.REGISTRY.items() if key[:-1] == namespace)
        return (size, self._registry.entry_points, owned)

    def __call__(self) -> dict[str, Any]:
        fingerprint = self._current_fingerprint()
        if fingerprint is not self._fingerprint:
            self._result = catalogue.Registry.get_all(self._registry)
            self._fingerprint = fingerprint
        return dict(self._result)


def cache_msgpack_registries() -> None:
    """Cache ``srsly.msgpack_encoders.get_all()`` and ``srsly.msgpack_decoders.get_all()`` (idempotent).

    Only a speed-up: a registry that does not take the cache (another srsly or
    catalogue) is left as it is.
    """
    for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
        if not isinstance(registry, catalogue.Registry) or not hasattr(registry, "__dict__"):
            continue
        if not isinstance(vars(registry).get("get_all"), _CachedGetAll):
            registry.get_all = _CachedGetAll(registry)  # type: ignore[method-assign]
