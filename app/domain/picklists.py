"""Controlled vocabularies of the case model; codes follow HTCDS 2.0 where it has an equivalent."""

from __future__ import annotations

# HTCDS 2.0 vic_Gender values, as lowercase codes.
SEXES = ("female", "male", "transgender_nonconforming", "unknown")

# How the person came into contact with the post (DESIGN.md §1, stage 1).
CIRCUMSTANCES = ("interception", "detention", "raid", "self_referral", "ngo_referral", "other")

DOCUMENT_TYPES = ("passport", "national_id", "cnic", "por_card", "birth_certificate", "visa", "other")

# Services an organisation offers and a referral requests.
SERVICES = (
    "shelter",
    "medical",
    "psychosocial",
    "legal_aid",
    "interpretation",
    "family_tracing",
    "return_reintegration",
    "child_protection",
)

URGENCIES = ("routine", "urgent", "emergency")

# Purposes a consent can cover (per purpose and per recipient, DESIGN.md §1 stage 3).
CONSENT_PURPOSES = ("assistance", "referral", "data_sharing")
CONSENT_METHODS = ("written", "verbal")

# Categories of data a consent may release to a recipient (minimal disclosure in letters and bundles).
DATA_CATEGORIES = (
    "identity",
    "contact",
    "needs",
    "health",
    "family",
    "documents",
    "screening",
    "circumstances",
)

NEEDS = (
    "medical_emergency",
    "medical_care",
    "shelter",
    "food_clothing",
    "psychosocial",
    "legal_aid",
    "interpretation",
    "family_tracing",
    "child_protection",
    "safety",
    "return_reintegration",
)

# The officer's classification (DESIGN.md §4); HTCDS mapping lives with the screening instruments.
CLASSIFICATIONS = (
    "presumed_victim_trafficking",
    "smuggled_migrant_vulnerable",
    "vulnerable_migrant",
    "no_protection_concern",
    "inconclusive",
)

CASE_STATUSES = ("open", "referred", "closed")

# What the central office reports about a referral through the feed (== protocol.steps.REPORTS, a test checks):
# the hub's lifecycle steps in order, then "overdue" (the next step is late; a history entry, never a status).
OFFICE_STATUSES = (
    "received",
    "routed",
    "acknowledged",
    "accepted",
    "declined",
    "arrived",
    "services_started",
    "completed",
    "person_left",
    "closed",
    "overdue",
)

ROLES = ("officer", "supervisor", "admin")

# Kinds of organisation in the service directory (Organisation.kind).
ORGANISATION_KINDS = ("ngo", "government", "international", "hospital")
