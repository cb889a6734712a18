from modeltranslation.translator import TranslationOptions, register

from .models import Agreement, Membership, Partner


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "short_name", "city", "logo_alt", "description")


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title", "signatories", "summary")


@register(Membership)
class MembershipTranslation(TranslationOptions):
    fields = ("role", "note")
