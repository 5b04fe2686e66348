"""Everything flytekit-side, imported together: the connector registers its task types and the function
plugin registers ``SlurmRestFunction`` with flytekit. The ``flytekit.plugins`` entry point names this module."""

from __future__ import annotations

from ._connector import SlurmRestConnector, SlurmRestMeta, phase_of
from ._function import SlurmRestFunction, SlurmRestFunctionTask
from ._tasks import SlurmRestScriptTask, SlurmRestShellTask

__all__ = ["SlurmRestConnector", "SlurmRestFunction", "SlurmRestFunctionTask", "SlurmRestMeta",
           "SlurmRestScriptTask", "SlurmRestShellTask", "phase_of"]
