"""One file per module declaring its error codes: ``CODES = {code: english_template}``.

The English template names the parameters in braces; ``erp_desktop.ui.messages`` holds the
translated texts and a test checks that every code here has one in every language.
"""
