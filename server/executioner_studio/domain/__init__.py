"""Domain logic of the server: plain Python, no FastAPI imports."""
