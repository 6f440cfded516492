"""What every screen needs: the app's dependencies, the task runner, the language, the user.

The window is painted before the replica is open (opening imports the storage layer and
checks migrations, which takes longer than painting): until ``open`` is called, ``deps``
is not there and the login screen waits with its button disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import ErpError
from erp_desktop.ui.events_bridge import CoreEventsBridge
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.messages import message
from erp_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class UiContext:
    def __init__(
        self,
        deps: Deps | None,
        db: TaskRunner,
        languages: LanguageManager,
        data_dir: Path,
        register_id: UUID | None = None,
        net: TaskRunner | None = None,
    ) -> None:
        self._deps = deps
        self.db = db
        # Network calls (sync) run here, never on the database worker nor the GUI thread.
        self.net = net or TaskRunner("network", db.parent())
        # What a network job changed (a pull) reaches the views that listen to the database.
        self.net.data_did_change.connect(self.db.data_did_change)
        # Printer jobs (a thermal printer over the network may take seconds, or time out)
        # run here, so neither the till's screen nor its database wait for paper.
        self.printer = TaskRunner("printer", db.parent())
        # The app's events (a product running low...), re-emitted on the GUI thread.
        self.events = CoreEventsBridge(db.parent())
        if deps is not None:
            self.events.listen(deps.bus)
        self.languages = languages
        self.data_dir = data_dir
        self.register_id = register_id
        self.actor: Actor | None = None
        # Where background errors are shown (the main window's status bar once it exists).
        self.error_sink: Callable[[str], None] | None = None

    def shutdown(self) -> None:
        self.events.stop()
        self.net.shutdown()
        self.printer.shutdown()
        self.db.shutdown()

    @property
    def is_open(self) -> bool:
        return self._deps is not None

    @property
    def deps(self) -> Deps:
        if self._deps is None:
            raise RuntimeError("the replica is not open yet")
        return self._deps

    def open(self, deps: Deps, register_id: UUID | None) -> None:
        self._deps, self.register_id = deps, register_id
        self.events.listen(deps.bus)

    def explain(self, error: Exception) -> str:
        if isinstance(error, ErpError):
            return message(error, self.languages.language)
        return str(error)

    def report_error(self, error: Exception) -> None:
        if not isinstance(error, ErpError):
            log.error("background job failed", exc_info=error)
        if self.error_sink is not None:
            self.error_sink(self.explain(error))
