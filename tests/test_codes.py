"""One-time codes expire, are single-use, limited in attempts and stored only as a hash."""

from datetime import timedelta

import pytest
from tortoise.timezone import now

from adminduk.accounts.codes import MAX_ATTEMPTS, CodeRefused, issue_code, use_code
from adminduk.accounts.models import CodePurpose, OneTimeCode, Role
from tests.factories import make_account

PURPOSE = CodePurpose.CONFIRM_PHONE


async def test_a_correct_code_works_once(database):
    account = await make_account(Role.RESIDENT)
    issued = await issue_code(account, PURPOSE, "+6281200000001")

    record = await use_code(account, PURPOSE, issued.code)

    assert record.target == "+6281200000001"
    with pytest.raises(CodeRefused) as refused:
        await use_code(account, PURPOSE, issued.code)
    assert refused.value.reason == "none"


async def test_the_code_itself_is_not_stored(database):
    account = await make_account(Role.RESIDENT)
    issued = await issue_code(account, PURPOSE, "+6281200000002")

    stored = await OneTimeCode.get(id=issued.record.id)

    assert issued.code not in stored.code_hash
    assert len(stored.code_hash) == 64


async def test_an_expired_code_is_refused(database):
    account = await make_account(Role.RESIDENT)
    issued = await issue_code(account, PURPOSE, "+6281200000003")
    await OneTimeCode.filter(id=issued.record.id).update(expires_at=now() - timedelta(seconds=1))

    with pytest.raises(CodeRefused) as refused:
        await use_code(account, PURPOSE, issued.code)

    assert refused.value.reason == "expired"
    assert "kedaluwarsa" in refused.value.message


async def test_a_wrong_code_is_refused_and_after_the_limit_even_the_right_one(database):
    account = await make_account(Role.RESIDENT)
    issued = await issue_code(account, PURPOSE, "+6281200000004")
    wrong = f"{(int(issued.code) + 1) % 1_000_000:06d}"

    for _ in range(MAX_ATTEMPTS):
        with pytest.raises(CodeRefused) as refused:
            await use_code(account, PURPOSE, wrong)
        assert refused.value.reason == "wrong"

    with pytest.raises(CodeRefused) as refused:
        await use_code(account, PURPOSE, issued.code)
    assert refused.value.reason == "too_many"


async def test_a_new_code_replaces_the_previous_one(database):
    account = await make_account(Role.RESIDENT)
    first = await issue_code(account, PURPOSE, "+6281200000005")
    second = await issue_code(account, PURPOSE, "+6281200000005")

    if first.code != second.code:
        with pytest.raises(CodeRefused):
            await use_code(account, PURPOSE, first.code)
    assert (await use_code(account, PURPOSE, second.code)).id == second.record.id


async def test_a_code_for_one_purpose_does_not_serve_another(database):
    account = await make_account(Role.RESIDENT)
    issued = await issue_code(account, CodePurpose.CONFIRM_EMAIL, "a@example.invalid")

    with pytest.raises(CodeRefused):
        await use_code(account, CodePurpose.RESET_PASSWORD, issued.code)
