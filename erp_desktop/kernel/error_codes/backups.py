"""Codes of the user's backups of a replica (to a folder or a USB key) and their restore."""

CODES: dict[str, str] = {
    "backup.folder_unwritable": "the backup folder {folder} cannot be written (is the key in?)",
    "backup.unreadable": "{path} is not a readable backup of a replica",
    "backup.not_scheduled": "no backup folder is set on this PC",
}
