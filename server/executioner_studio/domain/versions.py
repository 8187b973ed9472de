"""Previous contents of saved files (`.studio/history/`) and deleted files (`.studio/trash/`)."""

import contextlib
import hashlib
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import ForbiddenPath, NotFound
from .atomic import describe_os_error, write_atomic
from .paths import STUDIO_DIR

# `<UTC stamp>-<first 12 hex digits of the version>`, as `remember` names them.
_VERSION_ID = re.compile(r"\d{8}T\d{12}Z-[0-9a-f]{12}")


def version_of(data: bytes) -> str:
    """The version tag of a file's content: its SHA-256, so any change on disk changes it."""
    return hashlib.sha256(data).hexdigest()


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


@dataclass(frozen=True)
class SavedVersion:
    id: str
    saved_at: str
    size: int


class VersionStore:
    """Keeps the last `keep` previous versions of each file, named `<UTC stamp>-<version>.json`."""

    def __init__(self, root: Path, keep: int) -> None:
        self.base = root / STUDIO_DIR / "history"
        self.trash = root / STUDIO_DIR / "trash"
        self.keep = keep

    def folder(self, name: str) -> Path:
        return self.base.joinpath(*name.split("/"))

    def remember(self, name: str, data: bytes) -> str:
        """Keep `data` as a previous version of `name`; returns its id. Written atomically, so a
        failure (raised as a StudioError) leaves no partial or empty version behind."""
        folder = self.folder(name)
        what = f"a history version of {name} (in .studio/history/)"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise describe_os_error(error, folder, what) from error
        version_id = f"{_stamp()}-{version_of(data)[:12]}"
        write_atomic(folder / f"{version_id}.json", data, what)
        with contextlib.suppress(OSError):  # pruning is housekeeping; a failure loses nothing
            for old in sorted(folder.glob("*.json"))[: -self.keep]:
                old.unlink(missing_ok=True)
        return version_id

    def list(self, name: str) -> list[SavedVersion]:
        folder = self.folder(name)
        if not folder.is_dir():
            return []
        try:
            entries = sorted(folder.glob("*.json"), reverse=True)
            return [
                SavedVersion(p.stem, _iso_from_stamp(p.stem.split("-")[0]), p.stat().st_size) for p in entries
            ]
        except OSError as error:
            raise ForbiddenPath(
                f"The saved versions of {name} cannot be read ({error.strerror}) in {folder}."
            ) from error

    def read(self, name: str, version_id: str) -> bytes:
        candidate = self.folder(name) / f"{version_id}.json"
        if not _VERSION_ID.fullmatch(version_id) or not candidate.is_file():
            raise NotFound(f"No saved version {version_id!r} of {name}.")
        try:
            return candidate.read_bytes()
        except OSError as error:
            raise ForbiddenPath(
                f"Saved version {version_id} of {name} cannot be read ({error.strerror})."
            ) from error

    def move(self, old: str, new: str) -> None:
        source = self.folder(old)
        if source.is_dir():
            target = self.folder(new)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(target, ignore_errors=True)
            source.rename(target)

    def to_trash(self, path: Path, name: str) -> Path:
        """Move a deleted file to the trash under a unique name; returns where it went."""
        self.trash.mkdir(parents=True, exist_ok=True)
        flat = name.replace("/", "__").encode("utf-8")
        # A deep name flattened can pass the 255-byte limit of one name: keep its end (the file name).
        target = self.trash / f"{_stamp()}-{flat[-220:].decode('utf-8', 'ignore')}"
        path.rename(target)
        return target


def _iso_from_stamp(stamp: str) -> str:
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC).isoformat()
    except ValueError:
        return ""
