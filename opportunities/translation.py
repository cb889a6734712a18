from modeltranslation.translator import TranslationOptions, register

from .models import Opportunity, StudentAbroad


@register(Opportunity)
class OpportunityTranslation(TranslationOptions):
    fields = ("title", "provider_name", "summary", "description", "eligibility", "how_to_apply")


@register(StudentAbroad)
class StudentAbroadTranslation(TranslationOptions):
    fields = ("field",)
