from modeltranslation.translator import TranslationOptions, register

from .models import Person, Visit, VisitPhoto


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("honorific", "name", "position", "photo_alt")


@register(Visit)
class VisitTranslation(TranslationOptions):
    fields = ("title", "city", "summary", "body")


@register(VisitPhoto)
class VisitPhotoTranslation(TranslationOptions):
    fields = ("image_alt", "caption")
