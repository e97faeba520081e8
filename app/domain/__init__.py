"""Pure domain rules: lifecycle, validation, clocks. No Qt, no SQLAlchemy, no I/O."""
