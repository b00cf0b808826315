"""Selection units: leaning openers and quotations that span sentences."""

from __future__ import annotations

import pytest

from summarize.methods.coherence import (
    MAX_QUOTE_SENTENCES,
    Units,
    leans_on_previous,
    selection_units,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "And the vote was close.",
        "But officials disagreed.",
        "Overall, sales rose.",
        "He said the plan would work.",
        "It's the third fall this year.",
        "They'll vote on Friday.",
        "This is war.",
        "\u201cAnd then Ukraine has the right to defend itself,\u201d he said.",
        "'But we will not give up,' she said.",
        "However, the talks stalled.",
    ],
)
def test_sentence_opening_with_a_connective_or_pronoun_leans_on_the_one_before(sentence):
    assert leans_on_previous(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Andrew Smith won the race.",
        "Heathrow was closed.",
        "Thistle beat Hearts 2-0.",
        "There are three candidates.",
        "The plan was approved.",
        "Itanium chips were late.",
        "O'Neill said he was pleased.",
    ],
)
def test_sentence_with_its_own_subject_stands_alone(sentence):
    assert not leans_on_previous(sentence)


def spans(units: Units) -> list[list[int]]:
    return [list(units.span(u)) for u in range(len(units.starts))]


def test_quotation_over_several_sentences_is_one_unit():
    sentences = [
        "The minister spoke on Monday.",
        "\u201cWe will build the road.",
        "It will take five years.",
        "Nobody will be left behind,\u201d she said.",
        "The opposition was not convinced.",
    ]
    units = selection_units(sentences, [0] * 5)
    assert spans(units) == [[0], [1, 2, 3], [4]]
    assert units.unit_of == (0, 1, 1, 1, 2)


def test_straight_and_single_quotation_marks_open_units_too():
    straight = ['"We are ready.', 'The team is fit," he said.', "Kick-off is at three."]
    assert spans(selection_units(straight)) == [[0, 1], [2]]
    single = ["'We are ready.", "The team is fit,' he said.", "The fans' bus left early."]
    assert spans(selection_units(single)) == [[0, 1], [2]]


def test_paragraph_break_without_a_new_quote_mark_ends_an_open_quotation():
    sentences = ['"We will win.', "The fans know it.", "The club said nothing more."]
    assert spans(selection_units(sentences, [0, 0, 1])) == [[0, 1], [2]]


def test_quotation_reopened_in_the_next_paragraph_is_one_unit():
    # news style: the paragraph ends with the quote open, the next one reopens it
    sentences = [
        'An angry Beattie said: "He would have stayed down a lot longer.',
        '"I can tell you it was not intentional.',
        'We were chasing a ball," he said.',
        "The club will discipline him.",
    ]
    assert spans(selection_units(sentences, [0, 1, 1, 2])) == [[0, 1, 2], [3]]
    # the same without paragraph breaks (the CNN/DailyMail dumps)
    assert spans(selection_units(sentences)) == [[0, 1, 2], [3]]


def test_a_pronoun_subject_after_an_opening_phrase_leans_on_the_sentence_before():
    assert leans_on_previous("With the help of social media, they built their brand.")
    assert leans_on_previous("In 2004, he joined the club.")
    assert not leans_on_previous("On Monday, police said the man was arrested.")


def test_quote_mark_never_closed_in_its_paragraph_is_a_stray_mark():
    sentences = ['"We begin.'] + ["More words follow here."] * (MAX_QUOTE_SENTENCES + 3)
    units = selection_units(sentences)
    assert units.starts[:3] == (0, 1, 2)  # no unit of a dozen sentences
    assert len(units.starts) == len(sentences)


def test_decade_apostrophe_does_not_open_a_quotation():
    sentences = ["He has flown since the '80s.", "The jet landed.", "It was late."]
    assert spans(selection_units(sentences)) == [[0], [1], [2]]


def test_unit_leans_when_its_first_sentence_leans():
    sentences = ["Ministers met.", "But they did not agree.", "A new meeting is planned."]
    units = selection_units(sentences)
    assert units.leans == (False, True, False)


def test_apostrophes_do_not_open_quotations():
    sentences = ["The players' union met.", "It's over, the union's head said.", "Talks end."]
    assert spans(selection_units(sentences)) == [[0], [1], [2]]


def test_quoted_phrase_inside_a_sentence_does_not_open_a_quotation():
    sentences = [
        "The so-called 'Blurry man' spoke to the court.",
        "Judges heard the case on Monday.",
        "The 'super app' launched in May, its makers said.",
        "Sales rose.",
    ]
    assert spans(selection_units(sentences)) == [[0], [1], [2], [3]]


