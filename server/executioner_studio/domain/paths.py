"""Confine user-supplied file names to the workspace.

A name is a workspace-relative POSIX path such as `team/nightly.json`. Anything that could reach
outside the workspace, or that only makes sense as an encoding trick, is refused before the file
system is touched; symlinks are then resolved and must still land inside the workspace.
"""

import re
from pathlib import Path, PurePosixPath

from ..errors import BadPath, ForbiddenPath

STUDIO_DIR = ".studio"
MAX_NAME_LENGTH = 1024
# Linux, macOS and Windows file systems all stop at 255 bytes (or UTF-16 units) per name.
MAX_COMPONENT_BYTES = 255
# Folders the file list never shows (see Workspace.list_files); a name inside one is refused so every
# file the studio creates can also be found again.
UNLISTED_FOLDERS = {"node_modules"}
# Characters no config name needs and that only serve traversal or encoding tricks.
_REFUSED_CHARACTERS = {
    "\x00": "a NUL byte",
    "\\": "a backslash (use / between folders)",
    "%": "a percent sign (encoded names are not accepted)",
    ":": "a colon (drive letters and URLs are not accepted)",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_name(name: str) -> PurePosixPath:
    """Validate the shape of a relative config name; raise BadPath/ForbiddenPath with a clear reason."""
    if not name:
        raise BadPath("The file name is empty.")
    if len(name) > MAX_NAME_LENGTH:
        raise BadPath(f"The file name is too long ({len(name)} characters; at most {MAX_NAME_LENGTH}).")
    surrogate = _lone_surrogate(name)
    if surrogate is not None:
        raise BadPath(
            f"The file name contains an unpaired UTF-16 surrogate (U+{ord(surrogate):04X}), which no file "
            "system can store; remove that character."
        )
    for char, what in _REFUSED_CHARACTERS.items():
        if char in name:
            raise BadPath(f"The file name contains {what}: {name!r}.")
    if _CONTROL.search(name):
        raise BadPath(f"The file name contains control characters: {name!r}.")
    if name.startswith("/") or name.startswith("~"):
        raise ForbiddenPath(f"Absolute paths are not accepted, only names inside the workspace: {name!r}.")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ForbiddenPath(f"The file name may not contain '.', '..' or empty folder names: {name!r}.")
    if parts[0] == STUDIO_DIR:
        raise ForbiddenPath(f"'{STUDIO_DIR}/' holds the studio's own data and cannot be edited: {name!r}.")
    for part in parts:
        if part.startswith("."):
            raise ForbiddenPath(
                f"Names starting with '.' are hidden and never listed, so the studio does not create or "
                f"open them: {part!r} in {name!r}. Choose a name without the leading dot."
            )
        if part in UNLISTED_FOLDERS:
            raise ForbiddenPath(f"Files under '{part}/' are never listed, so the studio does not use them.")
        size = len(part.encode("utf-8"))
        if size > MAX_COMPONENT_BYTES:
            raise BadPath(
                f"The name {part[:40]}… is {size} bytes long; file systems allow at most "
                f"{MAX_COMPONENT_BYTES} bytes per file or folder name. Choose a shorter name."
            )
    if not parts[-1].lower().endswith(".json") or parts[-1].lower() == ".json":
        raise BadPath(f"Only .json config files can be opened or saved: {name!r}.")
    return PurePosixPath(name)


def _lone_surrogate(text: str) -> str | None:
    # A str holding U+D800..U+DFFF cannot be encoded as UTF-8 (JSON allows the escape "\\ud800").
    found = _SURROGATE.search(text)
    return found.group() if found else None


def resolve_in(root: Path, name: str) -> Path:
    """Absolute path of `name` inside `root`, refusing symlinks that lead outside it."""
    relative = check_name(name)
    base = root.resolve()
    target = base.joinpath(*relative.parts)
    resolved = target.resolve()
    if not resolved.is_relative_to(base):
        raise ForbiddenPath(f"{name!r} leads outside the workspace (through a symbolic link).")
    # A symlinked file inside the workspace would let a save replace the link with a regular file;
    # refusing links keeps "what you see is what is written".
    if target.is_symlink():
        raise ForbiddenPath(f"{name!r} is a symbolic link; open the file it points to instead.")
    return target


def relative_name(root: Path, path: Path) -> str:
    return path.resolve().relative_to(root.resolve()).as_posix()
