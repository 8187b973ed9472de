"""Run the real studio server as a user without root's powers, so permission tests test permissions.

Root may write any file and folder, so a permission test run as root proves nothing. When the tests
run as root (CI containers do), the server is started as `nobody` (Popen's `user=`/`group=`, which
call setgid/setuid in the child before exec); otherwise as the current, already unprivileged user.
The interpreter must be runnable by that user: this venv's Python if it can be reached, else the
system's Python of the same version with this venv's packages on PYTHONPATH. When none works the
test is skipped with the reason.
"""

import contextlib
import functools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

SERVER_DIR = Path(__file__).resolve().parent.parent
UNPRIVILEGED = "nobody"
TOKEN = "nonroot-test-token-0123456789"
START_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class Account:
    uid: int
    gid: int
    name: str


def account() -> Account:
    """The user the server runs as: `nobody` when we are root, else ourselves."""
    if os.geteuid() != 0:
        return Account(os.geteuid(), os.getegid(), pwd.getpwuid(os.geteuid()).pw_name)
    try:
        user = pwd.getpwnam(UNPRIVILEGED)
    except KeyError:
        pytest.skip(f"running as root and there is no '{UNPRIVILEGED}' user to drop privileges to")
    return Account(user.pw_uid, user.pw_gid, user.pw_name)


def give(path: Path, who: Account, mode: int) -> Path:
    """Make `path` belong to `who` with `mode` (the test sets up as root, the server runs as `who`)."""
    if os.geteuid() == 0:
        os.chown(path, who.uid, who.gid)
    path.chmod(mode)
    return path


def _as(who: Account) -> dict[str, object]:
    if os.geteuid() != 0:
        return {}
    return {"user": who.uid, "group": who.gid, "extra_groups": []}


@functools.cache
def _interpreter(who: Account) -> tuple[str, dict[str, str]]:
    """A Python command `who` can run with this package and its dependencies importable (probed
    once per test session: each probe starts an interpreter)."""
    home = Path(tempfile.gettempdir())
    packages = sysconfig.get_paths()["purelib"]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [(sys.executable, str(SERVER_DIR))]
    system = shutil.which(version, path="/usr/bin:/usr/local/bin:/bin")
    if system:
        candidates.append((system, os.pathsep.join([str(SERVER_DIR), packages])))
    problems = []
    for python, path in candidates:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
        try:
            probe = subprocess.run(
                [python, "-c", "import executioner_studio.app, uvicorn"],
                env=env,
                cwd=home,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                **_as(who),  # type: ignore[arg-type]
            )
        except OSError as error:
            problems.append(f"{python}: {error}")
            continue
        if probe.returncode == 0:
            return python, env
        problems.append(f"{python}: {probe.stderr.strip().splitlines()[-1:] or probe.returncode}")
    pytest.skip(f"no Python the user '{who.name}' may run with the studio's packages: {problems}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    who: Account
    process: subprocess.Popen[str]

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"X-Studio-Token": TOKEN}, timeout=30)


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    """A folder the unprivileged user can reach (pytest's tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="studio-nonroot-"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for folder, dirs, _ in os.walk(base):  # the test may have locked folders; unlock to remove
            for name in dirs:
                with contextlib.suppress(OSError):
                    (Path(folder) / name).chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def server_as_unprivileged_user(workspace: Path, home: Path) -> Iterator[Server]:
    """The studio server on `workspace`, as `nobody` (or the current non-root user); stopped after."""
    who = account()
    python, env = _interpreter(who)
    port = _free_port()
    env = {**env, "HOME": str(home), "EXECUTIONER_STUDIO_TOKEN": TOKEN}
    command = [
        python,
        "-m",
        "executioner_studio",
        "serve",
        "--workspace",
        str(workspace),
        "--port",
        str(port),
    ]
    process = subprocess.Popen(  # noqa: S603 - fixed command
        command,
        env=env,
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **_as(who),  # type: ignore[arg-type]
    )
    server = Server(f"http://127.0.0.1:{port}", who, process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(server: Server) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            output = server.process.stdout.read() if server.process.stdout else ""
            pytest.fail(f"the server (as {server.who.name}) exited at start: {output}")
        try:
            if httpx.get(f"{server.url}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)  # polling for the port to open, not waiting a fixed time
    pytest.fail(f"the server (as {server.who.name}) did not answer within {START_TIMEOUT_SECONDS} s")
