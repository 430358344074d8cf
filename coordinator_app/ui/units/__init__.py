"""The co-building units panel (共建单位): units, their page, resources, agreements, contacts, needs and
matching, reminders."""
