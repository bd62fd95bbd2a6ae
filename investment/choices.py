"""The closed lists of the catalogue, with their translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    CALLING = "calling", _("Calling for investors")
    NEGOTIATION = "negotiation", _("In negotiation")
    AWARDED = "awarded", _("Awarded")
    CLOSED = "closed", _("Closed")


class InvestmentForm(models.TextChoices):
    # xgettext:no-python-format
    FOREIGN_100 = "foreign_100", _("100% foreign-owned")
    JOINT_VENTURE = "joint_venture", _("Joint venture")
    PPP = "ppp", _("Public-private partnership (PPP)")
    BCC = "bcc", _("Business cooperation contract (BCC)")


class LandClearance(models.TextChoices):
    DONE = "done", _("Land cleared")
    IN_PROGRESS = "in_progress", _("Clearance in progress")
    NOT_STARTED = "not_started", _("Not cleared yet")


class Commodity(models.TextChoices):
    RICE = "rice", _("Rice")
    MANGO = "mango", _("Mango")
    LOTUS = "lotus", _("Lotus")
    PANGASIUS = "pangasius", _("Pangasius")
    FLOWERS = "flowers", _("Flowers and ornamental plants")
    FRUIT = "fruit", _("Tropical fruit")
    COCONUT = "coconut", _("Coconut")
    SHRIMP = "shrimp", _("Shrimp")
    VEGETABLES = "vegetables", _("Vegetables")
    OTHER = "other", _("Other")


class ValueChainStage(models.TextChoices):
    GROWING = "growing", _("Growing and farming")
    PROCESSING = "processing", _("Processing")
    COLD_CHAIN = "cold_chain", _("Cold chain and logistics")
    EXPORT = "export", _("Export and distribution")


class Certification(models.TextChoices):
    VIETGAP = "vietgap", "VietGAP"
    GLOBALGAP = "globalgap", "GlobalG.A.P."
    ORGANIC = "organic", _("Organic")
    ASC = "asc", "ASC"
    HACCP = "haccp", "HACCP"
    FAIRTRADE = "fairtrade", "Fairtrade"


class PartnerSought(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    PROCESSOR = "processor", _("Processor")
    INVESTOR = "investor", _("Investor")
    TECHNOLOGY = "technology", _("Technology partner")


class Month(models.IntegerChoices):
    JAN = 1, _("January")
    FEB = 2, _("February")
    MAR = 3, _("March")
    APR = 4, _("April")
    MAY = 5, _("May")
    JUN = 6, _("June")
    JUL = 7, _("July")
    AUG = 8, _("August")
    SEP = 9, _("September")
    OCT = 10, _("October")
    NOV = 11, _("November")
    DEC = 12, _("December")


TARGET_MARKETS = [
    ("JP", _("Japan")),
    ("KR", _("South Korea")),
    ("CN", _("China")),
    ("TW", _("Taiwan")),
    ("SG", _("Singapore")),
    ("US", _("United States")),
    ("EU", _("European Union")),
    ("AU", _("Australia")),
    ("ME", _("Middle East")),
    ("VN", _("Vietnam (domestic)")),
]
