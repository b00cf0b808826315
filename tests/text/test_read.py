"""Reading inputs: files, stdin, URLs, decoding policy, HTML extraction, errors."""

from __future__ import annotations

import codecs
import io
import os
import socket
import sys
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from summarize.errors import InputError
from summarize.text.read import read_source, stdin_is_terminal

ARTICLE = "Harbour bridge reopens\n\nThe harbour bridge reopened on Monday. Traffic returned.\n"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbour bridge reopens | The Daily Courier</title>
<script>window.dataLayer = [];</script></head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Daily Courier</a>
  <nav class="main-nav" id="menu"><ul>
    <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/subscribe">Subscribe today and save 50 percent</a></li>
  </ul></nav>
</header>
<aside class="sidebar"><h3>Most read</h3><ul>
  <li><a href="/a">Celebrity chef opens third restaurant</a></li>
  <li><a href="/b">Ten tips for a cheaper weekly shop</a></li></ul></aside>
<main><article class="story">
  <h1>Harbour bridge reopens after two years of repairs</h1>
  <p>The harbour bridge reopened to traffic on Monday after two years of repairs that cost
  the city 48 million pounds, officials said.</p>
  <p>Engineers replaced the steel cables and resurfaced the deck, which had been closed
  since a routine inspection found corrosion in 2022. The mayor said the work had finished
  three weeks ahead of <em>schedule</em>.</p>
  <h2>Traffic returns</h2>
  <p>About 30,000 vehicles a day crossed the bridge before it closed, and the detour added
  up to forty minutes to commutes across the river. Local businesses on the north bank said
  trade had fallen sharply during the closure.</p>
  <p>"We are relieved to see customers coming back," said Tom Hale, who runs a bakery near
  the bridge. He said takings had dropped by a third since 2022.</p>
</article></main>
<footer class="site-footer">
  <p>Copyright 2024 The Daily Courier. All rights reserved. Privacy policy and cookies.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
