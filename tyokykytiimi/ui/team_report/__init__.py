"""The team report for a period (Reports → Team report)."""
