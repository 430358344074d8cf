"""coordinator_app — a desktop workbench for street-level party-building coordinators (街道党建办)."""

__version__ = "0.1.0"
APP_NAME = "coordinator_app"
APP_AUTHOR = "Yuexiu"
