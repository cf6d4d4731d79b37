import pytest

from eventwatch.model import Analysis, Article


@pytest.fixture(scope="session")
def analyse(settings):
    """Text -> Analysis with parse and places (our own sentences only)."""
    from eventwatch.nlp import parse
    from eventwatch.where import find_places
    from eventwatch.where.lookup import gazetteer

    def run(text: str, title: str | None = None) -> Analysis:
        analysis = Analysis(Article(id="t", text=text, title=title), parsed=parse(text, settings.model))
        return Analysis(analysis.article, parsed=analysis.parsed, places=find_places(analysis, gazetteer()))

    return run
