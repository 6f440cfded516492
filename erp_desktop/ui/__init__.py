"""The only PySide6 code of the client: windows, views, table models, i18n, task runner."""
