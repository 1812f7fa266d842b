"""Refusals and questions of the core: an English message with a stable key and parameters.

``str(error)`` is the English sentence the command line prints (and scripts parse);
``key`` and ``params`` let the window say the same in the user's language without
parsing English.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class Keyed(Exception):
    """An exception that names its cause by ``key`` and ``params`` beside its English message."""

    def __init__(
        self, message: str, key: str = "", params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.key = key
        self.params: dict[str, str] = {name: str(v) for name, v in (params or {}).items()}


class KeyedError(Keyed, ValueError):
    """A ValueError that names its cause by ``key`` and ``params`` beside its English message."""


class RefusalKey(enum.StrEnum):
    """Every key a refusal or question of the core carries; the window words each one.

    A new key goes here first: ``tests/test_i18n_messages.py`` walks this list and fails
    for a key the window cannot say in the user's language.
    """

    NOT_FINITE = "not_finite"
    WHOLE_NUMBER = "whole_number"
    NUMBER = "number"
    FINITE_NUMBER = "finite_number"
    YES_NO = "yes_no"
    TEXT = "text"
    ONE_OF = "one_of"
    SOME_OF = "some_of"
    NOT_A_NUMBER = "not_a_number"
    NOT_YES_NO = "not_yes_no"
    UNKNOWN_INDICATOR = "unknown_indicator"
    UNKNOWN_CELL = "unknown_cell"
    VALUE_OR_NOTATION = "value_or_notation"
    READ_ONLY = "read_only"
    NARRATIVE_TOO_LONG = "narrative_too_long"
    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"
    EXPORTED = "exported"
    COUNTRY_CODE = "country_code"
    TEMPLATE_NOT_INSTALLED = "template_not_installed"
    EDITED = "edited"
    UNRESOLVED = "unresolved"
    SUBMISSION_REMOVED = "submission_removed"
    STORE_CHANGED = "store_changed"
    NOTHING_LOADABLE = "nothing_loadable"
    VALUE_CHANGED = "value_changed"
    NARRATIVE_CHANGED = "narrative_changed"
    AREA_NOT_IN_TEMPLATE = "area_not_in_template"
    NOT_NARRATIVE_FIELD = "not_narrative_field"
    NARRATIVE_LENGTH = "narrative_length"
    CHANGED_SINCE_PREVIEW = "changed_since_preview"
    NOT_ABOVE = "not_above"
    COUNT_CHANGED = "count_changed"
    SIGNATURE_BROKEN = "signature_broken"
    SIGNATURE_UNKNOWN_KEY = "signature_unknown_key"
    SIGNATURE_REVOKED = "signature_revoked"
    SIGNATURE_REQUIRED = "signature_required"
    WORKBOOK_BAD_PART_NAME = "workbook_bad_part_name"
    WORKBOOK_COMPRESSION = "workbook_compression"
    WORKBOOK_DAMAGED = "workbook_damaged"
    WORKBOOK_ENCRYPTED = "workbook_encrypted"
    WORKBOOK_ENCRYPTED_PART = "workbook_encrypted_part"
    WORKBOOK_EXPANDS_TOO_MUCH = "workbook_expands_too_much"
    WORKBOOK_FAR_CELL = "workbook_far_cell"
    WORKBOOK_FAR_CELLS = "workbook_far_cells"
    WORKBOOK_FAR_FORMATTING = "workbook_far_formatting"
    WORKBOOK_FOLDER = "workbook_folder"
    WORKBOOK_MACROS = "workbook_macros"
    WORKBOOK_MISSING = "workbook_missing"
    WORKBOOK_NO_WORKBOOK_PART = "workbook_no_workbook_part"
    WORKBOOK_NOT_REGULAR = "workbook_not_regular"
    WORKBOOK_NOT_ZIP = "workbook_not_zip"
    WORKBOOK_PART_TOO_BIG = "workbook_part_too_big"
    WORKBOOK_SHEET_UNREADABLE = "workbook_sheet_unreadable"
    WORKBOOK_TOO_BIG = "workbook_too_big"
    WORKBOOK_TOO_MANY_FORMATS = "workbook_too_many_formats"
    WORKBOOK_TOO_MANY_PARTS = "workbook_too_many_parts"
    WORKBOOK_TOO_MANY_ROWS = "workbook_too_many_rows"
    WORKBOOK_TOO_MANY_STRINGS = "workbook_too_many_strings"
    WORKBOOK_UNREADABLE = "workbook_unreadable"
    WORKBOOK_UNREADABLE_OS = "workbook_unreadable_os"
    WORKBOOK_UNSAFE_INSTALL = "workbook_unsafe_install"
    WORKBOOK_XML_ENTITIES = "workbook_xml_entities"
    WORKBOOK_ZIP_BOMB = "workbook_zip_bomb"
