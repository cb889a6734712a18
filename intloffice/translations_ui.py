"""The translators' interface at ``/translations/``: django-rosetta, reading and saving the
catalogue through the database (``intloffice/catalogue.py``) instead of an app server's disk.

Only the project's catalogue (``locale/``) is offered; Django's and third-party apps'
catalogues are not ours to change. Access stays Rosetta's rule: superusers and members of the
"translators" group; anyone else is sent to the admin login (``ROSETTA_LOGIN_URL``).
"""

import hashlib
from pathlib import Path

from django.http import Http404
from django.urls import re_path, reverse_lazy
from django.utils.functional import cached_property
from django.views.generic.base import RedirectView
from rosetta import views as rosetta

from . import catalogue

PROJECT = "project"


def _is_project_catalogue(language, path):
    return Path(path).resolve() == catalogue.project_catalogue_path(language).resolve()


def _mark_hashes(po_file):
    """Rosetta names each form field after a hash of the entry (see its ``po_file``)."""
    for entry in po_file:
        text = str(entry.msgid) + str(entry.msgstr) + str(entry.msgctxt or "")
        entry.md5hash = hashlib.md5(text.encode("utf8")).hexdigest()
    return po_file


class ProjectFilterMixin:
    @cached_property
    def po_filter(self):
        if self.kwargs.get("po_filter") != PROJECT:
            raise Http404
        return PROJECT


class StoredCatalogueMixin(ProjectFilterMixin):
    # Edits go to the database, never to the file: always editable, always read fresh.
    po_file_is_writable = True

    @cached_property
    def po_file_path(self):
        path = super().po_file_path
        if not _is_project_catalogue(self.language_id, path):
            raise Http404
        return path

    @cached_property
    def po_file(self):
        po_file = catalogue.load_catalogue(self.language_id, self.po_file_path)
        po_file.user = self.request.user
        return _mark_hashes(po_file)


class FileListView(ProjectFilterMixin, rosetta.TranslationFileListView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            (
                code,
                name,
                [
                    (app, path, catalogue.load_catalogue(code, path))
                    if _is_project_catalogue(code, path)
                    else (app, path, po_file)
                    for app, path, po_file in files
                ],
            )
            for code, name, files in context["languages"]
        ]
        return context


class FormView(StoredCatalogueMixin, rosetta.TranslationFormView):
    pass


class DownloadView(StoredCatalogueMixin, rosetta.TranslationFileDownload):
    pass


_home = RedirectView.as_view(
    url=reverse_lazy("rosetta-file-list", kwargs={"po_filter": PROJECT}), permanent=False
)

# Rosetta's own URL names, so its templates link to these views.
urlpatterns = [
    re_path(r"^$", _home, name="rosetta-old-home-redirect"),
    re_path(r"^files/$", _home, name="rosetta-file-list-redirect"),
    re_path(r"^files/(?P<po_filter>[\w-]+)/$", FileListView.as_view(), name="rosetta-file-list"),
    re_path(
        r"^files/(?P<po_filter>[\w-]+)/(?P<lang_id>[\w\-_\.@]+)/(?P<idx>\d+)/$",
        FormView.as_view(),
        name="rosetta-form",
    ),
    re_path(
        r"^files/(?P<po_filter>[\w-]+)/(?P<lang_id>[\w\-_\.@]+)/(?P<idx>\d+)/download/$",
        DownloadView.as_view(),
        name="rosetta-download-file",
    ),
    re_path(r"^translate/$", rosetta.translate_text, name="rosetta.translate_text"),
]
