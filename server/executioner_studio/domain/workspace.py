"""The workspace: a folder of config files the studio lists, reads and saves in place."""

import contextlib
import os
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import Conflict, ForbiddenPath, NotFound, StudioError, Unprocessable
from .atomic import describe_os_error, is_read_only, write_atomic
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


@dataclass(frozen=True)
class SavedFile(FileContent):
    """A save's answer: the new content, and whether the previous content was kept in the history
    (`warning` says why not when it could not be)."""

    history_kept: bool = False
    warning: str | None = None


def encode_text(content: str) -> bytes:
    """UTF-8 bytes of editor text. An unpaired surrogate (JSON text can carry one as "\\ud800") has no
    UTF-8 form: writing it would need a lossy replacement or a non-UTF-8 file, so it is refused."""
    try:
        return content.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(content[error.start])
        line = content.count("\n", 0, error.start) + 1
        column = error.start - (content.rfind("\n", 0, error.start) + 1) + 1
        escape = f"\\u{code:04x}"
        raise Unprocessable(
            f"The content contains an unpaired UTF-16 surrogate (U+{code:04X}) at line {line}, column "
            f"{column}. It cannot be stored as UTF-8, so nothing was written. Remove it, or write it as "
            f"the JSON escape {escape} inside a string."
        ) from error


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
                try:
                    found.append(FileInfo(name, path.stat().st_size, _mtime(path)))
                except OSError:  # removed while listing, or unreadable: not something to open
                    continue
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

    def save(self, name: str, content: str, base_version: str, force: bool = False) -> SavedFile:
        """Replace the file if it is still at `base_version`. A read-only file is refused unless
        `force` (then it is written and stays read-only, like vim's `:w!`). The previous content goes
        to the history only after the new content is safely on disk."""
        path = self.path_of(name)
        data = encode_text(content)
        kept, warning = False, None
        with self._lock:
            old = self._read_bytes(path, name)
            current = version_of(old)
            if current != base_version:
                raise Conflict(
                    f"{name} was changed on disk since you opened it.",
                    extra={"current": self._content_dict(name, path, old)},
                )
            if old != data:
                if not force and is_read_only(path):
                    mode = path.stat().st_mode & 0o777
                    raise ForbiddenPath(
                        f"{name} is read-only (mode {mode:o}); it was not saved. Save anyway to "
                        "overwrite it (it stays read-only).",
                        extra={"read_only": True},
                    )
                write_atomic(path, data)
                kept, warning = self._remember(name, old)
        return SavedFile(**asdict(self.read(name)), history_kept=kept, warning=warning)

    def _remember(self, name: str, old: bytes) -> tuple[bool, str | None]:
        try:
            self.versions.remember(name, old)
        except StudioError as error:
            cause = error.__cause__
            reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else error.message
            return False, (
                f"Saved. No history version of the previous content was kept ({reason} in "
                f"{self.versions.folder(name).parent})."
            )
        return True, None

    def create(self, name: str, content: str) -> FileContent:
        path = self.path_of(name)
        data = encode_text(content)
        with self._lock:
            if path.exists():
                raise Conflict(f"{name} already exists.", extra=self._taken_by(name, path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise describe_os_error(error, path) from error
            write_atomic(path, data)
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
            # The file has moved; sidecars that cannot follow (unwritable .studio/) stay behind rather
            # than turning a done rename into an error.
            with contextlib.suppress(OSError):
                self.layouts.move(name, new_name)
            with contextlib.suppress(OSError):
                self.versions.move(name, new_name)
        return self.read(new_name)

    def delete(self, name: str) -> str:
        """Move the file to `.studio/trash/`; returns its name there."""
        path = self.path_of(name)
        with self._lock:
            self._read_bytes(path, name)
            try:
                trashed = self.versions.to_trash(path, name)
            except PermissionError as error:
                raise ForbiddenPath(
                    f"{name} was not deleted: it cannot be moved to {self.versions.trash} (permission "
                    f"denied: the server's user may not change {error.filename or path.parent})."
                ) from error
            except OSError as error:
                raise describe_os_error(error, path, f"{name} (moving it to the trash)") from error
            with contextlib.suppress(OSError):
                self.layouts.remove(name)
        return relative_name(self.root, trashed)

    def _taken_by(self, name: str, path: Path) -> dict[str, object]:
        """The file holding a name a create asked for, as `current`: the client can tell the user the
        name is taken and, if they choose to replace it, save over exactly that version. A folder or
        an unreadable file adds nothing (the refusal alone says why)."""
        try:
            data = path.read_bytes() if path.is_file() else None
        except OSError:
            data = None
        return {} if data is None else {"current": self._content_dict(name, path, data)}

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


__all__ = ["FileContent", "FileInfo", "SavedFile", "Workspace", "check_name", "encode_text"]
