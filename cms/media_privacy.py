"""Private collections: documents are served only to whom they are meant for; images are always public
(issue 12, item 1).

**Documents.** A collection's view restriction (a login, a shared password or groups) is checked by Wagtail's
serve view, ``/documents/<id>/<file>``, and that view is the only way to a document's file: the media
directory's ``documents/`` answers 404 in development and tests (``cms.views.media``), nginx keeps it
``internal`` and serves it only on the view's ``X-Accel-Redirect`` (``cms.sendfile_nginx``), and on S3 the
documents are private objects reached through a short-lived signed URL the view redirects to
(``cms.storage``). Listings must not name what the reader cannot open either: Wagtail's documents API leaves
them out, and so do the pages API's ``brochures`` and the project page (``hidden_collection_ids``, Wagtail's
rule).

**Images.** Wagtail never checks a collection's restriction for an image: its renditions are plain files under
``/media/images/`` (or public objects on S3), named in cached pages, served by nginx or a CDN. Enforcing a
restriction would put every image of every page through Python and defeat those caches, for pictures that are
meant to be shown. So the portal refuses instead: a collection with a view restriction (its own or an
ancestor's) holds no images. The image permission policy never offers such a collection to upload or move
images into, and a restriction is refused, with a message, on a collection whose subtree holds images
(``cms.views.collection_privacy``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

IMAGES_ARE_PUBLIC = _(
    "Images are always public: this collection (or a collection inside it) holds images, so it cannot be made "
    "private. Move the images to a public collection first, or keep private files as documents."
)
REQUEST_CACHE = "_portal_hidden_collection_ids"


def _subtree_ids(collections) -> set[int]:
    ids: set[int] = set()
    for collection in collections:
        ids.update(Collection.objects.filter(path__startswith=collection.path).values_list("pk", flat=True))
    return ids


def restricted_collection_ids() -> set[int]:
    """Collections under a view restriction: restricted ones and everything inside them."""
    return _subtree_ids(
        restriction.collection for restriction in CollectionViewRestriction.objects.select_related("collection")
    )


def hidden_collection_ids(request) -> frozenset[int]:
    """Collections whose documents ``request`` may not open: Wagtail's rule, as its documents API applies it
    (``wagtail.api.v2.utils.get_restricted_collection_ids``, which cannot be imported while models load),
    cached on the request. ``None`` (no request): every collection under a restriction."""
    cached = getattr(request, REQUEST_CACHE, None)
    if cached is not None:
        return cached
    refused = [
        restriction.collection
        for restriction in CollectionViewRestriction.objects.select_related("collection").prefetch_related("groups")
        if request is None or not restriction.accept_request(request)
    ]
    cached = frozenset(_subtree_ids(refused))
    if request is not None:
        setattr(request, REQUEST_CACHE, cached)
    return cached


def collection_holds_images(collection: Collection) -> bool:
    return get_image_model().objects.filter(collection_id__in=_subtree_ids([collection])).exists()


class PublicImagesPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's image permissions, except that no collection under a view restriction is offered to add
    images to (upload, the chooser's upload, moving an image, the "add to collection" bulk action)."""

    def collections_user_has_permission_for(self, user, action):
        collections = super().collections_user_has_permission_for(user, action)
        if action == "add":
            collections = collections.exclude(pk__in=restricted_collection_ids())
        return collections


def image_permission_policy() -> PublicImagesPermissionPolicy:
    return PublicImagesPermissionPolicy(
        get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
    )
