"""The SQLite implementation of the app's storage port: one repository per aggregate."""
