"""StreamField blocks shared by every page type (one ``BaseStreamBlock``, as in bakerydemo)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.legal_reference import legal_reference


class ImageBlock(blocks.StructBlock):
    # As in its template's {% picture %} tag: made when its page is published (cms/renditions.py).
    RENDITIONS = "format-{webp,jpeg} width-{480,960,1440}"

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    attribution = blocks.CharBlock(required=False, max_length=250, label=_("Attribution"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image with caption")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=250, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    button_label = blocks.CharBlock(max_length=60, label=_("Button label"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External link"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=40, label=_("Figure"), help_text=_("For example: 6,000 km²"))
    label = blocks.CharBlock(max_length=120, label=_("What it counts"))

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFigureRowBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("Figures"))
    source = blocks.CharBlock(required=False, max_length=250, label=_("Source"))

    class Meta:
        icon = "table"
        template = "blocks/key_figure_row_block.html"
        label = _("Key figures")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("Answer"))


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    items = blocks.ListBlock(FaqItemBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        label = _("Frequently asked questions")


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class LegalReferenceBlock(blocks.StructBlock):
    """A link to one article of a legal text on the portal, written in the reader's language
    ("Law on Investment 61/2020/QH14, Article 15")."""

    document = blocks.PageChooserBlock(page_type="cms.LegalDocumentPage", label=_("Legal text"))
    article = blocks.CharBlock(required=False, max_length=20, label=_("Article"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Legal basis")
        template = "blocks/legal_reference_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        document = value["document"].specific if value["document"] else None
        context["reference"] = legal_reference(document, value["article"] or "")
        return context


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Rich text"))
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    table = TableBlock(label=_("Table"), template="blocks/table_block.html")
    key_figures = KeyFigureRowBlock()
    faq = FaqBlock()
    legal_reference = LegalReferenceBlock()


class ProcedureStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Step"))
    description = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("What to do"))
    documents = blocks.ListBlock(blocks.CharBlock(max_length=250), required=False, label=_("Documents needed"))
    time_needed = blocks.CharBlock(required=False, max_length=80, label=_("Time needed"))
    authority = blocks.CharBlock(required=False, max_length=200, label=_("Competent authority"))
    legal_basis = blocks.ListBlock(LegalReferenceBlock(), required=False, default=[], label=_("Legal basis"))

    class Meta:
        icon = "list-ol"
        label = _("Procedure step")


class FeaturedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    blurb = blocks.TextBlock(required=False, label=_("Short text"))

    class Meta:
        icon = "doc-full"
        label = _("Featured page")
