"""The Qt-free core: models, migrations, services, validation, change log and demo data."""