def test_a_quote_whose_speaker_is_only_a_pronoun_leans_on_the_sentence_before():
    sentences = [
        "The mayor, Jane Doe, opened the bridge on Monday.",
        '"We have waited ten years for this," she said.',
        "John Smith said he told the council twice.",
    ]
    units = selection_units(sentences)
    assert units.leans == (False, True, False)
    company = ["Acme sold 5,000 cars.", '"Sales rose 5%," it added.', "Rivals sold fewer."]
    assert selection_units(company).leans == (False, True, False)


def test_a_clause_whose_subject_is_a_pronoun_leans_on_the_sentence_before():
    assert leans_on_previous("When they went inside, they found the body.")
    assert leans_on_previous("As he left, the crowd cheered.")
    assert leans_on_previous("Maybe this is why the police are worried.")
    assert leans_on_previous("If that plan fails, the talks end.")
    assert not leans_on_previous("When the police arrived, the house was empty.")


def test_a_person_named_by_surname_needs_the_sentence_that_introduced_them():
    from summarize.methods.coherence import introductions
    from summarize.methods.words import stop_words

    sentences = [
        "A terror suspect held for 33 months plans to sue the government.",
        "Martin Mubanga was released in January.",
        "The Foreign Office declined to comment.",
        "Mr Mubanga, 32, said he was beaten.",
        "Martin Mubanga, 32, is from Wembley, where Mubanga grew up.",
    ]
    stops = stop_words("english")
    assert introductions(sentences, stops) == [-1, -1, -1, 1, -1]
    units = selection_units(sentences, None, stops)
    assert units.needs == (-1, -1, -1, 1, -1)
    assert units.needed(3) == 1


def test_a_unit_is_not_selected_without_the_unit_it_needs():
    from summarize.methods.budget import Length, select
    from summarize.methods.words import stop_words

    sentences = [
        "A terror suspect plans to sue the government.",
        "Martin Mubanga was released in January.",
        "The Foreign Office declined to comment on the case.",
        "Mr Mubanga said he was beaten.",
    ]
    units = selection_units(sentences, None, stop_words("english"))
    scores = [1.0, 0.1, 0.5, 0.9]  # the surname-only sentence ranks above its introduction
    chosen = select(scores, sentences, Length(sentences=2), units)
    assert 3 not in chosen
    lifted = [1.0, 0.95, 0.5, 0.9]  # as rank_news scores it: the introduction first
    assert select(lifted, sentences, Length(sentences=3), units) == [0, 1, 3]


@pytest.mark.parametrize(
    "sentence",
    [
        "In fact, the plan failed.",
        "As a result the road closed.",
        "Whatever the reason, it fell.",
        "One is that victims may have been tied.",
        "The latter was never found.",
    ],
)
def test_connectives_of_several_words_lean_on_the_sentence_before(sentence):
    assert leans_on_previous(sentence)


def test_a_quotation_that_never_names_its_speaker_leans_on_the_sentence_before():
    sentences = [
        "The mayor opened the bridge on Monday.",
        '"Many people find it hard to return to work after prison.',
        'It takes years."',
        '"We are proud of it," said the mayor.',
    ]
    units = selection_units(sentences)
    assert units.starts == (0, 1, 3)
    assert units.leans == (False, True, False)


def test_a_definite_description_of_what_the_sentence_before_introduced_leans_on_it():
    from summarize.methods.words import stop_words

    sentences = [
        "Court documents obtained by CNN paint a different picture of the suspect.",
        "The documents reveal that security services watched him for years.",
        "A room in a far corner of the country hosts a lecture.",
        "At the front of this room stands a recruiter back from Syria.",
        "The Florida couple and their dogs were still there on Thursday.",
        "The police said nobody was hurt.",
    ]
    units = selection_units(sentences, None, stop_words("english"))
    # "documents" and "room" repeat a noun of the sentence before; "couple" and
    # "police" do not, and a definite description of something new stands alone
    assert units.leans == (False, True, False, True, False, False)
    assert selection_units(sentences).leans == (False,) * 6  # without stop words: not read


def test_a_definite_description_of_an_event_the_sentence_before_told_leans_on_it():
    from summarize.methods.coherence import repeats_noun_of
    from summarize.methods.words import stop_words

    told = "A church official said three of the men had raped the woman."
    assert repeats_noun_of("The rape was a punishment.", told, stop_words("english"))
    assert not repeats_noun_of("The church was closed.", "Police made arrests.", set())
