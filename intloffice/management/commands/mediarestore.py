"""``mediarestore``: django-dbbackup's, putting private documents back into their storage
(see ``mediabackup``)."""

from dbbackup.management.commands import mediarestore

from intloffice.documents import private_storage

from .mediabackup import PRIVATE_PREFIX


class Command(mediarestore.Command):
    help = "Restore every uploaded file from a media backup: public media and private documents."

    def _upload_file(self, name, media_file):
        storage = self.media_storage
        if name.startswith(PRIVATE_PREFIX):
            storage, name = private_storage, name.removeprefix(PRIVATE_PREFIX)
        if storage.exists(name):
            if not self.replace:
                return
            storage.delete(name)
        storage.save(name, media_file)
        self.logger.info("%s restored", name)
