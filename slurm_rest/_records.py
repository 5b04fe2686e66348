"""Big listings in bounded memory: one array of an answer read record by record as the body streams in.

slurmrestd has no pagination: ``GET /jobs/`` answers with every job the controller holds (153 MB for
20,000 jobs on 24.11). Decoded whole, that body costs several times its size in Python objects (820 MB of
RSS was measured), and past ``max_body`` it would be refused outright. ``RecordReader`` instead decodes
the answer's top-level object as it arrives: each element of the one array named ``key`` (``Call.records``)
is decoded on its own (``json.JSONDecoder.raw_decode``, C speed) and handed to ``each``, which keeps what it
returns (``jobs()`` a ``JobInfo``, a watcher the record of a job it watches; None drops it); the object's
other members (meta, errors, warnings) are kept as decoded.
What is held at once is the records kept plus the text of one unfinished record, and ``max_body`` then
bounds that one record instead of the whole answer. Any other status than 200 is read whole (an error
body is small), capped as always.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

import httpx

from ._call import Call, Records
from ._exceptions import APIError
from ._http import BodyReader

__all__ = ["RecordReader"]

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class RecordReader(BodyReader):
    """A ``BodyReader`` that, for a 200 answer, decodes as it goes (see the module docstring)."""

    def __init__(self, call: Call, response: httpx.Response, limit: int) -> None:
        if call.records is None:
            raise ValueError(f"{call.method} {call.path}: no records to read")
        self.records: Records = call.records
        if self.records.fresh is not None:
            self.records.fresh()
        self.streaming = response.status_code == 200
        super().__init__(call, response, limit)
        self.rest: dict[str, Any] = {}
        self.held = 0  # the most text held undecoded at once (tests check the bound)
        self._text = codecs.getincrementaldecoder("utf-8")("strict")
        self._buf, self._pos = "", 0
        self._state, self._member = "open", ""
        self._retry_at = 0  # buffer length before which an unfinished value is not tried again

    def bounds_records(self) -> bool:
        return self.streaming

    def feed(self, chunk: bytes) -> None:
        if not self.streaming:
            super().feed(chunk)
            return
        self.size += len(chunk)
        try:
            self._buf += self._text.decode(chunk)
        except UnicodeDecodeError:
            raise self._malformed() from None
        self._advance(final=False)
        self._buf, self._retry_at = self._buf[self._pos :], max(0, self._retry_at - self._pos)
        self._pos = 0
        self.held = max(self.held, len(self._buf))
        if len(self._buf) > self.limit:  # a record still arriving
            raise self._too_long()

    def content(self) -> bytes:
        """The answer as classification reads it: its members but the streamed array (already kept)."""
        if not self.streaming:
            return super().content()
        try:
            self._buf += self._text.decode(b"", final=True)
        except UnicodeDecodeError:
            raise self._malformed() from None
        self._advance(final=True)
        if self._state != "done" or _SPACE.match(self._buf, self._pos).end() != len(self._buf):  # type: ignore[union-attr]
            raise self._malformed()
        return json.dumps(self.rest).encode()

    # -- the object, member by member; the array, element by element --------------------------------------

    def _advance(self, *, final: bool) -> None:
        while self._state != "done":
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos >= len(self._buf):
                return
            char = self._buf[self._pos]
            state = self._state
            if state == "open":
                self._expect(char, "{", "member")
            elif state == "member":
                if char == "}":
                    self._pos, self._state = self._pos + 1, "done"
                    continue
                if char != '"':
                    raise self._malformed()
                if (name := self._value(final)) is _MORE:
                    return
                self._member, self._state = name, "colon"
            elif state == "colon":
                self._expect(char, ":", "array" if self._member == self.records.key else "value")
            elif state == "value":
                if (value := self._value(final)) is _MORE:
                    return
                self.rest[self._member], self._state = value, "next member"
            elif state == "next member":
                if char == "}":
                    self._pos, self._state = self._pos + 1, "done"
                else:
                    self._expect(char, ",", "member")
            elif state == "array":
                if char == "[":
                    self._pos, self._state = self._pos + 1, "element"
                    continue
                if (value := self._value(final)) is _MORE:
                    return
                raise self._not_records(value)
            elif state == "element":
                if char == "]":
                    self._pos, self._state = self._pos + 1, "next member"
                elif (record := self._value(final)) is _MORE:
                    return
                else:
                    self._keep(record)
                    self._state = "next element"
            elif state == "next element":
                if char == "]":
                    self._pos, self._state = self._pos + 1, "next member"
                else:
                    self._expect(char, ",", "element")

    def _expect(self, char: str, wanted: str, then: str) -> None:
        if char != wanted:
            raise self._malformed()
        self._pos, self._state = self._pos + 1, then

    def _value(self, final: bool) -> Any:
        """The JSON value at the cursor, or ``_MORE`` while its text has not all arrived. A number is whole
        only once a delimiter follows it (``12`` may be ``123``, ``-12500`` may be ``-12500.0``)."""
        if not final and len(self._buf) < self._retry_at:
            return _MORE
        try:
            value, end = _DECODER.raw_decode(self._buf, self._pos)
        except RecursionError:  # nested past the decoder's depth: no job record is
            raise self._malformed() from None
        except json.JSONDecodeError:
            if final:
                raise self._malformed() from None
            self._retry_at = len(self._buf) + max(4096, len(self._buf) - self._pos)  # not once per tiny chunk
            return _MORE
        if not final and (end == len(self._buf) or (_is_number(value) and self._buf[end] not in _AFTER_NUMBER)):
            self._retry_at = len(self._buf) + 1  # "12" of "123", or "-12500" of "-12500.0": its end not here yet
            return _MORE
        if end - self._pos > self.limit:  # however the bytes arrived: one chunk may hold a whole big record
            raise self._too_long()
        self._pos, self._retry_at = end, 0
        return value

    def _keep(self, record: Any) -> None:
        if not isinstance(record, dict):
            raise self._not_records(record)
        kept = self.records.each(record)
        if kept is not None:
            self.kept.append(kept)

    def _too_long(self) -> APIError:
        return self.refused(f"one record of the answer is over the client's {self.limit} byte limit (max_body)")

    def _not_records(self, value: Any) -> APIError:
        return self.refused(
            f"'{self.records.key}' must be a list of objects, got {type(value).__name__}",
            prefix="malformed answer from slurmrestd to ",
        )

    def _malformed(self) -> APIError:
        return self.refused(
            f"HTTP {self.status} with a body that is not a JSON object (malformed, cut short or nested too deep "
            f"within its first {self.size} bytes)"
        )


_MORE: Any = object()  # a value whose text has not all arrived yet
_AFTER_NUMBER = frozenset(",}] \t\n\r")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
