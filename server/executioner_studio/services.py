"""The objects every request needs, built once per server start from the settings."""

from dataclasses import dataclass

from .domain.engine import Engine, require_engine
from .domain.history import HistoryDB
from .domain.run_store import RunStore
from .domain.runs import RunManager
from .domain.workspace import Workspace
from .errors import ServiceUnavailable
from .settings import ENGINE_HINT, Settings


@dataclass
class Services:
    settings: Settings
    workspace: Workspace
    runs: RunManager

    @classmethod
    def from_settings(cls, settings: Settings) -> "Services":
        return cls(
            settings=settings,
            workspace=Workspace(settings.workspace, settings.history_versions_kept),
            runs=RunManager(
                RunStore(settings.workspace, settings.runs_kept),
                settings.cancel_grace_seconds,
                settings.on_shutdown,
                settings.history_db,
            ),
        )

    def engine(self) -> Engine:
        """The configured engine, or a 503 that says how to configure one."""
        return require_engine(self.settings.engine, self.settings.engine_python, ENGINE_HINT)

    def history(self) -> HistoryDB:
        if self.settings.history_db is None:
            raise ServiceUnavailable(
                "No history database configured. Set EXECUTIONER_PATH (the DB is data/jobs_history.db "
                "beside the engine) or pass --history-db / EXECUTIONER_HISTORY_DB."
            )
        return HistoryDB(self.settings.history_db)
