"""Excel in and out in the GUI: the import dialog (file → column mapping → preview with verdicts → import in
the background → summary, rejected rows saved) and the export/template actions of the directory lists."""
