from summarize import summarize_text


def test_seed_article_gives_three_sentences():
    text = open("seeds/nato-ukraine-2024-04-03.txt", encoding="utf-8").read()
    summary = summarize_text(text, sentences=3)
    assert len(summary.sentences) == 3
    for s in summary.sentences:
        assert " ".join(text[s.start : s.end].split()) == s.text
