"""sanitization records and certificates

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 10:00:00

Sanitization records get the fields of NIST SP 800-88 Rev. 1 Appendix G (performer,
media, method details, verification, destination, validation by a second person, where the
record came from); `certificates` (the register: number, scope, issuer, the signed PDF,
reissue history) and `certificate_items` (the drives a certificate covers).
Existing records keep their values; the new text columns start empty, verification as
"full"/"passed" for passed records and "failed" for failed ones (a failed record was the
only way to say a verification failed before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TEXT = {
    "performer_title": 200,
    "performer_organisation": 200,
    "performer_location": 200,
    "performer_phone": 60,
    "property_number": 100,
    "media_source": 200,
    "classification": 100,
    "backup_location": 200,
    "tool_version": 60,
    "post_classification": 100,
    "destination_details": 200,
    "validator_name": 200,
    "validator_title": 200,
    "validator_organisation": 200,
    "validator_location": 200,
    "validator_phone": 60,
    "source_ref": 300,
}


def upgrade() -> None:
    with op.batch_alter_table("sanitizations", schema=None) as batch_op:
        for name, length in _TEXT.items():
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
        for name in ("method_details", "verification_details"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("backed_up", sa.String(length=10), nullable=False, server_default="unknown")
        )
        batch_op.add_column(sa.Column("passes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("verification", sa.String(length=10), nullable=False, server_default="full")
        )
        batch_op.add_column(
            sa.Column(
                "verification_result",
                sa.String(length=10),
                nullable=False,
                server_default="passed",
            )
        )
        batch_op.add_column(
            sa.Column(
                "destination", sa.String(length=20), nullable=False, server_default="recycling"
            )
        )
        batch_op.add_column(sa.Column("validated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=20), nullable=False, server_default="manual")
        )
        batch_op.add_column(
            sa.Column(
                "recorded_at",
                sa.DateTime(),
                nullable=False,
                server_default="1970-01-01 00:00:00",
            )
        )
    op.execute("UPDATE sanitizations SET recorded_at = performed_at")
    op.execute("UPDATE sanitizations SET verification_result = 'failed' WHERE result = 'failed'")

    op.create_table(
        "certificates",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("superseded_by", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["superseded_by"], ["certificates.id"]),
        sa.ForeignKeyConstraint(["supersedes"], ["certificates.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_index("ix_certificates_issued", "certificates", ["issued_at"], unique=False)
    op.create_table(
        "certificate_items",
        sa.Column("certificate_id", sa.String(length=36), nullable=False),
        sa.Column("drive_id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=False),
        sa.Column("sanitization_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["assets.id"]),
        sa.ForeignKeyConstraint(["certificate_id"], ["certificates.id"]),
        sa.ForeignKeyConstraint(["drive_id"], ["drives.id"]),
        sa.ForeignKeyConstraint(["sanitization_id"], ["sanitizations.id"]),
        sa.PrimaryKeyConstraint("certificate_id", "drive_id"),
    )
    op.create_index(
        "ix_certificate_items_asset_id", "certificate_items", ["asset_id"], unique=False
    )
    op.create_index("ix_certificate_items_drive", "certificate_items", ["drive_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_certificate_items_drive", table_name="certificate_items")
    op.drop_index("ix_certificate_items_asset_id", table_name="certificate_items")
    op.drop_table("certificate_items")
    op.drop_index("ix_certificates_issued", table_name="certificates")
    op.drop_table("certificates")
    with op.batch_alter_table("sanitizations", schema=None) as batch_op:
        for name in (
            *_TEXT, "method_details", "verification_details", "backed_up", "passes",
            "started_at", "verification", "verification_result", "destination",
            "validated_at", "source", "recorded_at",
        ):  # fmt: skip
            batch_op.drop_column(name)
