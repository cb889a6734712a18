from modeltranslation.translator import TranslationOptions, register

from .models import Exhibition, ExhibitionPhoto


@register(Exhibition)
class ExhibitionTranslation(TranslationOptions):
    fields = ("title", "venue", "city", "summary", "description", "achievements", "contacts_made")


@register(ExhibitionPhoto)
class ExhibitionPhotoTranslation(TranslationOptions):
    fields = ("image_alt", "caption")
