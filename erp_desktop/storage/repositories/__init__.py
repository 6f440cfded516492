"""The SQLite implementation of the app's storage port, one mixin per module."""
