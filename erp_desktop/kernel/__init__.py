"""The shared business kernel: pure rules, no Qt, no database, no network.

The desktop client and the sync server both import it, so that a sale is totalled, taxed
and posted by exactly the same code on the branch PC and at head office.
"""
