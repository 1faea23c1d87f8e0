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
CLASSIFICATION_PRESUMED_VICTIM = "presumed_victim_trafficking"
CLASSIFICATION_SMUGGLED = "smuggled_migrant_vulnerable"
CLASSIFICATION_VULNERABLE = "vulnerable_migrant"
CLASSIFICATION_NO_CONCERN = "no_protection_concern"
CLASSIFICATION_INCONCLUSIVE = "inconclusive"
CLASSIFICATIONS = (
    CLASSIFICATION_PRESUMED_VICTIM,
    CLASSIFICATION_SMUGGLED,
    CLASSIFICATION_VULNERABLE,
    CLASSIFICATION_NO_CONCERN,
    CLASSIFICATION_INCONCLUSIVE,
)

# The act element of trafficking (recruited, transported, transferred, harboured or received), asked in the
# interview: the protective child rule needs it (docs/screening.md).
ACT_ANSWERS = ("yes", "no", "unknown")

# Where an indicator's evidence came from (recorded per indicator in the interview and the screening record).
INDICATOR_SOURCES = ("account", "observation", "document", "third_party")

CASE_STATUSES = ("open", "referred", "closed")

# How a case ended (closure, approved by a supervisor) and the kinds of attachment kept in the vault.
CLOSURE_OUTCOMES = ("assisted", "returned_home", "transferred", "lost_contact", "declined_assistance", "other")
ATTACHMENT_KINDS = ("consent_form", "document", "medical", "other")

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

# The act element of trafficking (Palermo Protocol art. 3): was the person recruited, transported, transferred,
# harboured or received? Asked in every interview; for a child, act and exploitation are enough.
ACT_ANSWERS = ("yes", "no", "unknown")

# Who the interviewing officer is, and whom the person asked to be interviewed by (a humane interview).
INTERVIEWER_GENDERS = ("female", "male")
OFFICER_PREFERENCES = ("none", "woman", "man")

# How the adult taking part in a child's consent is related to the child.
GUARDIAN_RELATIONSHIPS = ("parent", "other_relative", "legal_guardian", "child_protection_officer", "other")
# "Could this person be involved in the exploitation?"
INVOLVEMENT_ANSWERS = ("no", "yes", "unknown")

# Why an interview was paused (the person's wellbeing comes before the interview).
PAUSE_REASONS = ("distress", "person_asked", "needs_psychologist", "other")
