from django.db import migrations


class Migration(migrations.Migration):
    """The footer's agencies are now ``investment.Agency.footer_position`` (copied by investment 0003)."""

    dependencies = [
        ("cms", "0003_pagecachegeneration"),
        ("investment", "0003_agency_footer_position"),
    ]

    operations = [
        migrations.DeleteModel(name="FooterAgency"),
    ]
