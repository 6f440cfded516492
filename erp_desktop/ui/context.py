"""What every screen needs: the app's dependencies, the task runner, the language, the user."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import ErpError
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.messages import message
from erp_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class UiContext:
    deps: Deps
    db: TaskRunner
    languages: LanguageManager
    data_dir: Path
    register_id: UUID | None = None
    actor: Actor | None = field(default=None)
    # Where background errors are shown (the main window's status bar once it exists).
    error_sink: Callable[[str], None] | None = None

    def explain(self, error: Exception) -> str:
        if isinstance(error, ErpError):
            return message(error, self.languages.language)
        return str(error)

    def report_error(self, error: Exception) -> None:
        if not isinstance(error, ErpError):
            log.error("background job failed", exc_info=error)
        if self.error_sink is not None:
            self.error_sink(self.explain(error))
