"""Reading inputs: files, ``-``/stdin, HTML and URLs, decoded to text.

Decoding policy (see README.md, "Input"):

- UTF-8 first; a UTF-8 byte-order mark is dropped, so offsets count characters of the text
  *after* the mark. UTF-16 with a byte-order mark is decoded too.
- NUL bytes, or mostly control characters, mean a binary file: an error, as grep and git do.
- Plain text that is not UTF-8 is an error (no silent guessing: a wrong guess would make
  mojibake and meaningless offsets); the message says how to convert it.
- HTML that is not UTF-8 is decoded with the charset it declares (HTTP header or
  ``<meta charset>``), as browsers do; the article body is extracted with breadability
  (sumy's HTML parser), and ``Source.text`` is that extracted text.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

STDIN = "-"
URL_TIMEOUT = 10.0
MAX_URL_BYTES = 20_000_000
# Files and stdin: ``/dev/zero`` or an endless pipe must not fill the memory. A long news
# article is 50 KB; the speed benchmark's 100,000 sentences are about 13 MB.
MAX_INPUT_BYTES = 50_000_000
_CHUNK = 1 << 16
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_URL = re.compile(r"^https?://", re.I)
# HTML by content: after white space, comments, ``<?xml ...?>`` and a doctype, the first
# tag is an HTML element (a page piped from curl may start with any of them).
_HTML_PROLOGUE = re.compile(rb"(?:\s+|<!--.*?-->|<\?.*?\?>|<!doctype[^>]*>)*", re.I | re.S)
_HTML_FIRST_TAG = re.compile(
    rb"<(?:html|head|body|title|meta|link|base|script|style|noscript|header|footer|nav|main|"
    rb"article|section|aside|div|span|p|h[1-6]|ul|ol|li|table|form|figure|img|a|br|hr|"
    rb"blockquote|pre|iframe|svg|template)(?=[\s/>])",
    re.I,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """A decoded input. ``name`` is what the user gave (``-`` for stdin, a path or a URL);
    ``text`` the decoded text, or for HTML the article body extracted from it; ``kind``
    is ``"text"`` or ``"html"``; ``encoding`` the codec the bytes were decoded with."""

    name: str
    text: str
    kind: str = "text"
    encoding: str = "utf-8"

    @property
    def display_name(self) -> str:
        return "<stdin>" if self.name == STDIN else self.name


def stdin_is_terminal() -> bool:
    """True when stdin is an interactive terminal (or absent): reading it would hang, so
    the CLI reports a usage error instead when no FILE is given."""
    stream = sys.stdin
    if stream is None:
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def read_source(name: str) -> Source:
    """Read and decode one input; raise InputError with a one-line message naming it.

    ``name`` is a path, ``-`` for stdin, or an ``http(s)://`` URL."""
    content_type = ""
    if name == STDIN:
        label = "<stdin>"
        data = _read_stdin(label)
    elif _URL.match(name):
        label = name
        data, content_type = _fetch(name)
    else:
        label = name
        data = _read_file(name)

    media_type, _, params = content_type.partition(";")
    media_type = media_type.strip().lower()
    is_html = (
        media_type in ("text/html", "application/xhtml+xml")
        or (name != STDIN and not _URL.match(name) and name.lower().endswith(HTML_SUFFIXES))
        or looks_like_html(data)
    )
    if is_html:
        declared = _header_charset(params) or _meta_charset(data)
        text, encoding = _decode(data, label, fallback=declared)
        _reject_binary(text, label)
        text = extract_article_text(text, label)
        if not text.strip():
            raise InputError(f"{label}: no article text found in the HTML")
        return Source(name=name, text=text, kind="html", encoding=encoding)

    text, encoding = _decode(data, label)
    _reject_binary(text, label)
    if not text.strip():
        what = "empty document" if not text else "document is only white space"
        raise InputError(f"{label}: {what}")
    return Source(name=name, text=text, kind="text", encoding=encoding)


def looks_like_html(data: bytes) -> bool:
    """True when ``data`` starts, after white space, comments, an XML declaration and a
    doctype, with an HTML tag (or is a doctype html)."""
    head = data[:8192]
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    if re.match(rb"\s*(?:<!--.*?-->\s*)*<!doctype\s+html", head, re.I | re.S):
        return True
    prologue = _HTML_PROLOGUE.match(head)
    return bool(_HTML_FIRST_TAG.match(head, prologue.end() if prologue else 0))


