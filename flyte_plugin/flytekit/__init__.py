"""flytekit's side (Flyte 1): the connector, the shell/script task classes and the function-task plugin.

This subpackage is the ``flytekit.plugins`` entry point: importing it registers the connector's task types
and the ``SlurmRestFunction`` task plugin with flytekit, and checks the deployment's configuration (a served
connector with a bad one never serves). Its public names are ``flyte_plugin``'s (``SlurmRestShellTask`` ...).

flytekit loads its plugins from inside its own ``__init__``, so this package can be imported while one of
its modules is itself half-imported (it imported flytekit first): it therefore imports modules, never names
from them, which Python allows in such a cycle.
"""

from __future__ import annotations

from .. import _deployment
from . import _connector, _function, _tasks

__all__: list[str] = []

_REGISTERED = (_connector, _function, _tasks)  # what the entry point loads, each registering itself on import

_deployment.deployment()  # a served connector checks its configuration at start: a bad one never serves
