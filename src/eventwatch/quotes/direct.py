"""Direct, partial and headline quotes: quoted spans with their cue and speaker.

Each quoted span gets an attribution window: its sentence(s) clipped to its
paragraph and to the neighbouring quotes, so "A," he said, "B." gives both halves
the same cue. The cue nearest the quote in the window wins; with none, a quote
continues the previous quote's speaker (a run of quoted sentences), and a short
quote with no cue is taken for scare quotes or a title and dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

from .cues import according_to, cue_subject, governs, is_cue, nearest_cue
from .marks import QuoteSpan, paragraph_bounds
from .names import full_name
from .speakers import Speaker, SpeakerContext, resolve_speaker

__all__ = ["Found", "attribute_span", "classify"]

_SHORT_WORDS = 3  # quotes this short need a cue (else: scare quotes, titles)
_HEADLINE_CHARS = 160
_TITLE_WORDS = 8  # longer quoted stretches are not taken for names or titles


@dataclass(frozen=True, slots=True)
class Found:
    """A quote before it becomes a record."""

    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: int | None = None  # token index of the cue
    cue_text: str | None = None


def classify(text: str, span: QuoteSpan, para: tuple[int, int]) -> str:
    content = text[span.start:span.end].strip()
    if _is_headline(text, span, para):
        return "headline"
    words = content.split()
    if content[:1].islower() or (len(words) <= _SHORT_WORDS and content[-1:] not in ".!?,"):
        return "partial"
    return "direct"


def _is_headline(text: str, span: QuoteSpan, para: tuple[int, int]) -> bool:
    line = text[para[0]:para[1]].strip()
    if len(line) > _HEADLINE_CHARS or line[-1:] in ".!?\"\u201d":
        return False
    after = text[span.end + 1:para[1]].lstrip()
    before = text[para[0]:max(para[0], span.start - 1)].rstrip()
    return after.startswith(":") or before.endswith(":")


def attribute_span(ctx: SpeakerContext, spans: list[QuoteSpan], k: int, previous: Found | None) -> Found | None:
    """The quote for span ``k`` with its cue and speaker, or None when it is no quote."""
    text, span = ctx.text, spans[k]
    para = _paragraph_of(text, span.start)
    kind = classify(text, span, para)
    if kind == "headline":
        return Found(span.start, span.end, kind, _headline_speaker(ctx, span, para), None, None)
    words = len(text[span.start:span.end].split())
    if words <= _TITLE_WORDS and _is_quoted_name(text, span):
        return None
    cue = _find_cue(ctx, spans, k, para, previous)
    if cue is None:
        return _without_cue(ctx, span, kind, words, previous)
    head = according_to(ctx.parsed, cue)
    if head is None:
        head = cue_subject(ctx.parsed, cue)
    speaker = resolve_speaker(ctx, head) if head is not None else None
    if speaker is None and previous is not None and _near(text, previous.end, span.start):
        speaker = previous.speaker
    if speaker is None and words <= _SHORT_WORDS:
        return None  # a few quoted words nobody is said to have said: scare quotes
    return Found(span.start, span.end, kind, speaker, cue, ctx.parsed.tokens[cue].text)


def _find_cue(ctx: SpeakerContext, spans: list[QuoteSpan], k: int, para: tuple[int, int],
              previous: Found | None) -> int | None:
    """The cue in the quote's window; else the verb before a colon; else the previous sentence's."""
    text, span = ctx.text, spans[k]
    if previous is not None and previous.cue is not None and _same_sentence(ctx, previous.end, span.start) \
            and governs(ctx.parsed, previous.cue, ctx.parsed.token_at(span.start)) \
            and not _cue_between(ctx, previous.end, span.start):
        return previous.cue  # 'said the victims were "..." in an "..."': one cue for both
    lo, hi = _window(ctx, spans, k, para)
    skip = [(s.start - 1, s.end + 1) for s in spans]
    cue = nearest_cue(ctx.parsed, lo, hi, span.start, span.end, skip)
    if cue is None and text[:span.start - 1].rstrip().endswith(":"):
        cue = _colon_verb(ctx, span.start)  # "he praised the general's life: "...""
    if cue is None and _opens_sentence(text, lo, span.start):
        # 'X criticised the plan on Twitter. "..."': the sentence right before the quote
        prior_start = max(_sentence_start(ctx, lo - 2), para[0])
        cue = nearest_cue(ctx.parsed, prior_start, lo, span.start, span.end, skip)
        if cue is not None and previous is not None and previous.end > prior_start:
            cue = None  # that sentence had its own quote: this one continues it
    return cue


def _without_cue(ctx: SpeakerContext, span: QuoteSpan, kind: str, words: int, previous: Found | None) -> Found | None:
    """A second quote in the sentence shares the first's cue; a longer one continues the last speaker."""
    if previous is not None and previous.cue is not None and _same_sentence(ctx, previous.end, span.start):
        # "called it "null and void" and "ridiculous""
        return Found(span.start, span.end, kind, previous.speaker, previous.cue, previous.cue_text)
    if words <= _SHORT_WORDS:
        return None
    inherited = _subject_just_before(ctx, span)
    if inherited is None and previous is not None and _near(ctx.text, previous.end, span.start):
        inherited = previous.speaker
    return Found(span.start, span.end, kind, inherited)


