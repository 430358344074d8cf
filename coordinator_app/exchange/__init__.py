"""Excel in and out (no Qt): forgiving import of the spreadsheets coordinators already keep, safe export of
the directories, blank templates. ``kinds`` describes each directory's columns; ``reading`` opens a file
defensively; ``importer`` finds the header, maps the columns, judges every row and upserts in one
transaction; ``exporter`` writes lists and templates."""
