"""Previous contents of saved files (`.studio/history/`) and deleted files (`.studio/trash/`)."""

import hashlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import NotFound
from .paths import STUDIO_DIR


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

    def remember(self, name: str, data: bytes) -> None:
        folder = self.folder(name)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{_stamp()}-{version_of(data)[:12]}.json").write_bytes(data)
        for old in sorted(folder.glob("*.json"))[: -self.keep]:
            old.unlink(missing_ok=True)

    def list(self, name: str) -> list[SavedVersion]:
        folder = self.folder(name)
        if not folder.is_dir():
            return []
        entries = sorted(folder.glob("*.json"), reverse=True)
        return [
            SavedVersion(p.stem, _iso_from_stamp(p.stem.split("-")[0]), p.stat().st_size) for p in entries
        ]

    def read(self, name: str, version_id: str) -> bytes:
        candidate = self.folder(name) / f"{version_id}.json"
        if "/" in version_id or version_id.startswith(".") or not candidate.is_file():
            raise NotFound(f"No saved version {version_id!r} of {name}.")
        return candidate.read_bytes()

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
        target = self.trash / f"{_stamp()}-{name.replace('/', '__')}"
        path.rename(target)
        return target


def _iso_from_stamp(stamp: str) -> str:
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC).isoformat()
    except ValueError:
        return ""
