import pytest

from rugschool_gui.domain.errors import DuplicateName, EmptyName, NameTooLong
from rugschool_gui.domain.workbooks import MAX_NAME_LENGTH, unique_name, validate_name


def test_name_is_trimmed_and_inner_spaces_collapsed():
    assert validate_name("  Jan   Peeters \n") == "Jan Peeters"


@pytest.mark.parametrize("bad", ["", "   ", "\t\n", None])
def test_empty_names_are_refused(bad):
    with pytest.raises(EmptyName):
        validate_name(bad)


def test_too_long_name_is_refused():
    with pytest.raises(NameTooLong):
        validate_name("x" * (MAX_NAME_LENGTH + 1))
    assert validate_name("x" * MAX_NAME_LENGTH)


def test_names_are_unique_case_insensitively():
    with pytest.raises(DuplicateName) as info:
        validate_name("  MIJN werkboek", ["Mijn werkboek"])
    assert info.value.key == "duplicate_name"
    assert isinstance(info.value, ValueError)
    assert validate_name("Mijn werkboek 2", ["Mijn werkboek"]) == "Mijn werkboek 2"


def test_unicode_case_folding():
    with pytest.raises(DuplicateName):
        validate_name("STRASSE", ["straße"])


def test_unique_name_counts_up():
    assert unique_name("Jan", []) == "Jan"
    assert unique_name("Jan", ["jan"]) == "Jan (2)"
    assert unique_name("Jan", ["jan", "Jan (2)"]) == "Jan (3)"
