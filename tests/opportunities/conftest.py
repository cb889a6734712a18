import pytest


@pytest.fixture
def uncached(settings):
    """No page cache, so every request renders (query counts, repeated edits)."""
    settings.PAGE_CACHE_SECONDS = 0
