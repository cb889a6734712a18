"""intloffice settings, read from environment variables (see README "Settings").

With nothing set it runs locally on SQLite under var/ with DEBUG on. Production sets
DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DATABASE_URL, CACHE_URL and DJANGO_ALLOWED_HOSTS.
"""

import sys
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy
from python_ipware import IpWare

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        sys.stderr.write("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.\n")
        raise SystemExit(1)
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "modeltranslation",  # before django.contrib.admin
    "intloffice.apps.IntlofficeConfig",
    "partners.apps.PartnersConfig",
    "visits.apps.VisitsConfig",
    "exhibitions.apps.ExhibitionsConfig",
    "news.apps.NewsConfig",
    "opportunities.apps.OpportunitiesConfig",
    "intloffice.apps.OfficeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # search lookups on PostgreSQL; nothing on SQLite
    "whitenoise.runserver_nostatic",
    "django_ckeditor_5",
    "django_countries",
    "django_filters",
    "solo",
    "reversion",
    "intloffice.apps.AxesConfig",  # django-axes, its admin heading translated
    "csp",
    "rosetta",
    "import_export",
    "adminsortable2",
    "dbbackup",  # after intloffice, whose mediabackup/mediarestore add the private documents
    "django_cleanup.apps.CleanupConfig",  # last, as its documentation asks
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "intloffice.hygiene.RequestHygieneMiddleware",  # 405, 400 on control characters, no "//"
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 Not Modified for every GET, pages served from the page cache included.
    "intloffice.cache.ConditionalGetMiddleware",
    "intloffice.cache.PageCacheMiddleware",
    # Interface translations edited in the browser: reload them when another server saved.
    "intloffice.catalogue.CatalogueMiddleware",
    "intloffice.digits.DigitsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware. The language comes from the URL prefix, so
    # public pages carry no "Vary: Cookie" or "Vary: Accept-Language".
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "intloffice.urls"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
WSGI_APPLICATION = "intloffice.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=0)
# An optional read replica for anonymous public pages (intloffice/db_router.py).
DATABASE_REPLICA_URL = env.str("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = env.db_url("DATABASE_REPLICA_URL")
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["intloffice.db_router.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("intloffice.cache.PageCacheMiddleware") + 1,
        "intloffice.db_router.ReplicaMiddleware",
    )

# Caches (README "Caches"). Every alias degrades instead of failing when its service is down
# (intloffice/cache_backends.py). With CACHE_URL (Redis) everything shared lives there; without
# it in production, in the database (tables created by migrate), so every worker process shares
# the page cache, the content version and the contact limit. Locally: per-process memory.
# "pages" is the page cache's own alias, bounded (PAGE_CACHE_MAX_ENTRIES stored pages per
# PAGE_CACHE_SECONDS) and apart from sessions and site settings.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=300)
# Rendered fragments (cards, home blocks, navigation…) in the default alias: intloffice/fragments.py.
FRAGMENT_CACHE = env.bool("DJANGO_FRAGMENT_CACHE", default=True)
PAGE_CACHE_MAX_ENTRIES = env.int("DJANGO_PAGE_CACHE_MAX_ENTRIES", default=2000)
CACHE_URL = env.str("CACHE_URL", default="")
_FAULT_TOLERANT = {
    "django.core.cache.backends.redis.RedisCache": "intloffice.cache_backends.FaultTolerantRedisCache",
    "django.core.cache.backends.db.DatabaseCache": "intloffice.cache_backends.FaultTolerantDatabaseCache",
}
if CACHE_URL:
    _cache = env.cache_url("CACHE_URL")
    _cache["BACKEND"] = _FAULT_TOLERANT.get(_cache["BACKEND"], _cache["BACKEND"])
    if _cache["BACKEND"].endswith("RedisCache"):
        _pages = {**_cache, "KEY_PREFIX": "pages"}
    else:  # another table or memory store than the default alias's
        _pages = {**_cache, "LOCATION": f"{_cache.get('LOCATION') or 'intloffice'}_pages"}
elif DEBUG:
    _cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "intloffice"}
    _pages = {**_cache, "LOCATION": "intloffice-pages"}
else:
    _cache = {"BACKEND": _FAULT_TOLERANT["django.core.cache.backends.db.DatabaseCache"]}
    _cache["LOCATION"] = "intloffice_cache"
    _pages = {**_cache, "LOCATION": "intloffice_page_cache"}
if not _cache["BACKEND"].endswith("RedisCache"):  # Redis takes no MAX_ENTRIES (see cache.py)
    _cache["OPTIONS"] = {"MAX_ENTRIES": 10000, **_cache.get("OPTIONS", {})}
    _pages["OPTIONS"] = {
        **_pages.get("OPTIONS", {}),
        "MAX_ENTRIES": 2 * PAGE_CACHE_MAX_ENTRIES + 10,
    }
CACHES = {"default": _cache, "pages": _pages}
# No SOLO_CACHE: SiteSettings.get_solo keeps the settings itself, per version of their app
# (intloffice/models.py); django-solo's own cache would only be written, never read.

