"""Customer rules shared by the branches and the server."""
