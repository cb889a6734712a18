"""``mediabackup``: django-dbbackup's, with the staff-only documents in the same archive.

Public media (``MEDIA_ROOT`` or its bucket) are archived under their own names, private
documents (``PRIVATE_MEDIA_ROOT`` or the private bucket) under ``PRIVATE_PREFIX``; our
``mediarestore`` puts each file back into the storage it came from. This app comes before
``dbbackup`` in ``INSTALLED_APPS``, so these commands replace the library's: a media backup
can never leave the private documents out.
"""

import tarfile

from dbbackup import utils
from dbbackup.management.commands import mediabackup

from intloffice.documents import private_storage

PRIVATE_PREFIX = "private-documents/"


def stored_files(storage, folder=""):
    """Every file name in ``storage`` (none when its folder does not exist yet)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from stored_files(storage, f"{folder}/{sub}" if folder else sub)


class Command(mediabackup.Command):
    help = "Back up every uploaded file: public media and the staff-only documents."

    def _create_tar(self, name):
        fileobj = utils.create_spooled_temporary_file()
        with tarfile.open(fileobj=fileobj, mode="w:gz" if self.compress else "w") as archive:
            for storage, prefix in ((self.media_storage, ""), (private_storage, PRIVATE_PREFIX)):
                for filename in stored_files(storage):
                    info = tarfile.TarInfo(prefix + filename)
                    info.size = storage.size(filename)
                    with storage.open(filename, "rb") as handle:
                        archive.addfile(info, handle)
        return fileobj
