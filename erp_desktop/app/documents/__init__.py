"""What every business document goes through in the app layer, whatever its module."""
