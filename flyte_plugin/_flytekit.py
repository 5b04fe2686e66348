"""The ``flytekit.plugins`` entry point: importing it registers the connector's task types and the
``SlurmRestFunction`` task plugin with flytekit.

flytekit loads its plugins from inside its own ``__init__``, so this module can run while one of the
modules below is itself half-imported (it imported flytekit first): it therefore imports modules,
never names from them, which Python allows in such a cycle.
"""

from __future__ import annotations

from . import _connector, _deployment, _function, _tasks

_deployment.deployment()  # a served connector checks its configuration at start: a bad one never serves

__all__: list[str] = []

MODULES = (_connector, _function, _tasks)  # what the entry point loads, each registering itself on import
