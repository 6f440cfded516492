"""Codes of a shop that ran alone joining a chain."""

CODES: dict[str, str] = {
    "join.invalid_invitation": "the invitation is unknown, already used or expired",
    "join.no_company": "the company's server is not set up yet",
    "join.other_country": (
        "the shop keeps its books in {country} ({currency}), the company in "
        "{company_country} ({company_currency})"
    ),
    "join.code_taken": "the company already has a site with the code {code}",
    "join.site_known": "the site {code} has already joined this company",
    "join.not_standalone": "this shop is not a shop that runs alone: it already syncs",
    "join.customer_known": (
        "the joining shop's customer {name} ({customer}) has the {by} of the company's "
        "customer {company_name} ({company_customer}): the same person?"
    ),
}
