"""PySide6 widgets, pages, dialogs and item models."""
