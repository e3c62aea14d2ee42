"""The 名录 area: member units, people, bodies, committees and documents, as of a day."""

from minutes_app.ui.registry.area import RegistryArea, build_registry_area

__all__ = ["RegistryArea", "build_registry_area"]
