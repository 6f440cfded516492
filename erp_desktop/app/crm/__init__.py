"""CRM use cases: loyalty points, profiles, interactions, the pipeline, duplicates."""
