"""The workspace: a folder of config files the studio lists, reads and saves in place."""

import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import Conflict, ForbiddenPath, NotFound, Unprocessable
from .atomic import describe_os_error, write_atomic
from .layout import LayoutStore
from .paths import STUDIO_DIR, check_name, relative_name, resolve_in
from .versions import VersionStore, version_of


@dataclass(frozen=True)
class FileInfo:
    path: str
    size: int
    mtime: str


@dataclass(frozen=True)
class FileContent:
    path: str
    content: str
    version: str
    size: int
    mtime: str


def _mtime(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()


class Workspace:
    def __init__(self, root: Path, versions_kept: int = 20) -> None:
        self.root = root.resolve()
        self.versions = VersionStore(self.root, versions_kept)
        self.layouts = LayoutStore(self.root)
        # Check-then-write of a save must not interleave with another save from this server.
        self._lock = threading.Lock()

    def path_of(self, name: str) -> Path:
        return resolve_in(self.root, name)

    def list_files(self) -> list[FileInfo]:
        found: list[FileInfo] = []
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            here = Path(folder)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
            for file in sorted(files):
                path = here / file
                if not file.lower().endswith(".json") or file.startswith(".") or path.is_symlink():
                    continue
                name = relative_name(self.root, path)
                if name.split("/")[0] == STUDIO_DIR:
                    continue
                found.append(FileInfo(name, path.stat().st_size, _mtime(path)))
        return found

    def read(self, name: str) -> FileContent:
        path = self.path_of(name)
        data = self._read_bytes(path, name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Unprocessable(f"{name} is not UTF-8 text and cannot be edited here.") from error
        return FileContent(name, text, version_of(data), len(data), _mtime(path))

    def current_version(self, name: str) -> tuple[str, FileInfo]:
        path = self.path_of(name)
        data = self._read_bytes(path, name)
        return version_of(data), FileInfo(name, len(data), _mtime(path))

    def save(self, name: str, content: str, base_version: str) -> FileContent:
        path = self.path_of(name)
        data = content.encode("utf-8")
        with self._lock:
            old = self._read_bytes(path, name)
            current = version_of(old)
            if current != base_version:
                raise Conflict(
                    f"{name} was changed on disk since you opened it.",
                    extra={"current": self._content_dict(name, path, old)},
                )
            if old != data:
                self.versions.remember(name, old)
                write_atomic(path, data)
        return self.read(name)

    def create(self, name: str, content: str) -> FileContent:
        path = self.path_of(name)
        with self._lock:
            if path.exists():
                raise Conflict(f"{name} already exists.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise describe_os_error(error, path) from error
            write_atomic(path, content.encode("utf-8"))
        return self.read(name)

    def rename(self, name: str, new_name: str) -> FileContent:
        source = self.path_of(name)
        target = self.path_of(new_name)
        with self._lock:
            self._read_bytes(source, name)
            if target.exists():
                raise Conflict(f"{new_name} already exists; choose another name.")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                source.rename(target)
            except OSError as error:
                raise describe_os_error(error, target) from error
            self.layouts.move(name, new_name)
            self.versions.move(name, new_name)
        return self.read(new_name)

    def delete(self, name: str) -> str:
        """Move the file to `.studio/trash/`; returns its name there."""
        path = self.path_of(name)
        with self._lock:
            self._read_bytes(path, name)
            try:
                trashed = self.versions.to_trash(path, name)
            except OSError as error:
                raise describe_os_error(error, path) from error
            self.layouts.remove(name)
        return relative_name(self.root, trashed)

    def _content_dict(self, name: str, path: Path, data: bytes) -> dict[str, object]:
        return {
            "path": name,
            "content": data.decode("utf-8", errors="replace"),
            "version": version_of(data),
            "size": len(data),
            "mtime": _mtime(path),
        }

    @staticmethod
    def _read_bytes(path: Path, name: str) -> bytes:
        try:
            return path.read_bytes()
        except (FileNotFoundError, NotADirectoryError) as error:
            raise NotFound(f"{name} does not exist in the workspace.") from error
        except IsADirectoryError as error:
            raise Unprocessable(f"{name} is a folder, not a config file.") from error
        except PermissionError as error:
            raise ForbiddenPath(f"Permission denied reading {name}.") from error
        except OSError as error:
            raise describe_os_error(error, path) from error


__all__ = ["FileContent", "FileInfo", "Workspace", "check_name"]
