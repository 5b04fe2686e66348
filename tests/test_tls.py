"""TLS offline: the fake slurmrestd behind a real TLS socket with a CA of the test's own (``testbed._tls``).

A certificate the client refuses (unknown CA, another host name) or a handshake that fails is a ``TLSError``
at once: no retry under any policy, no request (so no token) reaches the server. A CA bundle that cannot be
read is a ``ConfigError`` before anything is sent (the CLI's usage error). The live side, through the
testbeds' nginx, is ``tests/live/test_tls.py``.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from slurm_rest import RETRY_POLICIES as POLICY
from slurm_rest import AsyncSlurmClient, ClientConfig, ConfigError, JobSpec, SlurmClient, TLSError
from slurm_rest._call import Kind
from slurm_rest.cli import main
from slurm_rest_testbed import _tls
from tests.fake_slurmrestd import FakeSlurmrestd

pytestmark = pytest.mark.usefixtures("pauses")

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.TLS-TEST-SIGNATURE"


@pytest.fixture
def fake() -> FakeSlurmrestd:
    return FakeSlurmrestd("24.11")


@pytest.fixture
def url(fake: FakeSlurmrestd, pki: _tls.TlsFiles) -> Iterator[str]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki.cert, pki.key)
    with fake.http_server(tls=context) as served:
        yield served


def wrong_host(url: str) -> str:
    return url.replace("//localhost:", "//127.0.0.1:")


def test_the_right_ca_works_and_the_token_is_sent(fake: FakeSlurmrestd, url: str, pki: _tls.TlsFiles) -> None:
    with SlurmClient(url=url, user="alice", token=TOKEN, verify=str(pki.ca)) as c:
        assert c.ping().ok
        job_id = c.submit(JobSpec(script="#!/bin/sh\ntrue\n"))
    assert job_id in fake.jobs and set(fake.tokens()) == {TOKEN}


@pytest.mark.parametrize("case", ["no CA (the default store)", "another host name"])
def test_a_refused_certificate_is_a_tls_error_at_once_and_nothing_is_sent(
    fake: FakeSlurmrestd, url: str, pki: _tls.TlsFiles, pauses: list[float], case: str
) -> None:
    target, verify = (url, True) if case.startswith("no CA") else (wrong_host(url), str(pki.ca))
    with SlurmClient(url=target, user="alice", token=TOKEN, verify=verify) as c, pytest.raises(TLSError) as caught:
        c.ping()
    assert fake.connections == 1 and pauses == []  # one handshake, not one retry
    assert fake.count() == 0 and fake.tokens() == []
    assert str(caught.value).startswith(f"TLS certificate verification failed for {target}: ")
    hint = "host name the certificate names" if "another" in case else "give the CA that signed it"
    assert hint in str(caught.value) and TOKEN not in str(caught.value)
    assert caught.value.sent is False


def test_submit_is_refused_the_same_way(fake: FakeSlurmrestd, url: str, pauses: list[float]) -> None:
    with SlurmClient(url=url, user="alice", token=TOKEN) as c, pytest.raises(TLSError):
        c.submit(JobSpec(script="#!/bin/sh\ntrue\n"))
    assert fake.count() == 0 and fake.connections == 1 and pauses == []


async def test_the_async_client_alike(fake: FakeSlurmrestd, url: str, pki: _tls.TlsFiles, pauses: list[float]) -> None:
    async with AsyncSlurmClient(url=url, user="alice", token=TOKEN) as c:
        with pytest.raises(TLSError, match="unable to get local issuer certificate"):
            await c.ping()
    assert fake.count() == 0 and fake.connections == 1 and pauses == []
    async with AsyncSlurmClient(url=url, user="alice", token=TOKEN, verify=str(pki.ca)) as c:
        assert (await c.ping()).ok


def test_a_plain_http_server_at_an_https_url_is_a_tls_error(fake: FakeSlurmrestd, pauses: list[float]) -> None:
    with (
        fake.http_server() as plain,
        SlurmClient(url=plain.replace("http://", "https://"), user="alice", token=TOKEN) as c,
        pytest.raises(TLSError, match=r"TLS handshake with .* failed"),
    ):
        c.ping()
    assert fake.connections == 1 and pauses == []


@pytest.mark.parametrize("kind", list(Kind))
def test_no_policy_retries_a_tls_error(kind: Kind) -> None:
    assert not POLICY[kind].retry_on(TLSError("TLS certificate verification failed for https://x: y"))


def test_an_unreadable_ca_bundle_is_a_config_error(tmp_path: Path) -> None:
    not_pem = tmp_path / "not.pem"
    not_pem.write_text("hello\n")
    for bundle in (tmp_path / "missing.pem", not_pem):
        with pytest.raises(ConfigError, match=r"CA bundle .* cannot be used"):
            SlurmClient(url="https://localhost:1", user="alice", token=TOKEN, verify=str(bundle))


def test_the_environment_names_the_ca_bundle(fake: FakeSlurmrestd, url: str, pki: _tls.TlsFiles) -> None:
    config = ClientConfig.from_env(
        {"SLURM_REST_URL": url, "SLURM_REST_USER": "alice", "SLURM_JWT": TOKEN, "SLURM_REST_CA_BUNDLE": str(pki.ca)}
    )
    with SlurmClient(config) as c:
        assert c.ping().ok


# -- the CLI --------------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "SLURM_JWT",
        "SLURM_REST_CA_BUNDLE",
        "SLURM_REST_INSECURE",
        "SLURM_REST_DEBUG",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("cli_env")
def test_cli_ca_bundle_flag_and_variable(
    url: str, pki: _tls.TlsFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = ["--url", url, "--user", "alice", "--token", TOKEN]
    assert main([*conn, "ping", "--ca-bundle", str(pki.ca)]) == 0
    monkeypatch.setenv("SLURM_REST_CA_BUNDLE", str(pki.ca))
    assert main([*conn, "ping"]) == 0
    capsys.readouterr()


@pytest.mark.usefixtures("cli_env")
def test_cli_without_the_ca_exits_3_with_the_reason(
    fake: FakeSlurmrestd, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--url", url, "--user", "alice", "--token", TOKEN, "ping"]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"slurm-rest: error: TLS certificate verification failed for {url}: ")
    assert err.rstrip().endswith("nothing was sent") and err.count("\n") == 1 and TOKEN not in err
    assert fake.count() == 0


@pytest.mark.usefixtures("cli_env")
def test_cli_unreadable_ca_bundle_is_a_usage_error(
    url: str, tmp_path: Path, fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--url", url, "--user", "alice", "--token", TOKEN, "ping", "--ca-bundle", str(tmp_path / "missing.pem")])
        == 2
    )
    assert "CA bundle" in capsys.readouterr().err and fake.count() == 0
