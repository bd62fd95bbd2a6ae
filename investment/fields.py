"""Model fields of the catalogue: a JSON list of choice codes, edited as checkboxes (portable across
SQLite and PostgreSQL), and the validator of amounts that cannot be negative."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

NON_NEGATIVE = [MinValueValidator(Decimal("0"))]


class MultipleChoiceListField(models.JSONField):
    def __init__(self, *args, choices=None, **kwargs):
        self.item_choices = list(choices or [])
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.item_choices
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {str(code) for code, _label in self.item_choices}
        if not isinstance(value, list) or any(str(item) not in allowed for item in value):
            raise ValidationError(_("Choose only from the listed values."), code="invalid_choice")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choices,
            coerce=type(self.item_choices[0][0]) if self.item_choices else str,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, value) -> list[str]:
        mapping = dict(self.item_choices)
        return [str(mapping.get(item, item)) for item in value or []]
