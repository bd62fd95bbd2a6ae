"""Writes about agencies: an agency is created with everything it needs, by the same code wherever it is
created (the demo loader, the admin, the test factories).

**Media: one collection per agency** (issue 12, item 4). The demo granted agency editors add and choose on the
Root collection, so an editor could upload into, and pick from, any collection, other agencies' group-only ones
included. ``agency_provision`` gives each agency a collection of its own below "Các cơ quan" (``Agency.collection``)
and makes its editors group's collection permissions exactly these:

- add, change and choose images and documents in the agency's collection (and in collections inside it);
- choose in the shared public collection ("Dùng chung"), where the portal's own media live;
- nothing anywhere else: a grant on any other collection (Root included) is removed.

An agency may make its collection private to its groups (Wagtail's collection privacy) to keep documents
there; images are public and stay out of private collections (``cms.media_privacy``). Provisioning is
idempotent: run again on an existing agency (``manage.py provision_agencies``, an edit in the admin, every
``load_demo``), it repairs the collection and the permissions without touching what the agency uploaded.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from wagtail.models import Collection, GroupCollectionPermission

from cms.i18n import SOURCE_LANGUAGE

from .models import Agency

EDITORS_GROUP = "Catalogue editors: {slug}"
AGENCIES_COLLECTION = "Các cơ quan"
SHARED_COLLECTION = "Dùng chung"
AGENCY_MEDIA_CODES = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
SHARED_MEDIA_CODES = (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document"))


def _permissions(codes) -> list[Permission]:
    return [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in codes]


def collection_under_root(name: str) -> Collection:
    """The collection named ``name`` right below Root (created if missing)."""
    # Wagtail's migration creates Root; a flushed database (transactional tests) has none: create it then.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def shared_collection() -> Collection:
    return collection_under_root(SHARED_COLLECTION)


def _agency_collection(agency: Agency) -> Collection:
    """The agency's collection; a new one below "Các cơ quan" (named after the agency, its slug added when
    another agency's collection has the name). A collection is never shared: one that another agency owns is
    not taken over, even when named like this one."""
    if agency.collection_id:
        return agency.collection
    parent = collection_under_root(AGENCIES_COLLECTION)
    siblings = parent.get_children()
    with translation.override(SOURCE_LANGUAGE):
        agency_name = agency.name or agency.slug
    for name in (agency_name, f"{agency_name} ({agency.slug})"):
        existing = siblings.filter(name=name).first()
        if existing is None:
            return parent.add_child(name=name)
        if not existing.agencies.exclude(pk=agency.pk).exists():
            return existing
    return parent.add_child(name=f"{agency.slug} #{agency.pk}")


def _editors_group(agency: Agency) -> Group:
    if agency.editors_id:
        return agency.editors
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP.format(slug=agency.slug))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return group


def grant_collection_permissions(*, group: Group, grants: dict[Collection, list[Permission]]) -> None:
    """Makes ``group``'s image and document permissions on collections exactly ``grants``."""
    wanted = {
        (collection.pk, permission.pk) for collection, permissions in grants.items() for permission in permissions
    }
    media = GroupCollectionPermission.objects.filter(
        group=group, permission__content_type__app_label__in=("wagtailimages", "wagtaildocs")
    )
    for grant in media:
        if (grant.collection_id, grant.permission_id) not in wanted:
            grant.delete()
    for collection_id, permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection_id=collection_id, permission_id=permission_id
        )


@transaction.atomic
def agency_provision(*, agency: Agency) -> Agency:
    """Gives ``agency`` (saved) its editors group and its collection, and its editors exactly their collection
    permissions (see the module docstring). Idempotent."""
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    editors = _editors_group(agency)
    collection = _agency_collection(agency)
    if agency.editors_id != editors.pk or agency.collection_id != collection.pk:
        agency.editors, agency.collection = editors, collection
        agency.save(update_fields=["editors", "collection"])
    _grant_editors(editors)
    return agency


def _grant_editors(group: Group) -> None:
    """A group that edits for several agencies gets each one's collection (never fewer than it should)."""
    own = _permissions(AGENCY_MEDIA_CODES)
    grants: dict[Collection, list[Permission]] = {shared_collection(): _permissions(SHARED_MEDIA_CODES)}
    for collection in Collection.objects.filter(agencies__editors=group).distinct():
        grants[collection] = own
    grant_collection_permissions(group=group, grants=grants)


@transaction.atomic
def agency_editors_replaced(*, agency: Agency, previous_group_id: int | None) -> Agency:
    """After an edit of ``agency``: provisions it and, when its editors group was replaced, takes the former
    group's image and document permissions on the agency's collection away (it keeps those of the agencies it
    still edits for)."""
    agency = agency_provision(agency=agency)
    if previous_group_id and previous_group_id != agency.editors_id:
        GroupCollectionPermission.objects.filter(
            group_id=previous_group_id,
            collection=agency.collection,
            permission__content_type__app_label__in=("wagtailimages", "wagtaildocs"),
        ).delete()
    return agency


@transaction.atomic
def agency_create(*, agency: Agency) -> Agency:
    """Saves a new agency (validated) and provisions it (``agency_provision``), in one transaction."""
    agency.full_clean()
    agency.save()
    return agency_provision(agency=agency)
