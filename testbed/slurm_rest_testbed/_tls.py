"""A certificate authority of each release's own, and the server certificate of its TLS proxy (``_proxy``).

A CA per testbed, trusted by nothing else on this machine: a client that is not given it must refuse the
proxy. The server certificate names ``DNS:localhost`` only, so ``https://localhost:PORT`` is valid and
``https://127.0.0.1:PORT`` is a wrong host name. Made once; the server certificate is made again when it
is missing, nears its end or was not signed by the current CA. Keys are EC P-256, files 0600.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._releases import Release

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

__all__ = ["SERVER_NAME", "TlsFiles", "ensure", "ensure_in", "files", "files_in"]

SERVER_NAME = "localhost"
CA_DAYS = 3650
SERVER_DAYS = 825
RENEW_DAYS = 30  # a server certificate with fewer days left is made again on the next 'up'


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    ca_key: Path
    cert: Path
    key: Path


def files_in(directory: Path) -> TlsFiles:
    return TlsFiles(
        ca=directory / "ca.pem",
        ca_key=directory / "ca.key",
        cert=directory / "server.pem",
        key=directory / "server.key",
    )


def files(rel: Release) -> TlsFiles:
    return files_in(rel.state / "tls")


def _cryptography() -> None:
    try:
        import cryptography  # noqa: F401
    except ImportError:
        raise SystemExit(
            "the testbed's TLS proxy needs the 'cryptography' package (pip install cryptography; "
            "scripts/setup's default extras bring it)"
        ) from None


def _new_key() -> EllipticCurvePrivateKey:
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def _write_key(path: Path, key: EllipticCurvePrivateKey) -> None:
    from cryptography.hazmat.primitives import serialization

    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.chmod(0o600)
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


def _make_ca(out: TlsFiles, ca_name: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    key = _new_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ca_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_key(out.ca_key, key)
    out.ca.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _make_server(out: TlsFiles) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    ca = x509.load_pem_x509_certificate(out.ca.read_bytes())
    ca_key = serialization.load_pem_private_key(out.ca_key.read_bytes(), password=None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    key = _new_key()
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, SERVER_NAME)]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=SERVER_DAYS))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(SERVER_NAME)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    _write_key(out.key, key)
    out.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _server_current(out: TlsFiles) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    try:
        cert = x509.load_pem_x509_certificate(out.cert.read_bytes())
        ca = x509.load_pem_x509_certificate(out.ca.read_bytes())
    except (OSError, ValueError):
        return False
    left = cert.not_valid_after_utc - datetime.datetime.now(datetime.timezone.utc)
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):  # another issuer (a new CA), another key type, forged
        return False
    return left > datetime.timedelta(days=RENEW_DAYS) and out.key.exists()


def ensure(rel: Release) -> bool:
    """Make what is missing or stale; True when the server certificate is new (nginx must reread it)."""
    return ensure_in(files(rel), f"slurm-rest testbed {rel.name} CA")


def ensure_in(out: TlsFiles, ca_name: str) -> bool:
    """``ensure`` for any directory (offline tests make their own CA)."""
    _cryptography()
    if not (out.ca.exists() and out.ca_key.exists()):
        _make_ca(out, ca_name)
    if _server_current(out):
        return False
    _make_server(out)
    return True
