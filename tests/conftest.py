"""Every test runs as on a fresh machine: NLTK_DATA points at an empty folder."""

import os
import tempfile

_EMPTY_NLTK = tempfile.mkdtemp(prefix="empty-nltk-")
os.environ["NLTK_DATA"] = _EMPTY_NLTK
