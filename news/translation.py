from modeltranslation.translator import TranslationOptions, register

from .models import Article, Category, Publication, Statement


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(Statement)
class StatementTranslation(TranslationOptions):
    fields = ("title", "body", "issued_by")


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "series", "description", "cover_alt")
