"""DJANGO_MEDIA_STORAGE: local disk by default, S3-compatible buckets when asked."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'storages': s.STORAGES, 'media_url': s.MEDIA_URL, "
    "'img_src': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
)


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    clean.update(DJANGO_SETTINGS_MODULE="intloffice.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", PRINT], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_local_storage_by_default():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert config["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert config["storages"]["private"]["BACKEND"] == (
        "intloffice.documents.PrivateFileSystemStorage"
    )
    assert config["media_url"] == "/media/"


def test_s3_storage_with_its_variables():
    result = load_settings(
        DJANGO_MEDIA_STORAGE="s3",
        DJANGO_S3_BUCKET="office-media",
        DJANGO_S3_PRIVATE_BUCKET="office-private",
        DJANGO_S3_ENDPOINT_URL="https://objects.example.org",
        DJANGO_S3_REGION="eu-central-1",
    )
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    public, private = config["storages"]["default"], config["storages"]["private"]
    assert public["BACKEND"] == private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert public["OPTIONS"]["bucket_name"] == "office-media"
    assert public["OPTIONS"]["querystring_auth"] is False
    assert private["OPTIONS"]["bucket_name"] == "office-private"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert config["media_url"] == "https://objects.example.org/office-media/media/"
    assert public["OPTIONS"]["region_name"] == "eu-central-1"
    assert "https://objects.example.org" in config["img_src"]


def test_s3_with_a_custom_domain():
    result = load_settings(
        DJANGO_MEDIA_STORAGE="s3",
        DJANGO_S3_BUCKET="office-media",
        DJANGO_S3_PRIVATE_BUCKET="office-private",
        DJANGO_S3_CUSTOM_DOMAIN="media.example.org",
    )
    config = json.loads(result.stdout)
    assert config["media_url"] == "https://media.example.org/media/"
    assert "https://media.example.org" in config["img_src"]


def test_s3_without_its_buckets_stops_with_a_clear_message():
    result = load_settings(DJANGO_MEDIA_STORAGE="s3", DJANGO_S3_BUCKET="office-media")
    assert result.returncode == 1
    assert "DJANGO_S3_PRIVATE_BUCKET" in result.stderr


def test_unknown_storage_stops_with_a_clear_message():
    result = load_settings(DJANGO_MEDIA_STORAGE="ftp")
    assert result.returncode == 1
    assert "'local' or 's3'" in result.stderr


S3_CASES = {
    "aws": ({}, "https://office-media.s3.eu-central-1.amazonaws.com/media/"),
    "endpoint": (
        {"DJANGO_S3_ENDPOINT_URL": "http://127.0.0.1:9000"},
        "http://127.0.0.1:9000/office-media/media/",
    ),
    "custom domain": (
        {"DJANGO_S3_CUSTOM_DOMAIN": "media.example.org"},
        "https://media.example.org/media/",
    ),
}


@pytest.mark.parametrize("case", sorted(S3_CASES))
def test_s3_file_urls_start_with_media_url(case):
    """Rich text keeps images under MEDIA_URL only, so the storage's URLs must match it."""
    from storages.backends.s3 import S3Storage

    extra, media_url = S3_CASES[case]
    result = load_settings(
        DJANGO_MEDIA_STORAGE="s3",
        DJANGO_S3_BUCKET="office-media",
        DJANGO_S3_PRIVATE_BUCKET="office-private",
        DJANGO_S3_REGION="eu-central-1",
        **extra,
    )
    config = json.loads(result.stdout)
    assert config["media_url"] == media_url
    storage = S3Storage(**config["storages"]["default"]["OPTIONS"])  # unknown options raise
    assert storage.url("partners/a_1x1.jpg") == f"{media_url}partners/a_1x1.jpg"
