"""approval log, chained by hash

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Approved meetings of an older database get their first entry when the app first opens
it (services.approval.adopt_unlogged): the canonical content is built by the app.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'approval_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('meeting_key', sa.String(length=100), nullable=False),
        sa.Column('event', sa.String(length=20), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('entry_hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_log')),
        sa.UniqueConstraint('seq', name=op.f('uq_approval_log_seq')),
    )
    with op.batch_alter_table('approval_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_log_meeting_key'), ['meeting_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('approval_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_log_meeting_key'))
    op.drop_table('approval_log')
