"""Serializer fields of the catalogue in Wagtail's API v2: related objects as small translated dicts.
The active language (``?lang=`` or ``Accept-Language``) decides which translation is returned."""

from rest_framework import serializers

from cms.media_privacy import hidden_collection_ids


class AgencyField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, agency):
        return {"id": agency.pk, "slug": agency.slug, "name": agency.name, "short_name": agency.short_name}


class PlaceField(AgencyField):
    def to_representation(self, place):
        return {
            "id": place.pk,
            "name": place.name,
            "kind": place.kind,
            "former_names": place.former_unit_names,
        }


class SectorListField(AgencyField):
    def get_attribute(self, instance):
        return instance.sectors.all()

    def to_representation(self, sectors):
        return [{"code": sector.code, "name": sector.name} for sector in sectors]


class TitleListField(AgencyField):
    def to_representation(self, manager):
        return [{"id": item.pk, "title": item.title, "kind": item.kind} for item in manager.all()]


class ChoiceLabelsField(AgencyField):
    """The translated label of a choice, through the model's ``get_<field>_display``."""

    def get_attribute(self, instance):
        return getattr(instance, self.source)()

    def to_representation(self, value):
        return str(value)


class ImageListField(AgencyField):
    def to_representation(self, manager):
        items = []
        for item in manager.all():
            items.append({"id": item.image_id, "caption": item.caption})
        return items


class DocumentListField(AgencyField):
    """A page's documents (brochures), without those the reader may not open (their collection's view
    restrictions, ``cms.media_privacy``): their titles and URLs are not the reader's to see."""

    def to_representation(self, manager):
        hidden = hidden_collection_ids(self.context.get("request"))
        items = []
        for item in manager.all():
            document = item.document
            if document.collection_id in hidden:
                continue
            items.append({"id": document.pk, "title": item.title or document.title, "url": document.url})
        return items
