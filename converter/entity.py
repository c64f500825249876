"""The company a release is about: its name and its tickers with their exchanges. The name printed just before a
ticker ("Kimco Realty Corporation (NYSE: KIM)"), else the legal name the dateline opens with, else the legal name the
text prints most often (first among those its headings name: "About ...", the headline's or the dateline's subject),
else the subject those headings name; an EDGAR full submission's registrant where the text names another or none.
Legal forms are data: extraction.toml [entity]."""

from __future__ import annotations

import re

from .knowledge import knowledge
from .models import Entity, SourceDocument
from .sgml_header import filers, name_words

_kn = knowledge()
# an exchange and a ticker after it ("NYSE: KIM", "Nasdaq:PALT")
_TICKER_ANY = re.compile(r"\b(NYSE|Nasdaq|NASDAQ|AMEX|TSE|LSE|TSX)\s*:\s*([A-Z0-9.]{1,6})\b")


# the first letter of a name: a capital, or a small letter before one ("eBay Inc.", "iRobot Corporation")
_FIRST = r"(?:(?<![A-Za-z])[a-z](?=[A-Z])|[A-Z])"
# the words that end a legal name (extraction.toml [entity] legal_forms), the longest first ("Inc." before "Inc")
_LEGAL = "(?:" + "|".join(re.escape(f) for f in sorted(_kn.raw["entity"]["legal_forms"], key=len, reverse=True)) + ")"
# (its first word may end with an exclamation mark: "Parks! America, Inc.", "Yahoo! Inc.")
_NAME = re.compile(
    r"((?:The\s+)?" + _FIRST + r"[A-Za-z0-9&'’.\-]*!?(?:,?\s+(?:[A-Z][A-Za-z0-9&'’.\-]*|and|&|of|de|la)){0,6}?,?\s+" + _LEGAL
    + r"(?:,?\s+" + _LEGAL + r"(?![A-Za-z]))?)(?![A-Za-z])"  # "Farmers and Merchants Bancshares, Inc.": the form after another
)


# "... shares are traded on the Nasdaq National Market under the symbol KFFB": the exchange named before the symbol
_SYMBOL = re.compile(r"\b(NYSE|Nasdaq|NASDAQ|AMEX|TSX)\b[^.]{0,80}?\bunder the (?:ticker |trading )?symbol\s+[\"“']?([A-Z]{1,5})\b")
# the heading of the boilerplate about the company, a line of its own ("About Kentucky First Federal Bancorp")
_ABOUT = re.compile(r"^\W*About\s+(" + _FIRST + r"[A-Za-z0-9&'’.\-]*(?:,?\s+(?:[A-Z][A-Za-z0-9&'’.\-]*|and|&|of)){0,6})[\s:*®™]*$")
# the subject of the headline, the release's first line ("Kimco Realty® Announces Fourth Quarter ... Results")
_HEADLINE_SUBJECT = re.compile(r"^\W*(" + _FIRST + r"[A-Za-z0-9&'’.\-]*(?:,?\s+(?:[A-Z][A-Za-z0-9&'’.\-]*|of|and|&)){0,7}?)[®™]?\s+"
                               r"(?:Announces|Reports|Reported|Posts|Releases|Delivers)\b")
# a dateline's date, its wire service in parentheses and the dash before the first sentence
_DATELINE = re.compile(r"\b(?:19|20)\d\d\b(?:\s*\([A-Z][A-Za-z .]{2,30}\))?\s*(?:[—–]|--?)\s*")
# (the wire service in parentheses after the date, the listing in parentheses after the name: "Feb. 13, 2025 (GLOBE
# NEWSWIRE) — Brookfield Wealth Solutions (NYSE, TSX: BNT) today announced")
_DATELINE_SUBJECT = re.compile(r"\b(?:19|20)\d\d\b(?:\s*\([A-Z][A-Za-z .]{2,30}\))?\s*(?:[—–]|--?)\s*"
                               r"([A-Z][A-Za-z0-9&'’.\-]*(?:\s+[A-Z][A-Za-z0-9&'’.\-]*){0,3})[®™]?"
                               r"(?:\s*\((?:NYSE|Nasdaq|NASDAQ|AMEX|TSE|LSE|TSX)\b[^()]{0,30}\))?\s+(?:today\s+)?(?:announced|reported|posted)\b")


