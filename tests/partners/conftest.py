import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture
def count_queries(client, settings):
    """Queries run by an uncached anonymous GET of ``url``, and the response."""
    settings.PAGE_CACHE_SECONDS = 0

    def run(url):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return len(queries), response

    return run
