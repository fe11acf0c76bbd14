"""Client list, client page and its basic, screening and history tabs."""
