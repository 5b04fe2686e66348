"""JWT tokens for slurmrestd: where they come from, when they are renewed, how they are sent.

Tokens are renewed *before* they expire, because Slurm 22.05 answers an expired token with HTTP
500 and a generic error, not 401. The auth flow only adds headers and never reads a body (so the
size cap holds while an answer streams in); when classification finds an auth failure, the client
calls ``SlurmAuth.renew()`` and resends once. Both headers are always sent (22.05 needs them; 23.02+
accepts them too).
"""

from __future__ import annotations

import base64
import subprocess
import threading
import time
from collections.abc import Generator
from pathlib import Path
from typing import Protocol

import httpx
import jwt

from ._config import ClientConfig, Secret
from ._constants import TOKEN_COMMAND_TIMEOUT, TOKEN_RENEW_FRACTION, TOKEN_RENEW_MARGIN
from ._exceptions import ConfigError

__all__ = ["CommandToken", "FileToken", "MintedToken", "SlurmAuth", "StaticToken", "TokenProvider", "provider_for"]


class TokenProvider(Protocol):
    #: False when asking again cannot give another token (a static one): nothing to resend with.
    renewable: bool

    def token(self, *, refresh: bool = False) -> str: ...


class _Cached:
    """Caches a token with its expiry; renews when a tenth of its life (at least 30 s) is left."""

    renewable = True

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = ""
        self._renew_at = 0.0

    def token(self, *, refresh: bool = False) -> str:
        with self._lock:
            if refresh or not self._value or time.time() >= self._renew_at:
                self._value, expires = self._fetch()
                now = time.time()
                margin = max(TOKEN_RENEW_MARGIN, (expires - now) * TOKEN_RENEW_FRACTION)
                self._renew_at = (
                    expires - margin if expires > now + margin else now + min(TOKEN_RENEW_MARGIN, expires - now)
                )
            return self._value

    def _fetch(self) -> tuple[str, float]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _expiry(token: str, default_lifespan: float) -> float:
    """The token's own ``exp`` claim when it has one (read, not verified); else a default."""
    try:
        exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    except jwt.PyJWTError:
        exp = None
    return float(exp) if isinstance(exp, (int, float)) else time.time() + default_lifespan


class StaticToken:
    renewable = False

    def __init__(self, secret: Secret) -> None:
        self._secret = secret

    def token(self, *, refresh: bool = False) -> str:
        return self._secret.get()

    def __repr__(self) -> str:
        return "StaticToken('***')"


class FileToken(_Cached):
    """A token file another process keeps fresh (e.g. a sidecar); re-read when renewing."""

    def __init__(self, path: Path, lifespan: float) -> None:
        super().__init__()
        self._path, self._lifespan = path, lifespan

    def _fetch(self) -> tuple[str, float]:
        try:
            text = self._path.read_text().strip()
        except OSError as exc:
            raise ConfigError(f"cannot read token file {self._path}: {exc.strerror}") from None
        token = text.removeprefix("SLURM_JWT=")
        return token, _expiry(token, self._lifespan)


class MintedToken(_Cached):
    """HS256 tokens minted from slurmctld's jwt key, for a service account acting for users."""

    def __init__(self, key: Path | Secret, subject: str, lifespan: int) -> None:
        super().__init__()
        self._key, self._subject, self._lifespan = key, subject, lifespan

    def _fetch(self) -> tuple[str, float]:
        if isinstance(self._key, Secret):
            key = base64.b64decode(self._key.get(), validate=True)
        else:
            try:
                key = self._key.read_bytes()
            except OSError as exc:
                raise ConfigError(f"cannot read JWT key {self._key}: {exc.strerror}") from None
        now = int(time.time())
        exp = now + self._lifespan
        return jwt.encode({"iat": now, "exp": exp, "sun": self._subject}, key, algorithm="HS256"), float(exp)


class CommandToken(_Cached):
    """Runs a command that prints a token (``scontrol token`` prints ``SLURM_JWT=...``)."""

    def __init__(self, command: tuple[str, ...], lifespan: float) -> None:
        super().__init__()
        self._command, self._lifespan = command, lifespan

    def _fetch(self) -> tuple[str, float]:
        try:
            out = subprocess.run(
                self._command, capture_output=True, text=True, timeout=TOKEN_COMMAND_TIMEOUT, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            # The command's output may hold a token: report only its name and the failure kind.
            raise ConfigError(f"token command {self._command[0]!r} failed: {type(exc).__name__}") from None
        token = out.strip().splitlines()[-1].strip().removeprefix("SLURM_JWT=") if out.strip() else ""
        if not token:
            raise ConfigError(f"token command {self._command[0]!r} printed nothing")
        return token, _expiry(token, self._lifespan)


def provider_for(config: ClientConfig) -> TokenProvider:
    if config.token is not None:
        secret = config.token if isinstance(config.token, Secret) else Secret(config.token)
        return StaticToken(secret)
    if config.token_file is not None:
        return FileToken(Path(config.token_file).expanduser(), config.token_lifespan)
    if config.jwt_key is not None or config.jwt_key_data is not None:
        key = config.jwt_key_data if config.jwt_key_data is not None else Path(str(config.jwt_key)).expanduser()
        return MintedToken(key, config.jwt_subject or config.user, config.token_lifespan)
    assert config.token_command is not None  # ClientConfig guarantees exactly one source
    command = config.token_command if isinstance(config.token_command, tuple) else (config.token_command,)
    return CommandToken(command, config.token_lifespan)


class SlurmAuth(httpx.Auth):
    """Adds ``X-SLURM-USER-NAME``/``X-SLURM-USER-TOKEN`` to every request; never reads an answer."""

    def __init__(self, user: str, provider: TokenProvider) -> None:
        self._user = user
        self._provider = provider

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-SLURM-USER-NAME"] = self._user
        request.headers["X-SLURM-USER-TOKEN"] = self._provider.token()
        yield request

    def renew(self) -> bool:
        """Get a new token now (after the server rejected one); False when there is no other to get."""
        if not self._provider.renewable:
            return False
        self._provider.token(refresh=True)
        return True

    def __repr__(self) -> str:
        return f"SlurmAuth(user={self._user!r}, provider={self._provider!r})"
