"""gunicorn for intloffice: ``gunicorn -c deploy/gunicorn.conf.py intloffice.wsgi``.

The app servers are stateless (README "Running on several servers"): every one of them runs
this, behind nginx (deploy/nginx/intloffice.conf) or a load balancer.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the site's pages are short CPU-bound renders or cache hits.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
graceful_timeout = 30
keepalive = 5
max_requests = 2000  # recycle a worker now and then (memory), not all at once
max_requests_jitter = 200
# nginx on the same machine sets X-Forwarded-Proto; trust it from there only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
