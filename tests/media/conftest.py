import pytest

from intloffice import renditions


@pytest.fixture(autouse=True)
def _fresh_rendition_memo():
    """Each test starts as a new process would: nothing known about renditions."""
    renditions.forget()
    yield
    renditions.forget()
