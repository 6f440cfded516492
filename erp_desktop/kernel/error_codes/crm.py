"""Codes of the customer rules: loyalty points, profiles and consent, interactions, the
pipeline and duplicate merges."""

CODES: dict[str, str] = {
    "crm.invalid_points": "invalid number of points {points}",
    "crm.redeem_exceeds_balance": "{requested} points requested but {available} held",
    "crm.redeem_below_minimum": "at least {minimum} points must be redeemed, not {requested}",
    "crm.redeem_exceeds_due": "{value} of points exceeds the {due} due",
    "crm.no_redemption_rule": "no redemption rule in force on {on}",
    "crm.invalid_phone": "{phone} is not a phone number of {country}",
    "crm.unknown_phone_country": "no phone numbering plan for {country}",
    "crm.no_consent": "customer {customer} has not agreed to be contacted by {channel}",
    "crm.consent_withdrawn": "customer {customer} withdrew consent to be contacted by {channel} on {on}",
    "crm.invalid_metadata_key": "{key} is not a valid custom field name",
    "crm.unknown_metadata_key": "{key} is not a declared custom field",
    "crm.invalid_metadata_value": "custom field {key}: {value} is not a {type}",
    "crm.invalid_language": "{language} is not a language of the application",
    "crm.unknown_customer": "no customer {customer}",
    "crm.invalid_interaction_kind": "{kind} is not a kind of interaction",
    "crm.follow_up_before_interaction": "the follow-up on {follow_up} comes before the interaction on {on}",
    "crm.invalid_complaint_transition": "a complaint cannot go from {current} to {target}",
    "crm.invalid_stage": "{stage} is not a pipeline stage",
    "crm.invalid_stage_transition": "opportunity {opportunity} is {current} and cannot move to {target}",
    "crm.opportunity_not_won": "opportunity {opportunity} is {stage}, not won",
    "crm.opportunity_without_lines": "opportunity {opportunity} has no lines to quote",
    "crm.merge_into_itself": "customer {customer} cannot be merged into itself",
}
