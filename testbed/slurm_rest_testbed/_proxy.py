"""A TLS-terminating reverse proxy before each release's slurmrestd, as sites run one: Debian's nginx.

The host's nginx (``scripts/setup`` installs the package and keeps its own server off) runs one master per
release with a config, pid file and logs of the release's own (``state/nginx/``), listening on loopback
only (``Release.tls_port``) with the release's server certificate (``_tls``), and passes plain HTTP to
slurmrestd. It takes request heads as long as slurmrestd does (``HEAD_BUFFERS``, as docs/deployment.md
asks of a site's proxy); a second server, ``Release.stock_tls_port``, keeps nginx's default 8 KiB. Tokens
are never logged: the access log's format names no request header but the User-Agent. The access log is
how tests see that a refused certificate let no request (so no token) through.
"""

from __future__ import annotations

from pathlib import Path

from . import _tls
from ._build import run
from ._releases import Release

__all__ = ["NGINX", "access_log", "configure", "error_log", "pid_file", "start"]

NGINX = "/usr/sbin/nginx"
WORKER_USER = "www-data"
MAX_BODY = "64m"  # a submitted script travels in the request body (nginx's default cap is 1 MB)
UPSTREAM_KEEPALIVE = 16  # idle connections kept to slurmrestd (it serves about 124 in all)
READ_TIMEOUT = "300s"
# A request head up to 64 KiB: a watcher's state request for 2,000 ids (up to 36,000 bytes of query), which
# slurmrestd takes (it refuses heads over 80 KiB). nginx's default, 4 8k, refuses one over 8 KiB with 414.
HEAD_BUFFERS = "4 64k"


def _dir(rel: Release) -> Path:
    return rel.state / "nginx"


def pid_file(rel: Release) -> Path:
    return _dir(rel) / "nginx.pid"


def access_log(rel: Release) -> Path:
    return _dir(rel) / "access.log"


def error_log(rel: Release) -> Path:
    return _dir(rel) / "error.log"


def _conf_path(rel: Release) -> Path:
    return _dir(rel) / "nginx.conf"


def _conf(rel: Release) -> str:
    d = _dir(rel)
    temps = "\n".join(
        f"    {kind}_temp_path {d}/tmp/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""\
# Written by slurm_rest_testbed; rewritten on every 'up'. TLS on loopback, plain HTTP to slurmrestd.
user {WORKER_USER};
worker_processes 1;
pid {pid_file(rel)};
# info: a client's refusal is logged ("SSL_do_handshake() failed ... alert unknown ca" or "... bad certificate")
error_log {error_log(rel)} info;
events {{ worker_connections 512; }}
http {{
    log_format testbed '$remote_addr [$time_local] "$request" $status $body_bytes_sent '
                       '"$http_user_agent" $request_time $upstream_status';
    access_log {access_log(rel)} testbed;
{temps}
    client_max_body_size {MAX_BODY};
    upstream slurmrestd {{
        server 127.0.0.1:{rel.rest_port};
        keepalive {UPSTREAM_KEEPALIVE};
    }}
{_server(rel, rel.tls_port, head_buffers=HEAD_BUFFERS)}
    # The same proxy left at nginx's default head buffers, as an unmodified site proxy is.
{_server(rel, rel.stock_tls_port)}
}}
"""


def _server(rel: Release, port: int, head_buffers: str | None = None) -> str:
    tls = _tls.files(rel)
    extra = f"        large_client_header_buffers {head_buffers};\n" if head_buffers else ""
    return f"""\
    server {{
        listen 127.0.0.1:{port} ssl;
        server_name {_tls.SERVER_NAME};
        ssl_certificate {tls.cert};
        ssl_certificate_key {tls.key};
        ssl_protocols TLSv1.2 TLSv1.3;
{extra}        location / {{
            proxy_pass http://slurmrestd;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout {READ_TIMEOUT};
        }}
    }}"""


def configure(rel: Release) -> bool:
    """Certificates and config; True when a running nginx must reread them (SIGHUP)."""
    renewed = _tls.ensure(rel)
    path, text = _conf_path(rel), _conf(rel)
    (path.parent / "tmp").mkdir(parents=True, exist_ok=True)  # nginx makes the temp dirs, not their parent
    changed = not path.exists() or path.read_text() != text
    if changed:
        path.write_text(text)
    return renewed or changed


def start(rel: Release) -> None:
    """Start the release's nginx master (it daemonizes and writes its pid file once it listens)."""
    if not Path(NGINX).exists():
        raise SystemExit(f"[{rel.name}] {NGINX} not found: run scripts/setup (installs Debian's nginx)")
    run(
        [NGINX, "-c", str(_conf_path(rel)), "-p", f"{_dir(rel)}/", "-e", str(error_log(rel))],
        log=rel.state / "nginx.log",
    )
