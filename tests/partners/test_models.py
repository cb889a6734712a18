"""QuerySet verbs: status derived in the database, search, counts."""

import pytest
from django.core.exceptions import ValidationError

from intloffice.publishing import Status
from partners.models import Agreement, AgreementStatus, Partner

from .factories import AgreementFactory, MembershipFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("starts", "ends", "terminated", "expected"),
    [
        (1, 400, False, AgreementStatus.UPCOMING),
        (-10, None, False, AgreementStatus.ACTIVE),
        (-10, 91, False, AgreementStatus.ACTIVE),
        (-10, 90, False, AgreementStatus.EXPIRING),
        (-10, 0, False, AgreementStatus.EXPIRING),
        (-10, -1, False, AgreementStatus.EXPIRED),
        (-10, 400, True, AgreementStatus.TERMINATED),
        (5, 400, True, AgreementStatus.TERMINATED),
    ],
)
def test_lifecycle_is_computed_in_the_database(starts, ends, terminated, expected):
    agreement = AgreementFactory(
        starts_on=days(starts), ends_on=None if ends is None else days(ends), terminated=terminated
    )
    annotated = Agreement.objects.with_lifecycle().get(pk=agreement.pk)
    assert annotated.lifecycle == expected
    # The Python fallback (used when the row was not annotated) follows the same rules.
    assert Agreement.objects.get(pk=agreement.pk).lifecycle_status == expected
    assert list(Agreement.objects.with_lifecycle().filter(lifecycle=expected)) == [agreement]


def test_filtering_by_status_is_one_query(django_assert_num_queries):
    for n in range(5):
        AgreementFactory(ends_on=days(30 + n))
    AgreementFactory(ends_on=days(-3))
    with django_assert_num_queries(1):
        rows = list(Agreement.objects.with_lifecycle().filter(lifecycle="expiring"))
    assert len(rows) == 5


def test_in_force_and_expiring_verbs():
    active = AgreementFactory(ends_on=None)
    soon = AgreementFactory(ends_on=days(10))
    AgreementFactory(ends_on=days(-1))
    AgreementFactory(starts_on=days(3))
    AgreementFactory(ends_on=days(10), terminated=True)
    assert set(Agreement.objects.in_force()) == {active, soon}
    assert list(Agreement.objects.expiring()) == [soon]


def test_agreement_cannot_end_before_it_starts():
    agreement = AgreementFactory.build(starts_on=days(0), ends_on=days(-1), status=Status.DRAFT)
    with pytest.raises(ValidationError) as error:
        agreement.full_clean(exclude=["partners"])
    assert "ends_on" in error.value.message_dict


def test_search_text_is_stored_normalised_and_searched_in_both_languages():
    partner = PartnerFactory(name_ar="جامعةُ الأَزهَر الإسلاميّة", name_en="Azhar Islamic University")
    partner.refresh_from_db()
    assert "جامعه الازهر الاسلاميه" in partner.search_text
    assert list(Partner.objects.search("الازهر")) == [partner]
    assert list(Partner.objects.search("إسلامية")) == [partner]  # hamza and taa marbuta folded
    assert list(Partner.objects.search("AZHAR university")) == [partner]
    assert list(Partner.objects.search("Cairo")) == []
    partner.name_en = "Renamed College"
    partner.save(update_fields=["name_en"])
    assert list(Partner.objects.search("renamed")) == [partner]


def test_active_agreement_count_counts_published_public_agreements_in_force():
    partner = PartnerFactory()
    AgreementFactory(partners=[partner])
    AgreementFactory(partners=[partner], ends_on=days(5))  # expiring: still in force
    AgreementFactory(partners=[partner], ends_on=days(-5))
    AgreementFactory(partners=[partner], is_public=False)
    AgreementFactory(partners=[partner], status=Status.DRAFT)
    AgreementFactory(partners=[partner], terminated=True)
    counted = Partner.objects.with_active_agreement_count().get(pk=partner.pk)
    assert counted.active_agreements == 2


def test_name_order_follows_the_active_language():
    from django.utils import translation

    a = PartnerFactory(name_en="Zeta College", name_ar="أكاديمية")
    b = PartnerFactory(name_en="Alpha College", name_ar="يمامة")
    with translation.override("en"):
        assert list(Partner.objects.in_name_order()) == [b, a]
    with translation.override("ar"):
        assert list(Partner.objects.in_name_order()) == [a, b]


def test_current_memberships_include_those_ending_today():
    current = MembershipFactory()
    ending_today = MembershipFactory(ended_on=days(0))
    MembershipFactory(ended_on=days(-10))
    from partners.models import Membership

    assert set(Membership.objects.current()) == {current, ending_today}
