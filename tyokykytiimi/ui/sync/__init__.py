"""Team sync screens: settings, joining, workstations, conflicts, status bar."""
