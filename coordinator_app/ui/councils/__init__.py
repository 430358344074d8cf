"""The councils panel (议事会): appeals, councils, meetings and the closure rate."""
