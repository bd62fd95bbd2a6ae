"""The headless API: Wagtail's API v2, language chosen by ?lang= or Accept-Language."""

from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api_language import LanguageMixin, PortalPageSerializer
from cms.api_params import PortalPagination, PortalSearchFilter
from investment.api_filters import CATALOGUE_PARAMETERS, CatalogueFilter, PortalFieldsFilter


def portal_filters(backends) -> list:
    """Wagtail's filter backends with the portal's checked versions in their places (``cms.api_params``)."""
    replacements = {FieldsFilter: PortalFieldsFilter, SearchFilter: PortalSearchFilter}
    return [replacements.get(backend, backend) for backend in backends]


class PortalPagesAPIViewSet(LanguageMixin, PagesAPIViewSet):
    # Catalogue filters (sector with sub-sectors, place with the units below it, status) come first so
    # that a bad value answers 400 before anything else; Wagtail's exact field filter skips them.
    filter_backends = [CatalogueFilter, *portal_filters(PagesAPIViewSet.filter_backends)]
    pagination_class = PortalPagination
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union({"lang"}, CATALOGUE_PARAMETERS)
    base_serializer_class = PortalPageSerializer
    meta_fields = [*PagesAPIViewSet.meta_fields, "field_languages"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "field_languages"]


class PortalImagesAPIViewSet(LanguageMixin, ImagesAPIViewSet):
    filter_backends = portal_filters(ImagesAPIViewSet.filter_backends)
    pagination_class = PortalPagination
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union({"lang"})


class PortalDocumentsAPIViewSet(LanguageMixin, DocumentsAPIViewSet):
    filter_backends = portal_filters(DocumentsAPIViewSet.filter_backends)
    pagination_class = PortalPagination
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union({"lang"})


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