def _read_stdin(label: str) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{label}: no standard input")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            return read_limited(buffer, label)
        return stream.read(MAX_INPUT_BYTES + 1).encode("utf-8")
    except OSError as exc:
        raise InputError(f"{label}: cannot read: {exc.strerror or exc}") from None


def read_limited(stream, label: str, limit: int | None = None) -> bytes:
    """All of a binary ``stream``, in chunks: InputError as soon as it passes ``limit``
    bytes, or when its first chunk holds a NUL byte (a binary file, or ``/dev/zero``),
    so that an endless or binary input is refused without being read whole. ``limit``
    defaults to ``MAX_INPUT_BYTES``."""
    limit = MAX_INPUT_BYTES if limit is None else limit
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        if not chunks and b"\x00" in chunk and not chunk.startswith(_UTF16_BOMS):
            raise InputError(f"{label}: binary file, not text")
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(
                f"{label}: larger than {limit // 1_000_000} MB, the limit for one input"
            )
    return b"".join(chunks)


def _read_file(name: str) -> bytes:
    if not name:
        raise InputError("'': no such file (the file name is empty)")
    try:
        with Path(name).open("rb") as stream:
            return read_limited(stream, name)
    except OSError as exc:
        raise read_error(name, exc) from None


def read_error(label: str, exc: OSError) -> InputError:
    """The one-line message for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{label}: no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{label}: is a directory, not a file")
    if isinstance(exc, PermissionError):
        return InputError(f"{label}: permission denied")
    if Path(label).is_dir():  # some systems report a folder with another error
        return InputError(f"{label}: is a directory, not a file")
    return InputError(f"{label}: cannot read: {exc.strerror or exc}")


def _fetch(url: str) -> tuple[bytes, str]:
    """GET ``url``; return the body and its Content-Type header.

    ``URL_TIMEOUT`` bounds the whole fetch, not each read: a server that trickles a byte
    at a time is cut off when the time is up (each socket wait gets only what is left)."""
    import http.client
    import socket  # imported here: only URL inputs pay for the HTTP stack
    import time
    import urllib.error
    import urllib.request

    from .. import __version__

    deadline = time.monotonic() + URL_TIMEOUT
    timed_out = InputError(f"{url}: timed out after {URL_TIMEOUT:g} s")
    try:
        request = urllib.request.Request(url, headers={"User-Agent": f"summarize/{__version__}"})
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT) as response:
            content_type = response.headers.get("Content-Type", "") or ""
            chunks: list[bytes] = []
            size = 0
            while size <= MAX_URL_BYTES:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise timed_out
                _set_socket_timeout(response, left)
                chunk = response.read1(1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise InputError(f"{url}: too many redirects (HTTP {exc.code})") from None
        reason = " ".join(str(exc.reason).split())
        raise InputError(f"{url}: HTTP error {exc.code} {reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise timed_out from None
        detail = getattr(reason, "strerror", None) or str(reason)
        raise InputError(f"{url}: cannot fetch: {' '.join(detail.split())}") from None
    except TimeoutError:
        raise timed_out from None
    except http.client.InvalidURL as exc:
        raise InputError(f"{url}: not a valid URL: {' '.join(str(exc).split())}") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        if isinstance(exc, ValueError):
            raise InputError(f"{url}: not a valid URL: {detail}") from None
        raise InputError(f"{url}: cannot fetch: {detail}") from None
    if len(data) > MAX_URL_BYTES:
        raise InputError(f"{url}: response larger than {MAX_URL_BYTES // 1_000_000} MB")
    return data, content_type


def _set_socket_timeout(response, seconds: float) -> None:
    """Let the next socket wait last at most ``seconds`` (the time left of the fetch)."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if sock is not None:
        sock.settimeout(max(0.01, seconds))


