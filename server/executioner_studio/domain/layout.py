"""Layout sidecars: node positions the user arranged, kept in `.studio/layout/<name>`, never in the
config itself (the engine ignores unknown keys, but users diff and review their configs)."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Unprocessable
from .atomic import describe_os_error, write_atomic
from .paths import STUDIO_DIR

# The web app stores {"direction", "positions": {id: {"x", "y"}}}: three levels. Deeper values are
# refused before they are written, because JSON serialisers give up around 255 levels and a stored
# layout that cannot be sent back would break every later request for it.
MAX_LAYOUT_DEPTH = 32
# Positions take ~50 bytes a job: 16 MB is room for hundreds of thousands of jobs.
MAX_LAYOUT_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class StoredLayout:
    layout: dict[str, Any]
    warning: str | None = None


def depth_of(value: Any, limit: int) -> int:
    """Nesting depth of a JSON value (a scalar is 0), counting no further than `limit` + 1."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if depth > limit:
                return depth
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth) for child in children)
    return deepest


class LayoutStore:
    def __init__(self, root: Path) -> None:
        self.base = root / STUDIO_DIR / "layout"

    def path(self, name: str) -> Path:
        return self.base.joinpath(*name.split("/"))

    def read(self, name: str) -> StoredLayout:
        """The stored layout; a damaged one reads as none (the UI falls back to automatic layout) with
        a warning that says why, so one bad sidecar never makes the file unusable."""
        path = self.path(name)
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return StoredLayout({})
        except (ValueError, UnicodeDecodeError, RecursionError):
            return StoredLayout({}, f"The saved layout of {name} is damaged (not JSON); it was ignored.")
        except OSError as error:
            return StoredLayout({}, f"The saved layout of {name} cannot be read ({error.strerror}).")
        if not isinstance(value, dict):
            return StoredLayout({}, f"The saved layout of {name} is not a JSON object; it was ignored.")
        if depth_of(value, MAX_LAYOUT_DEPTH) > MAX_LAYOUT_DEPTH:
            return StoredLayout(
                {}, f"The saved layout of {name} is nested deeper than {MAX_LAYOUT_DEPTH} levels; ignored."
            )
        try:
            json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except ValueError:  # NaN, or an escaped lone surrogate: it could not be sent back as JSON
            return StoredLayout({}, f"The saved layout of {name} holds values JSON cannot carry; ignored.")
        return StoredLayout(value)

    def write(self, name: str, layout: dict[str, Any]) -> None:
        depth = depth_of(layout, MAX_LAYOUT_DEPTH)
        if depth > MAX_LAYOUT_DEPTH:
            raise Unprocessable(
                f"The layout is nested more than {MAX_LAYOUT_DEPTH} levels deep; a layout holds positions "
                '({"positions": {"job": {"x": 0, "y": 0}}}), so it was not saved.'
            )
        try:
            text = json.dumps(layout, indent=2, sort_keys=True, allow_nan=False, ensure_ascii=False)
            data = text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise Unprocessable(
                "The layout contains an unpaired UTF-16 surrogate, which cannot be stored as UTF-8; "
                "it was not saved."
            ) from error
        except (ValueError, TypeError) as error:
            raise Unprocessable(f"The layout is not plain JSON: {error}.") from error
        if len(data) > MAX_LAYOUT_BYTES:
            raise Unprocessable(
                f"The layout is {len(data) // 1024} KB; layouts are limited to "
                f"{MAX_LAYOUT_BYTES // (1024 * 1024)} MB, so it was not saved."
            )
        path = self.path(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise describe_os_error(
                error, path.parent, what="the layout (kept in .studio/layout/ of the workspace)"
            ) from error
        write_atomic(path, data + b"\n", what="the layout (kept in .studio/layout/ of the workspace)")

    def move(self, old: str, new: str) -> None:
        source = self.path(old)
        if source.is_file():
            target = self.path(new)
            target.parent.mkdir(parents=True, exist_ok=True)
            source.replace(target)

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
