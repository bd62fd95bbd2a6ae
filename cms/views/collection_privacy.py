"""Wagtail's collection privacy and collection edit views, refusing what would put images in a private
collection (``cms.media_privacy``): a view restriction on a collection whose subtree holds images, and moving
such a collection into a restricted one. ``portal/urls.py`` routes Wagtail's two URLs here, before the admin's
own URLs, so they are the views Django resolves; everything else is Wagtail's."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.collections import CollectionForm as WagtailCollectionForm
from wagtail.admin.forms.collections import CollectionViewRestrictionForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views import collection_privacy, collections
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permissions import policy_registry

from cms.media_privacy import IMAGES_ARE_PUBLIC, collection_holds_images, restricted_collection_ids


@never_cache
@require_admin_access
def set_privacy(request, collection_id: int):
    restricting = request.POST.get("restriction_type", CollectionViewRestriction.NONE) != CollectionViewRestriction.NONE
    if request.method == "POST" and restricting:
        collection = get_object_or_404(Collection, pk=collection_id)
        policy = policy_registry.get_by_type(Collection)
        if not policy.user_has_permission_for_instance(request.user, "change", collection):
            raise PermissionDenied
        if collection_holds_images(collection):
            form = CollectionViewRestrictionForm(request.POST)
            form.is_valid()
            form.add_error("restriction_type", IMAGES_ARE_PUBLIC)
            return render_modal_workflow(
                request,
                "wagtailadmin/shared/set_privacy.html",
                None,
                {
                    "action_url": reverse("wagtailadmin_collections:set_privacy", args=(collection.pk,)),
                    "object": collection,
                    "form": form,
                },
                json_data={"step": "set_privacy"},
            )
    return collection_privacy.set_privacy(request, collection_id)


class CollectionForm(WagtailCollectionForm):
    def clean_parent(self):
        parent = super().clean_parent()
        moving = not self.instance._state.adding and parent.pk != self.initial.get("parent")
        if moving and parent.pk in restricted_collection_ids() and collection_holds_images(self.instance):
            raise ValidationError(IMAGES_ARE_PUBLIC)
        return parent


class Edit(collections.Edit):
    form_class = CollectionForm


edit = never_cache(require_admin_access(Edit.as_view()))
