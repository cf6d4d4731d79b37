from eventwatch.quotes.marks import find_quote_spans


def spans(text):
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def test_curly_and_straight_double_quotes():
    text = 'She said \u201cwe will stay\u201d and then "we will not leave."'
    assert spans(text) == ["we will stay", "we will not leave."]


def test_trailing_comma_belongs_to_the_reporter():
    assert spans('"The talks are over," the envoy said.') == ["The talks are over"]


def test_single_quotes_are_told_apart_from_apostrophes():
    text = "Lisbon's mayor: 'no more cars in the old town' after Portugal's vote"
    assert spans(text) == ["no more cars in the old town"]


def test_possessive_plural_is_not_a_closing_quote():
    assert spans("The farmers' union met the ministers' aides on Monday.") == []


def test_multi_paragraph_quote_runs_on():
    text = ('The governor said: "We will rebuild the bridge.\n\n'
            '"It will take two years, and it will cost a lot."\n\nShe left.')
    assert spans(text) == ['We will rebuild the bridge.\n\n"It will take two years, and it will cost a lot.']


def test_straight_quote_nested_in_a_straight_quote():
    text = '"The so-called "peace plan" is empty. Nobody believes it." he wrote.'
    assert spans(text) == ['The so-called "peace plan" is empty. Nobody believes it.']


def test_unclosed_quote_is_dropped():
    assert spans('He said "we will see\n\nNext paragraph without quotes.') == []
