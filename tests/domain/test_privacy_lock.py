"""The idle lock's rules: passphrase checks, the salted hash, and when to lock."""

from __future__ import annotations

import itertools

import pytest

from rugschool_gui.domain.privacy_lock import (
    MIN_LENGTH,
    PassphraseRefused,
    check_new_passphrase,
    hash_passphrase,
    should_lock,
    verify_passphrase,
)


def test_a_passphrase_is_stored_only_as_a_salted_hash():
    first, second = hash_passphrase("rode fiets"), hash_passphrase("rode fiets")
    assert "rode fiets" not in first and first.startswith("scrypt$")
    assert first != second  # a fresh salt each time
    assert verify_passphrase("rode fiets", first) and verify_passphrase("rode fiets", second)
    assert not verify_passphrase("Rode fiets", first)
    assert not verify_passphrase("", first)


@pytest.mark.parametrize("stored", ["", "plain text", "scrypt$1$2$3", "md5$16384$8$1$AAAA$AAAA",
                                    "scrypt$16384$8$1$!!!$AAAA", "scrypt$x$8$1$AAAA$AAAA"])
def test_a_damaged_stored_hash_never_unlocks(stored):
    assert not verify_passphrase("rode fiets", stored)


@pytest.mark.parametrize(("first", "second", "key"), [
    ("", "", "passphrase_empty"),
    ("   ", "   ", "passphrase_empty"),
    ("abc", "abc", "passphrase_short"),
    ("rode fiets", "rode fietz", "passphrase_mismatch"),
])
def test_new_passphrases_that_are_refused(first, second, key):
    with pytest.raises(PassphraseRefused) as refused:
        check_new_passphrase(first, second)
    assert refused.value.key == key


def test_the_shortest_passphrase_accepted():
    word = "x" * MIN_LENGTH
    assert check_new_passphrase(word, word) == word


def test_lock_after_the_chosen_idle_minutes_never_when_off():
    assert not should_lock(now=1000 + 5 * 60 - 1, last_activity=1000, idle_minutes=5)
    assert should_lock(now=1000 + 5 * 60, last_activity=1000, idle_minutes=5)
    assert not should_lock(now=10**9, last_activity=0, idle_minutes=0)


def test_wrong_passphrases_wait_longer_each_time_up_to_a_minute():
    from rugschool_gui.domain.privacy_lock import FREE_TRIES, MAX_DELAY_SECONDS, retry_delay

    delays = [retry_delay(n) for n in range(1, 15)]
    assert delays[:FREE_TRIES] == [0] * FREE_TRIES  # a typo or two costs nothing
    assert all(a <= b for a, b in itertools.pairwise(delays))
    assert delays[FREE_TRIES] > 0 and max(delays) == MAX_DELAY_SECONDS


@pytest.mark.parametrize(("passphrase", "strength"), [
    ("abcdef", "weak"), ("Abc12!", "fair"), ("appelboom", "weak"), ("appelboomgaard", "fair"),
    ("groene thee om vier", "strong"), ("Zomer2026!hier", "strong"),
])
def test_strength_grows_with_length_and_words(passphrase, strength):
    from rugschool_gui.domain.privacy_lock import passphrase_strength

    assert passphrase_strength(passphrase) == strength
