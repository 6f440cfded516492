"""The sync client: push the outbox, pull what head office owns, apply, retry. No Qt."""
