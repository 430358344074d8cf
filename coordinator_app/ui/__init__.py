"""The Qt layer: windows, panels, dialogs and item models. It reaches data only through
``coordinator_app.core.services``."""
