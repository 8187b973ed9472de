"""Atomic file replacement: the old file stays intact unless the new bytes are safely on disk."""

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from ..errors import BadPath, Conflict, ForbiddenPath, ServerFailure, StorageFull, StudioError


def describe_os_error(error: OSError, path: Path, what: str | None = None) -> StudioError:
    """Turn an OSError from writing `path` into a message a user can act on. `what` names the thing
    being written when it is not the file itself (a layout, a saved version)."""
    subject = what or path.name
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            f"The disk is full: {subject} was not saved; the previous version is intact. "
            "Free some space and save again."
        )
    if error.errno == errno.EROFS:
        return ForbiddenPath(
            f"{subject} was not saved: {path.parent} is on a read-only file system. "
            "The previous version is intact."
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return ForbiddenPath(
            f"Permission denied writing {subject} (in {path.parent}): the server's user may not create "
            "files in that folder (a safe save writes a temporary file beside the file, then renames it "
            "over it). The previous version is intact."
        )
    if error.errno in (errno.EEXIST, errno.ENOTDIR):
        return Conflict(f"{subject} cannot be written: a part of its folder path is a file, not a folder.")
    if error.errno == errno.ENAMETOOLONG:
        return BadPath(f"The name of {subject} is too long for the file system; nothing was written.")
    return ServerFailure(
        f"Could not write {subject}: {error.strerror or error}. The previous version is intact."
    )


def write_atomic(path: Path, data: bytes, what: str | None = None) -> None:
    """Write to a temporary file in the same folder, flush and fsync it, then rename it over `path`
    (keeping the old file's permissions). On failure nothing is left behind and `path` is unchanged."""
    existing_mode: int | None = None
    with contextlib.suppress(FileNotFoundError):
        existing_mode = stat.S_IMODE(path.stat().st_mode)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{_short(path.name)}.", suffix=".tmp")
    except OSError as error:
        raise describe_os_error(error, path, what) from error
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
        raise describe_os_error(error, path, what) from error
    _fsync_dir(path.parent)


def is_read_only(path: Path) -> bool:
    """True when the file has no write permission bit at all, or this user may not write it. The mode
    bits matter even for root, who may write anyway: the file's owner marked it read-only."""
    return not (path.stat().st_mode & 0o222) or not os.access(path, os.W_OK)


def _short(name: str) -> str:
    # The temporary name adds ~16 bytes; keep it within the 255-byte limit of a name.
    return name.encode("utf-8")[:200].decode("utf-8", "ignore")


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every file system allows opening a directory.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
