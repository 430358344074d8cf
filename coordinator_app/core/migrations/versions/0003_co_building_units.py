"""co-building units (共建单位): units, resources, agreements, contact log, needs and matches; a unit's
Party organisation is the shared party_org (new column unit_id)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
#: children first, so that downgrade can drop in this order
TABLES = ("need_match", "community_need", "unit_contact", "co_agreement", "unit_resource", "co_unit")


def upgrade() -> None:
    op.create_table('co_unit',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('street_id', sa.String(length=36), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=True),
    sa.Column('contact_name', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('in_charity_alliance', sa.Boolean(), nullable=False),
    sa.Column('tags', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('name_key', sa.String(length=100), nullable=False),
    sa.Column('search_text', sa.String(length=600), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_co_unit_community_id_community')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['co_unit.id'], name=op.f('fk_co_unit_merged_into_id_co_unit')),
    sa.ForeignKeyConstraint(['street_id'], ['street.id'], name=op.f('fk_co_unit_street_id_street')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_co_unit'))
    )
    with op.batch_alter_table('co_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_co_unit_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_co_unit_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_co_unit_credit_code'), ['credit_code'], unique=False)
        batch_op.create_index('ix_co_unit_live_name', ['name', 'id'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
        batch_op.create_index(batch_op.f('ix_co_unit_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_co_unit_street_id'), ['street_id'], unique=False)

    op.create_table('unit_resource',
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.Column('unit_of_measure', sa.String(length=20), nullable=False),
    sa.Column('availability', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['co_unit.id'], name=op.f('fk_unit_resource_unit_id_co_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_resource'))
    )
    with op.batch_alter_table('unit_resource', schema=None) as batch_op:
        batch_op.create_index('ix_unit_resource_live_kind', ['kind', 'unit_id'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
        batch_op.create_index(batch_op.f('ix_unit_resource_unit_id'), ['unit_id'], unique=False)

    op.create_table('co_agreement',
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('street_id', sa.String(length=36), nullable=True),
    sa.Column('community_id', sa.String(length=36), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attachment_name', sa.String(length=200), nullable=False),
    sa.Column('attachment_path', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(CASE WHEN street_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN community_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN site_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_co_agreement_one_side')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_co_agreement_community_id_community')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_co_agreement_site_id_site')),
    sa.ForeignKeyConstraint(['street_id'], ['street.id'], name=op.f('fk_co_agreement_street_id_street')),
    sa.ForeignKeyConstraint(['unit_id'], ['co_unit.id'], name=op.f('fk_co_agreement_unit_id_co_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_co_agreement'))
    )
    with op.batch_alter_table('co_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_co_agreement_community_id'), ['community_id'], unique=False)
        batch_op.create_index('ix_co_agreement_live_valid_until', ['valid_until'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
        batch_op.create_index(batch_op.f('ix_co_agreement_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_co_agreement_street_id'), ['street_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_co_agreement_unit_id'), ['unit_id'], unique=False)

    op.create_table('unit_contact',
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('our_person_id', sa.String(length=36), nullable=True),
    sa.Column('their_person', sa.String(length=50), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['our_person_id'], ['person.id'], name=op.f('fk_unit_contact_our_person_id_person')),
    sa.ForeignKeyConstraint(['unit_id'], ['co_unit.id'], name=op.f('fk_unit_contact_unit_id_co_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_contact'))
    )
    with op.batch_alter_table('unit_contact', schema=None) as batch_op:
        batch_op.create_index('ix_unit_contact_live_unit_date', ['unit_id', 'contacted_on'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
        batch_op.create_index(batch_op.f('ix_unit_contact_our_person_id'), ['our_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_contact_unit_id'), ['unit_id'], unique=False)

    op.create_table('community_need',
    sa.Column('community_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('resource_kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('needed_by', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_community_need_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_need'))
    )
    with op.batch_alter_table('community_need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_need_community_id'), ['community_id'], unique=False)
        batch_op.create_index('ix_community_need_live_needed_by', ['needed_by', 'id'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
        batch_op.create_index(batch_op.f('ix_community_need_status'), ['status'], unique=False)

    op.create_table('need_match',
    sa.Column('need_id', sa.String(length=36), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('resource_id', sa.String(length=36), nullable=True),
    sa.Column('matched_on', sa.Date(), nullable=False),
    sa.Column('reasons', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('outcome_notes', sa.Text(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['need_id'], ['community_need.id'], name=op.f('fk_need_match_need_id_community_need')),
    sa.ForeignKeyConstraint(['resource_id'], ['unit_resource.id'], name=op.f('fk_need_match_resource_id_unit_resource')),
    sa.ForeignKeyConstraint(['unit_id'], ['co_unit.id'], name=op.f('fk_need_match_unit_id_co_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_need_match'))
    )
    with op.batch_alter_table('need_match', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_match_need_id'), ['need_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_match_resource_id'), ['resource_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_match_unit_id'), ['unit_id'], unique=False)

    with op.batch_alter_table('party_org', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_party_org_unit_id'), ['unit_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_party_org_unit_id_co_unit'), 'co_unit', ['unit_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table("party_org", schema=None) as batch_op:
        batch_op.drop_constraint("fk_party_org_unit_id_co_unit", type_="foreignkey")
        batch_op.drop_index("ix_party_org_unit_id")
        batch_op.drop_column("unit_id")
    for table in TABLES:
        op.drop_table(table)
