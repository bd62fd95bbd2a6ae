from django.db import migrations, models


def copy_footer_agencies(apps, schema_editor):
    """The footer's agencies were rows of the base app's settings; they become a position on the agency."""
    FooterAgency = apps.get_model("cms", "FooterAgency")
    Agency = apps.get_model("investment", "Agency")
    for row in FooterAgency.objects.order_by("sort_order", "pk"):
        Agency.objects.filter(pk=row.agency_id, footer_position__isnull=True).update(footer_position=row.sort_order or 0)


def copy_back(apps, schema_editor):
    FooterAgency = apps.get_model("cms", "FooterAgency")
    SiteSettings = apps.get_model("cms", "SiteSettings")
    Agency = apps.get_model("investment", "Agency")
    for site_settings in SiteSettings.objects.all():
        for agency in Agency.objects.filter(footer_position__isnull=False).order_by("footer_position"):
            FooterAgency.objects.create(settings=site_settings, agency=agency, sort_order=agency.footer_position)


class Migration(migrations.Migration):
    dependencies = [
        ("investment", "0002_alter_place_valid_until"),
        ("cms", "0003_pagecachegeneration"),
    ]

    operations = [
        migrations.AddField(
            model_name="agency",
            name="footer_position",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="The footer lists agencies with a position, lowest first. Empty: not in the footer.",
                null=True,
                verbose_name="position in the site footer",
            ),
        ),
        migrations.RunPython(copy_footer_agencies, copy_back),
    ]
