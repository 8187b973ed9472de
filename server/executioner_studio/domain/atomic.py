"""Atomic file replacement: the old file stays intact unless the new bytes are safely on disk."""

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from ..errors import ForbiddenPath, ServerFailure, StorageFull, StudioError


def describe_os_error(error: OSError, path: Path) -> StudioError:
    """Turn an OSError into a message a user can act on."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(f"The disk is full: {path.name} was not saved; the previous version is intact.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ForbiddenPath(
            f"Permission denied writing {path.name} (in {path.parent}); the previous version is intact."
        )
    return ServerFailure(
        f"Could not write {path.name}: {error.strerror or error}. The previous version is intact."
    )


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush and fsync it, then rename it over `path`."""
    existing_mode: int | None = None
    with contextlib.suppress(FileNotFoundError):
        existing_mode = stat.S_IMODE(path.stat().st_mode)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise describe_os_error(error, path) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, existing_mode if existing_mode is not None else 0o644)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise describe_os_error(error, path) from error
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every file system allows opening a directory.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