def _decode(data: bytes, label: str, fallback: str | None = None) -> tuple[str, str]:
    """Decode per the module's policy; return the text and the codec used."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _not_utf8(label, exc, len(codecs.BOM_UTF8)) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{label}: invalid UTF-16 text") from None
    if b"\x00" in data:  # anywhere, as grep decides: NUL is never part of text
        raise InputError(f"{label}: binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if fallback:
            try:
                return data.decode(fallback), codecs.lookup(fallback).name
            except (LookupError, UnicodeDecodeError):
                pass
        raise _not_utf8(label, exc, 0) from None


def _not_utf8(label: str, exc: UnicodeDecodeError, shift: int) -> InputError:
    byte = exc.object[exc.start]
    return InputError(
        f"{label}: not UTF-8 text (byte 0x{byte:02x} at offset {exc.start + shift}); "
        "convert it first, e.g. iconv -f cp1252 -t utf-8"
    )


def _reject_binary(text: str, label: str) -> None:
    head = text[:8192]
    if "\x00" in text or (head and len(_CONTROL.findall(head)) > 0.1 * len(head)):
        raise InputError(f"{label}: binary file, not text")


def _header_charset(params: str) -> str | None:
    match = re.search(r"charset\s*=\s*\"?([A-Za-z0-9._:-]+)", params, re.I)
    return _known_codec(match.group(1)) if match else None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return _known_codec(match.group(1).decode("ascii", "replace")) if match else None


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def extract_article_text(html: str, label: str = "<html>") -> str:
    """The article body of an HTML page as plain text, without navigation, menus or
    footers: breadability (the readability port sumy's HtmlParser uses) picks the body.

    Block elements (paragraphs, headings, captions, quotes ...) become paragraphs
    separated by a blank line; each heading is a paragraph of its own; list items get a
    line each. When the page's first ``<h1>`` lies outside the chosen body (a header
    bar), it is put first, so cleaning finds the headline. Imported lazily: only HTML
    inputs pay for lxml.
    """
    try:
        from breadability.readable import Article as ReadableArticle
    except ImportError as exc:  # pragma: no cover - breadability ships with sumy
        raise InputError(f"{label}: HTML support needs breadability: {exc}") from None
    try:
        readable = ReadableArticle(html)
        title = _first_h1(readable.dom)  # before scoring prunes the page's header bar
        body = readable.readable_dom
    except Exception as exc:  # noqa: BLE001 - lxml/breadability raise many kinds on bad markup
        raise InputError(f"{label}: cannot parse HTML: {exc}") from None

    blocks = _html_blocks(body)
    if title and not any(tag == "h1" for tag, _ in blocks[:3]) and blocks:
        blocks.insert(0, ("h1", title))
    parts: list[str] = []
    for i, (tag, text) in enumerate(blocks):
        if i and not (tag == "li" and blocks[i - 1][0] == "li"):
            parts.append("\n\n")
        elif i:
            parts.append("\n")
        parts.append(text)
    return "".join(parts) + ("\n" if parts else "")


_BLOCKS = frozenset(
    """p div section article main header footer aside nav figure figcaption blockquote pre
    ul ol li dl dt dd table thead tbody tr td th caption h1 h2 h3 h4 h5 h6 hr br address
    details summary form fieldset center""".split()
)
_SKIP = frozenset("script style noscript template svg canvas iframe object head button".split())


def _html_blocks(root) -> list[tuple[str, str]]:
    """(tag, text) for each block of text under ``root``, in document order."""
    blocks: list[tuple[str, str]] = []
    pending: list[str] = []

    def flush(tag: str) -> None:
        text = " ".join("".join(pending).split())
        pending.clear()
        if text:
            blocks.append((tag, text))

    def walk(element, tag_of_block: str) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _SKIP or not tag:
            return
        block = tag in _BLOCKS
        if block:
            flush(tag_of_block)
            tag_of_block = tag
        if element.text:
            pending.append(element.text)
        for child in element:
            walk(child, tag_of_block)
            if child.tail:
                pending.append(child.tail)
        if block:
            flush(tag)

    if root is not None:
        walk(root, "div")
        flush("div")
    return blocks


def _first_h1(page) -> str | None:
    """The page's headline: its ``<h1>``, skipping logo-style ones (links, inside
    ``<nav>``); with several, the longest one that the ``<title>`` contains."""
    if page is None:
        return None
    try:
        title = " ".join(" ".join(t.text_content().split()) for t in page.iter("title"))
        found = []
        for h1 in page.iter("h1"):
            text = " ".join(h1.text_content().split())
            inside = {a.tag for a in h1.iterancestors() if isinstance(a.tag, str)}
            if text and not ({"a", "nav"} & inside) and not any(True for _ in h1.iter("a")):
                found.append(text)
    except Exception:  # noqa: BLE001 - a page without a usable tree has no title
        return None
    in_title = [t for t in found if t.lower() in title.lower()]
    pool = in_title or found[:1]
    return max(pool, key=len) if pool else None