REDIS_CACHE = CACHES["default"]["BACKEND"].endswith("RedisCache")
if REDIS_CACHE:  # sessions read from Redis, kept in the database: they outlive a Redis outage
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Messages live in a cookie, so rendering a public page never touches the session.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Client address behind reverse proxies (README "Behind a proxy"): DJANGO_TRUSTED_PROXIES is
# the number of proxies in front of the site ("1" for one nginx), or the addresses/networks of
# each proxy hop, the one nearest the site last. 0 (the default): X-Forwarded-For is ignored.
_trusted_proxies = env.list("DJANGO_TRUSTED_PROXIES", default=["0"])
if len(_trusted_proxies) == 1 and _trusted_proxies[0].isdigit():
    TRUSTED_PROXIES = int(_trusted_proxies[0])
else:
    TRUSTED_PROXIES = _trusted_proxies
    try:  # django-ipware's engine: refuses entries that are not addresses, networks or prefixes
        IpWare(proxy_list=TRUSTED_PROXIES)
    except ValueError as _error:
        sys.stderr.write(f"DJANGO_TRUSTED_PROXIES: {_error}\n")
        raise SystemExit(1) from None

# Login throttling: 5 failures lock out one user name from one address (never a user name from
# everywhere, nor an address for every user name) for an hour, counted from the last failure
# before the lockout; attempts while locked out do not extend it. Kept in the database, shared
# by every worker and independent of the cache.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_CLIENT_IP_CALLABLE = "intloffice.clients.client_ip"
LOGIN_URL = "admin:login"  # every login redirect (Rosetta's included) goes to the admin's

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first (the office's own), English second.
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
# An item publishes only when its text is filled in these languages (or marked "this language
# only"); a language added later (README "Adding a language") is optional and falls back.
PUBLISHING_LANGUAGES = ["ar", "en"]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Arabic date and date-time formats (Django's Arabic module lacks the date-time one).
FORMAT_MODULE_PATH = ["intloffice.formats"]
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Asia/Gaza")
USE_I18N = True
USE_TZ = True

# django-countries: names corrected through this project's catalogue (the package's Arabic has
# «اندونيسيا» and «السعودية (المملكة العربية)»); lists sorted as intloffice/countries.py says.
COUNTRIES_OVERRIDE = {
    "CF": gettext_lazy("Central African Republic"),
    "EE": gettext_lazy("Estonia"),
    "ET": gettext_lazy("Ethiopia"),
    "FM": gettext_lazy("Micronesia"),
    "ID": gettext_lazy("Indonesia"),
    "ES": gettext_lazy("Spain"),
    "SA": gettext_lazy("Saudi Arabia"),
    "ZA": gettext_lazy("South Africa"),
}

MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = ("ar", "en")
# Empty text falls back to the other language (Arabic <-> English); a third language falls
# back to English first, then Arabic (README "Adding a language").
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "ar")}
MODELTRANSLATION_CUSTOM_FIELDS = ("RichTextField",)
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("DJANGO_MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 31536000
FILE_UPLOAD_PERMISSIONS = 0o644

# E-mail: console locally, SMTP (EMAIL_URL) in production.
globals().update(
    env.email_url("EMAIL_URL", default="consolemail://")
)  # EMAIL_BACKEND, EMAIL_HOST...
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="intloffice@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
OFFICE_EMAIL = env.str("DJANGO_OFFICE_EMAIL", default="")  # else SiteSettings.email

CONTACT_RATE_LIMIT = env.int("DJANGO_CONTACT_RATE_LIMIT", default=5)
CONTACT_RATE_WINDOW = env.int("DJANGO_CONTACT_RATE_WINDOW", default=600)  # seconds

# HTTPS: on by default when DEBUG is off; DJANGO_HTTPS=0 switches it off (plain-HTTP staging).
HTTPS = env.bool("DJANGO_HTTPS", default=not DEBUG)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
    # Both are a commitment for every host of the domain, hard to undo: off unless asked.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=False)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=False)
# check --deploy asks for both; leaving them off is this project's deliberate default.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy: no inline script on public pages. The admin and the translators'
# UI load the editor and jQuery UI, which need inline styles; they are staff-only.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/translations/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Admin exports (django-import-export) need the model's "view" permission: without it any staff
# member could download a model's rows (students abroad, agreements) from its export page.
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

ROSETTA_URL_OPTIONS = {}
ROSETTA_MESSAGES_PER_PAGE = 50
# Visitors and staff outside the "translators" group are sent to the admin login, which
# offers to sign in as someone else (Django's LOGIN_URL, /accounts/login/, does not exist).
ROSETTA_LOGIN_URL = "admin:login"
ROSETTA_SHOW_AT_ADMIN_PANEL = False  # its untranslated box; templates/admin/index.html links it

# Rich text: one editor configuration; intloffice.richtext.RichTextWidget sets its interface
# language (the admin's: Arabic or English) and content language (the column's) per field.
_CKEDITOR_TOOLBAR = [
    "heading", "|", "bold", "italic", "link", "bulletedList", "numberedList", "blockQuote",
    "|", "insertTable", "imageUpload", "|", "undo", "redo",
]  # fmt: skip
_CKEDITOR_BASE = {
    "toolbar": {"items": _CKEDITOR_TOOLBAR},
    "heading": {
        "options": [
            {"model": "paragraph", "title": "Paragraph", "class": "ck-heading_paragraph"},
            {"model": "heading2", "view": "h2", "title": "Heading 2", "class": "ck-heading_heading2"},
            {"model": "heading3", "view": "h3", "title": "Heading 3", "class": "ck-heading_heading3"},
            {"model": "heading4", "view": "h4", "title": "Heading 4", "class": "ck-heading_heading4"},
        ]
    },
    "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
    "image": {"toolbar": ["imageTextAlternative"]},
}  # fmt: skip
CKEDITOR_5_CONFIGS = {"default": _CKEDITOR_BASE}
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
CKEDITOR_5_MAX_FILE_SIZE = 10  # MB

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing

# Staff-only documents (agreement scans...): outside MEDIA_ROOT, never under MEDIA_URL.
PRIVATE_MEDIA_ROOT = Path(env.str("DJANGO_PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private")))

