"""Use cases of the branch, one subpackage per module; storage is reached through ports."""
