"""The desktop application (the only package that may import Qt)."""
