"""councils (议事会/联席会议): members, meetings, agenda, attendance, votes, resolutions, actions, appeals

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: children first, so that downgrade can drop in this order
TABLES = ("action_item", "agenda_item", "attendance", "appeal", "meeting", "council_member", "council")


def upgrade() -> None:
    op.create_table('council',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('street_id', sa.String(length=36), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=True),
    sa.Column('quorum_numerator', sa.Integer(), nullable=False),
    sa.Column('quorum_denominator', sa.Integer(), nullable=False),
    sa.Column('pass_numerator', sa.Integer(), nullable=False),
    sa.Column('pass_denominator', sa.Integer(), nullable=False),
    sa.Column('notice_days', sa.Integer(), nullable=False),
    sa.Column('frequency_days', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_council_community_id_community')),
    sa.ForeignKeyConstraint(['street_id'], ['street.id'], name=op.f('fk_council_street_id_street')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council'))
    )
    op.create_index(op.f('ix_council_community_id'), 'council', ['community_id'], unique=False)
    op.create_index(op.f('ix_council_name'), 'council', ['name'], unique=False)
    op.create_index(op.f('ix_council_street_id'), 'council', ['street_id'], unique=False)
    op.create_table('council_member',
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('seat', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_council_member_council_id_council')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_council_member_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_member')),
    sa.UniqueConstraint('council_id', 'person_id', name=op.f('uq_council_member_council_id_person_id'))
    )
    op.create_index(op.f('ix_council_member_council_id'), 'council_member', ['council_id'], unique=False)
    op.create_index(op.f('ix_council_member_person_id'), 'council_member', ['person_id'], unique=False)
    op.create_table('meeting',
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('chair_id', sa.String(length=36), nullable=True),
    sa.Column('recorder_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('notice_posted_at', sa.DateTime(), nullable=True),
    sa.Column('warnings', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('previous_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_meeting_chair_id_person')),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_meeting_council_id_council')),
    sa.ForeignKeyConstraint(['previous_id'], ['meeting.id'], name=op.f('fk_meeting_previous_id_meeting')),
    sa.ForeignKeyConstraint(['recorder_id'], ['person.id'], name=op.f('fk_meeting_recorder_id_person')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_meeting_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    op.create_index(op.f('ix_meeting_council_id'), 'meeting', ['council_id'], unique=False)
    op.create_index('ix_meeting_live_council_start', 'meeting', ['council_id', 'starts_at'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_meeting_live_start', 'meeting', ['starts_at'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index(op.f('ix_meeting_site_id'), 'meeting', ['site_id'], unique=False)
    op.create_table('appeal',
    sa.Column('resident_name', sa.String(length=50), nullable=False),
    sa.Column('resident_phone', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('street_id', sa.String(length=36), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('reception_id', sa.String(length=36), nullable=True),
    sa.Column('handler_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('transferred_to', sa.String(length=100), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('satisfaction', sa.String(length=20), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_appeal_community_id_community')),
    sa.ForeignKeyConstraint(['handler_id'], ['person.id'], name=op.f('fk_appeal_handler_id_person')),
    sa.ForeignKeyConstraint(['reception_id'], ['reception.id'], name=op.f('fk_appeal_reception_id_reception')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_appeal_site_id_site')),
    sa.ForeignKeyConstraint(['street_id'], ['street.id'], name=op.f('fk_appeal_street_id_street')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appeal'))
    )
    op.create_index(op.f('ix_appeal_handler_id'), 'appeal', ['handler_id'], unique=False)
    op.create_index('ix_appeal_live_received', 'appeal', ['received_on', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_appeal_live_status_due', 'appeal', ['status', 'due_on'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_appeal_live_closure', 'appeal', ['street_id', 'community_id', 'status', 'due_on', 'satisfaction'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index(op.f('ix_appeal_reception_id'), 'appeal', ['reception_id'], unique=False)
    op.create_table('attendance',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('seat', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_attendance_meeting_id_person_id'))
    )
    op.create_index(op.f('ix_attendance_meeting_id'), 'attendance', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_attendance_person_id'), 'attendance', ['person_id'], unique=False)
    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('proposer_id', sa.String(length=36), nullable=True),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('appeal_id', sa.String(length=36), nullable=True),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('recurring', sa.Boolean(), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('present_at_vote', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('outcome_reason', sa.String(length=200), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['appeal_id'], ['appeal.id'], name=op.f('fk_agenda_item_appeal_id_appeal')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['proposer_id'], ['person.id'], name=op.f('fk_agenda_item_proposer_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    op.create_index(op.f('ix_agenda_item_appeal_id'), 'agenda_item', ['appeal_id'], unique=False)
    op.create_index('ix_agenda_item_meeting_position', 'agenda_item', ['meeting_id', 'position'], unique=False)
    op.create_table('action_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('appeal_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_action_item_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['appeal_id'], ['appeal.id'], name=op.f('fk_action_item_appeal_id_appeal')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_action_item_owner_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    op.create_index(op.f('ix_action_item_agenda_item_id'), 'action_item', ['agenda_item_id'], unique=False)
    op.create_index(op.f('ix_action_item_appeal_id'), 'action_item', ['appeal_id'], unique=False)
    op.create_index(op.f('ix_action_item_meeting_id'), 'action_item', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_action_item_owner_id'), 'action_item', ['owner_id'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
