"""Client feedback: the full-screen feedback mode and its entry points in the frame."""
