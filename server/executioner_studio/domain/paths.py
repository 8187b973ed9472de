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
# Characters no config name needs and that only serve traversal or encoding tricks.
_REFUSED_CHARACTERS = {
    "\x00": "a NUL byte",
    "\\": "a backslash (use / between folders)",
    "%": "a percent sign (encoded names are not accepted)",
    ":": "a colon (drive letters and URLs are not accepted)",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_name(name: str) -> PurePosixPath:
    """Validate the shape of a relative config name; raise BadPath/ForbiddenPath with a clear reason."""
    if not name:
        raise BadPath("The file name is empty.")
    if len(name) > MAX_NAME_LENGTH:
        raise BadPath("The file name is too long.")
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
    if not parts[-1].lower().endswith(".json") or parts[-1].lower() == ".json":
        raise BadPath(f"Only .json config files can be opened or saved: {name!r}.")
    return PurePosixPath(name)


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
