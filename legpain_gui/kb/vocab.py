"""The fixed vocabularies of the knowledge base (no imports: cheap to load anywhere)."""

# The knowledge-base file format: changes whenever a table or column changes; a reader refuses any other.
SCHEMA_VERSION = 5
# The person's own data file (userdata.store writes it; kb.first_view reads it before SQLAlchemy loads).
USER_FILE_NAME = "userdata.sqlite"
USER_SCHEMA_VERSION = 3

# Sections of a condition page, in reading order: key -> heading.
SECTIONS: dict[str, str] = {
    "overview": "Overview",
    "mechanism": "Why the legs hurt",
    "pain": "Pain character and timing",
    "associated_findings": "Associated findings",
    "complications": "Complications",
    "diagnosis": "Diagnosis and investigations",
    "classification_criteria": "Classification criteria",
    "treatment": "Treatment overview",
    "prognosis": "Prognosis",
    "urgent_care": "When to seek urgent care",
}

# Sections a condition may add; "distinguishing" is required in every mimic category (MIMIC_PREFIX).
OPTIONAL_SECTIONS: dict[str, str] = {
    "distinguishing": "How it differs from the autoimmune causes",
}
# The categories, in the order the browser lists them: the autoimmune causes first, then the mimics grouped
# by why they are mistaken for them. A mimic category starts with MIMIC_PREFIX.
MIMIC_PREFIX = "Mimic: "
CATEGORIES = (
    "Systemic vasculitis",
    "Connective tissue disease",
    "Inflammatory arthritis",
    "Demyelinating disease and myelitis",
    "Immune-mediated neuropathy",
    "Inflammatory myopathy",
    "Other autoimmune",
    "Mimic: spine or nerve compression",
    "Mimic: vessels and clots",
    "Mimic: infection",
    "Mimic: muscle injury",
    "Mimic: joints and soft tissue",
    "Mimic: metabolic nerve damage",
    "Mimic: pain without tissue damage",
)


def is_mimic(category: str) -> bool:
    """True for the categories of conditions that are not autoimmune but are mistaken for them."""
    return category.startswith(MIMIC_PREFIX)


def category_rank(category: str) -> int:
    """Position of a category in reading order (an unknown one goes last)."""
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)

# HPO/Orphanet frequency bins: name -> (HPO frequency term, lowest %, highest %).
FREQUENCY_BINS: dict[str, tuple[str, int, int]] = {
    "obligate": ("HP:0040280", 100, 100),
    "very frequent": ("HP:0040281", 80, 99),
    "frequent": ("HP:0040282", 30, 79),
    "occasional": ("HP:0040283", 5, 29),
    "very rare": ("HP:0040284", 1, 4),
    "excluded": ("HP:0040285", 0, 0),
}

CODE_SYSTEMS = ("ICD-10", "ICD-10-CM", "ICD-11", "ORPHA", "OMIM")
URGENCIES = ("emergency", "urgent", "routine")
AGE_GROUPS = ("child", "adult", "older")  # under 18, 18-49, 50 and over


def group_of_years(years: float) -> str:
    """The age group of an age in years: the one place the thresholds live."""
    return "child" if years < 18 else ("adult" if years < 50 else "older")
INVESTIGATION_KINDS = ("laboratory", "imaging", "neurophysiology", "biopsy", "csf", "other")
BODY_SYSTEMS = (
    "pain", "timing", "skin", "neurological", "musculoskeletal", "vascular", "systemic",
    "laboratory", "imaging", "eye", "renal", "cardiorespiratory", "gastrointestinal",
)

# How many conditions a comparison holds.
MIN_COMPARED, MAX_COMPARED = 2, 6

# The frequency bins as ranges, for display.
BIN_RANGE = {"obligate": "100%", "very frequent": "80-99%", "frequent": "30-79%", "occasional": "5-29%",
             "very rare": "1-4%", "excluded": "0%"}

# Body systems of the finding catalogue, in reading order, with their headings.
SYSTEM_ORDER = ["pain", "timing", "skin", "neurological", "musculoskeletal", "vascular", "systemic", "eye",
                "renal", "cardiorespiratory", "gastrointestinal", "laboratory", "imaging"]
SYSTEM_TITLES = {"pain": "Pain", "timing": "Timing and triggers", "skin": "Skin", "neurological": "Neurological",
                 "musculoskeletal": "Joints and muscles", "vascular": "Vessels", "systemic": "Systemic",
                 "eye": "Eyes", "renal": "Kidneys and bladder", "cardiorespiratory": "Heart and lungs",
                 "gastrointestinal": "Gut", "laboratory": "Laboratory", "imaging": "Imaging and other tests"}

# The statement every page, comparison and summary carries.
DISCLAIMER = ("This reference supports clinical judgement; it does not replace it. Nothing here is a "
              "diagnosis: decide with the patient in front of you, local guidance and specialist advice.")
