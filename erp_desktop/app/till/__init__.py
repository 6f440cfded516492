"""The till: cash sessions, checkout, returns, held tickets."""
