"""Does a config's `working_dir` exist on this machine as a writable folder?

The engine changes into it before anything else and refuses the config otherwise (ENGINE.md §0
steps 4-5 and §0.1 check 4); only the machine that runs the engine can tell, so the server checks.
"""

import json
import math
import os
from pathlib import Path
from typing import Any


def check_working_dir(value: Any, base: Path) -> dict[str, Any]:
    """Verdict for one `working_dir` value, with a message the editor can show as-is. A relative value
    is resolved against `base`, the folder the studio starts the engine in (the engine's own)."""
    result: dict[str, Any] = {"working_dir": value, "resolved": None, "ok": False}
    if value is None:
        return {
            **result,
            "problem": "missing",
            "message": "The config has no 'working_dir'; the engine requires it.",
        }
    if not isinstance(value, str):
        # Echo scalars only: a list or object could be nested too deeply to send back.
        finite = isinstance(value, int | bool) or (isinstance(value, float) and math.isfinite(value))
        echo = value if finite else None
        return {
            **result,
            "working_dir": echo,
            "problem": "not_a_string",
            "message": "'working_dir' must be a string path.",
        }
    if not value.strip():
        return {**result, "problem": "empty", "message": "'working_dir' is empty."}
    unusable = _unusable_path(value)
    if unusable is not None:
        return {**result, "working_dir": _printable(value), "problem": "invalid_path", "message": unusable}
    try:
        expanded = Path(value).expanduser()
    except RuntimeError:  # `~name` of a user this machine does not have
        user = value[1:].split("/", 1)[0]
        return {
            **result,
            "problem": "invalid_path",
            "message": f"'working_dir' starts with ~{user}, but there is no user {user!r} on this machine.",
        }
    try:
        return _verdict(value, expanded, base, result)
    except OSError as error:  # a name the file system cannot hold (ENAMETOOLONG, ELOOP, …)
        return {
            **result,
            "resolved": None,
            "problem": "invalid_path",
            "message": f"'working_dir' cannot be used on this machine: {error.strerror or error}.",
        }


def _verdict(value: str, expanded: Path, base: Path, result: dict[str, Any]) -> dict[str, Any]:
    resolved = (base / expanded).resolve()
    result["resolved"] = str(resolved)
    if not expanded.is_absolute():
        return {
            **result,
            "ok": _usable(resolved),
            "problem": "relative",
            "message": f"'working_dir' {value!r} is relative: the engine resolves it against the folder "
            f"it is started from ({base} when run from the studio). Prefer an absolute path.",
        }
    if not resolved.exists():
        return {**result, "problem": "missing_dir", "message": f"{resolved} does not exist on this machine."}
    if not resolved.is_dir():
        return {**result, "problem": "not_a_dir", "message": f"{resolved} is a file, not a folder."}
    if not _usable(resolved):
        return {
            **result,
            "problem": "not_writable",
            "message": f"{resolved} is not readable and writable by this user; the engine needs both.",
        }
    return {**result, "ok": True, "problem": None, "message": f"{resolved} exists and is writable."}


def _unusable_path(value: str) -> str | None:
    """Why `value` can never name a folder, or None."""
    if "\x00" in value:
        return "'working_dir' contains a NUL character, which no path can hold."
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        return "'working_dir' contains an unpaired UTF-16 surrogate, which no path can hold."
    too_long = [part for part in value.split("/") if len(part.encode("utf-8")) > 255]
    if too_long:
        return (
            f"'working_dir' has a folder name of {len(too_long[0].encode('utf-8'))} bytes; file systems "
            "allow at most 255 bytes per name."
        )
    if len(value.encode("utf-8")) >= 4096:
        return "'working_dir' is longer than the 4096 bytes a path may have."
    return None


def _printable(value: str) -> str:
    # The verdict echoes the value; a lone surrogate could not be sent back as UTF-8 JSON.
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _usable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.R_OK | os.W_OK | os.X_OK)


def working_dir_of(text: str, base: Path) -> dict[str, Any]:
    """Check the `working_dir` of a config's text (the saved file or the editor's buffer)."""
    try:
        config = json.loads(text)
    except (ValueError, RecursionError) as error:
        why = "is nested too deeply" if isinstance(error, RecursionError) else "is not valid JSON"
        return {
            "working_dir": None,
            "resolved": None,
            "ok": False,
            "problem": "invalid_json",
            "message": f"The config {why}, so its 'working_dir' cannot be read.",
        }
    if not isinstance(config, dict):
        return check_working_dir(None, base)
    return check_working_dir(config.get("working_dir"), base)
