"""The rows each merger writes, one module per document kind (``services.mergers`` holds
the checks and the order): a set of changes of one kind is written by one statement per
acting user where it can be, and every statement runs under the branch's row-level security.
"""
