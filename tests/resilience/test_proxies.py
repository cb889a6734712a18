"""Client address behind reverse proxies (issue 14, row 3 and "Must hold" 3).

Simulated clients behind one proxy: every request reaches the site from the proxy's address
(``REMOTE_ADDR``), with the client's address appended to ``X-Forwarded-For`` by the proxy.
"""

import datetime

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory
from django.utils import timezone

PROXY = "10.0.0.2"
ADMIN_HOME = "198.51.100.7"
ATTACKER = "203.0.113.66"
LOGIN = "/admin/login/"


def through_proxy(client_address, sent_by_client=""):
    """The request headers as the site sees them behind the proxy."""
    chain = f"{sent_by_client}, {client_address}" if sent_by_client else client_address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": chain}


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXIES = 1


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "right-pw")


def login(client, username, password, address, sent_by_client=""):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        **through_proxy(address, sent_by_client),
    )


@pytest.mark.parametrize(
    ("trusted", "meta", "expected"),
    [
        (0, through_proxy(ATTACKER), PROXY),  # no proxy configured: the header is ignored
        (1, through_proxy(ATTACKER), ATTACKER),
        (1, through_proxy(ATTACKER, sent_by_client=ADMIN_HOME), ATTACKER),  # spoof ignored
        (1, {"REMOTE_ADDR": PROXY}, PROXY),  # no header at all
        (2, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"{ADMIN_HOME}, {ATTACKER}, 10.0.0.9"}, ATTACKER),
        ([PROXY], through_proxy(ATTACKER, sent_by_client=ADMIN_HOME), ATTACKER),
        (["10.0.0.0/8"], through_proxy(ATTACKER), ATTACKER),
        # Not from a listed proxy: the header is not believed.
        (["192.0.2.1"], through_proxy(ATTACKER, sent_by_client=ADMIN_HOME), PROXY),
    ],
)  # fmt: skip
def test_client_address_is_read_at_the_trusted_position(settings, trusted, meta, expected):
    from intloffice.clients import client_ip

    settings.TRUSTED_PROXIES = trusted
    assert client_ip(RequestFactory().get("/", **meta)) == expected


def test_random_user_names_from_one_client_lock_nobody_else_out(
    client, behind_one_proxy, admin_user
):
    for number in range(8):
        response = login(client, f"random-{number}", "guess", ATTACKER)
        assert response.status_code == 200
    response = login(client, "admin", "right-pw", ADMIN_HOME)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_an_attack_on_the_admin_name_locks_only_the_attacker_out(
    client, behind_one_proxy, admin_user
):
    statuses = [login(client, "admin", "guess", ATTACKER).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    # Writing the admin's address into the header changes nothing: the proxy's entry counts.
    assert (
        login(client, "admin", "right-pw", ATTACKER, sent_by_client=ADMIN_HOME).status_code == 429
    )
    assert login(client, "admin", "right-pw", ADMIN_HOME).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_retries_during_a_lockout_do_not_extend_it(client, behind_one_proxy, admin_user):
    for _ in range(5):
        login(client, "admin", "guess", ATTACKER)
    attempt = AccessAttempt.objects.get(username="admin", ip_address=ATTACKER)
    locked_at = attempt.attempt_time
    # 59 minutes later the lockout still holds, and the retries do not move its start.
    earlier = locked_at - datetime.timedelta(minutes=59)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=earlier)
    for _ in range(3):
        assert login(client, "admin", "guess", ATTACKER).status_code == 429
    attempt.refresh_from_db()
    assert attempt.attempt_time == earlier
    assert attempt.failures_since_start == 5
    # An hour after the last failure before the lockout, the right password works again.
    AccessAttempt.objects.filter(pk=attempt.pk).update(
        attempt_time=timezone.now() - datetime.timedelta(minutes=61)
    )
    assert login(client, "admin", "right-pw", ATTACKER).status_code == 302


def test_the_contact_limit_counts_each_client_behind_the_proxy(client, site, behind_one_proxy):
    message = {"name": "A", "email": "a@example.org", "subject": "Hello", "message": "Hi"}
    for _ in range(5):
        assert client.post("/en/contact/", message, **through_proxy(ATTACKER)).status_code == 302
    assert client.post("/en/contact/", message, **through_proxy(ATTACKER)).status_code == 429
    spoofed = through_proxy(ATTACKER, sent_by_client="192.0.2.99")
    assert client.post("/en/contact/", message, **spoofed).status_code == 429
    assert client.post("/en/contact/", message, **through_proxy(ADMIN_HOME)).status_code == 302