def _subject_just_before(ctx: SpeakerContext, span: QuoteSpan) -> Speaker | None:
    """'Ruiz disagreed. "It is too expensive."': a quote opening its sentence, with no cue,
    in the paragraph of a sentence about a person, is that person's (a quote paragraph of its
    own continues the previous speaker instead)."""
    text, parsed = ctx.text, ctx.parsed
    para = _paragraph_of(text, span.start)
    before = text[para[0]:span.start - 1].rstrip()
    if not before or before[-1] not in ".!?":
        return None
    last = parsed.token_at(para[0] + len(before) - 1)
    if last is None:
        return None
    sentence = parsed.sentence_of(last)
    root = next((t for t in parsed.tokens[sentence.first:sentence.last] if t.head == t.i), None)
    subject = next((c.i for c in parsed.children(root.i) if c.dep in ("nsubj", "nsubjpass")), None) if root else None
    if subject is None:
        return None
    speaker = resolve_speaker(ctx, subject)
    return speaker if speaker is not None and speaker.is_person else None


def _colon_verb(ctx: SpeakerContext, start: int) -> int | None:
    """The main verb of the clause a colon hands over to the quote, if it has a subject."""
    parsed = ctx.parsed
    colon = parsed.token_at(len(ctx.text[:start - 1].rstrip()) - 1)
    if colon is None:
        return None
    verb = colon
    while parsed.tokens[verb].head != verb and parsed.tokens[verb].pos not in ("VERB", "AUX"):
        verb = parsed.tokens[verb].head
    tok = parsed.tokens[verb]
    if tok.pos in ("VERB", "AUX") and tok.i < colon and cue_subject(parsed, verb) is not None:
        return verb
    return None


def _opens_sentence(text: str, lo: int, start: int) -> bool:
    """Does the quote open its sentence (only its mark stands between)?"""
    return lo > 0 and not text[lo:max(lo, start - 1)].strip()


def _is_quoted_name(text: str, span: QuoteSpan) -> bool:
    """"a charity, "Have no fear"", "the word "pandemic"": a name or a word in quotes, not speech."""
    before = text[max(0, span.start - 12):span.start - 1].lower().split()
    content = text[span.start:span.end]
    if not before or content.rstrip().endswith((".", "!", "?")):
        return False
    if before[-1] in ("word", "term", "phrase", "slogan", "hashtag", "motto", "headline"):
        return True
    if _title_case(content):  # "A Tribute For a King": a title
        return True
    if len(content.split()) > _SHORT_WORDS + 1:
        return False
    return (before[-1] in ("of", "the", "as", "from", "by", "at", "named", "titled", "entitled")
            or before[-1].endswith(("'s", "\u2019s"))) and content[:1].isupper()


def _title_case(content: str) -> bool:
    words = [w for w in content.split() if len(w) > 3]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _cue_between(ctx: SpeakerContext, a: int, b: int) -> bool:
    return any(a <= t.start < b and (is_cue(t, parsed=ctx.parsed) or t.text.lower() == "according")
               for t in ctx.parsed.tokens)


def _same_sentence(ctx: SpeakerContext, a: int, b: int) -> bool:
    """Do the characters before ``a`` (a quote's end) and at ``b`` stand in one sentence?"""
    if ctx.text.count("\n", a, b):
        return False
    i, j = ctx.parsed.token_at(a - 1), ctx.parsed.token_at(b)
    return i is not None and j is not None and ctx.parsed.tokens[i].sent == ctx.parsed.tokens[j].sent


def _near(text: str, prev_end: int, start: int) -> bool:
    """Is the previous quote in the same or the preceding paragraph?"""
    return text.count("\n", prev_end, start) <= 2 and start - prev_end < 600


def _paragraph_of(text: str, char: int) -> tuple[int, int]:
    for lo, hi in paragraph_bounds(text):
        if lo <= char <= hi:
            return lo, hi
    return 0, len(text)


def _sentence_start(ctx: SpeakerContext, char: int) -> int:
    i = ctx.parsed.token_at(max(char, 0))
    return ctx.parsed.sentence_of(i).start if i is not None else max(char, 0)


def _window(ctx: SpeakerContext, spans: list[QuoteSpan], k: int, para: tuple[int, int]) -> tuple[int, int]:
    """Chars around quote ``k`` where its cue may stand."""
    parsed, span = ctx.parsed, spans[k]
    first = parsed.token_at(span.start) or parsed.token_at(max(span.start - 1, 0))
    last = parsed.token_at(span.end - 1) or parsed.token_at(span.end)
    lo = parsed.sentence_of(first).start if first is not None else para[0]
    hi = parsed.sentence_of(last).end if last is not None else para[1]
    end_para = _paragraph_of(ctx.text, span.end)
    lo, hi = max(lo, para[0]), min(hi, end_para[1])
    if k > 0 and spans[k - 1].end > lo:
        lo = spans[k - 1].end
    if k + 1 < len(spans) and spans[k + 1].start < hi:
        hi = spans[k + 1].start
    return lo, hi


def _headline_speaker(ctx: SpeakerContext, span: QuoteSpan, para: tuple[int, int]) -> Speaker | None:
    """'... quote ...': Name  or  Name: '... quote ...'."""
    text = ctx.text
    after = text[span.end + 1:para[1]]
    if after.lstrip().startswith(":"):
        start = span.end + 1 + after.index(":") + 1
        end = para[1]
    else:
        start, end = para[0], span.start - 1
        end = text.rindex(":", start, end + 1) if ":" in text[start:end + 1] else end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if start >= end:
        return None
    surface = text[start:end]
    name = full_name(ctx.parsed, text, surface)
    prior = next((s for s in reversed(ctx.history) if s.name == name), None)
    return Speaker(surface, start, end, name, True, prior.actor if prior else None)
