"""Demo content of the catalogue (illustrative sample data)."""

from .loader import load_catalogue_demo

__all__ = ["load_catalogue_demo"]
