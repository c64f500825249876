"""Mutations of a release for robustness testing (the Hypothesis tests and ``benchmarks/fuzz.py``).

Each mutation takes the bytes of a release and a ``random.Random`` (Hypothesis passes its own, which
shrinks) and returns other bytes: what a user converting an archive of thousands of releases meets —
damaged bytes, lost or repeated lines, truncated files, odd numbers, digits of other scripts, control
characters, very long lines, broken markup and other encodings.
"""

from __future__ import annotations

import random
import re

KINDS = (
    "byte_flip",
    "delete_lines",
    "duplicate_lines",
    "swap_lines",
    "truncate",
    "odd_numbers",
    "other_digits",
    "control_chars",
    "long_line",
    "tag_soup",
    "reencode",
    "window",
)

_NUMBER = re.compile(rb"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?%?")
ODD_NUMBERS = [
    b"0", b"-0", b"(0)", b"00000000000000000000000000", b"1" * 60, b"9" * 400, b"-" + b"9" * 40,
    b"0.000000000000000000001", b"1e308", b"1E-400", b"NaN", b"inf", b"1,2,3,4,5", b"12.34.56",
    b"(((5)))", b"((", b"))", b"$-", b"$", b"%", b"-%", b"1/2", b"\xc2\xbd", b"1,000,000,000,000,000,000,000",
    b"\xe2\x80\x94", b"\xe2\x80\x93", b"--", b"n/a", b"*", b"(1)(2)", b"\xef\xbc\x91\xef\xbc\x92", b"1 234",
    b"12,34", b",", b".", b"-", b"+5", b"5-", b"\xe2\x88\x925", b"0x1F", b"\xe2\x82\xac12", b"\xc2\xa512",
]
# Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, fullwidth, mathematical bold digits
DIGIT_SCRIPTS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE]
CONTROLS = ["\x00", "\x01", "\x02", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\ud800"]
TAGS = [
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=99999>", "<td rowspan=100000>",
    "<div>", "</div>", "<p>", "<br>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>",
    "<title>", "<html>", "</html>", "<body>", "<b>", "<font size=7>", "<td style='padding-left:99999pt'>",
    "&nbsp;", "&#0;", "&#x1;", "&#xFFFFFF;", "&amp", "&unknown;", "<?xml version='1.0' encoding='utf-16'?>",
    "<meta charset='shift_jis'>", "<meta charset='x-nonsense'>", "<", ">", "</", "<a href='http://x/'>",
    "<!DOCTYPE html>", "<tbody>", "<thead>", "<caption>", "<img src=x>", "<svg><table>",
]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "latin-1", "shift_jis", "cp932", "euc-jp", "gb18030", "koi8-r", "utf-7", "mac-roman"]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def byte_flip(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if not b:
            break
        i = rng.randrange(len(b))
        b[i] = rng.randrange(256) if rng.random() < 0.5 else b[i] ^ (1 << rng.randrange(8))
    return bytes(b)


def delete_lines(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    n = len(lines)
    i = rng.randrange(n)
    k = rng.choice([1, 1, 2, 5, 20, max(1, n // 3)])
    return b"\n".join(lines[:i] + lines[i + k :])


def duplicate_lines(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    k = rng.choice([1, 3, 10, 50])
    times = rng.choice([1, 2, 10, 100])
    block = lines[i : i + k]
    return b"\n".join(lines[: i + k] + block * times + lines[i + k :])


def swap_lines(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    for _ in range(rng.randint(1, 10)):
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def odd_numbers(data: bytes, rng: random.Random) -> bytes:
    spans = [m.span() for m in _NUMBER.finditer(data)]
    if not spans:
        return data + b"\n" + rng.choice(ODD_NUMBERS)
    out = data
    for s, e in sorted(rng.sample(spans, min(len(spans), rng.randint(1, 12))), reverse=True):
        out = out[:s] + rng.choice(ODD_NUMBERS) + out[e:]
    return out


def other_digits(data: bytes, rng: random.Random) -> bytes:
    text = _text(data)
    zero = rng.choice(DIGIT_SCRIPTS)
    n = len(text)
    s = rng.randrange(n + 1)
    e = min(n, s + rng.choice([20, 200, 2000, n]))
    part = "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in text[s:e])
    return (text[:s] + part + text[e:]).encode("utf-8")


def control_chars(data: bytes, rng: random.Random) -> bytes:
    text = _text(data)
    for _ in range(rng.randint(1, 30)):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(CONTROLS) * rng.choice([1, 1, 3]) + text[i:]
    return text.encode("utf-8", errors="surrogatepass")


def long_line(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines) + 1)
    unit = rng.choice([b"1,234 ", b"(5) ", b"x", b"Revenue ", b"2024 ", b"\t", b" ", b"<td>1</td>", b"- "])
    size = rng.choice([1000, 20000, 200000])
    if rng.random() < 0.3 and len(lines) > 2:  # join many lines into one
        j = min(len(lines), i + rng.choice([10, 100, 1000]))
        return b"\n".join(lines[:i] + [b" ".join(lines[i:j])] + lines[j:])
    return b"\n".join(lines[:i] + [unit * (size // len(unit))] + lines[i:])


def tag_soup(data: bytes, rng: random.Random) -> bytes:
    text = _text(data)
    for _ in range(rng.randint(1, 25)):
        i = rng.randrange(len(text) + 1)
        tag = rng.choice(TAGS)
        if rng.random() < 0.05:
            tag = tag * rng.choice([100, 1000, 5000])  # deep nesting, many cells
        text = text[:i] + tag + text[i:]
    return text.encode("utf-8", errors="surrogatepass")


def reencode(data: bytes, rng: random.Random) -> bytes:
    text = _text(data)
    enc = rng.choice(ENCODINGS)
    return text.encode(enc, errors=rng.choice(["replace", "ignore", "xmlcharrefreplace"]))


def window(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    n = len(lines)
    k = rng.choice([20, 60, 150, 400])
    i = rng.randrange(max(1, n - k + 1))
    return b"\n".join(lines[i : i + k])


MUTATORS = {k: globals()[k] for k in KINDS}


def mutate(data: bytes, rng: random.Random, kinds: list[str] | None = None) -> tuple[bytes, list[str]]:
    """One to three mutations of ``data``; returns the mutant and the kinds applied."""
    applied = kinds or [rng.choice(KINDS) for _ in range(rng.choice([1, 1, 2, 3]))]
    for k in applied:
        if not data:
            break
        data = MUTATORS[k](data, rng)
    return data, applied
