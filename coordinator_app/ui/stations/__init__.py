"""Panel 1 — station hubs (阵地建设): sites, their network, people, docking and receptions."""