# a markdown file's front matter: the headline as its title ('title: "Federal Home Loan Bank of Des Moines Announces ..."')
_FRONT_MATTER_TITLE = re.compile(r"""^title:\s*["']?(.*?)["']?\s*$""")


def _headlines(texts: list[str]) -> list[str]:
    """The lines that may be the release's headline: its first three, and the title of a markdown front matter."""
    heads = [t.strip() for t in texts[:3]]
    if texts and texts[0].strip() == "---":
        heads += [m.group(1) for t in texts[1:40] if (m := _FRONT_MATTER_TITLE.match(t.strip()))][:1]
    return heads


def _subjects(texts: list[str], joined: str) -> list[str]:
    """The names a release's headings give its subject: the boilerplate heading "About X", the headline's subject,
    the dateline's subject."""
    out = [m.group(1) for t in texts if (m := _ABOUT.match(t.strip()))]
    out += [m.group(1) for t in _headlines(texts) if (m := _HEADLINE_SUBJECT.match(t))]
    if m := _DATELINE_SUBJECT.search(joined[:4000]):
        out.append(m.group(1))
    return out


_FORM_AT_END = re.compile(r",?\s*" + _LEGAL + r"$")


def _without_form(name: str) -> str:
    """A name without the legal form it ends with ("Kimco Realty Corporation": "Kimco Realty")."""
    return _FORM_AT_END.sub("", name.strip())


def _names_subject(name: str, subject: str) -> bool:
    """Whether a legal name is a subject's name with its legal form ("Kimco Realty Corporation", "Kimco Realty"), not a
    longer name that begins with it (a subsidiary's: "IIJ Global Solutions Inc." is no "IIJ")."""
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9&]+", re.sub(r"^the\s+", "", text.lower()))
    own = _without_form(name)
    bare = _without_form(subject)  # "Kentucky First Federal Bancorp Reports ..."
    return bool(words(subject)) and own != name.strip() and words(own) in (words(subject), words(bare))


def _generic(name: str) -> bool:
    """Whether a legal name is an ordinary word with a legal form: "Total Corporation" of "Total Corporation investment
    banking fees", "Holding Company" of "Book Value - Basic (CMUV - Holding Company)": a line item's word, no name
    where the headings name another subject (and a name where they name it so: "Total Announces ...")."""
    from .mapping.labels import ordinary_word  # a stop word or a word of an element name

    own = re.findall(r"[A-Za-z0-9&'’.\-]+", re.sub(r"^the\s+", "", _without_form(name), flags=re.I))
    return len(own) == 1 and ordinary_word(own[0])


_NAMED_OUTRIGHT = re.compile(r"^(?:company|issuer|registrant)(?:'s)?\s+name\s*:\s*(\S.{1,100}?)\s*$", re.I)


