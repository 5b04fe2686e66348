"""An error message says each of Slurm's error texts once: every recorded answer with ``errors[]`` (all
releases), classified for every kind of request and status, as raised, as a probe re-reads it
(``rejected_token``), and as the CLI prints it.

Found live on 22.05: a wrong token's AuthError read ``GET /slurm/v0.0.38/job/1: HTTP 500 ([-1] Unspecified
error: Unable to find JobId=1: slurm_load_job) (the token was rejected: /slurm/v0.0.38/ping says so) ([-1]
Unspecified error: Unable to find JobId=1: slurm_load_job)``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slurm_rest import APIError, AuthError, SlurmRestError
from slurm_rest._call import Call, Kind
from slurm_rest._classify import classify, rejected_token
from slurm_rest._exceptions import SlurmMessage
from slurm_rest.cli import _message

FIXTURES = Path(__file__).parent / "fixtures"
ANSWERS = {
    p.name: p.read_bytes() for p in sorted(FIXTURES.glob("v00*.json")) if json.loads(p.read_bytes()).get("errors")
}
CALLS = [
    Call("GET", "/slurm/v0.0.42/job/7"),
    Call("POST", "/slurm/v0.0.42/job/submit", kind=Kind.SUBMIT),
    Call("GET", "/slurmdb/v0.0.42/job/7", kind=Kind.ACCOUNTING),
]


def texts(errors: tuple[SlurmMessage, ...]) -> set[str]:
    return {t for e in errors for t in (e.description, e.error) if len(t.strip()) > 3}


def assert_each_said_once(message: str, errors: tuple[SlurmMessage, ...]) -> None:
    for text in texts(errors):
        assert message.count(text) <= 1, (text, message)
    for error in errors:
        assert message.count(str(error)) <= 1, (str(error), message)


def test_recorded_answers_with_errors_are_many() -> None:
    assert (
        len(ANSWERS) >= 10
        and any(n.startswith("v0038") for n in ANSWERS)
        and any(n.startswith("v0045") for n in ANSWERS)
    )


@pytest.mark.parametrize("name", ANSWERS)
@pytest.mark.parametrize("status", [200, 404, 500, 502, 511])
@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.kind.value)
def test_every_recorded_error_is_said_once(name: str, status: int, call: Call) -> None:
    try:
        classify(call, status, ANSWERS[name])
    except APIError as raised:
        exc = raised
    else:
        return  # read as a success (a notice beside a submitted job's id): no message to check
    assert exc.errors and texts(exc.errors)
    probed = rejected_token(exc, AuthError("probe", path="/slurmdb/v0.0.38/qos"))
    for err in (exc, probed):
        assert_each_said_once(str(err), err.errors)
        assert_each_said_once(_message(err), err.errors)
        assert all(str(e) in str(err) for e in err.errors)  # once, but said


def test_the_2205_wrong_token_answer_is_said_once() -> None:
    body = json.loads((FIXTURES / "v0038_job_not_found.json").read_text())
    body["errors"] = [
        {
            "description": "Unable to find JobId=1",
            "error_number": -1,
            "error": "Unspecified error",
            "source": "slurm_load_job",
        }
    ]
    with pytest.raises(APIError) as info:
        classify(Call("GET", "/slurm/v0.0.38/job/1"), 500, json.dumps(body).encode())
    probed = rejected_token(info.value, AuthError("x", path="/slurmdb/v0.0.38/qos"))
    assert str(probed) == (
        "GET /slurm/v0.0.38/job/1: HTTP 500 (the token was rejected: /slurmdb/v0.0.38/qos says "
        "so) ([-1] Unspecified error: Unable to find JobId=1: slurm_load_job)"
    )


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (SlurmMessage(-1, "Unspecified error", "x", "Unspecified error"), "[-1] Unspecified error: x"),
        (
            SlurmMessage(7000, "", "openapi_get_db_conn", "Unable to connect to database"),
            "[7000] Unable to connect to database: openapi_get_db_conn",
        ),
        (SlurmMessage(None, "Authentication does not apply to request"), "Authentication does not apply to request"),
    ],
)
def test_a_text_slurm_repeats_in_two_fields_is_said_once(error: SlurmMessage, shown: str) -> None:
    assert str(error) == shown


def test_an_exception_built_from_another_does_not_repeat_its_errors() -> None:
    errors = (SlurmMessage(-1, "Unable to query jobs", "slurm_load_jobs", "Unspecified error"),)
    first = APIError("GET /x: HTTP 500", status_code=500, errors=errors)
    again: SlurmRestError = APIError(f"{first} (and more)", status_code=500, errors=errors)
    assert str(again).count("Unable to query jobs") == 1 and first.message == "GET /x: HTTP 500"
