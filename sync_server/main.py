"""create_app(): the FastAPI application factory. Nothing happens at import time."""
