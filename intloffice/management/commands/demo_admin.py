"""Create the local demo administrator with a random password, once."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the demo admin account (random password, printed once); keep it on later runs."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"The demo admin account '{username}' already exists; its password is unchanged "
                "(reset it with: python manage.py changepassword admin)."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo admin account created: user '{username}', password '{password}' "
                "(shown only now)."
            )
        )
