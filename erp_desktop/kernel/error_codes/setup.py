"""Codes of setting up a PC from the command line (``erp-desktop``)."""

CODES: dict[str, str] = {
    "setup.replica_exists": "a replica already exists at {path}; add --force to replace it",
    "setup.no_replica": "there is no replica in {folder}, and nothing was set up",
    # a shop set up alone (the first-run wizard's third way)
    "setup.no_owner": "one of the first users must have the owner role",
    "setup.username_twice": "the user name {username} is given twice",
    "setup.password_short": "the password of {username} is shorter than {minimum} characters",
    "setup.pin_invalid": "the PIN of {username} must be 4 to 8 digits",
    "setup.pin_twice": "the PIN of {username} is another user's PIN",
    "setup.product_file_unreadable": "{path} cannot be read as a CSV file or an xlsx workbook",
    "setup.product_file_empty": "{path} has no header row",
    "setup.product_file_columns": "the header row lacks {missing} and names unknown columns {unknown}",
    "setup.sku_twice": "the SKU {sku} is already on line {first}",
    "setup.barcode_twice": "the barcode {code} is already on line {first}",
    # head office's catalog import: a picture named on a line (issue 17)
    "setup.picture_not_a_file_name": (
        "{file} is not the name of a file beside the imported file (no address, no drive)"
    ),
    "setup.picture_not_found": "the picture {file} is not in the folder of the imported file",
    "setup.picture_unreadable": "{file} cannot be read as a picture",
    "setup.users_on_the_server": (
        "this site's users are made on the company's server (erp-sync-server user add)"
    ),
}
