"""Helpers for the flyte_plugin live tests: a SlurmCluster, its secret, task templates and literal inputs."""

from __future__ import annotations

import base64
from collections import OrderedDict
from pathlib import Path
from typing import Any

from flyteidl.core.execution_pb2 import TaskExecution
from flytekit.configuration import ImageConfig, SerializationSettings
from flytekit.core.context_manager import FlyteContextManager
from flytekit.core.type_engine import TypeEngine
from flytekit.models.literals import LiteralMap
from flytekit.models.task import TaskTemplate
from flytekit.tools.translator import get_serializable

from flyte_plugin import SlurmCluster

from ..conftest import Testbed

SECRET_ENV = "_FSEC_SLURM_REST_JWT_KEY"
REPEAT_SH = "/usr/local/share/slurm-rest/repeat.sh"
HOSTILE = '; rm -rf ~ $(id) "quotes" `id` \'single\'\nsecond line'
TERMINAL = {TaskExecution.SUCCEEDED, TaskExecution.FAILED, TaskExecution.ABORTED, TaskExecution.RETRYABLE_FAILED}


def key_b64(tb: Testbed) -> str:
    """The testbed's slurmctld JWT key as the connector's Flyte secret holds it (base64)."""
    return base64.b64encode(Path(tb.facts["jwt_key_path"]).read_bytes()).decode()


def cluster_for(tb: Testbed, **kw: Any) -> SlurmCluster:
    return SlurmCluster(url=tb.url, user=tb.user, jwt_key_secret="jwt_key", secret_group="slurm_rest",
                        path_map=[("/", str(tb.facts["rootfs"]))], **kw)


def template_of(task: Any) -> TaskTemplate:
    return get_serializable(OrderedDict(), SerializationSettings(ImageConfig()), task).template


def literals(task: Any, **values: Any) -> LiteralMap:
    ctx = FlyteContextManager.current_context()
    return TypeEngine.dict_to_literal_map(ctx, values, task.get_input_types())


def phase_name(phase: int) -> str:
    return str(TaskExecution.Phase.Name(phase))
