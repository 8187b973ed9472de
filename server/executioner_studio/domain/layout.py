"""Layout sidecars: node positions the user arranged, kept in `.studio/layout/<name>`, never in the
config itself (the engine ignores unknown keys, but users diff and review their configs)."""

import json
from pathlib import Path
from typing import Any

from ..errors import Unprocessable
from .atomic import write_atomic
from .paths import STUDIO_DIR


class LayoutStore:
    def __init__(self, root: Path) -> None:
        self.base = root / STUDIO_DIR / "layout"

    def path(self, name: str) -> Path:
        return self.base.joinpath(*name.split("/"))

    def read(self, name: str) -> dict[str, Any]:
        path = self.path(name)
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError):
            # A damaged sidecar only loses positions; the UI falls back to automatic layout.
            return {}
        return value if isinstance(value, dict) else {}

    def write(self, name: str, layout: dict[str, Any]) -> None:
        try:
            data = json.dumps(layout, indent=2, sort_keys=True, allow_nan=False).encode()
        except ValueError as error:
            raise Unprocessable(f"The layout is not plain JSON: {error}.") from error
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data + b"\n")

    def move(self, old: str, new: str) -> None:
        source = self.path(old)
        if source.is_file():
            target = self.path(new)
            target.parent.mkdir(parents=True, exist_ok=True)
            source.replace(target)

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
