"""Does a config's `working_dir` exist on this machine as a writable folder?

The engine changes into it before anything else and refuses the config otherwise (ENGINE.md §0
steps 4-5 and §0.1 check 4); only the machine that runs the engine can tell, so the server checks.
"""

import json
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
        return {**result, "problem": "not_a_string", "message": "'working_dir' must be a string path."}
    if not value.strip() or "\x00" in value:
        return {**result, "problem": "empty", "message": "'working_dir' is empty."}
    expanded = Path(value).expanduser()
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


def _usable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.R_OK | os.W_OK | os.X_OK)


def working_dir_of(text: str, base: Path) -> dict[str, Any]:
    """Check the `working_dir` of a config's text (the saved file or the editor's buffer)."""
    try:
        config = json.loads(text)
    except ValueError:
        return {
            "working_dir": None,
            "resolved": None,
            "ok": False,
            "problem": "invalid_json",
            "message": "The config is not valid JSON, so its 'working_dir' cannot be read.",
        }
    if not isinstance(config, dict):
        return check_working_dir(None, base)
    return check_working_dir(config.get("working_dir"), base)