</footer>
</body></html>
"""


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- plain files and decoding -------------------------------------------------------


def test_utf8_file_is_read_verbatim(tmp_path):
    path = write(tmp_path, "a.txt", "Café owners in Zürich said prices rose.\n".encode())
    source = read_source(path)
    assert source.text == "Café owners in Zürich said prices rose.\n"
    assert source.kind == "text"
    assert source.display_name == path


def test_utf8_bom_is_stripped_and_offsets_count_from_the_first_letter(tmp_path):
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"Hello world. Second one.")
    source = read_source(path)
    assert source.text == "Hello world. Second one."
    assert source.text.index("Second") == 13
    assert source.encoding == "utf-8-sig"


def test_utf16_with_bom_is_decoded(tmp_path):
    path = write(tmp_path, "u16.txt", "Grüße aus Berlin.".encode("utf-16"))
    assert read_source(path).text == "Grüße aus Berlin."


def test_cp1252_text_is_rejected_with_a_conversion_hint(tmp_path):
    path = write(tmp_path, "latin.txt", "Caf\u00e9 prices rose.".encode("cp1252"))
    with pytest.raises(InputError) as err:
        read_source(path)
    message = str(err.value)
    assert message.startswith(f"{path}: not UTF-8 text (byte 0xe9 at offset 3)")
    assert "iconv" in message and "\n" not in message


def test_nul_bytes_mean_a_binary_file(tmp_path):
    path = write(tmp_path, "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r": binary file, not text$") as err:
        read_source(path)
    assert str(err.value).startswith(path)


def test_text_made_of_control_characters_is_binary(tmp_path):
    path = write(tmp_path, "ctl.dat", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15] * 50) + b"abc")
    with pytest.raises(InputError, match="binary file, not text"):
        read_source(path)


def test_missing_file_is_named(tmp_path):
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value) == f"{path}: no such file"


def test_directory_is_rejected(tmp_path):
    with pytest.raises(InputError) as err:
        read_source(str(tmp_path))
    assert str(err.value) == f"{tmp_path}: is a directory, not a file"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_unreadable_file_is_reported(tmp_path):
    path = write(tmp_path, "secret.txt", b"Text.")
    os.chmod(path, 0)
    try:
        with pytest.raises(InputError) as err:
            read_source(path)
    finally:
        os.chmod(path, 0o644)
    assert str(err.value) == f"{path}: permission denied"


def test_empty_file_is_rejected(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value) == f"{path}: empty document"


def test_whitespace_only_file_is_rejected(tmp_path):
    path = write(tmp_path, "blank.txt", codecs.BOM_UTF8 + b" \n\t\n  \r\n")
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value) == f"{path}: document is only white space"


# --- stdin --------------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_reads_stdin_bytes(monkeypatch):
    fake_stdin(monkeypatch, codecs.BOM_UTF8 + ARTICLE.encode())
    source = read_source("-")
    assert source.text == ARTICLE
    assert source.name == "-"
    assert source.display_name == "<stdin>"


def test_empty_stdin_is_named_stdin(monkeypatch):
    fake_stdin(monkeypatch, b"  \n")
    with pytest.raises(InputError) as err:
        read_source("-")
    assert str(err.value) == "<stdin>: document is only white space"


def test_html_on_stdin_is_detected_by_sniffing(monkeypatch):
    fake_stdin(monkeypatch, PAGE.encode())
    source = read_source("-")
    assert source.kind == "html"
    assert "The harbour bridge reopened to traffic" in " ".join(source.text.split())


def test_stdin_terminal_check(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    assert stdin_is_terminal() is True
    fake_stdin(monkeypatch, b"text")
    assert stdin_is_terminal() is False
    monkeypatch.setattr(sys, "stdin", None)
    assert stdin_is_terminal() is True


# --- HTML ---------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_navigation_menus_and_footer(tmp_path):
    source = read_source(write(tmp_path, "story.html", PAGE.encode()))
    assert source.kind == "html"
    text = source.text
    for chrome in ("Daily Courier", "Sport", "Subscribe", "Most read", "Celebrity chef",
                   "Copyright", "About us", "Contact", "dataLayer"):
        assert chrome not in text
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[0] == "Harbour bridge reopens after two years of repairs"
    assert paragraphs[1].startswith("The harbour bridge reopened to traffic on Monday")
    assert "finished three weeks ahead of schedule." in paragraphs[2]
    assert "Traffic returns" in paragraphs
    assert paragraphs[-1].endswith("He said takings had dropped by a third since 2022.")


def test_html_extension_forces_html_even_without_doctype(tmp_path):
    body = b"<p>First paragraph of the story is here and long enough to count.</p>" * 3
    source = read_source(write(tmp_path, "frag.htm", b"  \n" + body))
    assert source.kind == "html"
    assert "<p>" not in source.text


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Tom Hale", "Tom H\u00e4le"
    )
    source = read_source(write(tmp_path, "old.html", page.encode("latin-1")))
    assert "Tom H\u00e4le" in source.text
    assert source.encoding == "iso8859-1"


def test_html_without_article_text_is_an_error(tmp_path):
    path = write(tmp_path, "empty.html", b"<!DOCTYPE html><html><body></body></html>")
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value) == f"{path}: no article text found in the HTML"


def test_text_mentioning_tags_is_not_html(tmp_path):
    text = b"Use the <p> tag for paragraphs, the guide says.\n"
    assert read_source(write(tmp_path, "guide.txt", text)).kind == "text"


# --- URLs (local server only) ---------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes = {
        "/story.html": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/plain.txt": (200, "text/plain", ARTICLE.encode()),
    }

    def do_GET(self):  # noqa: N802 - http.server's naming
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_with_html_content_type_is_extracted():
    with local_server() as base:
        source = read_source(f"{base}/story.html")
    assert source.kind == "html"
    assert source.name.endswith("/story.html")
    assert "Subscribe" not in source.text
    assert "Harbour bridge reopens after two years of repairs" in source.text


def test_url_with_plain_text_is_read_as_text():
    with local_server() as base:
        source = read_source(f"{base}/plain.txt")
    assert source.kind == "text"
    assert source.text == ARTICLE


def test_url_http_error_is_one_line():
    with local_server() as base:
        url = f"{base}/gone"
        with pytest.raises(InputError) as err:
            read_source(url)
    assert str(err.value) == f"{url}: HTTP error 404 Not Found"


def test_unreachable_url_is_a_clear_error():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens here now: connection refused, as when offline
    url = f"http://127.0.0.1:{port}/story.html"
    with pytest.raises(InputError) as err:
        read_source(url)
    message = str(err.value)
    assert message.startswith(f"{url}: cannot fetch: ")
    assert "\n" not in message


def test_silent_server_times_out(monkeypatch):
    import summarize.text.read as read_module

    monkeypatch.setattr(read_module, "URL_TIMEOUT", 0.3)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    try:
        with pytest.raises(InputError) as err:
            read_source(url)
    finally:
        listener.close()
    assert str(err.value) == f"{url}: timed out after 0.3 s"


def test_permission_error_is_reported_even_when_running_as_root(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"Text.")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr("pathlib.Path.open", refuse)
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value) == f"{path}: permission denied"


def test_headline_outside_the_article_body_is_put_first(tmp_path):
    page = """<html><head><title>Harbour bridge reopens after repairs - The Courier</title>
    </head><body>
    <div class="top"><h1><a href="/">The Courier</a></h1></div>
    <div class="header"><h1 class="headline">Harbour bridge reopens after repairs</h1>
    <div class="share">Share this article</div></div>
    <div class="story-body">
    <p>The harbour bridge reopened to traffic on Monday after two years of repairs that
    cost the city 48 million pounds, officials said.</p>
    <figure><img src="a.jpg"><figcaption>The bridge on Monday. (Photo: Jane Doe)</figcaption>
    </figure>
    <p>Engineers replaced the steel cables and resurfaced the deck, which had been closed
    since a routine inspection found corrosion in 2022.</p>
    </div></body></html>"""
    text = read_source(write(tmp_path, "p.html", page.encode())).text
    assert text.split("\n\n") == [
        "Harbour bridge reopens after repairs",
        "The harbour bridge reopened to traffic on Monday after two years of repairs that "
        "cost the city 48 million pounds, officials said.",
        "The bridge on Monday. (Photo: Jane Doe)",
        "Engineers replaced the steel cables and resurfaced the deck, which had been closed "
        "since a routine inspection found corrosion in 2022.\n",
    ]


def test_list_items_get_a_line_each_in_their_own_paragraph(tmp_path):
    page = (
        "<html><body><article><h1>Budget: what changes</h1>"
        "<p>The chancellor announced several changes on Wednesday that will affect "
        "households across the country from April, officials said.</p>"
        "<ul><li>Income tax thresholds stay frozen until 2028, the Treasury said.</li>"
        "<li>Fuel duty is cut by five pence a litre for another year.</li></ul>"
        "<p>Economists said the measures would cost about 20 billion pounds a year.</p>"
        "</article></body></html>"
    )
    paragraphs = read_source(write(tmp_path, "b.html", page.encode())).text.split("\n\n")
    assert paragraphs[0] == "Budget: what changes"
    assert paragraphs[2] == (
        "Income tax thresholds stay frozen until 2028, the Treasury said.\n"
        "Fuel duty is cut by five pence a litre for another year."
    )