# Media storage (intloffice/images.py, documents.py). Local disk by default: public media under
# MEDIA_ROOT, staff-only documents under PRIVATE_MEDIA_ROOT. DJANGO_MEDIA_STORAGE=s3 keeps both
# on S3-compatible object storage (django-storages), so app servers keep nothing on their disk;
# the private bucket must not be publicly readable (its files are only streamed by the view).
MEDIA_STORAGE = env.str("DJANGO_MEDIA_STORAGE", default="local")
STORAGES["private"] = {"BACKEND": "intloffice.documents.PrivateFileSystemStorage"}

# Backups (django-dbbackup; README "Backups"): `make backup` writes the database and every
# uploaded file (private documents included) to DJANGO_BACKUP_DIR and keeps the newest
# DJANGO_BACKUP_KEEP of each; `make restore` brings the newest back.
BACKUP_DIR = Path(env.str("DJANGO_BACKUP_DIR", default=str(VAR_DIR / "backups")))
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(BACKUP_DIR)},
}
DBBACKUP_CLEANUP_KEEP = env.int("DJANGO_BACKUP_KEEP", default=14)
DBBACKUP_CLEANUP_KEEP_MEDIA = DBBACKUP_CLEANUP_KEEP
DBBACKUP_SEND_EMAIL = False  # a failed backup fails the command (and the timer that ran it)
if MEDIA_STORAGE == "s3":
    _S3_REQUIRED = ("DJANGO_S3_BUCKET", "DJANGO_S3_PRIVATE_BUCKET")
    _s3_missing = [name for name in _S3_REQUIRED if not env.str(name, default="")]
    if _s3_missing:
        sys.stderr.write(f"DJANGO_MEDIA_STORAGE=s3 needs {', '.join(_s3_missing)} to be set.\n")
        raise SystemExit(1)
    _s3_common = {
        "endpoint_url": env.str("DJANGO_S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("DJANGO_S3_REGION", default="") or None,
        "access_key": env.str("DJANGO_S3_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("DJANGO_S3_SECRET_ACCESS_KEY", default="") or None,
        "file_overwrite": False,
    }
    _s3_bucket = env.str("DJANGO_S3_BUCKET")
    # Public files are linked as <protocol>//<domain>/media/<name>: a CDN or custom domain,
    # else the endpoint with the bucket in the path, else AWS's virtual-hosted address.
    _s3_protocol = "https:"
    _s3_domain = env.str("DJANGO_S3_CUSTOM_DOMAIN", default="")
    if not _s3_domain and _s3_common["endpoint_url"]:
        _s3_protocol, _endpoint_host = _s3_common["endpoint_url"].rstrip("/").split("//", 1)
        _s3_domain = f"{_endpoint_host}/{_s3_bucket}"
    elif not _s3_domain:
        _region = f".{_s3_common['region_name']}" if _s3_common["region_name"] else ""
        _s3_domain = f"{_s3_bucket}.s3{_region}.amazonaws.com"
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": _s3_bucket,
            "location": "media",
            "custom_domain": _s3_domain,
            "url_protocol": _s3_protocol,
            "querystring_auth": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": env.str("DJANGO_S3_PRIVATE_BUCKET"),
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
    _s3_origin = f"{_s3_protocol}//{_s3_domain}"
    # Rich text keeps only <img src> under MEDIA_URL, so it must be the bucket's public URL.
    MEDIA_URL = f"{_s3_origin}/media/"
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append("/".join(_s3_origin.split("/", 3)[:3]))
elif MEDIA_STORAGE != "local":
    sys.stderr.write("DJANGO_MEDIA_STORAGE must be 'local' or 's3'.\n")
    raise SystemExit(1)
