"""HTTP routers per resource under /api/v1, auth dependencies, problem+json errors."""