def entity_of(doc: SourceDocument) -> Entity:
    """The company: the name printed just before its ticker, else the legal name the release prints most often."""
    texts = doc.lines if doc.format == "text" else [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows[:3] for c in r.cells]
    # a blank line ends a paragraph: no name runs over it ("Senior Vice President, Investor Relations and Strategy" /
    # "" / "Kimco Realty Corporation" in a contact block is no company "President, ... Kimco Realty Corporation")
    joined = " ".join(t.strip() or "\u00b6" for t in texts)
    tickers: list[str] = []
    exchanges: list[str] = []
    # a wire's header that names the company outright ("COMPANY NAME: SOUTH JERSEY INDUSTRIES, INC." under the press
    # contacts "SOURCE: ..." / "MARISSA TRAVALINE", whose name had been read as a company's); the name, not the field
    # after it ("Company name: Internet Initiative Japan Inc.       Exchange listed: ...")
    name = next((re.split(r"\s{2,}|\t", m.group(1).strip())[0] for t in texts[:40] if (m := _NAMED_OUTRIGHT.match(t.strip()))), None)
    for m in _TICKER_ANY.finditer(joined):
        ex, tk = m.group(1).upper(), m.group(2)
        if tk not in tickers:
            tickers.append(tk)
            exchanges.append(ex)
        if name is None:
            before = joined[max(0, m.start() - 160) : m.start()]
            cands = list(_NAME.finditer(before))
            if cands and before[cands[-1].end() :].strip(" ()\"“”") == "":
                name = cands[-1].group(1)
    if name is None:
        # the legal name the dateline opens with ("CAMBRIDGE, Mass., Feb. 13, 2025 (GLOBE NEWSWIRE) — Agios
        # Pharmaceuticals, Inc. , a leader in ..."): the issuer, however often the text names others
        for m in _DATELINE.finditer(joined[:6000]):
            if n := _NAME.match(joined, m.end()):
                name = n.group(1)
                break
    if name is None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        shown: dict[str, str] = {}
        subjects = _subjects(texts, joined)
        for m in _NAME.finditer(joined):
            n = re.sub(r"\s+", " ", m.group(1))
            if n.lower().startswith(("the company", "company", "the corporation")) or re.search(r"\bthe\s+(?:company|corporation)$", n, re.IGNORECASE):
                continue  # "... The Company believes": the release speaking of itself, not a name
            if subjects and _generic(n) and not any(_names_subject(n, t) for t in subjects):
                continue  # a line item's word the headings do not name ("Bank of America Reports ...")
            key = n.lower()  # "NVIDIA CORPORATION" in page headers and "NVIDIA Corporation" in the text are one name
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, m.start())
            if key not in shown or (shown[key].isupper() and not n.isupper()):
                shown[key] = n  # as the text prints it rather than in capitals
        for k in sorted(counts, key=len):
            # "Farmers and Merchants Bancshares" and "Farmers and Merchants Bancshares, Inc." are one name: the longer
            if longer := next((o for o in counts if o != k and re.fullmatch(re.escape(k) + r",?\s+" + _LEGAL, o, re.I)), None):
                counts[longer] += counts.pop(k)
                first[longer] = min(first[longer], first.pop(k))
        if counts:
            # the legal name of the company the release is about, where a heading says which ("About Kimco Realty®",
            # "Kimco Realty® Announces ..."): a company the text names in passing ("the sale of Albertsons Companies
            # Inc. shares") is no registrant, however early it stands
            about = [k for k in counts if any(_names_subject(shown[k], s) for s in subjects)]
            name = shown[max(about or counts, key=lambda k: (counts[k], -first[k]))]
    if not tickers:
        for m in _SYMBOL.finditer(joined):
            if m.group(2) not in tickers:
                tickers.append(m.group(2))
                exchanges.append(m.group(1).upper())
    if name is None:
        # no legal name: the company the heading of the boilerplate about it names
        name = next((m.group(1) for t in texts if (m := _ABOUT.match(t.strip()))), None)
    if name is None:
        # no legal name anywhere: the subject of the dateline ("CUPERTINO, California—July 14, 2004—Apple® today
        # announced financial results ...")
        m = _DATELINE_SUBJECT.search(joined[:4000])
        name = m.group(1) if m else None
    if name is None:
        # nor a dateline naming it: the subject of the headline ("Bank of America Reports 4Q24 Net Income of $6.7
        # Billion, EPS of $0.82")
        name = next((m.group(1) for t in _headlines(texts) if (m := _HEADLINE_SUBJECT.match(t))), None)
    if name:
        name = re.sub(r"\s+", " ", name).strip(" ,")
        # the boilerplate section at the end of a release ("ABOUT PALTALK, INC. (Nasdaq: PALT)") names it after "About"
        name = re.sub(r"^about\s+(?=\S)", "", name, flags=re.IGNORECASE) or None
    if name:
        # "Atlanta-based Southern Company (NYSE: SO)": where the company is based describes it, no part of its name
        name = re.sub(r"^[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}-based\s+(?=[A-Z])", "", name) or None
    registrant = filers(doc.lines).registrant if doc.format == "text" else None
    if registrant and (not name or name_words(name) != name_words(registrant)):
        # an EDGAR full submission names its registrant in its header ("COMPANY CONFORMED NAME: SOUTHERN CO"): a name
        # the text gives that is another's (a subsidiary, a partner) or none at all gives way to it
        name = registrant
    if name and name.isupper():
        # "PALTALK, INC." in a heading, "Paltalk, Inc." in the text: the name as the text prints it
        name = next((m.group(0) for m in re.finditer(re.escape(name), joined, re.IGNORECASE) if not m.group(0).isupper()), name)
    return Entity(name=name, tickers=tickers, exchanges=exchanges)
