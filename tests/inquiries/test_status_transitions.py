"""The status table (``inquiries/models/status.py``) through the services that obey it: every row works and
leads where it says; every pair the table leaves out is refused, changes nothing, and says why in the
user's language."""

import itertools

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone, translation

from inquiries.models import (
    TRANSITIONS,
    Actor,
    Inquiry,
    InquiryAction,
    InquiryActionError,
    InquiryStatus,
    OutgoingEmail,
    RoutingRule,
    status_token_hash,
    status_transition,
)
from inquiries.models.status import REFUSALS, Transition, _index
from inquiries.services import (
    inquiry_acknowledge,
    inquiry_add_follow_up,
    inquiry_create,
    inquiry_hand_over,
    inquiry_rate,
    inquiry_reply,
    inquiry_request_information,
    inquiry_set_status,
)

pytestmark = pytest.mark.django_db
S, A = InquiryStatus, InquiryAction
TRANSLATED = ["vi", "ja", "ko", "zh-hans"]


@pytest.fixture
def make_inquiry(agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    RoutingRule.objects.all().delete()

    def make(status: InquiryStatus) -> Inquiry:
        inquiry = inquiry_create(
            kind="investment", name="Park Ji-woo", email="jiwoo@example.kr", language="ko", country="KR",
            message="We are looking for industrial land near a port.",
        ).inquiry  # fmt: skip
        # As the inquiry would be: acknowledged unless it is new.
        acknowledged = None if status == S.NEW else timezone.now()
        Inquiry.objects.filter(pk=inquiry.pk).update(status=status, acknowledged_at=acknowledged)
        return Inquiry.objects.get(pk=inquiry.pk)

    return make


def perform(action: InquiryAction, inquiry: Inquiry, *, to=None, officer=None, other_agency=None):
    """The service behind ``action``, called as the workspace or the status page calls it."""
    if action == A.ACKNOWLEDGE:
        Inquiry.objects.filter(pk=inquiry.pk).update(acknowledged_at=None)  # so that there is something to do
        inquiry.acknowledged_at = None
        return inquiry_acknowledge(inquiry=inquiry, actor=officer)
    if action == A.SET_STATUS:
        return inquiry_set_status(inquiry=inquiry, status=to, actor=officer)
    if action in (A.REPLY, A.REPLY_AND_CLOSE):
        return inquiry_reply(
            inquiry=inquiry, text="Here are the plots.", actor=officer, close=action == A.REPLY_AND_CLOSE
        )
    if action == A.HAND_OVER:
        return inquiry_hand_over(inquiry=inquiry, to_agency=other_agency, reason="Industrial zones", actor=officer)
    if action == A.REQUEST_INFO:
        return inquiry_request_information(inquiry=inquiry, text="How many hectares do you need?", actor=officer)
    if action == A.FOLLOW_UP:
        return inquiry_add_follow_up(inquiry=inquiry, message="Any news?")
    if action == A.RATE:
        return inquiry_rate(inquiry=inquiry, rating=4)
    raise AssertionError(action)


def expected(action, source, to=None):
    """The table's answer for (action, source[, to]): the target status, or None when it has no row."""
    rows = [t for t in TRANSITIONS if t.action == action and t.source == source and (to is None or t.target == to)]
    return rows[0].target if rows else None


CASES = [
    *((action, source, None) for action in A if action != A.SET_STATUS for source in S),
    *((A.SET_STATUS, source, to) for source, to in itertools.product(S, S)),
]


@pytest.mark.parametrize(("action", "source", "to"), CASES, ids=lambda value: str(value))
def test_every_pair_works_or_is_refused_as_the_table_says(make_inquiry, officer_a, agency_b, action, source, to):
    inquiry = make_inquiry(source)
    target = expected(action, source, to)
    events = inquiry.events.count()
    emails = OutgoingEmail.objects.count()
    if target is not None:
        perform(action, inquiry, to=to, officer=officer_a, other_agency=agency_b)
        inquiry.refresh_from_db()
        assert inquiry.status == target
        if target != source:
            assert (inquiry.closed_at is not None) == (target == S.CLOSED)
        assert inquiry.events.count() > events  # every action is on the timeline
        return
    with translation.override("vi"), pytest.raises(InquiryActionError) as refusal:
        perform(action, inquiry, to=to, officer=officer_a, other_agency=agency_b)
    message = str(refusal.value)
    with translation.override("vi"):
        labels = {"status": S(source).label, "to": S(to).label if to else ""}
        assert message == str(REFUSALS[action] % labels)
    with translation.override("en"):
        assert message != str(REFUSALS[action] % {"status": S(source).label, "to": S(to).label if to else ""})
    inquiry.refresh_from_db()
    assert inquiry.status == source and inquiry.events.count() == events and OutgoingEmail.objects.count() == emails


def test_the_rules_as_the_agencies_know_them():
    """A few rules spelled out, so that a slip in the table shows here too."""
    assert expected(A.HAND_OVER, S.CLOSED) is None  # a closed inquiry stays where it is
    assert expected(A.HAND_OVER, S.ANSWERED) == S.HANDED_OVER  # an answered one can still move on
    assert expected(A.FOLLOW_UP, S.ANSWERED) == S.IN_PROGRESS  # the sender writes back: work again
    assert expected(A.FOLLOW_UP, S.CLOSED) is None
    assert [s for s in S if expected(A.RATE, s)] == [S.CLOSED]  # rated only when closed
    assert expected(A.SET_STATUS, S.ACKNOWLEDGED, S.HANDED_OVER) is None  # that is what hand-over is for
    assert all(expected(A.SET_STATUS, s, S.NEW) is None for s in S)  # nobody un-reads an inquiry
    assert expected(A.SET_STATUS, S.CLOSED, S.IN_PROGRESS) == S.IN_PROGRESS  # reopened
    assert all(expected(A.REPLY, s) == S.ANSWERED and expected(A.REPLY_AND_CLOSE, s) == S.CLOSED for s in S)
    assert expected(A.ACKNOWLEDGE, S.NEW) == expected(A.ACKNOWLEDGE, S.HANDED_OVER) == S.ACKNOWLEDGED
    # Asking the sender for information waits for them; their answer puts the inquiry back in progress.
    assert all(expected(A.REQUEST_INFO, s) == S.INFO_REQUESTED for s in S if s != S.CLOSED)
    assert expected(A.REQUEST_INFO, S.CLOSED) is None
    assert expected(A.FOLLOW_UP, S.INFO_REQUESTED) == S.IN_PROGRESS
    assert expected(A.SET_STATUS, S.NEW, S.INFO_REQUESTED) is None  # that is what the request is for


@pytest.mark.parametrize("language", TRANSLATED)
def test_refusals_by_the_wrong_actor_are_translated(language):
    """The actor column: the sender cannot act for the agency, nor an officer for the sender."""
    rows = [(t, by) for t in TRANSITIONS for by in Actor if by not in t.by]
    assert rows
    for row, by in rows:
        with translation.override(language):
            with pytest.raises(InquiryActionError) as refusal:
                to = row.target if row.action == A.SET_STATUS else None
                status_transition(status=row.source, action=row.action, by=by, to=to)
            message = str(refusal.value)
            assert str(Actor(by).label) in message
        with translation.override("en"):
            assert message != f"This action is not open to {Actor(by).label}."


@pytest.mark.parametrize("language", TRANSLATED)
def test_an_unknown_status_is_refused_in_the_users_language(language):
    with translation.override("en"):
        english = pytest.raises(InquiryActionError, status_transition, status=S.NEW, action=A.SET_STATUS,
                                by=Actor.OFFICER, to="bogus")  # fmt: skip
    with translation.override(language):
        translated = pytest.raises(InquiryActionError, status_transition, status=S.NEW, action=A.SET_STATUS,
                                   by=Actor.OFFICER, to="bogus")  # fmt: skip
    assert str(translated.value) and str(translated.value) != str(english.value)


def test_every_refusal_has_a_translation():
    labels = {"status": S.CLOSED.label, "to": S.NEW.label}
    for language in TRANSLATED:
        for action, message in REFUSALS.items():
            with translation.override("en"):
                english = str(message % labels)
            with translation.override(language):
                assert str(message % labels) != english, (language, action)


def test_the_table_refuses_ambiguous_rows():
    row = Transition(A.HAND_OVER, frozenset({Actor.OFFICER}), S.NEW, S.HANDED_OVER)
    with pytest.raises(ImproperlyConfigured):
        _index([row, row])
    with pytest.raises(ImproperlyConfigured):  # an action other than "by hand" leads to one status
        _index([row, Transition(A.HAND_OVER, frozenset({Actor.OFFICER}), S.NEW, S.CLOSED)])


def test_what_the_pages_offer_follows_the_table(make_inquiry):
    closed = make_inquiry(S.CLOSED)
    assert not closed.can_follow_up and closed.can_be_rated and not closed.can_be_handed_over
    assert [value for value, _label in closed.status_choices_by_hand] == [S.IN_PROGRESS]
    answered = make_inquiry(S.ANSWERED)
    assert answered.can_follow_up and not answered.can_be_rated and answered.can_be_handed_over
    assert S.ANSWERED not in dict(answered.status_choices_by_hand)
    Inquiry.objects.filter(pk=closed.pk).update(satisfaction=5)
    closed.refresh_from_db()
    assert not closed.can_be_rated  # once


def test_a_refusal_in_the_workspace_says_why(client, make_inquiry, officer_a, agency_b):
    inquiry = make_inquiry(S.CLOSED)
    client.force_login(officer_a)
    detail = client.get(f"/admin/inquiries/{inquiry.pk}/").content.decode()
    assert 'value="in_progress"' in detail and 'value="answered"' not in detail  # only what the table allows
    assert "inquiry-hand-over-form" not in detail
    response = client.post(f"/admin/inquiries/{inquiry.pk}/status/", {"status": "answered"}, follow=True)
    with translation.override("vi"):  # the admin's language for a user without a preference
        why = str(REFUSALS[A.SET_STATUS] % {"status": S.CLOSED.label, "to": S.ANSWERED.label})
    assert why in response.content.decode()
    assert Inquiry.objects.get(pk=inquiry.pk).status == S.CLOSED
    response = client.post(
        f"/admin/inquiries/{inquiry.pk}/hand-over/", {"agency": agency_b.pk, "reason": "Land"}, follow=True
    )
    with translation.override("vi"):
        why = str(REFUSALS[A.HAND_OVER] % {"status": S.CLOSED.label})
    assert why in response.content.decode()
    assert Inquiry.objects.get(pk=inquiry.pk).agency_id != agency_b.pk


def test_the_status_page_offers_only_what_the_sender_may_do(client, make_inquiry):
    inquiry = make_inquiry(S.ANSWERED)
    token = "token-for-the-test"
    Inquiry.objects.filter(pk=inquiry.pk).update(status_token_hash=status_token_hash(token))
    page = client.get(f"/en/inquiries/status/{token}/").content.decode()
    assert 'value="follow_up"' in page and 'name="rating"' not in page
    Inquiry.objects.filter(pk=inquiry.pk).update(status=S.CLOSED)
    page = client.get(f"/en/inquiries/status/{token}/").content.decode()
    assert 'value="follow_up"' not in page and 'name="rating"' in page
    response = client.post("/en/inquiries/status/", {"token": token, "action": "follow_up", "message": "Hello again"})
    assert response.status_code == 302 and not inquiry.events.filter(kind="follow_up").exists()
