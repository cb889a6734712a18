from modeltranslation.translator import TranslationOptions, register

from .models import AnnualReport, Objective, Page, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = (
        "university_name",
        "office_name",
        "intro",
        "tagline",
        "hero_image_alt",
        "address",
        "footer_text",
    )


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ("text",)


@register(AnnualReport)
class AnnualReportTranslation(TranslationOptions):
    fields = ("introduction",)
