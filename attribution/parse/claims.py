"""One function per cue frame, each turning a cue hit in a sentence into draft claims."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from attribution.lexicons import Lexicon
from attribution.parse.cues import (
    AGENT_PREPOSITIONS,
    CURRENCY_SIGNS,
    CueHit,
    _match_form,
    agent_that,
    bare_clause_at,
    named_report,
    passive_after_clause,
    possessor,
    returning_before,
    share_subject,
    taking_verb,
    time_gap,
)
from attribution.parse.frames import (
    _NAMING_FORMS,
    CLAUSE_PUNCT,
    COMMAS,
    ENDERS,
    MAX_SOURCE_TOKENS,
    QUESTION_OPENERS,
    QUOTE_MARKS,
    Draft,
    Range,
    Sentence,
    _abbreviation_stop,
    _after_dateline,
    _before_time_words,
    _body_word,
    _comma_aside_before_verb,
    _conduit_marker_at,
    _construct_object,
    _content_from,
    _cue_without_bi,
    _definite_object_last,
    _genitive_link,
    _in_conduit_list,
    _indefinite_attribute,
    _is_adjective_like,
    _is_complementizer,
    _is_occasion,
    _matches_introducer,
    _new_clause_after,
    _phrase_at,
    _plural_object_after,
    _possessed_masdar,
    _pronoun_too,
    _quantified_object,
    _rest_is_adverbial,
    _span,
    _token_index_at,
    _told_outlet_unnamed,
    acronym_close,
    anonymity_reason,
    chance_taken_before,
    claim_noun_aside,
    clause_after_event,
    clause_after_time_phrase,
    content_before,
    content_end,
    contracted_subject,
    contrast_aside_before,
    cue_range,
    deed_goes_on,
    described_noun_before,
    digit_group_comma,
    document_speaks,
    ends_after,
    event_noun,
    find_opener,
    is_capitalised,
    is_title,
    joined_complementizer,
    judged_claim,
    left_subject,
    listed_object_after_mention,
    main_clause_subject,
    manner_adverb,
    modifying_participle,
    named_part,
    noun_phrase,
    only_dating,
    outlet_authors,
    parenthetical,
    participle_of_another,
    party_tag_after,
    past_quoted_adverb,
    past_repetition,
    past_repetition_adverb,
    place_before_subject,
    place_name,
    plural_object_after_mention,
    relative_aside,
    relative_aside_then_finite,
    relative_goes_on,
    reported_verb_goes_on,
    right_source,
    sentence_before,
    sentence_subject,
    skip_adverbs,
    subject_phrase,
    tense_shift_after_and,
    thousands_comma,
    time_phrase_end,
    verb_first_subject,
    widen_quote,
    wish_goes_on,
    with_apposition,
)
from attribution.parse.quotes import QuoteSpan
from attribution.tokens import Token, search_left

OPENER_REACH: Final = {"ar": 24, "en": 10}


def _draft(content: Range | None, hit: CueHit, source: tuple[int, int] | None, s: Sentence,
           conduit_region: Range | None = None) -> Draft | None:
    if content is None:
        return None
    words = s.text[content[0]:content[1]]
    if not any(ch.isalnum() for ch in words):
        return None
    bare = words.strip() if not s.verb_first else ""  # (lower-cased only when it has the length of the two: a
    if len(bare) == 4 and bare.lower() in ("that", "this"):  # content's every character, compiled, otherwise)
        return None  # 'The minister rejected that.', 'I write this': a word pointing back, nothing said in it
    if not s.verb_first and hit.last + 1 < s.b and s.tokens[hit.last + 1].start == content[0] \
            and s.tokens[hit.last + 1].text in ("and", "or"):
        return None  # 'still lags below what she wants and his rivals continue to …': the verb's object is the
        # 'what' before it; the clause after 'and' is the writer's (not '…, she said, and "…"': a comma first)
    if 1 < len(bare) <= 7 and bare.islower() and bare in s.lex.prepositions:
        return None  # 'fees they never agreed to', 'the plan he objected to': a preposition left behind by a
        # relative clause, whose object is the noun before it; nothing said in it
    if not s.verb_first and _pronoun_object_only(s, content):
        return None  # 'the union had rejected it without a counter-offer': a pronoun object, nothing said in it
    if not s.verb_first and _addressee_only(s, content, hit):
        return None  # 'had not told his wife, who …': whom he told, nothing told
    if not s.verb_first:
        content = _pronoun_before_hearer(s, content)  # 'reported it to police': 'it', not whom it went to
    if source and not s.verb_first and source[0] == source[1] and s.keys[source[0]] in s.lex.time_words \
            and s.tokens[source[0]].text[:1].isupper():
        source = None  # 'pleaded not guilty Tuesday to charges that …': a day names no one
    described = _description_before_name(s, content, source) if source and not s.verb_first else None
    if described is not None and source:  # '…, his spokeswoman, Hana Brook, said': she, described, speaks
        content, source = (content[0], s.tokens[described - 2].end), (described, source[1])
    if s.verb_first:
        content = _without_closing_also(s, content)
    src = _span(s, source[0], source[1]) if source else None
    if src and source and s.verb_first and _conjunction_glued_to_article(s, source[0]):
        src = (src[0] + 1, src[1])  # "والحكومة أكدت أن …": the conjunction is not part of the name
    elif src and source and s.verb_first and source[0] == source[1] and s.keys[source[0]].startswith("بال") \
            and s.tokens[source[0]].text[:1] == "ب":
        src = (src[0] + 1, src[1])  # ('اتصلت بالمدير وقال لها': the preposition is not part of him)
    if src and source and _article_of_noun_cue(s, source, hit):
        src = _span(s, source[0] + 1, source[1])  # 'a Washington Post report that …': the article is the report's
    if src and content[0] <= src[0] < content[1]:
        return None  # a source inside its own content is a misreading
    if src and source and source[0] == source[1] and not s.verb_first:
        src = _without_contracted_be(s, source[0], src)
    if conduit_region is None and source and s.verb_first and source[1] + 3 < hit.first \
            and s.tokens[source[1] + 1].text in COMMAS and _told_outlet_unnamed(s, source[1] + 2, hit.first - 1):
        conduit_region = _span(s, source[1] + 2, hit.first - 2)  # "طبيب، تحدث لبي بي سي شريطة …، قال": the outlet
    return Draft(content, cue_range(hit), src, conduit_region, hit.frame, s.keys[hit.first])


def _without_contracted_be(s: Sentence, i: int, src: Range) -> Range:
    """English "They're convinced that …", "She's sure …": a source that is one token, a pronoun with a form of
    'be' glued to it (be_forms), is the pronoun alone, up to the apostrophe."""
    tok = s.tokens[i]
    cut = max(tok.text.find("'"), tok.text.find("\u2019"))
    if cut <= 0 or s.keys[i].replace("\u2019", "'") not in s.lex.be_forms:
        return src
    return (tok.start, tok.start + cut)


def _description_before_name(s: Sentence, content: Range, source: tuple[int, int]) -> int | None:
    """English '… next week, his spokeswoman, Hana Brook, said', "…, the firm's lawyer, Ed Marsh, told the court": a
    content that closes on a comma and a short description of someone's (a possessive first or inside it, a role
    noun last: titles, professions, anonymous), set off by commas right before the source's name: the
    description's first token, which opens the source; the content ends before its comma. (Not 'a senior
    official, Amir Haddad' or 'the economist, Dana Holt': read as before.)"""
    comma = source[0] - 1
    if comma - 3 <= s.a or s.tokens[comma].text not in COMMAS or not s.tokens[source[0]].text[:1].isupper():
        return None
    k = comma - 1
    while k > s.a and s.tokens[k].is_word and comma - k <= 4:
        k -= 1
    first, last = k + 1, comma - 1
    if s.tokens[k].text not in COMMAS or content[1] != s.tokens[last].end or not 2 <= comma - first <= 4 \
            or not (s.keys[first] in s.lex.possessives or any(_possessive_apostrophe_word(s, m)
                                                             for m in range(first, last))) \
            or not (s.keys[last] in s.lex.professions_or_titles or s.keys[last] in s.lex.anonymous) \
            or not s.tokens[last].text.islower() or k - 1 <= s.a:
        return None
    return first


def _without_closing_also(s: Sentence, content: Range) -> Range:
    """Arabic: an object content ('ما قاله المعهد', not a clause after a complementizer or a quotation) whose last
    word is a connective adverb ('أيضا', 'كذلك': connective_asides.txt): the adverb is the writer's, on the verb
    ('ونفى الوزير ما قاله المعهد أيضا'); the content ends before it."""
    if s.text[content[1] - 1:content[1]] not in ("ا", "ً", "ك"):
        return content  # (a cheap test first: 'أيضا', 'أيضاً', 'كذلك' end so)
    last = next((j for j in range(s.b - 1, s.a, -1) if s.tokens[j].end <= content[1]), s.a)
    if s.tokens[last].end != content[1] or s.keys[last] not in s.lex.connective_asides \
            or not s.tokens[last - 1].is_word or s.tokens[last - 1].start < content[0]:
        return content
    first = next((j for j in range(last - 1, s.a - 1, -1) if s.tokens[j].start == content[0]), None)
    if first is None or _is_complementizer(s, first) or s.tokens[first].text in QUOTE_MARKS:
        return content
    return content[0], s.tokens[last - 1].end


def _pronoun_object_only(s: Sentence, content: Range) -> bool:
    """English 'rejected it without a counter-offer', 'denied them on Monday': a content that is an object pronoun
    ('it', 'them') before a preposition of time, place or manner, a time word or an adverb points back at
    something; nothing said is in it ('called it "a disgrace"', 'said it was …' go on with a quotation or a verb)."""
    first = s.text[content[0]:content[0] + 1]
    if first not in ("i", "I", "t", "T") and not first.isspace():
        return False  # (most contents: no pronoun opens them, no copy of them split)
    words = s.text[content[0]:content[1]].split(None, 2)  # (the first two words, and the rest unsplit)
    if len(words) < 2 or words[0].lower() not in ("it", "them"):
        return False  # (a lone pronoun is kept, as PolNeAR marks one: 'denied it.')
    nxt = words[1].lower().strip(",.")
    return nxt in _ADJUNCT_PREPOSITIONS or nxt in s.lex.time_words or (nxt in s.lex.adverbs and nxt.endswith("ly"))


def _pronoun_before_hearer(s: Sentence, content: Range) -> Range:
    """English 'reported it to police', 'disclosed them to the AP': a content that is an object pronoun ('it',
    'them'), 'to' and whom it went to ends with the pronoun, as PolNeAR marks a lone one ('asked them to leave',
    'believe it to be …' go on with a verb)."""
    first = s.text[content[0]:content[0] + 1]
    if first not in ("i", "t"):
        return content
    words = s.text[content[0]:content[1]].split(None, 3)
    if len(words) < 3 or words[0] not in ("it", "them") or words[1] != "to" \
            or not _hearer_word(s, words[2].strip(",.")):
        return content
    return content[0], content[0] + len(words[0])


def _hearer_word(s: Sentence, word: str) -> bool:
    """English: the first word after 'it to' that opens whom something went to, not an infinitive: a listed
    addressee ('police'), a determiner ('the authorities'), a capitalised name ('Ofcom') or a plural
    ('regulators'; not 'discuss', 'focus', 'this')."""
    key = word.lower()
    return key in s.lex.addressees or key in s.lex.determiners or word[:1].isupper() \
        or (key.endswith("s") and not key.endswith(("ss", "us", "is")) and len(key) > 3)


def _addressee_only(s: Sentence, content: Range, hit: CueHit) -> bool:
    """English 'had not told his wife, who …', 'never told them.': a content right after a verb of telling that is
    only whom it tells (an object pronoun, or a possessive and at most two lower-case words) tells nothing ('told
    her to leave', 'told them that …' go on with what was told)."""
    if s.keys[hit.last] not in s.lex.addressee_verbs or content[0] < s.tokens[hit.last].end:
        return False
    words = s.text[s.tokens[hit.last].end:content[1]].split()
    if not words or len(words) > 3 or s.text[s.tokens[hit.last].end:content[0]].strip():
        return False
    first = words[0].lower()
    return (first in s.lex.possessives or first in ("him", "them", "me", "us")) and all(
        w.isalpha() and w.islower() and w not in s.lex.prepositions and w not in s.lex.complementizers
        and w not in s.lex.time_words and w != "to" for w in words[1:])


_ADJUNCT_PREPOSITIONS: Final = frozenset({"without", "on", "in", "at", "after", "before", "during", "outright"})
# (how, where or when a pronoun object was handled; not 'accused them of …', 'urged them to …', 'blamed it for …')


def _article_of_noun_cue(s: Sentence, source: tuple[int, int], hit: CueHit) -> bool:
    """English 'a Reuters report that …', 'an AP story saying …': a name in front of the cue noun, and the
    indefinite article before the name belongs to the noun, not to the name."""
    return not s.verb_first and source[1] + 1 == hit.first and source[0] < source[1] \
        and s.keys[source[0]] in ("a", "an") and s.tokens[source[0]].text.islower() \
        and s.tokens[source[0] + 1].text[:1].isupper() and s.tokens[source[1]].text[:1].isupper() \
        and s.tokens[hit.first].text.islower() \
        and (s.keys[hit.first] in s.lex.documents_or_report_nouns)


def _comma_outside_unnamed_aside(s: Sentence, first: int, end: int) -> bool:
    """Arabic: a comma between tokens first and end (exclusive) other than the two around a phrase that leaves
    the source unnamed ('مسؤول، فضل عدم ذكر اسمه، أن …')."""
    j = first
    while j < end:
        if s.tokens[j].text in COMMAS:
            n = _phrase_at(s, j + 1, "anonymity_markers", singles=False) if j + 1 < end else 0
            if not n or j + n + 1 >= end or s.tokens[j + n + 1].text not in COMMAS:
                return True
            j += n + 1
        j += 1
    return False


def _conjunction_glued_to_article(s: Sentence, i: int) -> bool:
    """Arabic: 'والاتحاد', 'فالحكومة': a conjunction glued to a definite noun (not 'والي', 'وليد')."""
    key = s.keys[i]
    return key[:1] in ("و", "ف") and key[1:3] == "ال" and len(key) > 5 and s.tokens[i].text[:1] in ("و", "ف") \
        and not (key.startswith(("والد", "والي")) and key[4:] in _PARENT_ENDINGS)  # ('والدها', 'والدته': a parent;
    # 'واليها': its governor; no 'and')


_PARENT_ENDINGS: Final = frozenset((
    "ه", "ها", "هم", "هما", "ي", "يه", "يها", "يهم", "يهما", "ك", "كم", "نا", "ا", "اه", "اها", "ان", "ته", "تها",
    "تهم", "تهما", "تي", "تك", "تنا"))  # endings of 'والد'/'والدة' ('والدها', 'والدته', 'والداه'; not 'والدين') and
# of 'والي' ('واليها')


def _region(s: Sentence, first: int, last: int) -> Range | None:
    return _span(s, first, last) if last >= first else None


def _split_conduit(s: Sentence, src: tuple[int, int] | None) -> tuple[tuple[int, int] | None, Range | None]:
    """'officials cited by Reuters': the source before the marker, the outlets after it."""
    if not src:
        return None, None
    for j in range(src[0], src[1] + 1):
        n = _conduit_marker_at(s, j) or (s.verb_first and j > src[0] and s.keys[j] == "ل" and j + 1 <= src[1]
                                          and s.tokens[j + 1].text in QUOTE_MARKS)  # 'مصادر محلية لـ"العربي الجديد"'
        if n and not (j > src[0] and outlet_authors(s, j)):
            head = named_part(s, (src[0], j - 1)) if j > src[0] else None
            return head, _region(s, j, src[1])
    return named_part(s, src), None


def _unnamed_by(s: Sentence, src: tuple[int, int]) -> int:
    """Arabic: where the subject of a negated naming phrase inside the mention `src` starts ("مصادر لم تسمها
    رويترز", "مسؤول لم يذكر اسمه الموقع": the outlet that left the source unnamed); 0 when none follows ('مسؤول
    لم يكشف عن هويته'; 'مصدر لم تسمه في الوزارة': a preposition opens where he works)."""
    for j in range(src[0] + 1, src[1]):
        if s.keys[j] != "لم":
            continue
        n = _phrase_at(s, j, "anonymity_markers", singles=False)
        k = j + n
        if n and k <= src[1] and s.tokens[k].is_word and s.keys[k] not in s.lex.prepositions \
                and s.keys[k] not in s.lex.relatives and s.keys[k] not in s.lex.leading_conjunctions:
            return k
    return 0


def _passive_announcement(s: Sentence, hit: CueHit, opener: int | None) -> bool:
    """Arabic: a verb of announcing read as its passive (announcing_passives.txt), which reports nothing: opening
    its sentence (past particles: 'وقد', 'وكان قد') with 'عن' right after it ('وأعلن عن الاتفاق في …': the
    agreement was announced), or after a subject written before 'قد' with nothing but adverbials after it
    ('وكانت الهدنة قد أعلنت قبل أسبوع'); not with a complementizer or a quotation to open what was said."""
    if hit.first != hit.last or _verb_without_conjunction(s, hit) not in s.lex.announcing_passives \
            or (opener is not None and (_is_complementizer(s, opener) or s.quote_at(opener))):
        return False
    nxt = hit.last + 1
    if nxt >= s.b or not s.tokens[nxt].is_word:
        return False
    if s.keys[nxt] == "عن" and all(s.keys[k] in s.lex.auxiliaries or s.strip_clitic(s.keys[k]) in s.lex.auxiliaries
                                  or s.keys[k] in s.lex.leading_conjunctions for k in range(s.a, hit.first)):
        return True
    if opener is not None or not _subject_before_particle(s, hit):
        return False
    j = nxt + 2 if _bare_preposition(s, nxt) else skip_adverbs(s, nxt)  # ('قبل أسبوع', 'أمس', 'الشهر الماضي')
    return j > nxt and (j >= s.b or not s.tokens[j].is_word or _bare_preposition(s, j))  # (no object after it:
    # 'وكانت الحكومة قد أعلنت عن خطة', 'قد أعلنت الشهر الماضي إغلاق الطريق': what it announced)


def _bare_preposition(s: Sentence, k: int) -> bool:
    return k < s.b and s.keys[k] in s.lex.prepositions and s.keys[k] != "عن"


def verb_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    hit = _continued_cue(s, hit)
    if _written_on(s, hit) or _byline(s, hit):
        return []  # "لافتة كتب عليها «ارحل»", 'a sign with "Go home" written on it': what it bears, no one says
    if _agreed_arrangement(s, hit):
        return []  # 'agreed to testify', 'who agreed to speak on condition of anonymity': an arrangement, no claim
    reach = OPENER_REACH.get(s.lex.lang, 12)
    opener = find_opener(s, hit.last + 1, hit.introducer, reach)
    if not s.verb_first and hit.first > s.a and s.keys[hit.first - 1] == "to" and opener is not None \
            and _is_complementizer(s, opener):
        return _infinitive_claims(s, hit, opener)  # 'he appeared to suggest that …'
    if not s.verb_first and hit.first > s.a + 1 and s.keys[hit.first - 1] == "to" and hit.last + 1 < s.b \
            and s.keys[hit.first - 2] in s.lex.refusing_verbs and s.keys[hit.last + 1] in s.lex.wh_words \
            and hit.last + 2 < s.b and s.tokens[hit.last + 2].is_word:
        return _infinitive_claims(s, hit, hit.last + 1)  # 'Police declined to say when …': who declined (not
        # '… but she declined to say how.': nothing follows the question word)
    if not s.verb_first and hit.first > s.a and s.keys[hit.first - 1] == "to" and opener is None \
            and hit.last + 1 < s.b and s.keys[hit.last + 1] in ("he", "she", "they", "we", "i"):
        return _infinitive_claims(s, hit, hit.last + 1)  # 'Kaine likes to say he is "boring"'
    if not s.verb_first and hit.first > s.a and s.keys[hit.first - 1] == "to" and hit.last + 1 < s.b \
            and _going_verb(s, hit.first - 1) is not None:
        went_on = _infinitive_claims(s, hit, opener if opener is not None else hit.last + 1)
        if went_on and went_on[0].source is not None:
            return went_on  # 'He went on to say the plan had failed', 'The mayor went so far as to say …'
    if s.lex.lang != "en" and hit.first > s.a and s.keys[hit.first - 1] in s.lex.negations and \
            (opener is None or not (_is_complementizer(s, opener) or s.quote_at(opener))
             or (s.verb_first and _comma_outside_unnamed_aside(s, hit.last + 1, opener))):
        return []  # "لم يكشف محتواها" (، غير أنها أكدت أن …): nothing reported; "لا يعتقد أن …" still is, and
        # so does "لم يستبعد مسؤول، فضل عدم ذكر اسمه، أن …". English reports a denied saying or belief as
        # PolNeAR does ('did not say whether …', "doesn't want to …"), whichever way the negation is spelled
    if s.verb_first and _passive_announcement(s, hit, opener):
        return []  # "وأعلن عن الاتفاق في العاصمة", "وكانت الهدنة قد أعلنت قبل أسبوع": announced, an event
    if s.verb_first and (opener is None or not (_is_complementizer(s, opener) or s.quote_at(opener))):
        relayed = _relative_object_after_according(s, hit)
        if relayed is not None:
            return relayed
    if s.verb_first:
        drafts = _verb_first(s, hit, opener)
        first = _quotation_before_verb(s, hit) if opener is not None and s.quote_at(opener) else None
        if first is not None and len(drafts) == 1 and drafts[0].content[0] > first[1]:
            # '"نحن نرفض الاتهامات"، قال الوزير، "ولن نتراجع".': a quotation split by its cue, two records
            return [replace(drafts[0], content=first), drafts[0]]
        return drafts
    if _clause_going_on_after_aside(s, hit.first):
        return []  # 'The forecast, the weather service said, calls for rain': the service's words go on
    if _failed_to(s, hit):
        return []  # 'Wikinews was unable to independently confirm the figure': nothing confirmed
    if _question_put_to_the_speaker(s, hit) or _inside_opening_question(s, hit):
        return []  # 'Asked whether the government would pay, a spokesman said …': the reporter's question
    if _descriptive_participle(s, hit) and _passive_aside(s, hit, opener) is None:
        return []  # 'His group, called the Green Land Fund, will …': a name given or a summons, no report
    if not s.verb_first and s.keys[hit.last] in s.lex.continuation_verbs and hit.last + 2 < s.b \
            and s.keys[hit.last + 1] == "to" and s.tokens[hit.last + 2].is_word and hit.last + 2 not in s.cue_tokens:
        return []  # 'many regulars continued to stay away': going on with something other than saying
    if _thing_added(s, hit):
        return []  # 'The firm added 200 jobs in May': a thing added, no words
    if _thing_described(s, hit):
        return []  # 'A witness described the scene.': what was described, no claim
    if _gapped_object(s, hit):
        return []  # 'The four "loopholes" he cited are …': the main clause's verb, no report
    if opener is None and _gapped_figure(s, hit):
        return []  # '…, above the $4.8 billion analysts had expected.': the figure is what they expected
    if _cited_as_saying(s, hit):
        return []  # 'The paper cited two officials as saying …': the officials speak ('as saying' reports them)
    if opener is None and _what_gapped(s, hit):
        return []  # 'confirmed what his party had been saying for months': 'what' is the object, told elsewhere
    if opener is None and hit.first > s.a and s.keys[hit.first - 1] in ("must", "should"):
        return []  # 'officers must declare any interest': a duty, not something said
    if hit.first == s.a and hit.first == hit.last and s.tokens[hit.first].text[:1].isupper() \
            and s.keys[hit.first].endswith("ed") and any(s.tokens[j].text in COMMAS for j in range(hit.last + 1, s.b)):
        topic = hit.last + 1
        if topic + 1 < s.b and s.keys[topic] == "by":  # 'Asked by reporters about …'
            topic = next((j for j in range(topic + 1, min(s.b, topic + 6)) if not s.tokens[j].is_word
                          or s.keys[j] in ("about", "on", "over", "for")), topic)
        if opener is None and topic < s.b and s.keys[topic] in ("about", "on", "over", "for"):
            return []  # 'Asked about the disclosures, Lord Baker told …': a topic, not a content
        asker = _asked_by(s, hit)
        if asker is not None:  # 'Asked by moderator Lester Holt whether he would …, Trump said': Holt asks it
            return _maybe(_draft(_span(s, asker[1] + 1, asker[2] - 1), hit, asker[:2], s))
        # 'Asked to describe the device, the mayor declined': an opening passive participle; whoever asked is
        # not named, and the content runs to the comma
        opening = _opening_participle(s, hit, opener if opener is not None else hit.last + 1)
        return [replace(d, source=None, frame="passive") for d in opening]  # (not the latest speaker's words)
    asked = _passive_aside(s, hit, opener)
    if asked is not None:  # 'Liu, asked whether she would step down, said …': someone unnamed asked her
        return [replace(d, source=None, frame="passive") for d in _maybe(_draft(asked, hit, None, s))]
    if _unquoted_name_in_relative(s, hit):
        return []  # 'rejected a pay offer that management called final': the writer's noun phrase
    return _subject_first(s, hit, opener)


_RELATIVE_PRONOUNS: Final = frozenset({"that", "which"})


def _unquoted_name_in_relative(s: Sentence, hit: CueHit) -> bool:
    """English 'a pay offer that management called final', 'the plan, which critics described as reckless, …': a
    verb of naming or describing whose short subject (at most four words) comes right after a relative 'that' or
    'which' after a noun has the noun as its gapped object; with no quotation marks in what follows it, up to a
    comma or the sentence's end, it names nothing said: the noun phrase is the writer's ('which Tim Cook
    called "total political crap"' still reports the quoted name)."""
    key = s.keys[hit.first]
    if s.verb_first or hit.first != hit.last or hit.first - 2 <= s.a or not (
            key in _NAMING_FORMS or key in s.lex.describing_verbs or key == "described"):
        return False
    rel = next((k for k in range(hit.first - 2, max(s.a, hit.first - 6), -1)
                if s.keys[k] in _RELATIVE_PRONOUNS), None)
    if rel is None or rel - 1 < s.a or not s.tokens[rel].text.islower() \
            or not all(s.tokens[k].is_word and k not in s.cue_tokens and s.keys[k] not in _RELATIVE_PRONOUNS
                       and not s.keys[k].endswith("ly") and s.keys[k] not in s.lex.adverbs
                       for k in range(rel + 1, hit.first)) \
            or not (s.tokens[rel - 1].is_word or s.tokens[rel - 1].text in COMMAS):
        return False
    for k in range(hit.last + 1, s.b):
        tok = s.tokens[k]
        if tok.text in COMMAS or tok.text in ENDERS:
            break
        if s.quote_at(k) or tok.text in QUOTE_MARKS or _is_complementizer(s, k):
            return False
    return True


def _question_left_open(s: Sentence, hit: CueHit, start: int) -> bool:
    """English 'Police have not said when the road will reopen', "The firm hasn't said when …": right after a
    denied cue, 'when' opens the question it leaves unanswered, not a time clause ('what she said when she left')."""
    return not s.verb_first and s.keys[start] == "when" and start + 1 < s.b and s.tokens[start + 1].is_word \
        and any(s.keys[j] in s.lex.negations or s.keys[j].endswith(("n't", "n’t"))
                for j in range(max(s.a, hit.first - 3), hit.first))


def _reply_to_what(s: Sentence, hit: CueHit, start: int) -> bool:
    """English 'Officers responded to a call', 'The firm replied to the letter': right after a verb of replying,
    'to' names what was answered, not words said (a 'that' after an addressee is skipped before this). A denied
    reply ('did not respond to requests for comment') is left as PolNeAR marks it, and so is a 'to' phrase with a
    'that' or a quotation in it ('responded to her claim that …')."""
    return not s.verb_first and start + 1 < s.b and s.keys[start] == "to" and s.keys[hit.last] in s.lex.replying_verbs \
        and not any(s.keys[j] == "that" or s.quote_at(j) is not None for j in range(start + 1, s.b)) \
        and not any(s.keys[j] in s.lex.negations or s.keys[j].endswith(("n't", "n’t"))
                    for j in range(max(s.a, hit.first - 3), hit.last + 1))


def _pronoun_then_finite(s: Sentence, i: int) -> bool:
    """English: tokens i, i+1 are a subject pronoun and a finite verb ('they would', 'he will'): a clause opens."""
    return not s.verb_first and i + 1 < s.b and s.keys[i] in s.lex.clause_subjects and s.keys[i] != "it" \
        and (s.keys[i + 1] in s.lex.be_forms_or_finite_auxiliaries)


def _passive_aside(s: Sentence, hit: CueHit, opener: int | None) -> Range | None:
    """English 'Liu, asked whether she had considered stepping down, said …': a lower-case '-ed' cue form
    right after a comma that follows a word, opening an aside that a comma closes before another cue: the
    aside's content (the question put to the subject), whoever asked it."""
    i = hit.first
    if opener is None and i + 1 < s.b and (s.keys[i + 1] in s.lex.wh_words or s.keys[i + 1] == "if"):
        opener = i + 1  # ('asked whether …', 'asked if …')
    if s.verb_first or hit.first != hit.last or opener is None or i - 2 < s.a or s.tokens[i - 1].text not in COMMAS \
            or not s.tokens[i - 2].is_word or not s.tokens[i].text.islower() \
            or s.keys[i] not in ("asked", "pressed", "questioned"):
        return None  # (not '…, who served as chairman, agreed that …': the subject's own verb)
    close = next((k for k in range(opener, min(s.b - 1, opener + 20)) if s.tokens[k].text in COMMAS
                  and not s.inside_quote(k)), None)
    if close is None or close <= opener or not _subject_verb_after_aside(s, close + 1):
        return None
    return _span(s, opener, close - 1)


def _subject_verb_after_aside(s: Sentence, k: int) -> bool:
    """English 'Liu, asked whether …, said', '…, smiled', '…, shook her head', '…, would only say': the word
    after the comma that closes a passive aside is the subject's own verb (a cue, a lower-case '-ed' past, an
    irregular past or a finite auxiliary), so the aside was put to the subject, not asked by it."""
    if k in s.cue_tokens:
        return True
    word = s.tokens[k]
    return word.is_word and word.text.islower() and word.text.isalpha() \
        and ((s.keys[k].endswith("ed") and len(s.keys[k]) > 4)
             or s.keys[k] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts)


def _written_on(s: Sentence, hit: CueHit) -> bool:
    """A writing verb followed at once by 'on it' ('كتب عليها', 'written on it')."""
    if s.strip_clitic(s.keys[hit.first]) not in s.lex.inscription_verbs or hit.last + 1 >= s.b:
        return False
    nxt = hit.last + 1
    if s.verb_first:
        return s.keys[nxt] in ("عليه", "عليها", "عليهم", "عليهما")
    return nxt + 1 < s.b and s.keys[nxt] == "on" and s.keys[nxt + 1] in ("it", "them")


_BYLINE_NAME_WORDS: Final = 4  # the most words of a reporter's name after 'كتب:'


def _byline(s: Sentence, hit: CueHit) -> bool:
    """Arabic: 'القاهرة - كتب محمود السيد: أكد …': 'كتب' opening the sentence (after a dateline at most), a name
    of one to four words and a colon with no quotation after it: the reporter's byline, not a report."""
    if not s.verb_first or s.keys[hit.first] not in ("كتب", "كتبت") or hit.first != hit.last \
            or (hit.first != s.a and _after_dateline(s, s.a, hit.first + 1) != hit.first):
        return False
    if hit.last + 1 < s.b and s.tokens[hit.last + 1].text in ":：":
        # 'عمّان - كتب: محمد سالم' standing alone: the colon before the name, a few words and nothing after them
        rest = [k for k in range(hit.last + 2, s.b) if s.tokens[k].is_word]
        return 0 < len(rest) <= _BYLINE_NAME_WORDS and not any(
            s.tokens[k].text in QUOTE_MARKS for k in range(hit.last + 2, s.b))
    colon = next((k for k in range(hit.last + 2, min(s.b, hit.last + 6)) if s.tokens[k].text in ":："), None)
    if colon is not None and colon + 1 == s.b and hit.first != s.a:
        return _lone_byline_name(s, hit.last + 1, colon)  # 'القاهرة - كتب سامي نصر:' closing its line
    return colon is not None and colon + 1 < s.b and s.tokens[colon + 1].text not in QUOTE_MARKS \
        and all(s.tokens[k].is_word for k in range(hit.last + 1, colon))


def _lone_byline_name(s: Sentence, first: int, colon: int) -> bool:
    """Arabic 'القاهرة - كتب سامي نصر:' standing alone after its dateline: the words before the colon are a name
    (no preposition: not 'كتب الوزير في تغريدته:') and no quotation opens right after the colon (what was written)."""
    if not all(s.tokens[k].is_word and s.keys[k] not in s.lex.prepositions for k in range(first, colon)):
        return False
    after = s.text[s.tokens[colon].end:s.tokens[colon].end + _BYLINE_LOOKAHEAD].lstrip()
    return after[:1] not in QUOTE_MARKS


_BYLINE_LOOKAHEAD: Final = 8  # characters after a byline's colon read for a quotation's opening mark


def _asked_by(s: Sentence, hit: CueHit) -> tuple[int, int, int] | None:
    """English 'Asked by moderator Lester Holt whether …, Trump said': the agent after 'by' (a few words, up to
    the question word) asked the question, which runs to the comma. Returns the agent's first and last tokens
    and the comma's index."""
    by = hit.last + 1
    if by + 2 >= s.b or s.keys[by] != "by":
        return None
    wh = next((j for j in range(by + 2, min(s.b, by + 8)) if s.keys[j] in ("whether", "if")
               or s.keys[j] in s.lex.wh_words), None)
    if wh is None or any(not s.tokens[j].is_word and not _abbreviation_point(s, j) for j in range(by + 1, wh)):
        return None  # (a title's point is no mark: 'Asked by Rep. Ann Lowe of Ohio whether …')
    comma = next((j for j in range(wh + 1, s.b) if s.tokens[j].text in COMMAS and not s.inside_quote(j)), None)
    if comma is None or comma + 1 >= s.b:
        return None
    return by + 1, wh - 1, comma


def _abbreviation_point(s: Sentence, j: int) -> bool:
    """Token j is the point closing an abbreviation ('Rep.', 'Sen.'), no mark of its own."""
    return s.tokens[j].text == "." and j > s.a and s.tokens[j - 1].is_word \
        and s.keys[j - 1] + "." in s.lex.abbreviations


def _question_put_to_the_speaker(s: Sentence, hit: CueHit) -> bool:
    """English 'Asked whether …, X said', 'When asked how …, X said': a passive participle opening the sentence
    (alone or after a subordinator) followed by an indirect question; the question is the reporter's."""
    first = hit.first
    nxt = hit.last + 1
    if not s.verb_first and first > s.a + 1 and hit.first == hit.last and s.keys[first].endswith("ed") \
            and s.tokens[first].text.islower() and s.keys[first - 1] in s.lex.subordinators \
            and not s.tokens[first - 2].text[:1].isupper() and s.keys[first - 2] not in s.lex.clause_subjects \
            and not (nxt < s.b and s.keys[nxt] == "by") and any(j < first - 1 for j in s.cue_tokens):
        return True  # '"…," Smith said when asked about the report.': a passive clause of the main report
    if first > s.a and first == s.a + 1 and s.keys[s.a] in s.lex.subordinators:
        first = s.a
    return first == s.a and hit.first == hit.last and s.keys[hit.first].endswith("ed") and nxt < s.b \
        and (s.keys[nxt] in ("whether", "if") or s.keys[nxt] in s.lex.wh_words) \
        and any(j > nxt for j in s.cue_tokens)


def _inside_opening_question(s: Sentence, hit: CueHit) -> bool:
    """English 'Asked whether he feared for his job, he said …': a cue inside the question that an opening
    'Asked whether/if/how …' puts to the speaker, before the comma that closes it, reports nothing."""
    first = s.a + (s.a + 1 < s.b and s.keys[s.a] in s.lex.subordinators)  # ('When asked how …')
    if hit.first <= first + 1 or not s.keys[first].endswith("ed") or first not in s.cue_tokens \
            or not (s.keys[first + 1] in ("whether", "if") or s.keys[first + 1] in s.lex.wh_words):
        return False
    return not any(s.tokens[j].text in COMMAS for j in range(first + 2, hit.first))


def _first_person_opener(s: Sentence, hit: CueHit, opener: int) -> int | None:
    """Arabic: a first-person verb of saying or the pronoun (first_person_openers.txt: 'قلنا', 'أبلغناهم', 'نحن')
    after a subject of a few plain words between a verb of saying and its opener, no quotation marks around
    ("وقال الوزير قلنا لهم إن …"): the token where the speaker's own words begin; None otherwise."""
    if not s.verb_first:
        return None
    for j in range(hit.last + 2, min(opener, hit.last + 7)):
        if s.keys[j] in s.lex.first_person_openers and not s.inside_quote(j):
            return j
        if not s.tokens[j].is_word or s.is_stop(j) or j in s.cue_tokens:
            return None
    return None


def _agreed_arrangement(s: Sentence, hit: CueHit) -> bool:
    """English 'The senator agreed to testify', 'the two leaders agreed to meet in March': a verb of agreeing
    (agreeing_verbs), 'to' and a verb of taking part in an event (arrangement_verbs) right after it: what was agreed
    is an arrangement, no proposition ('agreed that …' and 'agreed to pay a fine' still report)."""
    nxt = hit.last + 2
    return not s.verb_first and nxt < s.b and s.keys[hit.last] in s.lex.agreeing_verbs \
        and s.keys[hit.last + 1] == "to" and _phrase_at(s, nxt, "arrangement_verbs") > 0


def _continued_cue(s: Sentence, hit: CueHit) -> CueHit:
    """English 'continues to insist that …', 'continued to call for …': the cue is the verb after 'to'."""
    nxt = hit.last + 2
    if s.verb_first or s.keys[hit.last] not in s.lex.continuation_verbs or nxt >= s.b \
            or s.keys[hit.last + 1] != "to":
        return hit
    for form in s.lex.cues.get(s.keys[nxt], ()):
        inner = _match_form(s.tokens, nxt, form, s.keys[nxt]) if form.frame in ("verb", "verb_that") else None
        if inner and inner.last < s.b:
            return CueHit(hit.first, inner.last, hit.start, inner.end, hit.frame, inner.introducer)
    return hit


def _verb_first(s: Sentence, hit: CueHit, opener: int | None) -> list[Draft]:
    resumed = _resumed_clause(s, hit, opener)
    if resumed is not None:
        return resumed
    if hit.last + 1 in s.participles:
        return []  # "وأضاف مؤكدا نية «…»": the participle right after the verb reports it
    if opener is not None and _agreed_action(s, hit, opener):
        return []  # "إن البلدين اتفقا على تعزيز التعاون": an agreement reached, no words reported
    if opener is None and s.strip_clitic(s.keys[hit.first]) in s.lex.object_required:
        opener = _quoted_label(s, hit)  # "وصف الوزير الخطة بـ«الفاشلة»": one quoted word, what he called it
    if opener is not None and opener - 1 > hit.last + 1 and s.keys[opener - 1] in ("ب", "ك") and s.quote_at(opener):
        opener -= 1  # "وصف المدير الخطة بـ«…»": the preposition written apart opens the complement, after the object
    authored = _document_author(s, hit) if opener is not None and s.verb_first else None
    if authored is not None and opener is not None:  # "نشرت صحيفة الغارديان مقالا للكاتب X يقول فيه إن …": the
        author, published = authored  # writer says it, the paper publishing it his conduit
        return _maybe(_authored(_draft(_content_from(s, opener, hit.introducer), hit, None, s), author, published))
    issuer = _document_issuer(s, hit) if opener is not None else None
    if issuer is not None and opener is not None:  # "أصدرت الوزارة بيانا جاء فيه أن …": the ministry says it
        return _maybe(_draft(_content_from(s, opener, hit.introducer), hit, issuer, s))
    voiced = _first_person_opener(s, hit, opener) if opener is not None else None
    if voiced is not None:
        opener = voiced  # "وقال الوزير قلنا لهم إن …": his own words in the first person open the content
    if _quote_in_later_clause(s, hit, opener) and not _reports_object(s, hit):
        opener = None  # 'ورجح مصدر قيام ترامب بـ…، لأنه "…"': a quotation inside a later clause opens nothing
    if opener is None and _introducer_right_after(s, hit, hit.frame == "verb_that"):
        opener = hit.last + 1  # "…، وطالب بعقد جلسات مفتوحة": the subject carried over, what he called for
    limit = opener if opener is not None else s.b
    after = hit.last + 1
    if after < s.b and s.keys[after] in s.lex.resumptives:
        after += 1  # "التي تؤكد فيها الحكومة أن": the subject follows the resumptive pronoun
    if s.verb_first and after < limit and s.keys[after] in s.lex.addressees:
        after += 1  # "فقال لي …": whom he told
    if s.verb_first and after + 1 < limit and after in s.cue_tokens and s.keys[after] in s.lex.occasions \
            and s.tokens[after + 1].is_word and not s.is_stop(after + 1):
        return []  # "وكشف حديث الوزير عن أن …": the speech and its speaker report, not the verb they are subject of
    right = right_source(s, skip_adverbs(s, after), limit) \
        if hit.frame != "verb_pl" and not _subject_before_particle(s, hit) else None
    if right is None and hit.frame != "verb_pl" and not _subject_before_particle(s, hit):
        told = _past_addressee(s, after, limit)
        if told > after:  # 'وصرح لـ"العربي الجديد" مصدر مطلع بأن …': whom he told, then who told it
            right = right_source(s, told, limit)
    if right and s.keys[right[0]] in s.lex.passive_subjects:
        return []  # "والذي كشفت هويته على أنه …": his identity was revealed (a passive), nobody reports
    if right and right[0] == right[1] and s.keys[right[0]] in s.lex.speech_masdars:
        right = None  # "كما جدد أيضا التأكيد على …": what he renewed, not who
    if right:
        right = with_apposition(s, right, limit)
    if right and s.verb_first and _verb_without_conjunction(s, hit) in s.lex.addressee_verbs \
            and _glued_conjunction(s, hit) and any(j < hit.first for j in s.cue_tokens) \
            and s.strip_clitic(s.keys[right[0]]) in s.lex.outlet_nouns and right[0] not in s.cue_tokens:
        right = None  # "ونفى المتحدث الاتهامات، وأبلغ موقع واينت أن …": the outlet told, the speaker carried on
    addressee = _addressee_inside(s, hit, right, opener) if right and opener is not None else None
    if right and addressee is not None:  # "وأبلغ الوزير البرلمان أن …", "وأبلغ مسؤول رويترز أن …": whom he
        right = right[0], addressee - 1  # told, an outlet among them its conduit (read in the frame's region)
    namer = _unnamed_by(s, right) if right and s.verb_first else 0
    if right and namer:  # "وقالت مصادر لم تسمها رويترز إن …": the outlet that did not name them reports them, a
        right = right[0], namer - 1  # conduit (read in the frame's region); the phrase keeps the source unnamed
    if right and opener is not None and _feminine_body_after_masculine_verb(s, hit, right, opener):
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, opener - 1))  # "وطالب الحكومة بالاستقالة":
        return _maybe(_draft(_object_content(s, right[0]), hit, None, s, region))  # the speaker carried over
    if right and opener is not None and _oblique_plural_object(s, hit, right[0], opener):
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, opener - 1))  # "ودعا المواطنين إلى …":
        return _maybe(_draft(_object_content(s, right[0]), hit, None, s, region))  # the speaker carried over
    if right and opener is not None and right[1] + 1 < opener <= right[1] + 4 \
            and (not _reports_object(s, hit) or not s.keys[right[1] + 1].endswith("يين")) \
            and _matches_introducer(s, opener, hit.introducer) \
            and (_plural_object_after(s, right[0], right[1] + 1) or _quantified_object(s, right[1] + 1)
                 or plural_object_after_mention(s, right[0], right[1] + 1)
                 or listed_object_after_mention(s, right[0], right[1] + 1)) \
            and all(s.tokens[k].is_word and not s.is_stop(k) for k in range(right[1] + 1, opener)):
        # (an object-taking verb too, 'وحثت الوزارة المواطنين على'; not before a relative adjective in the
        # plural: 'وطالب الحلفاء الغربيين بـ…', the allies are urged and the speaker carried over)
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, opener - 1))  # "وحث الوزير المواطنين على"
        if _verb_without_conjunction(s, hit) in s.lex.addressee_verbs:  # "وأخبر المدرب اللاعبين بقراره": whom he
            return _maybe(_draft(_content_from(s, opener, hit.introducer), hit, right, s, region))  # told, no part
        return _maybe(_draft(_object_content(s, right[1] + 1), hit, right, s, region))
    told_what = _object_after_told(s, hit, right, opener) if right and opener is not None else None
    if right and told_what is not None:  # "وأكد الرئيس لنظيره التركي حرص بلاده على …": whom he told, then what
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, told_what - 1))
        return _maybe(_draft(_object_content(s, told_what), hit, right, s, region))
    if right and opener is not None and right[1] + 1 < opener and event_noun(s, right[1] + 1) \
            and not _is_complementizer(s, opener) and not s.quote_at(opener):
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, right[1]))  # "وأكد الوزير وقوع اشتباكات
        return _maybe(_draft(_object_content(s, right[1] + 1), hit, right, s, region))  # على الحدود": the event,
        # not the later 'على', opens what he confirmed
    aside_end = _aside_after_subject(s, _past_statement_phrase(s, right[1] + 1), opener) \
        if right and opener is not None else None
    if right and opener is not None and aside_end is not None and hit.introducer \
            and aside_end + 1 < opener <= aside_end + 6 and _matches_introducer(s, opener, hit.introducer) \
            and all(s.tokens[k].is_word and (not s.is_stop(k) or (s.keys[k] == "في" and aside_end + 1 < k < opener - 1))
                    and k not in s.cue_tokens for k in range(aside_end + 1, opener)):
        # ("دعت الوزارة في بيان، الجمعة، الأطراف المتنازعة في السودان إلى …": whom it called on, after the aside)
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, opener - 1))  # "ودعت الوزارة، في بلاغ
        return _maybe(_draft(_object_content(s, aside_end + 1), hit, right, s, region))  # لها، المواطنين إلى …"
    stated = _past_statement_phrase(s, right[1] + 1) if right and opener is not None else 0
    if right and opener is not None and right[1] + 1 < stated < opener <= stated + 3 \
            and _matches_introducer(s, opener, hit.introducer) and not _reports_object(s, hit) \
            and not _is_complementizer(s, opener + 1) \
            and all(s.tokens[k].is_word and not s.is_stop(k) and k not in s.protected for k in range(stated, opener)):
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, stated - 1))  # "ودعا المركز في نشرته
        return _maybe(_draft(_object_content(s, stated), hit, right, s, region))  # السكان إلى …": whom it called on
    if right and opener is not None and right[1] + 1 == opener and _matches_introducer(s, opener, hit.introducer) \
            and not _reports_object(s, hit) and not _is_complementizer(s, opener + 1):
        inside = _object_inside(s, right)  # (not 'وأشار عبد الرحمن إلى أن …': a clause has no object before it)
        if inside is not None:  # "ودعا البنك المركزي المصارف إلى خفض …": the banks are part of what he called for
            region = _with_leading_medium(s, hit, _region(s, hit.last + 1, opener - 1))
            return _maybe(_draft(_object_content(s, inside), hit, (right[0], inside - 1), s, region))
    claim = _claim_object_before(s, hit, right, opener)
    if right and claim is not None:  # "ورفض الوزير الزعم بأن …": the claim is what he rejected, not part of him
        region = _with_leading_medium(s, hit, _region(s, hit.last + 1, claim - 1))
        return _maybe(_draft(_object_content(s, claim), hit,
                             (right[0], min(right[1], claim - 1 - (s.tokens[claim - 1].text in COMMAS))), s, region))
    region = _with_leading_medium(s, hit, _region(s, hit.last + 1, (opener or s.b) - 1))
    if opener is None and s.verb_first and s.strip_clitic(s.keys[hit.first]) in s.lex.object_required \
            and _quotation_before_verb(s, hit) is None:
        return []  # "ووصف الأطباء للمرضى محاليل …": prescribing, with no 'بأنه', 'بـ' or 'كـ' to say what it is
    if opener is None and s.verb_first and s.strip_clitic(s.keys[hit.last]) in s.lex.continuation_verbs \
            and hit.last + 1 < s.b and s.tokens[hit.last + 1].is_word and _quotation_before_verb(s, hit) is None \
            and not (hit.first > s.a and s.tokens[hit.first - 1].text in COMMAS):
        return []  # "وأضاف الفريق الهدف الثاني", "وتابع المشجعون المباراة": an object, no words reported
    if opener is None and s.verb_first and hit.first == s.a and _glued_conjunction(s, hit) \
            and hit.last + 2 < s.b and s.keys[hit.last + 1] in s.lex.event_nouns and hit.last + 1 not in s.protected \
            and s.tokens[hit.last + 2].is_word and (not s.is_stop(hit.last + 2) or s.keys[hit.last + 2] == "ما"):
        return _maybe(_draft(_content_from(s, hit.last + 1), hit, None, s, None))  # "ونفى وجود أي خلافات": a
        # sentence opening with the verb and an event's noun: the object, the speaker carried over
    if opener is None and _shared_subject_object(s, hit):  # "…، وأكد وجود تحديات": the object, no subject
        pronoun = hit.first - 1 if s.keys[hit.first - 1] in s.lex.pronouns else None
        subject = (pronoun, pronoun) if pronoun is not None else None
        return _maybe(_draft(_content_from(s, hit.last + 1), hit, subject, s, None))
    if opener is None:
        fronted = _fronted_subject(s, hit)  # "لكن القيادة المركزية نفت إصابة أي سفينة": the object follows
        if fronted is None and _subject_before_particle(s, hit):
            fronted = left_subject(s, hit.first)  # "وكان الوزير قد وعد بخفض …": the subject before 'قد'
        subject = fronted or (_object_free_subject(s, hit) if hit.frame != "verb_pl" else None)
        if subject and not fronted:
            subject = _object_before_cue(s, subject)  # "ونفى المدرب وجود خلافات، وقال …"
        if subject and not fronted:  # "وعلق أستاذ الاقتصاد، الدكتور علي الإدريسي، على التقرير": the name is his
            subject = _with_seat(s, with_apposition(s, subject, s.b))
        if subject and not fronted:
            subject = _with_place(s, _with_conjunct(s, subject))
        after = (subject[1] + 1) if subject and not fronted else hit.last + 1
        told_at = _addressee_inside(s, hit, subject, subject[1] + 1) \
            if subject and not fronted and subject[1] + 1 < s.b and s.keys[subject[1] + 1].startswith("ب") else None
        if subject and told_at is not None:  # "وأبلغت السلطات البعثة الأممية بضرورة المغادرة": whom she told,
            subject = subject[0], told_at - 1  # then what of
        quoted = _quotation_before_verb(s, hit)
        stance = _stance_noun_inside(s, subject, True) if quoted is not None and subject is not None else None
        if subject is not None and stance is not None:  # ('"…"، بهذه الكلمات لخص الوزير موقف الحكومة': his
            subject = subject[0], stance - 1  # view is what he summed up, not part of him)
        if quoted is not None:  # "«لن نرفع الأسعار»، هكذا قال الوزير للصحفيين": the quotation is what he said
            return _maybe(_draft(quoted, hit, subject, s, region))
        probe = skip_adverbs(s, after)
        if probe + 1 < s.b and s.tokens[probe].text in COMMAS and s.keys[probe + 1] in ("في", "خلال"):
            probe = _past_adverbial_aside(s, probe + 1)  # ("ونفى المتحدث باسم الوزارة، في تصريح صحفي، وجود
            # …": the aside between commas, then the object)
        if _rest_is_adverbial(s, _past_statement_phrase(s, probe)):
            # "نفت فرنسا أيضا مسؤوليتها": the adverb is no content ("في بيان لها صحة الأنباء": the statement is)
            return _maybe(_draft(content_before(s, hit.first), hit, subject or left_subject(s, hit.first), s))
        if subject is None and not _glued_conjunction(s, hit):
            subject = left_subject(s, hit.first)
        start = skip_adverbs(s, after)
        while start < s.b and (s.tokens[start].text in COMMAS or (s.tokens[start].text in QUOTE_MARKS
                                                                and s.quote_ending(start))):
            start = skip_adverbs(s, start + 1)  # ('«نفت بشدة» المزاعم': past the closing mark)
        start = past_quoted_adverb(s, _past_adverbial_aside(s, _past_unnamed_aside(s, _past_according_aside(s, start))))
        start = _past_identity_aside(s, start) if subject and not fronted else start
        start = _past_statement_phrase(s, _past_addressee(s, start, s.b) if subject and not fronted else start)
        start = _past_subject_relative(s, start) if subject and not fronted and start == subject[1] + 1 else start
        whom_end = next((k for k in range(start, min(s.b, start + 4)) if s.keys[k].startswith("ب")), None) \
            if s.verb_first and subject and _verb_without_conjunction(s, hit) in s.lex.addressee_verbs else None
        # ("أن الشرطة أبلغت السكان بضرورة الإخلاء": whom a subject written first told is out of the content too)
        if whom_end is not None and whom_end > start and all(
                s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens for k in range(start, whom_end)):
            start = whom_end  # "وأبلغ المدير الموظفين بقرار الإغلاق": whom he told, then what of
        if start - 1 > hit.last and _conduit_marker_at(s, start - 1) \
                and (start in s.protected or s.keys[start - 1][1:] in s.lex.outlet_nouns):
            start = _past_addressee(s, start - 1, s.b)  # "في حديث لقناة الجزيرة وجود …": past the outlet's name
        if start + 1 in s.participles and start - 1 > hit.last and s.tokens[start].text in COMMAS \
                and _glued_dative(s, start - 1):
            start += 1  # ("ونفت الوزارة الخبر لرويترز، مؤكدة": past whom she told and the comma after it)
        if start in s.participles and subject and _told_last(s, subject):
            whom = _region(s, subject[1], subject[1])  # "وصرحت الحكمة الدولية للمراسلين قائلة": whom she told,
            # then the participle reports ("ونفى الوزير الخبر للمراسلين مؤكدا": what he denied before it does)
            return _maybe(_object_before_participle(s, hit, (subject[0], subject[1] - 1), whom))
        if start in s.participles:  # "نفت دمشق الأمر، مؤكدة أنها …": what follows the comma is the participle's
            return _maybe(_object_before_participle(s, hit, subject, region))
        if _topic_then_participle(s, start) or _told_before_participle(s, after) \
                or (subject is not None and _genitive_before_participle(s, subject, start)):
            return []  # "وعلق الخبير على التقرير قائلا إن …": the participle reports; the verb names only a topic
            # (or whom he told: "وصرح المدرب لصحيفة الشرق قائلا")
        if start > hit.last + 1:  # (an outlet is named before the object, not inside it: 'نموذج لغوي عربي جديد')
            region = _with_leading_medium(s, hit, _region(s, hit.last + 1, start - 1))
        whom_told = _told_after_object(s, start)
        if whom_told is not None:  # "ونفى الوزير الاتهامات لقناة الجزيرة، مؤكدا": whom he told ends what he denied
            return _maybe(_draft(_span(s, start, whom_told[0] - 1), hit, subject, s, _region(s, *whom_told)))
        return _maybe(_draft(_content_from(s, start), hit, subject, s, region))
    shared_subject = hit.frame == "verb_pl" or (_glued_conjunction(s, hit) and (any(
        j < hit.first for j in s.cue_tokens) or (_reports_object(s, hit) and hit.first > s.a + 1
                                                 and s.tokens[hit.first - 1].text not in COMMAS)))
    # "ندد العربي بالقصف وطالب أنقرة باحترام …": a verb coordinated mid-sentence shares the subject
    if shared_subject and _matches_introducer(s, opener, hit.introducer) and opener > hit.last + 1:
        right = None
        if skip_adverbs(s, hit.last + 1) < opener and not _statement_phrase_only(s, hit.last + 1, opener):
            # (not 'حذروا في وقت سابق من أن', 'حذروا أمس من': a time; nor 'ولفتت في بيان إلى أن': where it was said)
            opener = hit.last + 1  # "وحثوا الولايات المتحدة على …": the object is part of what was urged
    if right and shared_subject and _described_thing_only(s, hit, right, opener):
        return _maybe(_draft(_object_content(s, right[0]), hit, None, s, region))  # "…، ووصف قرار التجميد بأنه
        # …": what he described, the speaker carried over
    if right and _passive_accusation(s, hit, right, opener):
        return []  # "ومنذ بدء النزاع، اتهمت قوات النظام مرارا باستخدام …": the forces were accused; no one speaks
    if right and _object_alone(s, hit, right, opener):  # "واتهم الغرب بممارسة …": he accused the West
        return _maybe(_draft(_object_content(s, right[0]), hit, None, s, region))
    speaker_named = right is not None and hit.frame != "verb_pl" and right[0] not in s.protected \
        and (is_title(s, right[0]) or s.keys[right[0]] in s.lex.anonymous)
    if _reports_object(s, hit) and (not shared_subject or speaker_named):  # ("…، ووصف رئيس الحكومة الاتفاق
        split = _object_split(s, after, opener, right)  # بأنه": a title names a new speaker)
        if split is not None:  # 'وصف ترمب مرارا كيم بأنه "…"': the object is part of what was described
            subject, start = split
            if subject is None and not _glued_conjunction(s, hit):
                subject = left_subject(s, hit.first)
            return _maybe(_draft(_object_content(s, start), hit, subject, s, region))
    timed = _time_clause_subject(s, hit) if right is None else None
    if timed is not None:  # "غادر الوزير القاعة قبل أن يؤكد أن …": the main clause's subject reports
        return _maybe(_draft(_content_from(s, opener, hit.introducer), hit, timed, s, region))
    described = not right and not _after_coming_back(s, hit) and described_noun_before(s, hit.first)
    # ("وأغلقت الوزارة المصنع في خطوة قالت إنها …": the step is what the cue describes; its subject, the ministry,
    # is carried over, not written; not "وعادت مديرة المنظمة في جنيف لتحذر": the words between are its subject)
    left = left_subject(s, hit.first) if not described else None
    if left and left[0] == left[1] and s.keys[left[0]] in s.lex.pronouns \
            and s.keys[left[0]][:1] in s.lex.proclitics and not _is_complementizer(s, left[0]) \
            and not (_is_complementizer(s, opener) or s.quote_at(opener)):
        return []  # "بدا وهو يتحدث عن الهجوم": a circumstantial clause ("while he talks about"), not a report
    if left and left[0] == left[1] and _is_complementizer(s, left[0]) and hit.frame == "verb_that" \
            and any(j < left[0] for j in s.cue_tokens):
        return []  # "قال إنه يعتقد أن …": the belief is part of what he said, not a report of its own
    if left and hit.frame == "verb_that" and s.verb_first and left[0] - 1 > s.a \
            and _is_complementizer(s, left[0] - 1) and any(j < left[0] - 1 for j in s.cue_tokens) \
            and not (_is_complementizer(s, opener) or s.quote_at(opener) or _is_complementizer(s, opener + 1)) \
            and s.strip_clitic(s.keys[hit.first]) in s.lex.indicating_verbs:
        return []  # "رأت المصادر أن استخدام ترامب للهاتف يشير إلى تراجع …": a thing that indicates, inside
        # another's content, reports nothing ("… أن الوزير يشير إلى أن …" still does)
    resumptive = right is not None and s.keys[hit.last + 1] in s.lex.resumptives
    # ("في يوم أكدت فيه الشرطة أن …": the pronoun after the verb points back to the time; the subject follows)
    if left and not resumptive and _adjacent_subject(s, hit, left):  # "ماكرون عبر", "الولايات المتحدة رأت": subject
        if _reports_object(s, hit) and opener > hit.last + 1 and s.tokens[hit.last + 1].is_word \
                and not s.is_stop(hit.last + 1):
            return _maybe(_draft(_object_content(s, hit.last + 1), hit, left, s, region))  # "قد وصفت الوضع بأنه"
        if s.verb_first and hit.introducer and hit.last + 1 < opener <= hit.last + 4 \
                and _matches_introducer(s, opener, hit.introducer) \
                and past_whom_told(s, hit.last + 1, opener) < opener \
                and all(s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens
                        for k in range(hit.last + 1, opener)):
            return _maybe(_draft(_object_content(s, hit.last + 1), hit, left, s, region))  # "أن المملكة تدعو
            # جميع الأطراف إلى …": whom it calls on is part of the call, as after a verb written first
        return _maybe(_draft(_content_from(s, opener, hit.introducer), hit, left, s, region))
    hope = next((k for k in range(right[0] + 1, right[1] + 1) if _hoped_for(s, hit, k, opener)), None) \
        if right and s.quote_at(opener) else None
    if right and hope is not None:
        right = right[0], hope - 1  # ('ويأمل المدرب في تحقيق الفوز "…"': no trainer in winning, the hope)
    if right and s.quote_at(opener) and (_gap_before(s, right[1] + 1, opener)
                                         or _hoped_for(s, hit, right[1] + 1, opener)):
        # 'وصف ترمب مرارا كيم بأنه "…"': words between the subject and a quotation belong to the content
        opener = skip_adverbs(s, right[1] + 1)
    source: tuple[int, int] | None = right or (None if _glued_conjunction(s, hit) else left)  # "… بطريقة عنصرية
    # ويقول": not a subject
    if right and s.verb_first and right[1] == right[0] + 1 and _on_its_behalf(s, right[1]):
        source = _topic(s, hit) or right  # "أما البلدية فقالت المتحدثة باسمها إن …": the topic speaks through her
    relative = hit.first - 1 > s.a and s.keys[hit.first - 1] in s.lex.relatives
    if relative and any(hit.first - 8 <= j < hit.first and j not in s.according_starts and not any(
            s.tokens[k].text in CLAUSE_PUNCT for k in range(j, hit.first)) for j in s.cue_tokens):
        return []  # "وقال المصدر الذي تحدث للصحيفة إن …": the relative describes the speaker of the main verb
        # (not "حسب الشرطة التي رجحت أن …": the source an according-phrase names says it too)
    if relative and source is None:  # "المستوطنين اليهود الذين دعوا إلى …": the relative's antecedent
        source = _antecedent_phrase(s, hit.first - 1)
    if source is None and _glued_conjunction(s, hit):
        source = _reported_subject(s, hit) or _topic(s, hit)  # "قالت إن الطالب كان يتحدث ويقول إن …"
    if source is None and not relative and hit.frame != "verb_pl" and hit.first > s.a + 1 and not described:
        source = _nominal_subject(s, hit.first) if _glued_conjunction(s, hit) else None  # "غير أن المحكمة رفضت
        # الدفوع، وأوضحت أن …": the noun the sentence opens with, before its verb
        source = source or _connective_clause_subject(s, hit.first) \
            or _opening_cue_subject(s, verb_first_subject(s, hit.first))  # "وسارعت الوزارة إلى
        # نفي أن …": the clause's own subject
        if source is not None and _told_the_reporter(s, hit) \
                and any(_is_complementizer(s, k) for k in range(source[1] + 1, hit.first)):
            source = _man_in_her_words(s, hit)  # "قالت الطالبة إنها راجعت المكتب وقال لها": she is the one
            # told, not who speaks; the man her words named before it is ('راجعت الموظف وقال لها')
        if source is not None:
            source = _object_before_cue(s, source)
        elif _told_the_reporter(s, hit):
            source = _man_in_her_words(s, hit)  # ('قالت إحدى البائعات إنها اتصلت بالحارس وقال لها')
    if source is None and hit.frame == "verb_pl" and _glued_conjunction(s, hit) and hit.first > s.a + 1 \
            and s.tokens[hit.first - 1].text in COMMAS and not any(j < hit.first for j in s.cue_tokens):
        plural = _without_trailing_object(s, verb_first_subject(s, hit.first))  # "رحب نواب الحزب بالقرار،
        if plural is not None and _plural_head(s, plural[0]):  # وقالوا إن …": the opening verb's plural subject
            source = _within_noun_phrase(s, plural)
        pair = _counterpart_pair(s, verb_first_subject(s, hit.first)) \
            if _dual_verb(s, hit) and plural is not None and not _plural_head(s, plural[0]) else None
        if pair is not None:
            source = pair  # "وبحث الرئيس ونظيره الفرنسي الأزمة، وأكدا …": the two the dual verb goes on with
        if source is None and plural is not None and _dual_verb(s, hit) and _dual_person(s, plural[0]):
            end = plural[0]
            while end + 1 <= plural[1] and s.keys[end + 1].startswith("ال") and s.keys[end + 1].endswith("يان") \
                    and end + 1 not in s.protected:
                end += 1  # ('الوزيران الخليجيان')
            source = plural[0], end  # "وزار الوزيران المعرض، وأكدا …": the two the opening verb names
        nominal = _nominal_subject(s, hit.first)
        if nominal is not None and s.keys[nominal[1] + 1].endswith("وا"):
            source = nominal  # "لكن الطلاب احتجوا على النتائج، وقالوا إن …": the noun before a plural verb
    return _maybe(_draft(_content_from(s, opener, hit.introducer), hit, source, s, region))


_TOLD_PRONOUNS: Final = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لي", "لنا"})  # (folded keys: 'to him' …)


def _told_the_reporter(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a verb of saying glued to 'و' inside another cue's content, with 'to him/her/me' right after it
    ('قالت إنها راجعت المكتب وقال لها إن الملف ناقص'): someone told the reporter; the sentence's opening subject
    is the one told, never who speaks (with no subject written, the speaker is left to the resolver, which
    takes the latest speaker of the verb's gender: `Resolver._agreeing_man`)."""
    told = hit.last + 1
    return s.verb_first and told < s.b and s.keys[told] in _TOLD_PRONOUNS and told not in s.cue_tokens \
        and _glued_conjunction(s, hit) and any(j < hit.first for j in s.cue_tokens) \
        and s.tokens[hit.first - 1].text not in COMMAS  # (after a comma, the reported clause's subject that agrees
    # with the verb is read later: frames.coordinated_by_agreement)


_AR_GLUED_BEFORE_ARTICLE: Final = ("بال", "وال", "فال")  # ('بالمدير', 'والموظف': a letter glued to the article)
_AR_PLURAL_ENDINGS: Final = ("ون", "ين", "ات", "ان")
_MAN_TOLD_REACH: Final = 12  # the words of her report read back for the man who told her


def _man_in_her_words(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """Arabic 'قالت المعلمة إنها اتصلت بالمدير وقال لها إن …': the latest definite singular masculine noun of a
    person (an unnamed-source head, a trade or a title: 'الموظف', 'بالمدير') in the reported words before a
    masculine 'وقال لها' (`_told_the_reporter`) is who told her; None when her words name no such man."""
    for k in range(hit.first - 1, max(s.a, hit.first - _MAN_TOLD_REACH) - 1, -1):
        if _is_complementizer(s, k) or k in s.cue_tokens or s.tokens[k].text in CLAUSE_PUNCT:
            return None
        key = s.keys[k]
        bare = key[1:] if key.startswith(_AR_GLUED_BEFORE_ARTICLE) else key
        if not bare.startswith("ال") or s.tokens[k].text.endswith("ة") or bare.endswith(_AR_PLURAL_ENDINGS):
            continue
        if bare[2:] in s.lex.anonymous or bare in s.lex.professions or bare[2:] in s.lex.titles \
                or bare in s.lex.titles:
            return k, k
    return None


def _dual_verb(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a past verb of report in the dual ('وأكدا', 'وأعربا'): its last letter an alef that no plural 'وا'
    ends."""
    key = s.keys[hit.last]
    return key.endswith("ا") and not key.endswith("وا") and len(s.strip_clitic(key)) >= 4


_DUAL_PARTIES: Final = frozenset({"الطرف", "الجانب", "البلد", "الزعيم", "الرئيس", "الوزير"})  # (folded keys)


def _dual_person(s: Sentence, k: int) -> bool:
    """Arabic: token k is a definite dual of a title, a trade, an unnamed-source noun or a party ('الوزيران',
    'الرئيسان', 'الطرفان', 'الخبيران'): two people or sides, the subject a dual verb goes on with (not a word
    that merely ends in 'ان': 'البرلمان', 'الإعلان', whose stem is none of them)."""
    key = s.keys[k]
    if not key.startswith("ال") or not key.endswith("ان") or len(key) < 7 or k in s.protected:
        return False
    stem = key[:-2]
    return stem in _DUAL_PARTIES or stem in s.lex.titles or stem[2:] in s.lex.titles \
        or stem in s.lex.professions or stem in s.lex.anonymous or stem[2:] in s.lex.anonymous


def _counterpart_pair(s: Sentence, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: the words read as an opening verb's subject holding 'و' and a counterpart noun ('ونظيره'): the
    first person, the counterpart, his relative adjectives ('الفرنسي') and a name after them ('خالد المومني');
    not what follows them (the verb's object, a place). None when no counterpart is coordinated there."""
    if phrase is None:
        return None
    k = next((j for j in range(phrase[0] + 1, phrase[1] + 1)
              if s.keys[j][:1] == "و" and s.keys[j][1:] in s.lex.counterparts), None)
    if k is None:
        return None
    end = k
    while end + 1 <= phrase[1] and s.keys[end + 1].startswith("ال") and s.keys[end + 1].endswith(("ي", "يه")) \
            and not s.is_stop(end + 1):
        end += 1  # ('الفرنسي', 'الأردنية')
    if end + 1 <= phrase[1] and (end + 1 in s.protected or _first_name(s, end + 1)):
        end += 1  # his name
        while end + 1 <= phrase[1] and s.tokens[end + 1].is_word and not s.is_stop(end + 1) \
                and (end + 1 in s.protected or _first_name(s, end)):
            end += 1  # (his surname: a known name, or the word after a first name)
    return phrase[0], end


def _time_clause_subject(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """Arabic: a verb of report right after a time clause's 'قبل أن', 'بعد أن' ('وصل الوزير إلى الموقع بعد أن أكد
    أن …', 'رفضت النقابة العرض، قبل أن تعلن أن …') or 'بعدما' (the time word and its 'ما' in one) has no subject
    of its own written: the main clause's subject, before the time word, is who speaks."""
    prev = s.keys[hit.first - 1] if hit.first > s.a else ""
    if prev.endswith("ما") and prev[:-2] in s.lex.masdar_governors:
        gov = hit.first - 1
    elif prev == "ان" and hit.first - 2 > s.a and s.keys[hit.first - 2] in s.lex.masdar_governors \
            and s.keys[hit.first - 2] not in s.lex.concessive_openers:
        gov = hit.first - 2
    else:
        return None
    if any(j < gov for j in s.cue_tokens):
        return _reported_subject(s, hit)  # ("وقال الوزير إن الشركة انسحبت بعد أن أعلنت أن …": inside what he
        # said, the subject of the reported clause)
    before = gov - (s.tokens[gov - 1].text in COMMAS)
    if before <= s.a:
        return None
    subject = _nominal_subject(s, before) or _without_trailing_object(s, verb_first_subject(s, before))
    if subject is not None and subject[1] + 1 == gov == hit.first - 1 and subject[1] - subject[0] >= 2 \
            and _definite_object_last(s, subject):
        return subject[0], subject[1] - 1  # ("غادر الوزير فلان القاعة بعدما أكد …": the hall is what he left, as
        # before a 'بعد' written apart)
    return subject


def _object_after_told(s: Sentence, hit: CueHit, right: tuple[int, int], opener: int) -> int | None:
    """Arabic: a dative noun of whom the speaker told (addressees.txt: 'للصحفيين', 'لنظيره') right after the
    subject, its definite adjectives, then an object of a few words before the verb's introducer ('وأكد الرئيس
    لنظيره التركي حرص بلاده على …'): the token where the object opens; None otherwise."""
    told = right[1] + 1
    if told >= opener or len(s.keys[told]) <= 4 or s.keys[told] not in s.lex.addressees or told in s.protected \
            or not hit.introducer or not _matches_introducer(s, opener, hit.introducer) \
            or _is_complementizer(s, opener) or s.quote_at(opener):
        return None
    k = told + 1
    while k < opener and s.keys[k].startswith("ال") and not s.is_stop(k) and k not in s.protected:
        k += 1  # ('لنظيره التركي')
    return k if k < opener <= k + 4 and all(s.tokens[j].is_word and not s.is_stop(j) and j not in s.cue_tokens
                                            for j in range(k, opener)) else None


def _claim_object_before(s: Sentence, hit: CueHit, right: tuple[int, int] | None, opener: int | None) -> int | None:
    """Arabic: a noun naming a claim, a report or a charge (claim_objects.txt) right before the complementizer of
    a verb written first, after its subject: the token where the verb's object, and what it reports, opens
    ('ورفض الوزير الزعم بأن …', 'ونفى المتحدث، الاتهامات بأن …'). The word before it closes the subject: a comma,
    a definite word or a known name; a noun in the accusative ('تقريرا') needs none ('وكالة الأنباء أن …': a
    genitive, part of the subject)."""
    if right is None or opener is None or not s.verb_first or not _is_complementizer(s, opener):
        return None
    k = opener - 1
    if k <= right[0] or k <= hit.last or k in s.protected or not s.tokens[k].is_word \
            or s.keys[k] not in s.lex.claim_objects:
        return None
    before = k - 1
    if s.tokens[before].text in COMMAS:
        return k if before > right[0] else None
    return k if s.keys[k].endswith("ا") or s.keys[before].startswith("ال") or before in s.protected else None


def _claim_object_inside(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: inside the words read after a verb with no opener, a definite noun naming a claim, a report or a
    charge (claim_objects.txt: 'التهم', 'المزاعم', 'التقارير') right after a definite word or a known name: it
    can be neither an adjective nor a genitive of them, so the verb's object opens there ('ونفى المتهم التهم
    الموجهة إليه'); not after an indefinite head ('وكالة الأنباء': a genitive, part of the subject)."""
    for k in range(right[0] + 1, right[1] + 1):
        key = s.keys[k]
        if key[:2] == "ال" and key in s.lex.claim_objects and k not in s.protected and s.tokens[k].is_word \
                and (s.keys[k - 1].startswith("ال") or k - 1 in s.protected or _titled_first_name(s, right[0], k - 1)) \
                and s.tokens[k - 1].is_word:
            return k
    return None


def _titled_first_name(s: Sentence, first: int, k: int) -> bool:
    """Arabic: token k is a lone first name right after the title opening the mention at `first` ('الوزيرة هدى',
    'النائب سامي'): a complete mention, as a known name is."""
    return k == first + 1 and s.keys[k] in s.lex.female_names_or_male_names and is_title(s, first)


def _claim_object_after_affiliation(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: 'في', an indefinite noun and its definite genitive and adjectives right after the words read as the
    subject, then a definite noun of a claim or a charge ('أنكر المتهم الرئيسي في قضية الفساد الكبرى التهم'): the
    phrase says where the subject stands (part of it), the claim noun opens the object; not an occasion or a time
    ('في مؤتمر صحفي', 'في بيان': where the words were said)."""
    k = right[1] + 1
    if k + 3 >= s.b or s.keys[k] != "في" or not s.tokens[k + 1].is_word or s.keys[k + 1].startswith("ال") \
            or s.is_stop(k + 1) or k + 1 in s.cue_tokens or _is_occasion(s, k + 1) \
            or s.keys[k + 1] in s.lex.time_words or _past_statement_phrase(s, k) != k:
        return None
    for m in range(k + 2, min(s.b, k + 6)):
        key = s.keys[m]
        if not key.startswith("ال") or not s.tokens[m].is_word or s.is_stop(m) or m in s.cue_tokens:
            return None
        if m > k + 2 and key in s.lex.claim_objects and m not in s.protected:
            return m
    return None


def _quoted_label(s: Sentence, hit: CueHit) -> int | None:
    """Arabic: the detached 'بـ'/'كـ' a few words after a verb of describing, right before a quotation of one word
    (which is no opener on its own: a scare quote); the token of the preposition."""
    for k in range(hit.last + 2, min(s.b - 1, hit.last + 7)):
        if s.keys[k] in ("ب", "ك") and s.tokens[k + 1].text in QUOTE_MARKS \
                and any(q[0] == s.tokens[k + 1].start for q in s.quotes):
            return k
        if not s.tokens[k].is_word or k in s.cue_tokens:
            return None
    return None


def _within_noun_phrase(s: Sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: a plural subject read up to a comma ('أولياء أمور شكوا من صعوبة الامتحان'), cut to the noun
    phrase it opens with ('أولياء أمور')."""
    phrase = noun_phrase(s, subject[0])
    return (subject[0], phrase[1]) if phrase is not None and phrase[1] < subject[1] else subject


def _object_before_cue(s: Sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: words read as a verb's subject up to a comma right before another cue ('، وقال'): that comma
    closes the verb's object, not an aside of the subject; an indefinite noun after a definite word, no name,
    opens the object ('ونفى المدرب وجود خلافات، وقال …': the coach, not 'المدرب وجود خلافات')."""
    if subject[1] <= subject[0] or subject[1] + 2 >= s.b or s.tokens[subject[1] + 1].text not in COMMAS \
            or not (subject[1] + 2 in s.cue_tokens or _opens_other_clause(s, subject[1] + 2)) \
            or _speaks_for_body(s, subject) or place_before_subject(s, subject[0]):
        return subject  # ('ونفى المتحدث باسم وزارة الصحة، مؤكدا': the body's name whole; 'وشارك في الاجتماع رئيس
        # الهيئة سليم الحداد، وقال': the verb's complement came before the subject)
    verb = subject[1] + 2
    if verb in s.cue_tokens and s.tokens[verb].text[:1] not in ("و", "ف") \
            and any(s.tokens[k].text in COMMAS for k in range(subject[0] + 1, subject[1])):
        return subject  # ('لكن محامي المشتبه به، الأستاذ خالد، نفى …': a name set off by commas, then its own verb)
    cut = next((k for k in range(subject[0] + 1, subject[1] + 1) if s.keys[k - 1].startswith("ال")
                and not s.keys[k].startswith("ال") and s.tokens[k].is_word and not s.is_stop(k)
                and k not in s.protected and not is_title(s, k) and not _first_name(s, k)), None)
    if cut is None and is_title(s, subject[0]):  # "والتقى الوزير سامي الراشد الوفد في مكتبه، وقال": a title, its
        end = next((k - 1 for k in range(subject[0] + 1, subject[1] + 1) if s.is_stop(k)), subject[1])
        cut = _object_after_holder(s, subject[0], end)  # holder's name, then whom he met
    return (subject[0], cut - 1) if cut is not None else subject


def _opens_other_clause(s: Sentence, k: int) -> bool:
    """Arabic: token k opens a clause of its own after a comma ('، فيما نقلت …', '، بينما قال …', '، في حين
    …'): the words before the comma end there, a subject read up to it was the verb's subject and object."""
    return _clause_goes_on_at(s, k) or (s.keys[k] in s.lex.subject_stops and len(s.keys[k]) > 2)


def _plural_head(s: Sentence, i: int) -> bool:
    """Arabic: token i heads a plural subject: a sound plural ('المسؤولون', 'الناشطين', 'منظمات') or an unnamed
    group's noun ('نواب', 'مسؤولو'), not a singular title or a name."""
    key = s.strip_clitic(s.keys[i])
    return i not in s.protected and ((key.endswith(("ون", "ين", "ات", "و")) and len(key) > 4)
                                     or key in s.lex.anonymous or "ال" + key in s.lex.anonymous)


def _written_subject_before(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a subject written right before the verb ('لكن الوزير أقر', 'لكنه أقر'): none follows it."""
    if hit.first <= s.a or not s.tokens[hit.first - 1].is_word:
        return False
    nxt = hit.last + 1
    key = s.keys[nxt] if nxt < s.b else ""
    if not key or any(form in s.lex.words[name] for form in (key, key[1:], key[3:] if key.startswith("بال") else "")
                      for name in ("adverbs", "source_stops", "countries", "capitals", "cities")):
        return False  # ('الحكومة أقرت بالأمس خطة', 'المجلس أقر بريطانيا عضوا': a day, a place; no introducer)
    left = left_subject(s, hit.first)
    return left is not None and _adjacent_subject(s, hit, left) \
        and not (left[0] - 1 >= s.a and _is_complementizer(s, left[0] - 1))  # ('قال إن الأسرة تطالب بالقصاص': a
    # clause inside another's report)


def _introducer_right_after(s: Sentence, hit: CueHit, fronted: bool = False) -> bool:
    """Arabic: a verb opening a coordinated clause ('وطالب') with its one-letter introducer glued to the next
    word ('بعقد') and to no word after it in the clause: no subject is written; that word opens the content
    (in 'وطالب بايدن الكونغرس بالموافقة' the later 'بالموافقة' is the introducer). With `fronted` (a verb that
    reports only with its introducer), also after a subject written before the verb ('لكنه أقر بوجود …')."""
    nxt = hit.last + 1
    written = fronted and _written_subject_before(s, hit) and not _phrase_at(s, nxt, "adverbs")
    if not s.verb_first or len(hit.introducer) != 1 \
            or not (_glued_conjunction(s, hit) or _after_also(s, hit) or written) \
            or nxt >= s.b or nxt in s.protected or not _matches_introducer(s, nxt, hit.introducer):
        return False
    for k in range(nxt + 1, min(s.b, nxt + 10)):
        if s.tokens[k].text in COMMAS or (s.tokens[k].text in ENDERS and s.is_end(k)) or k in s.cue_tokens:
            break
        if _matches_introducer(s, k, hit.introducer):
            return False
    return True


def _past_identity_aside(s: Sentence, start: int) -> int:
    """Arabic: 'ونفى المتهم، وهو موظف سابق في البلدية، أي علاقة …': a clause of 'وهو'/'وهي' after the subject's
    comma says who the subject is, up to the next comma; the object starts after it."""
    key = s.keys[start] if start < s.b else ""
    if not (s.verb_first and key[:1] == "و" and key[1:] in s.lex.pronouns and start > s.a
            and s.tokens[start - 1].text in COMMAS):
        return start
    for k in range(start + 1, min(s.b, start + 12)):
        if k in s.cue_tokens or _is_complementizer(s, k) or s.quote_at(k):
            return start
        if s.tokens[k].text in COMMAS:
            return skip_adverbs(s, k + 1) if k + 1 < s.b and s.tokens[k + 1].is_word else start
    return start


def _statement_phrase_only(s: Sentence, start: int, opener: int) -> bool:
    """Arabic: the words between a verb and its preposition are where the words were said ('في بيان', 'في
    تصريح صحفي'), a phrase that ends right before the preposition opening the content."""
    end = _past_statement_phrase(s, start)
    if end == start:
        return False
    while end < opener and s.tokens[end].is_word and not s.is_stop(end) and end not in s.cue_tokens \
            and not s.keys[end].startswith(("ال", "و")) and end - start < 4:
        end += 1  # ('في تصريح صحفي': the adjective after the noun)
    return end == opener


def _past_statement_phrase(s: Sentence, start: int) -> int:
    """Arabic: 'ونفت الوزارة في بيان صحة ما تداولته …': where the words were said ('في بيان', 'في تصريحات
    لقناة …', a content_stops phrase) opens no object; the object starts after it and its short complement."""
    if not s.verb_first or start >= s.b:
        return start
    if s.keys[start] == "امام":
        return _past_audience(s, start)
    n = _phrase_at(s, start, "content_stops", singles=False)
    if not n and s.keys[start] in ("خلال", "في") and start + 2 < s.b and s.keys[start + 1].startswith("ال") \
            and _is_occasion(s, start + 1):
        k = start + 2  # "وأكد الوزير خلال اللقاء الثنائي أهمية …": where he said it, then the object
        while k < s.b and k - start < 4 and s.keys[k].startswith("ال") and s.keys[k].endswith(("ي", "يه")) \
                and k not in s.cue_tokens and k not in s.protected:
            k += 1
        return k if k < s.b and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens else start
    if not n and s.keys[start] in ("خلال", "في"):
        past = _past_occasion_phrase(s, start)
        if past > start:
            return past
    when = _phrase_at(s, start + 1, "adverbs") if not n and s.keys[start] == "في" and start + 2 < s.b else 0
    if when:  # "ونفى المدير في الأسبوع الماضي المزاعم": when he said it, then the object
        k = start + 1 + when
        return k if k < s.b and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens \
            and not _is_complementizer(s, k) else start
    if not n or n > 3:
        return start
    k = start + n
    while k < min(s.b, start + n + 3) and s.tokens[k].is_word \
            and (not s.keys[k].startswith("ال") or (s.keys[k].endswith(("ي", "يه")) and len(s.keys[k]) > 5
                                                  and k == start + n and s.keys[k - 1].endswith(("ه", "ها")))) \
            and k not in s.cue_tokens and not _is_complementizer(s, k) and s.keys[k] not in s.lex.stance_nouns \
            and (s.keys[k][:1] == "ل" or k in s.protected or (s.keys[k].endswith(("ي", "يه")) and len(s.keys[k]) > 2)
                 or (k == start + n and "ال" + s.keys[k] in s.lex.adjectives)):
        k += 1  # ('في بيان لها', 'في تصريحات صحفية', 'في تصريحات لقناة الجزيرة', 'في بيان منفصل': what kind,
        # whose, to whom)
    if k + 2 < s.b and s.keys[k] in s.lex.issued_by and s.keys[k + 1] == "عن":
        k = _issuer_after(s, k + 2)  # ('في بيان صادر عن مركزها الإعلامي': and who issued it)
    if k < s.b and k - 1 > start and (s.keys[k - 1] == "ل" or s.keys[k - 1] in s.lex.title_nouns) \
            and s.tokens[k].text in QUOTE_MARKS:
        close = next((m for m in range(k + 1, min(s.b, k + 8)) if s.tokens[m].text in QUOTE_MARKS), None)
        k = close + 1 if close is not None else k  # ('في حديث لـ"الشرق الأوسط"', 'في برنامج "المجلس"': its name)
    if k + 2 < s.b and s.keys[k] in ("علي", "عبر") and s.keys[k + 1] in s.lex.title_nouns \
            and s.tokens[k + 2].is_word and not s.is_stop(k + 2) and not _is_complementizer(s, k + 2):
        k += 3  # ('… على قناة الكاس': and where it was broadcast)
    k = _past_publishing_clause(s, k)
    if k + 1 < s.b and k > start and s.keys[k] == "امام":
        k = _audience_end(s, k)  # ('في كلمته أمام البرلمان': before whom)
    if k + 1 < s.b and k > start and s.keys[k] in s.lex.issued_verbs:  # ('في بيان صدر الأحد': when it was issued,
        k = _issuer_after(s, k + 2) if s.keys[k + 1] == "عن" else k + 1 + (s.keys[k + 1] in ("عنه", "عنها"))
    if k < s.b and _phrase_at(s, k, "adverbs"):
        k = skip_adverbs(s, k)  # ("وأعلنت الوزارة في بيان مساء الأحد إغلاق …", "في بيان العام الماضي": when)
    if k + 1 < s.b and s.tokens[k].text in COMMAS:
        k += 1  # ("وأعلنت الشرطة في بيان، اعتقال …")
        when = skip_adverbs(s, k) if k > start + 1 and _phrase_at(s, k, "adverbs") else k
        if when > k and when + 1 < s.b and s.tokens[when].text in COMMAS:
            k = when + 1  # ("وأعلنت الشرطة في بيان، الأحد، توقيف …": the day between commas)
    return k if k < s.b and s.tokens[k].is_word and k not in s.cue_tokens else start


def _past_subject_relative(s: Sentence, start: int) -> int:
    """Arabic: 'ونفت الشركة التي يملكها المتهم في بيان الاتهامات': a relative clause right after the subject
    (a relative pronoun and a few words, no cue or complementizer) that ends where the words were said ('في
    بيان', 'أمام المحكمة') describes the subject; the object opens after that phrase. Else start."""
    if start + 2 >= s.b or s.keys[start] not in s.lex.relatives:
        return start
    for k in range(start + 2, min(s.b, start + 9)):
        if s.tokens[k - 1].text in COMMAS and k - 1 > start + 1:
            stated = _past_statement_phrase(s, k)  # "ونفى الاتحاد الذي يضم 20 نقابة، في بيان صدر الأحد،
            return stated if stated > k else start  # الاتهامات": a comma closes the clause before the statement
        if not s.tokens[k - 1].is_word or k - 1 in s.cue_tokens or _is_complementizer(s, k - 1) \
                or s.inside_quote(k - 1):
            return start
        stated = _past_statement_phrase(s, k)
        if stated > k:
            return stated
    return start


def _past_occasion_phrase(s: Sentence, start: int) -> int:
    """Arabic: 'ونفى السائق خلال آخر جلسة له أمام القاضي كل المخالفات': an occasion opened by 'خلال'/'في' (a
    latest or first one, 'آخر جلسة'; indefinite, possessed or a construct, 'جلسة المحاكمة', 'كلمته'), whose it
    was ('له') and before whom ('أمام القاضي') is when the words were said, no part of the object; the token
    after it when a word that can open the object follows, else start."""
    k = start + 1
    if k < s.b and s.keys[k] in ("اخر", "اول"):
        k += 1  # ('آخر جلسة', 'أول كلمة')
    if k + 1 >= s.b or s.keys[k].startswith("ال") or not _is_occasion(s, k) or k in s.cue_tokens:
        return start  # (the definite occasion is the caller's own case)
    possessed = s.tokens[k].text.endswith(("ه", "ها", "هم"))
    if s.keys[start] == "في" and not possessed:
        return start  # ('في تقرير نشرته …', 'في بيان لها': where it was written, the caller's other cases)
    k += 1
    if not possessed:
        while k < s.b and not s.keys[k].startswith("ال") and k not in s.cue_tokens and (
                s.keys[k].endswith("يه") or (s.keys[k].endswith("ي") and len(s.keys[k]) > 3)):
            k += 1  # ('جلسة علنية', 'مؤتمر صحفي': an indefinite's adjectives)
        if k < s.b and s.keys[k].startswith("ال") and k not in s.cue_tokens:
            k += 1  # ('جلسة المحاكمة': its genitive)
    elif k < s.b and s.keys[k].startswith(("بال", "لل")) and len(s.keys[k]) > 4 and k not in s.cue_tokens:
        k += 1  # ('لقائه بالسفير', 'حديثه للصحفيين': with whom)
    while k < s.b and s.keys[k].startswith("ال") and (s.keys[k].endswith("يه") or s.keys[k] in s.lex.adjectives
                                                      or (s.keys[k].endswith("ي") and len(s.keys[k]) > 5)):
        k += 1  # ('الجلسة العلنية': its adjectives)
    if k < s.b and s.keys[k] in ("له", "لها", "لهم"):
        k += 1  # ('آخر كلمة له': his)
    if k < s.b and s.keys[k] in ("امام", "مع"):
        past = _audience_end(s, k)
        if past == k:
            return start
        k = past
    k = skip_adverbs(s, k) if k < s.b and _phrase_at(s, k, "adverbs") else k
    return k if k < s.b and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens \
        and s.keys[k] not in s.lex.issued_verbs and s.keys[k] not in s.lex.relatives \
        and not _is_complementizer(s, k) and not s.quote_at(k) else start  # (not 'في تقرير صدر أمس')


def _past_audience(s: Sentence, start: int) -> int:
    """Arabic: 'ونفى المتهم أمام هيئة المحكمة التهم': before whom the words were said ('أمام' and a noun phrase:
    nouns of a construct, one definite noun and its relative adjectives, 'المحكمة العسكرية') opens no object;
    the token after it when a word that can open the object follows, else start."""
    k = _audience_end(s, start)
    return k if k > start and k < s.b and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens \
        and not _is_complementizer(s, k) else start


def _audience_end(s: Sentence, start: int) -> int:
    """Arabic: the token after the noun phrase of 'أمام'/'مع' at token start (see _past_audience), else start."""
    k = start + 1
    while k < min(s.b, start + 3) and s.tokens[k].is_word and not s.keys[k].startswith("ال") \
            and not s.is_stop(k) and k not in s.cue_tokens:
        k += 1  # ('هيئة', 'أعضاء لجنة': the heads of a construct)
    if k >= s.b or not s.keys[k].startswith("ال") or k in s.cue_tokens:
        return start
    k += 1
    while k < s.b and s.keys[k].startswith("ال") and (s.keys[k].endswith("يه") or s.keys[k] in s.lex.adjectives
                                                      or (s.keys[k].endswith("ي") and len(s.keys[k]) > 5)):
        k += 1  # ('المحكمة العسكرية', 'البرلمان الأوروبي': its adjectives)
    return k


def _issuer_after(s: Sentence, k: int) -> int:
    """Arabic: the token after an issuer's name starting at token k, before the verb's object: a noun, its
    genitives (a construct chain: 'مكتب رئيس الوزراء') and its adjectives ('مركزها الإعلامي'), not a new definite
    noun ('… الحكومة السورية بـ…': the object)."""
    if k >= s.b or not s.tokens[k].is_word:
        return k
    j = k + 1
    while j < s.b and s.tokens[j].is_word and not s.is_stop(j) and j not in s.cue_tokens and j - k < 6 and (
            (s.keys[j].startswith("ال") and (s.keys[j].endswith(("ي", "يه")) or not s.keys[j - 1].startswith("ال")))
            or (not s.keys[j].startswith("ال") and not s.keys[j - 1].startswith("ال") and j + 1 < s.b
                and s.keys[j + 1].startswith("ال")) or j in s.protected):
        j += 1
    return j


def _past_publishing_clause(s: Sentence, k: int) -> int:
    """Arabic: after 'في بيان', a verb with the statement as its pronoun and where it was put ('نشرته على موقعها
    الإلكتروني'): the token after that clause, or k when none stands there."""
    if k >= s.b or not s.tokens[k].is_word or k in s.cue_tokens \
            or not (s.tokens[k].text.endswith(("ته", "تها")) or s.keys[k] in s.lex.publishing_verbs) \
            or k + 1 >= s.b or s.keys[k + 1] not in s.lex.prepositions:
        return k
    j = k + 2
    if j + 1 < s.b and s.keys[j] in s.lex.title_nouns and s.tokens[j + 1].is_word \
            and not s.is_stop(j + 1) and s.keys[j + 1] not in s.lex.determiners \
            and s.keys[j + 1] not in s.lex.claim_objects:  # (not 'على موقعه الاتهامات': what was denied)
        j += 2  # ('على تطبيق تلغرام', 'على منصة إكس': a platform and its name)
    while j < min(s.b, k + 5) and s.tokens[j].is_word and j not in s.cue_tokens \
            and s.keys[j] not in s.lex.determiners \
            and (s.keys[j].startswith("ال") or s.tokens[j].text.endswith(("ها", "ه", "هم"))) \
            and not (j > k + 2 and s.keys[j] in s.lex.claim_objects):
        j += 1  # (not 'على موقعه الاتهامات': the claim denied after the place)
    return j if j > k + 2 else k


def _past_adverbial_aside(s: Sentence, start: int) -> int:
    """Arabic: 'أعلنت الوزارة، في بلاغ لها، إيقاف …': an adverbial set off by commas (a preposition or time
    word and a few words) before the object is not part of it; the token after its closing comma. So is a place
    right after the subject and closed by a comma ('أعلنت اللجنة الوطنية في سلطنة عمان، صباح الخميس، رفع …')."""
    if start >= s.b or start - 1 <= s.a or not s.is_stop(start):
        return start
    if s.tokens[start - 1].text not in COMMAS:
        if s.keys[start] != "في" or not s.tokens[start - 1].is_word \
                or _phrase_at(s, start, "content_stops", singles=False):
            return start  # ('ونفت الوزارة في بيان الخبر، مؤكدة': where it was said, then the object)
        close = next((k for k in range(start + 2, min(s.b, start + 6)) if s.tokens[k].text in COMMAS), None)
        if close is None or close + 1 >= s.b or not s.tokens[close + 1].is_word or any(
                k in s.cue_tokens or _is_complementizer(s, k) or s.inside_quote(k) or not s.tokens[k].is_word
                for k in range(start + 1, close)):
            return start
        return _past_adverbial_aside(s, close + 1)
    for k in range(start + 1, min(s.b, start + _ASIDE_REACH)):
        if k in s.cue_tokens or _is_complementizer(s, k) or s.inside_quote(k):
            return start
        if s.tokens[k].text in COMMAS:
            return k + 1 if k + 1 < s.b and s.tokens[k + 1].is_word else start
    return start


_ASIDE_REACH: Final = 11  # tokens an adverbial aside set off by commas may take ('، في جلسته التي عقدها برئاسة ولي
# العهد،'), its closing comma included


def _past_according_aside(s: Sentence, start: int) -> int:
    """Arabic: 'وأكد الوزير، بحسب البيان، ضرورة …': an according-phrase set off by commas before the object is
    its own record, no part of the object; the token after its closing comma."""
    if start >= s.b or start - 1 <= s.a or start not in s.according_starts or s.tokens[start - 1].text not in COMMAS:
        return start
    close = next((k for k in range(start + 1, min(s.b, start + 8)) if s.tokens[k].text in COMMAS), None)
    if close is None or close + 1 >= s.b or not s.tokens[close + 1].is_word \
            or any(_is_complementizer(s, k) or s.inside_quote(k) for k in range(start + 1, close)):
        return start
    return close + 1


def _past_unnamed_aside(s: Sentence, start: int) -> int:
    """Arabic: 'نفى مصدر مطلع، طلب عدم الكشف عن هويته، ما …': a phrase leaving the source unnamed, set off by
    commas before the object, is no part of it; the token after its closing comma."""
    if start >= s.b or start - 1 <= s.a or s.tokens[start - 1].text not in COMMAS:
        return start
    n = _phrase_at(s, start, "anonymity_markers", singles=False)
    close = start + n
    return close + 1 if n and close + 1 < s.b and s.tokens[close].text in COMMAS and s.tokens[close + 1].is_word \
        else start


def _topic_then_participle(s: Sentence, start: int) -> bool:
    """Arabic: a preposition and at most three words, then a participle cue ('على التقرير قائلا')."""
    if start >= s.b or s.keys[start] not in s.lex.prepositions:
        return False
    return any(k in s.participles for k in range(start + 1, min(s.b, start + 5)))


def _told_then_participle(s: Sentence, start: int, participle: int) -> bool:
    """Arabic: whom a verb's subject told, glued to the dative 'لـ' ('للصحفيين', 'لرويترز', 'لقناة الجزيرة'),
    and nothing else before a participle cue."""
    return start < participle and _glued_dative(s, start) and not _body_genitive(s, start) \
        and all(s.tokens[k].is_word and (k == start or not s.is_stop(k)) for k in range(start, participle))


def _told_after_object(s: Sentence, start: int) -> tuple[int, int] | None:
    """Arabic: an object from token `start`, then whom the speaker told ('لقناة الجزيرة', 'للصحفيين'), then a
    comma and a participle cue ('نفى الوزير الاتهامات لقناة الجزيرة، مؤكدا …'): the tokens of whom he told."""
    comma = next((k for k in range(start + 1, min(s.b, start + 8)) if not s.tokens[k].is_word), None)
    if comma is None or s.tokens[comma].text not in COMMAS or comma + 1 not in s.participles:
        return None
    told = next((k for k in range(start + 1, comma) if _told_last(s, (start, k))), None)
    return (told, comma - 1) if told is not None else None


def _body_genitive(s: Sentence, k: int) -> bool:
    """Arabic: a definite noun glued to 'لـ' ('للشؤون', 'للهجرة') that names no one told (not 'للصحفيين', nor
    an outlet, 'للتلفزيون', 'للجزيرة'): the genitive of the body named before it ('المفوضية الأوروبية للشؤون
    الخارجية')."""
    key = s.keys[k]
    return key.startswith("لل") and k not in s.protected and \
        key not in s.lex.addressees_or_conduit_markers_or_outlet_nouns


def _told_last(s: Sentence, subject: tuple[int, int]) -> bool:
    """Arabic: the last word read into a subject is whom it told, glued to the dative 'لـ': listed people
    ('للمراسلين', 'للصحفيين', addressees.txt) or an outlet's dative ('لرويترز'); not a body's own genitive
    ('المفوضية السامية للاجئين', 'الهيئة الوطنية للمياه')."""
    k = subject[1]
    key = s.keys[k]
    return k > subject[0] and k not in s.protected and key[:1] == "ل" and not key.startswith("ال") \
        and (key in s.lex.addressees_or_conduit_markers)


def _glued_dative(s: Sentence, k: int) -> bool:
    """Arabic: a word glued to the preposition 'لـ' ('للهجرة', 'لشؤون'), which no verb takes as its object."""
    key = s.keys[k]
    return key[:1] == "ل" and not key.startswith("ال") and len(key) > 3


def _genitive_before_participle(s: Sentence, subject: tuple[int, int], start: int) -> bool:
    """Arabic: a body's name read up to a word glued to 'لـ' that is whom no one tells ('الهيئة العليا لشؤون'),
    then its genitive and a participle cue: the name goes on to the participle, which reports."""
    if subject[1] <= subject[0] or not _glued_dative(s, subject[1]) or _told_last(s, subject):
        return False
    participle = next((k for k in range(start, min(s.b, start + 3)) if k in s.participles), None)
    return participle is not None and all(s.tokens[k].is_word and not s.is_stop(k) for k in range(start, participle))


def _told_before_participle(s: Sentence, start: int) -> bool:
    """Arabic: whom the subject told, from token `start`, then a participle cue (see _told_then_participle)."""
    participle = next((k for k in range(start + 1, min(s.b, start + 4)) if k in s.participles), None)
    return participle is not None and _told_then_participle(s, start, participle)


def _is_document(s: Sentence, i: int) -> bool:
    key = s.keys[i]
    return key in s.lex.documents or (key.endswith("ا") and key[:-1] in s.lex.documents)


def _names_an_outlet(s: Sentence, first: int, last: int) -> bool:
    """Tokens first..last hold an outlet's noun or a name the registry knows ('the Financial Times', 'Reuters')."""
    return any(s.keys[k] in s.lex.outlet_nouns or k in s.protected for k in range(first, last + 1))


def _cites_a_document(s: Sentence, k: int) -> bool:
    """English 'According to the ministry, which cited data from hospitals, …': what an according-phrase's
    source cites, opening at token k, is a document or figures (its head within the first three words, before
    a preposition): the source still speaks for itself; it relays no one."""
    if s.verb_first:
        return False
    for j in range(k, min(s.b, k + 3)):
        if _is_document(s, j):
            return True
        if not s.tokens[j].is_word or s.keys[j] in s.lex.prepositions:
            return False
    return False


def _publishes_document(s: Sentence, after: int, k: int) -> bool:
    """Arabic: token k publishes the document named from `after` on ('بيان نشره على صفحته', 'تقرير أصدرته
    المنظمة'): a relative clause describing it, no part of the source mention."""
    return s.keys[k] in s.lex.publishing_verbs and any(_is_document(s, j) for j in range(after, k))


def _document_issuer(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """Arabic: 'أصدرت الوزارة بيانا جاء فيه أن …', 'وأصدر الجيش بيانا رسميا قال فيه إن …': a verb pointing back
    (فيه) to a document written just before it reports for the document's issuer, the subject of the verb
    that opens the clause."""
    resumptives = s.lex.resumptives
    if s.keys[hit.last] not in resumptives and not (hit.last + 1 < s.b and s.keys[hit.last + 1] in resumptives):
        return None
    own = (hit.last + 1 if s.keys[hit.last] in resumptives else hit.last + 2)
    if own < s.b and s.tokens[own].is_word and not s.is_stop(own) and own not in s.cue_tokens \
            and not _is_complementizer(s, own) and right_source(s, own, min(s.b, own + 6)) is not None:
        return None  # "في وقت قال فيه المتحدث إن …": the clause names its own speaker after the pronoun
    doc = next((k for k in (hit.first - 1, hit.first - 2) if k > s.a + 1 and _is_document(s, k)), None)
    if doc is None:
        doc = _written_before(s, hit.first)
    return verb_first_subject(s, _compound_document_head(s, doc)) if doc is not None else None


_ISSUED_REACH: Final = 7  # words back from 'قال فيه' to the document or occasion it points to
_AUTHORED_REACH: Final = 16  # words back from 'يقول فيه' to the document, past its quoted title
_AUTHOR_REACH: Final = 6  # words of an author's mention after the document ('لمراسلها في بيروت بن هوبارد')
_AUTHOR_ENDINGS: Final = ("ها", "ه")  # 'لمراسلها', 'لمحررها': the outlet's own writer


def _document_author(s: Sentence, hit: CueHit) -> tuple[Range, Range] | None:
    """Arabic: 'نشرت صحيفة الغارديان مقالا للكاتب جوناثان فريدلاند، يقول فيه إن …', 'تقريرا لمراسلها في بيروت بن
    هوبارد يقول فيه': the writer a document is credited to right after it (a profession or a correspondent's
    noun glued to the preposition لـ, then the name; or a word of written_by, 'مقالا كتبه روبرت فيسك', in a
    paper) says what the verb pointing back (فيه) to the document reports. The writer's characters (from the
    noun, without the preposition, to the end of the name), and the words before the document (the paper
    publishing it, a conduit)."""
    if hit.last + 1 >= s.b or s.keys[hit.last + 1] not in s.lex.resumptives:
        return None
    doc = None
    for k in range(hit.first - 2, max(s.a, hit.first - _AUTHORED_REACH), -1):
        if k in s.cue_tokens and s.keys[k] not in s.lex.written_by:
            return None
        if (_is_document(s, k) or _is_document_word(s, s.strip_clitic(s.keys[k]))) \
                and not s.keys[k].startswith(("ال", "وال")) and k + 1 < hit.first:
            doc = k
            break
    if doc is None:
        return None
    if doc + 2 < hit.first and not s.keys[doc + 1].startswith(("ل", "ال")) and s.tokens[doc + 1].is_word \
            and s.keys[doc + 1] not in s.lex.written_by \
            and not s.is_stop(doc + 1) and doc + 1 not in s.cue_tokens:
        doc += 1  # 'مقالا تحليليا للكاتب …': an adjective of the document before its writer
    key = s.keys[doc + 1]
    credited = key in s.lex.written_by  # ('مقالا كتبه روبرت فيسك': the name right after)
    if not credited and (not key.startswith("ل") or doc + 1 in s.protected or not _writer_noun(s, key)):
        return None
    last = doc + 1
    for k in range(doc + 2, min(hit.first, doc + 2 + _AUTHOR_REACH)):
        if k == doc + 2 and s.keys[k] == "في":
            continue  # 'لمراسلها في بيروت بن هوبارد': where the correspondent is based
        tok = s.tokens[k]
        if not tok.is_word or tok.text in COMMAS or s.quote_at(k) is not None \
                or (k in s.cue_tokens and not (credited and k == doc + 2)) \
                or s.keys[k] in s.lex.resumptives or s.keys[k].startswith("بعنوان") or _is_document(s, k):
            break
        last = k
    if last == doc + 1 or doc - 1 <= s.a:
        return None  # 'مقالا للكاتب يقول فيه': no name, the paper says it
    if credited and not _names_an_outlet(s, s.a, doc - 1):
        return None  # ('وأصدرت الوزارة بيانا كتبته بلغة حادة قالت فيه': no paper, the words after it no name)
    first = s.tokens[doc + 1]
    begin = s.tokens[doc + 2].start if credited else first.start + (2 if key.startswith("لل") else 1)
    return (begin, s.tokens[last].end), (s.tokens[s.a].start, s.tokens[doc - 1].end)


def _is_document_word(s: Sentence, key: str) -> bool:
    return key in s.lex.documents or (key.endswith("ا") and key[:-1] in s.lex.documents)


def _writer_noun(s: Sentence, key: str) -> bool:
    """Arabic: a profession or a correspondent's noun glued to the preposition لـ ('للكاتب', 'لمراسلها',
    'لمراسلتها'), the outlet's pronoun after it or not."""
    noun = "ال" + key[2:] if key.startswith("لل") else key[1:]
    bare = noun[:-2] if noun.endswith("ها") else noun[:-1] if noun.endswith("ه") else noun
    if bare.endswith("ت") and bare != noun:
        bare = bare[:-1] + "ه"  # ('مراسلتها': the feminine noun before the pronoun)
    return noun in s.lex.professions or noun in s.lex.correspondents or bare in s.lex.correspondents \
        or "ال" + bare in s.lex.professions


def _authored(draft: Draft | None, author: Range, issuer: Range) -> Draft | None:
    """The draft said by the document's author, the issuer's outlet its conduit."""
    if draft is None:
        return None
    return Draft(draft.content, draft.cue, author, issuer, draft.frame, draft.cue_key)


def _written_before(s: Sentence, before: int) -> int | None:
    """Arabic: the document or occasion a few words before a verb with a resumptive pronoun, past the place it
    was posted ('نشر الوزير تغريدة على حسابه قال فيها', 'عقد مؤتمرا صحفيا قال فيه'), in the same clause."""
    for k in range(before - 1, max(s.a + 1, before - _ISSUED_REACH) - 1, -1):
        if s.tokens[k].text in COMMAS or k in s.cue_tokens:
            return None
        key = s.keys[k]
        bare = key[:-1] if key.endswith("ا") else key
        if _is_document(s, k) or bare in s.lex.occasions:
            return k
    return None


def _compound_document_head(s: Sentence, k: int) -> int:
    """Arabic: the head of a document named by two nouns ('مقطع فيديو', 'شريط فيديو'): the first of them."""
    return k - 1 if k - 1 > s.a + 1 and _is_document(s, k - 1) else k


def _quote_in_later_clause(s: Sentence, hit: CueHit, opener: int | None) -> bool:
    """Arabic: the opener found is a quotation inside a later clause (after a comma, right after a word)."""
    return s.verb_first and opener is not None and s.quote_at(opener) is not None and s.tokens[opener - 1].is_word \
        and any(s.tokens[j].text in COMMAS for j in range(hit.last + 1, opener))


def _quote_going_on_an_earlier_report(s: Sentence, hit: CueHit, opener: int | None) -> bool:
    """Arabic 'قال الوزير إن ثلاث حالات سجلت أمس، "معظمها …"': a verb after its subject inside the clause an
    earlier cue's complementizer opens, then a quotation after a comma: the quotation goes on the earlier report
    (the earlier speaker's words), and the verb inside it ('سجلت': were recorded) opens none of its own."""
    if not s.verb_first or opener is None or s.quote_at(opener) is None or s.tokens[opener - 1].text not in COMMAS \
            or any(not s.tokens[j].is_word for j in range(hit.last + 1, opener - 1)):
        return False
    for c in range(hit.first - 2, max(s.a, hit.first - 6) - 1, -1):
        if not s.tokens[c].is_word:
            return False
        if _is_complementizer(s, c):
            return any(j in s.cue_tokens for j in range(s.a, c))
    return False


def _resumed_clause(s: Sentence, hit: CueHit, opener: int | None) -> list[Draft] | None:
    """'وفي حال فشلت المفاوضات، وهو ما يتوقعه المراقبون، …', '…، الأمر الذي حذر منه الوزير': the verb after a
    relative that takes up the clause before the comma reports that clause; its subject follows it, after a
    pronoun that points back ('منه')."""
    k = hit.first - 1
    negated = False
    while k > s.a and (s.keys[k] in s.lex.auxiliaries_or_negations):
        negated = negated or s.keys[k] in s.lex.negations
        k -= 1
    if k - 2 < s.a or s.tokens[k - 2].text not in COMMAS \
            or (s.keys[k - 1], s.keys[k]) not in s.lex.phrases_starting("clause_breaks", s.keys[k - 1]) \
            or not (s.keys[k] == "ما" or s.keys[k] in s.lex.relatives):
        return None  # (not '، في حين رفضت الحكومة التعليق': 'whereas' opens a clause of its own, taking nothing up)
    if negated:
        return []  # "…، وهو ما لم تؤكده الدوحة": what was not confirmed, no one reports
    after = hit.last + 1
    if after < s.b and (s.keys[after] in s.lex.resumptives_or_source_stops) \
            and s.tokens[after].is_word:
        after += 1  # "حذر منه", "شككت فيه"
    if opener is not None and opener >= after and not any(s.tokens[j].text in COMMAS for j in range(after, opener)):
        return None  # "…، وهو ما أكده الوزير أن …": a content of its own
    end = next((j for j in range(after, s.b) if s.tokens[j].text in COMMAS or s.is_end(j) or j in s.cue_tokens),
               s.b)
    source = right_source(s, after, end)
    rest = skip_adverbs(s, source[1] + 1) if source else after  # ('نفاه أبو صفية جملة وتفصيلا': how, not what)
    if source and rest < end and s.tokens[rest].is_word and not s.is_stop(rest) and rest not in s.cue_tokens:
        # "…، وهو ما اعتبره محللون خطوة إيجابية": the judgement passed on the clause is what they said
        return _maybe(_draft(_span(s, rest, end - 1), hit, source, s))
    opened = next((c for c in range(k - 3, s.a, -1) if _is_complementizer(s, c) and c - 1 >= s.a
                   and any(j < c for j in s.cue_tokens)), None)
    if opened is not None and not any(j in s.cue_tokens for j in range(opened + 1, k - 2)):
        return _maybe(_draft(_span(s, opened, k - 3), hit, source, s))  # "وادعى الجيش أن …، وهو ما نفاه X":
        # what the earlier speaker claimed is what X denied
    return _maybe(_draft(content_before(s, k - 1), hit, source, s))


def _reported_subject(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """A coordinated verb inside another cue's content ('قالت المشرفة إن الطالب كان يتحدث معها بطريقة عنصرية
    ويقول إن …') goes on with the subject of that content: the noun phrase after its complementizer."""
    for c in range(hit.first - 1, s.a, -1):
        if c in s.cue_tokens or s.tokens[c].text in COMMAS or s.is_end(c):
            return None
        if _is_complementizer(s, c) and any(j < c for j in s.cue_tokens) and c + 1 < hit.first \
                and s.keys[c] not in s.lex.pronouns:
            phrase = noun_phrase(s, c + 1)
            return phrase if phrase is not None and phrase[1] < hit.first - 1 else None
    return None


def _on_its_behalf(s: Sentence, k: int) -> bool:
    """Arabic: token k is 'باسم' with a pronoun glued to it ('باسمها', 'باسمه'): on behalf of a body named before."""
    key = s.keys[k]
    return key.startswith(_ON_BEHALF_OF) and key[len(_ON_BEHALF_OF):] in _PRONOUN_SUFFIXES


_ON_BEHALF_OF: Final = "باسم"
_PRONOUN_SUFFIXES: Final = frozenset(("ه", "ها", "هم", "هما"))


def _topic(s: Sentence, hit: CueHit, comma_before_verb: bool = False) -> tuple[int, int] | None:
    """'أما صحيفة «سوددويتشه تسايتونغ» فكتبت أن …': the words between a topic marker and the verb (with
    `comma_before_verb`, also 'أما صحيفة لوفيغارو، فنقلت': a comma right before the verb closes them)."""
    last = hit.first - 1
    if comma_before_verb and last > s.a and s.tokens[last].text in COMMAS:
        last -= 1
    marker = last
    while marker > s.a and s.keys[marker] not in s.lex.topic_markers and s.tokens[marker].text not in COMMAS:
        marker -= 1  # (also after a comma mid-sentence: 'قال الوزير إن …، أما رئيس الوزراء فقال إن …')
    if s.keys[marker] not in s.lex.topic_markers or (marker > s.a and s.tokens[marker - 1].text not in COMMAS) \
            or not 0 < last - marker <= MAX_SOURCE_TOKENS:
        return None
    return marker + 1, last


def _relative_object_after_according(s: Sentence, hit: CueHit) -> list[Draft] | None:
    """Arabic 'حسب الشرطة المحلية التي رجحت في البداية مسؤولية عصابة عن الهجوم': a verb right after a relative
    pronoun whose antecedent an according cue names, with no complementizer: the antecedent reports the
    object after the verb (past adverbs skipped), or nothing without one. None when the verb is no such
    relative's."""
    rel = hit.first - 1
    if rel - 2 < s.a or s.keys[rel] not in s.lex.relatives or not s.according_starts:
        return None
    cue = max((j for j in s.according_starts if rel - 7 <= j < rel - 1), default=None)
    if cue is None or not all(s.tokens[k].is_word for k in range(cue, rel)):
        return None
    start = skip_adverbs(s, hit.last + 1)
    if start >= s.b or not s.tokens[start].is_word or s.is_stop(start):
        return []  # (no object to read: the relative reports nothing)
    last = content_end(s, start)
    cut = next((k for k in range(start + 1, last + 1) if _phrase_at(s, k, "clause_breaks")), None)
    last = cut - 1 if cut is not None else last  # ('… عنها قبل أن تتراجع عن ذلك': the writer's, after)
    source = (cue + 1, rel - 1)  # (the source the according cue names, as it reads it)
    return _maybe(_draft(_span(s, start, last) if last >= start else None, hit, source, s, None))


def _antecedent_phrase(s: Sentence, relative: int) -> tuple[int, int] | None:
    """The noun phrase before a relative pronoun, from its title on if it has one ('… فجرها رئيس لجنة التحقيق
    حاكم الزاملي الذي أعلن' → 'رئيس لجنة التحقيق حاكم الزاملي')."""
    if relative - 1 > s.a and s.tokens[relative - 1].text in COMMAS and s.tokens[relative - 2].is_word:
        relative -= 1  # "… رضا الكافي، الذي اعتبر": the phrase before the comma
    left = left_subject(s, relative)
    if left is None and s.keys[relative - 1].startswith("ال"):  # a long clause before: its last noun phrase
        left = (max(s.a, relative - MAX_SOURCE_TOKENS + 1), relative - 1)
        left = next(((j + 1, left[1]) for j in range(left[1], left[0] - 1, -1) if not s.tokens[j].is_word), left)
    if left is None and relative - 1 > s.a and s.tokens[relative - 1].text == ")":
        opening = next((j for j in range(relative - 2, max(s.a, relative - 6), -1) if s.tokens[j].text == "("), None)
        left = (opening - 1, relative - 1) if opening is not None and opening - 1 >= s.a \
            and s.tokens[opening - 1].is_word else None  # "المادة (32) التي نصت على أن …"
    if left is None:
        return None
    titled = next((j for j in range(left[0], left[1] + 1) if is_title(s, j)), None)
    if titled is not None:
        return titled, left[1]
    first = left[1]  # "سهلت اقتحامات المستوطنين اليهود الذين": the definite words before the pronoun
    while first > left[0] and s.keys[first].startswith("ال") and s.keys[first - 1].startswith("ال"):
        first -= 1
    names = s.lex.female_names_or_male_names
    if first > left[0] and s.keys[first - 1] in names:  # "النقابي السابق رضا الكافي، الذي": a first name, and
        first -= 1                                       # the definite words describing him before it
        while first > left[0] and s.keys[first - 1].startswith("ال"):
            first -= 1
    return (first, left[1]) if s.keys[left[1]].startswith("ال") else left


def _object_before_participle(s: Sentence, hit: CueHit, subject: tuple[int, int] | None,
                              region: Range | None) -> Draft | None:
    """'نفت الوزارة الخبر، مؤكدة أن …': the subject read up to the comma ends with the object, its last word
    (with a demonstrative before it)."""
    if subject is None or subject[0] == subject[1] \
            or s.strip_clitic(s.keys[hit.first]) in s.lex.objectless_verbs:
        return None  # ('وقال وزير الخارجية مؤكدا': a verb of saying takes no object; its subject is the participle's)
    first = subject[1]
    stated = _past_statement_phrase(s, first + 1) if s.tokens[first + 1].text not in COMMAS else first + 1
    if stated > first + 1:
        return _object_after_statement(s, hit, subject, stated, region)
    if _head_and_genitive(s, subject):
        return None  # ('وأكد وزير الزراعة، مشيرا', 'ونفت وزارة الدفاع، مؤكدة': a title or a body and its genitive)
    if s.keys[first - 1] == "باسم" or (first - 2 > subject[0] and s.keys[first - 2] == "باسم"
                                      and not s.keys[first - 1].startswith("ال")) or _speaks_for_body(s, subject):
        return None  # ('وعلق المتحدث باسم الوزارة قائلا': the body he speaks for, no object; 'ونفى المتحدث باسم
        # وزارة الخارجية الأمريكية، مؤكدا': nor its adjective)
    if first - 1 > subject[0] and s.keys[first - 1] in s.lex.determiners:
        first -= 1
    phrase = noun_phrase(s, subject[0])
    if phrase is not None and phrase[1] + 1 < first:
        first = phrase[1] + 1  # "وأكد الوزير التزام الحكومة بالخطة، مشيرا": the object is the whole phrase
    if first == subject[1] and (_glued_dative(s, first) or (
            first - 1 > subject[0] and _glued_dative(s, first - 1) and not s.keys[first - 1].startswith("لل")) or (
            first + 1 < s.b and _glued_dative(s, first + 1) and s.keys[first + 1] not in s.lex.addressees
            and first + 1 not in s.protected and not _conduit_marker_at(s, first + 1))):
        return None  # "وصرحت المنظمة الدولية للهجرة قائلة": a body's genitive closes its name; no object, and the
        # participle reports
    told = next((k for k in range(first + 1, subject[1] + 1) if _told_last(s, (first, k))), None)
    if told is not None:  # "ونفى الوزير الاتهامات لقناة الجزيرة، مؤكدا": whom he told is no part of what he denied
        return _draft(_span(s, first, told - 1), hit, (subject[0], first - 1), s, _region(s, told, subject[1]))
    return _draft(_span(s, first, subject[1]), hit, (subject[0], first - 1), s, region)


def _object_after_statement(s: Sentence, hit: CueHit, subject: tuple[int, int], start: int,
                            region: Range | None) -> Draft | None:
    """Arabic: 'أكد الناطق العقيد سامي الحوشبي في بيان صحة الأنباء، موضحا …': after the subject, where it was said
    ('في بيان') and then the object up to the comma before the participle; the subject is the name whole."""
    end = next((k for k in range(start, s.b) if s.tokens[k].text in COMMAS or k in s.cue_tokens), s.b) - 1
    return _draft(_span(s, start, end), hit, subject, s, region) if end >= start else None


def _speaks_for_body(s: Sentence, subject: tuple[int, int]) -> bool:
    """Arabic: a definite title, 'باسم' and the body it speaks for, all of the words read up to a comma: indefinite
    heads of a construct, one definite word, then only its adjectives ('المتحدث باسم وزارة الخارجية الأمريكية',
    'المتحدثة باسم المفوضية الأوروبية'); no noun of a claim after them ('المتحدث باسم الحكومة الاتهامات': the
    object)."""
    first, last = subject
    if last - first < 2 or last - first > 6 or s.keys[first + 1] != "باسم" or not _title_mention(s, (first, first)):
        return False
    k = first + 2
    while k < last and not s.keys[k].startswith("ال") and s.tokens[k].is_word and not s.is_stop(k):
        k += 1  # ('وزارة', 'رئاسة': the heads of the body's name)
    if not s.keys[k].startswith("ال"):
        return False
    return all(s.tokens[j].is_word and s.keys[j].startswith("ال") and _is_adjective_like(s, j)
               and s.keys[j] not in s.lex.claim_objects and j not in s.cue_tokens for j in range(k + 1, last + 1))


def _head_and_genitive(s: Sentence, subject: tuple[int, int]) -> bool:
    """Arabic: two words, an indefinite title or body noun and its definite genitive ('وزير الزراعة', 'وزارة
    الدفاع'): one mention, no subject and object."""
    head = s.keys[subject[0]]
    return subject[1] == subject[0] + 1 and not head.startswith("ال") and subject[0] not in s.protected \
        and s.keys[subject[1]].startswith("ال") \
        and (is_title(s, subject[0]) or head in s.lex.government_or_organizations) \
        and head not in s.lex.capitals_or_countries  # ('نفت دمشق الأمر')


def _title_mention(s: Sentence, subject: tuple[int, int]) -> bool:
    """Arabic: a definite title alone ('الوزير') or with whom it speaks for ('الناطق باسم الحكومة', 'المتحدثة
    باسم الشرطة'), or a definite body noun alone ('الوزارة', 'الجيش'): one mention of a speaker, no subject and
    object."""
    first, last = subject
    if not s.keys[first].startswith("ال") or first in s.protected:
        return False
    if last == first and _body_word(s, first):
        return True  # ("ونفت الوزارة، مشيرة إلى أن …": the body denied, its participle reports)
    return is_title(s, first) and (last == first or (first + 1 < last <= first + 4 and s.keys[first + 1] == "باسم"
                                                     and s.keys[last].startswith("ال")))


def _with_leading_medium(s: Sentence, hit: CueHit, region: Range | None) -> Range | None:
    """Arabic: 'وفي مقابلة مع صحيفة النهار، اعتبر النائب …': an opening phrase naming the interview or statement
    the words came in, set off by a comma before the verb, belongs to the region that names the outlets; so does
    the paper a press review turns to ('وفي صحيفة التايمز، كتب مراسلها …': its writer's outlet)."""
    if region is None or hit.first - 2 <= s.a or s.tokens[hit.first - 1].text not in COMMAS:
        return region
    first = s.keys[s.a]
    if first[:1] in s.lex.proclitics and first[1:] == "في":
        first = "في"
    keys = (first, *(s.keys[k] for k in range(s.a + 1, min(s.b, s.a + 4))))
    if not (any(keys[:len(p)] == p for p in s.lex.phrases_starting("content_stops", "في"))
            or (keys[0] == "في" and len(keys) > 1 and (keys[1] in s.lex.outlet_nouns
                                                       or _is_document_word(s, keys[1])))) \
            or any(s.tokens[k].text in COMMAS for k in range(s.a, hit.first - 1)):
        return region
    return s.tokens[s.a].start, region[1]


_THUS: Final = "هكذا"  # 'thus': the words before the verb point back at a quotation


def _quotation_before_verb(s: Sentence, hit: CueHit) -> Range | None:
    """Arabic: a sentence that opens with a quotation, then a comma (and an adverb, 'هكذا', or 'هذا ما') and
    the verb."""
    j = hit.first - 1
    pointed = True  # the words before the verb point back at the quotation
    if j - 1 > s.a and s.keys[j] == "ما" and s.keys[j - 1] in s.lex.determiners:
        j -= 2  # '"…"، هذا ما قاله رئيس النقابة'
    elif j - 1 > s.a and s.keys[j - 1] in ("بهذه", "بهذا", "بتلك") and s.keys[j].startswith("ال"):
        j -= 2  # '"…"، بهذه الكلمات لخص الوزير موقفه': the words just quoted
    else:
        pointed = j > s.a and s.keys[j] == _THUS
    while j > s.a and s.keys[j] in s.lex.adverbs:
        j -= 1
    if j > s.a + 1 and s.tokens[j].text == "." and s.tokens[j - 1].text in QUOTE_MARKS:
        j -= 1  # ('«…». بهذه الكلمات ختم حديثه': a full stop kept inside the sentence by what points back)
    elif j <= s.a or (s.tokens[j].text not in COMMAS and not (pointed and s.tokens[j].text in QUOTE_MARKS)):
        return None  # (no comma needed after the quotation when the words point back: '«…» هكذا قال الوزير')
    while j > s.a and s.tokens[j].text in COMMAS:
        j -= 1
    q = s.quote_ending(j)
    line_start = q is not None and s.text[s.text.rfind("\n", 0, q[0]) + 1:q[0]].strip() == ""
    if q is None or (q[0] > s.tokens[s.a].start and not line_start) or _glued_conjunction(s, hit):
        return None  # (a dateline line before it may share its sentence: "القاهرة - خاص")
    return widen_quote(s, q)


def _fronted_subject(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """Arabic, no opener: a definite noun phrase right before a verb with no conjunction of its own, opening
    the sentence or its clause after a connective ('لكن', 'بينما'), is the verb's subject."""
    if hit.frame == "verb_pl" or _glued_conjunction(s, hit) or hit.first == s.a:
        return None
    left = left_subject(s, hit.first)
    if left is None or not _adjacent_subject(s, hit, left):
        return None
    head = s.keys[left[0]]
    opens = left[0] == s.a or s.keys[left[0] - 1] in s.lex.subject_stops or joined_complementizer(s, left[0] - 1) \
        or left[0] == _after_dateline(s, s.a, hit.first)  # ('عمّان - وزير النقل، … نفى': after the dateline)
    return left if opens and (head.startswith("ال") or left[0] in s.protected or head in s.lex.capitals
                              or (left[1] > left[0] and (is_title(s, left[0]) or head in s.lex.professions))
                              or head in s.lex.anonymous) else None
    # ('إلا أن وزير الطاقة نفى', 'لكن محامي الشركة نفى': a trade and whose it is; 'إن واشنطن أبلغت الطرفين
    # بـ…': a capital standing for its government; 'لكن مصادر محلية أفادت بسقوط …': unnamed sources described, no
    # object before their verb)


_WHEN_PREPOSITIONS: Final = frozenset({"بعد", "قبل", "عقب"})  # Arabic: after, before, right after


_CONJUNCT_REACH: Final = 3  # words of a coordinated last part of a subject: 'والذكاء الاصطناعي'


def _with_conjunct(s: Sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: a definite word after 'و' right after a subject read with no opener is more of the subject, never
    the start of the object ('أعلنت الهيئة السعودية للبيانات والذكاء الاصطناعي إطلاق …', 'أعلنت الشركة والنقابة
    إطلاق …'), with its definite attributes, when a plain word (the object) follows them. The article is read
    on the written word: a folded 'إلغاء' starts like one."""
    k = subject[1] + 1
    if not s.verb_first or k >= s.b or not s.tokens[k].text.startswith("وال") or s.is_stop(k) or k in s.cue_tokens:
        return subject
    end = k
    while end + 1 < s.b and end - k < _CONJUNCT_REACH and s.tokens[end + 1].text.startswith("ال") \
            and not s.is_stop(end + 1) and end + 1 not in s.cue_tokens:
        end += 1
    nxt = end + 1
    if nxt >= s.b or not s.tokens[nxt].is_word or s.is_stop(nxt) or nxt in s.cue_tokens:
        return subject  # ('أعلن الوزير والوفد المرافق له …': where the conjunct ends is not clear)
    return subject[0], end


def _aside_after_subject(s: Sentence, k: int, opener: int) -> int | None:
    """Arabic: the closing comma of an aside between commas that opens at token k, right after a subject, and
    says where, when or how the words were given ('، في بلاغ نشرته على صفحتها،', '، في بيان،', '، الجمعة،'); None
    when there is none."""
    if k + 2 >= opener or s.tokens[k].text not in COMMAS \
            or (s.keys[k + 1] not in ("في", "خلال", "عبر") and not _phrase_at(s, k + 1, "adverbs")):
        return None  # (or when: '، الجمعة،', '، مساء أمس،')
    return next((j for j in range(k + 2, min(opener, k + 12)) if s.tokens[j].text in COMMAS), None)


def _with_place(s: Sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: 'في' and a place right after a body read with no opener, before a plain word with no article (the
    object), say where the body sits ('أعلنت وزارة الصحة في المغرب تسجيل …'): part of the subject. The place is a
    known name, or one definite word that is no time word ('في الأسبوع الماضي خطة': when)."""
    k = subject[1] + 1
    if not s.verb_first or k + 2 >= s.b or s.keys[k] != "في" or not _body_word(s, subject[0]):
        return subject
    end = k + 1
    if end in s.protected:
        while end + 1 < s.b and end + 1 in s.protected and end + 1 not in s.name_heads:
            end += 1
    elif s.is_stop(end) or s.keys[end] in s.lex.time_words or end in s.cue_tokens or _is_occasion(s, end) \
            or not s.tokens[end].is_word or (not s.tokens[end].text.startswith("ال") and s.keys[end + 1] != "عن"
                                             and s.keys[end] not in s.lex.capitals):
        return subject  # ('في الجلسة رفض …': where it was said; a bare place only before 'عن' or a capital's
        # name: 'في عدن عن', 'في بغداد القبض على …')
    nxt = end + 1
    if nxt < s.b and s.keys[nxt] == "عن":
        return subject[0], end  # ('أعلن البنك المركزي في عدن عن إجراءات …': what it announced opens after)
    if nxt >= s.b or not s.tokens[nxt].is_word or s.is_stop(nxt) or nxt in s.cue_tokens or nxt in s.protected \
            or (s.tokens[nxt].text.startswith("ال") and s.keys[end] not in s.lex.capitals):
        return subject
    return subject[0], end


def _object_free_subject(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """'أكدت إدارة الرئيس ترامب الاثنين، إغلاق …': with no opener, a subject that a time word or a comma
    closes within a few words; else a word and its definite attributes ('أعلن البنتاجون نهاية …')."""
    first = hit.last + 1
    if s.verb_first and first + 1 < s.b and s.keys[first] in s.lex.resumptives:
        first += 1  # "في وقت أعلنت فيه الوزارة إغلاق …": the pronoun points back to the time, the subject follows
    too = _pronoun_too(s, first)
    if too is not None:
        return first, too  # "وأكد هو الآخر أهمية …": he too, then the object
    right = right_source(s, first, min(s.b, first + 8))
    if right and s.verb_first and s.keys[right[0]] in s.lex.determiners \
            and not (right[0] + 1 < s.b and s.keys[right[0] + 1].startswith("ال") and not s.is_stop(right[0] + 1)):
        return None  # "وعزا ذلك إلى تراجع الطلب": a demonstrative alone is the object ('ذلك المتحدث': that one)
    if right:
        right = with_apposition(s, right, s.b)
    if right and (right[1] + 1 >= s.b or s.is_end(right[1] + 1) or s.is_stop(right[1] + 1)) \
            and _quotation_before_verb(s, hit) is not None:
        if _reports_object(s, hit) and right[1] > right[0] + 1 and _definite_object_last(s, right):
            return right[0], right[1] - 1  # '"…"، هكذا وصف المدير الوضع في حديث': the situation is described
        return right  # '"…"، قال الوزير أيمن الصفدي.': after the quotation, all words up to the end (or up to
        # an occasion: '"…"، هذا ما قاله رئيس النقابة خالد العبسي في مؤتمر صحفي') are the speaker
    if right and right[1] + 1 < s.b and listed_object_after_mention(s, right[0], right[1] + 1):
        return right  # "وناشدت الوزيرة هدى المواطنين الحذر": the listed object (right_source stopped before it)
    claim = (_claim_object_inside(s, right) or _claim_object_after_affiliation(s, right)) if right else None
    if right and claim is not None:  # "ونفى المتهم التهم الموجهة إليه", "ونفى المتحدث باسم الجيش التقارير": a
        return right[0], claim - 1  # noun of a claim or a charge after a definite word opens the object
    named_event = _event_after_holder(s, hit, right) if right else None
    if right and named_event is not None:  # "وأعلن المتحدث باسم الأمم المتحدة ستيفان دوجاريك ارتفاع عدد
        return right[0], named_event - 1  # النازحين": the holder's name, then the event announced
    obj = _object_opening_inside(s, right) if right else None
    if right and obj is not None:
        return right[0], obj - 1  # "ونفى الوزير وجود أي نقص", "أعلن رئيس المجلس رفعها إلى …": the object
    if right and right[1] + 2 < s.b and s.keys[right[1] + 2] in s.lex.determiners and event_noun(s, right[1] + 1):
        return right  # "ونفى المدرب صحة هذه الأخبار": the event's noun, a demonstrative after it, opens the object
    cut = next((k for k in range(right[0] + 1, right[1] + 1) if s.keys[k] in s.lex.determiners), None) \
        if right else None
    if right and cut is not None:
        noun = cut - 1 > right[0] and s.keys[cut - 1].endswith("ه") and not s.keys[cut - 1].startswith("ال") \
            and not _first_name(s, cut - 1) \
            and not (s.keys[cut - 2] in s.lex.prepositions and s.is_stop(cut - 2))
        # ('ونفى الدفاع المدني في غزة هذه الرواية': a place after 'في' is where the body sits)
        return right[0], cut - 1 - noun  # "ونفت الوزارة هذه المزاعم", "ونفى مصدر مطلع هذه الأنباء": a demonstrative
        # opens the object, or the noun it follows does ('نفت المتحدثة سلمى حداد صحة تلك الروايات')
    if right and right[0] in s.protected and not is_title(s, right[0]):
        end = right[0]
        while end + 1 <= right[1] and end + 1 in s.protected and end + 1 not in s.name_heads:
            end += 1
        if end < right[1] and s.keys[end + 1].startswith("ال"):
            return right[0], end  # "وأعلنت دمشق الحداد": a known name, then the object
    if right and right[1] > right[0] and right[1] + 1 < s.b and s.is_stop(right[1] + 1) \
            and _definite_object_last(s, right):
        return right[0], right[1] - 1  # "وأعلن السوداني الحداد في الوحدات": the mourning is what he announced
    whole = right_source(s, first, s.b) if right and right[1] + 1 < s.b and s.keys[right[1] + 1] != "عن" \
        and any(s.keys[k] == "عن" for k in range(right[1] + 2, min(s.b, right[1] + 8))) else right
    if whole and whole[1] > whole[0] and whole[1] + 1 < s.b and s.keys[whole[1] + 1] == "عن" \
            and _news_noun(s, whole[1]):
        return whole[0], whole[1] - 1  # "ونفى الجيش في المدينة الأنباء عن …": the news it denied, not part of it
    if whole and whole[1] + 1 < s.b and s.keys[whole[1] + 1] == "عن" and not s.is_stop(whole[1]):
        return whole  # "أعلنت الهيئة السعودية للبيانات والذكاء الاصطناعي عن إطلاق …": all of it announced it
    if right and right[1] + 1 < s.b and ((s.tokens[right[1] + 1].text in COMMAS and right[1] + 2 not in s.cue_tokens)
                                         or skip_adverbs(s, right[1] + 1) > right[1] + 1):
        # (not before '، وقال': that comma closes the object, "وأكد المدرب جاهزية الفريق، وقال إن …")
        titled = noun_phrase(s, right[0]) if s.keys[right[0]] in s.lex.titles else None
        if titled and titled[1] + 2 < right[1] and (s.keys[titled[1] + 2] in s.lex.determiners
                                                    or s.keys[titled[1] + 2].startswith("ال")) \
                and not s.keys[titled[1] + 1].startswith("وال"):  # ('وزير الداخلية والجماعات المحلية إبراهيم مراد')
            return titled  # "نفى الناطق باسم الرئاسة أحمد فهمي صحة هذه الأنباء، …": the object before the comma
        return right
    if right and right[1] + 1 < s.b and _past_addressee(s, right[1] + 1, s.b) > right[1] + 1:
        return right  # "وأفاد شهود عيان للجزيرة بسماع …": whom they told follows the subject
    if right and right[1] > right[0] and right[1] + 1 < s.b and plural_object_after_mention(s, right[0], right[1] + 1):
        return right  # "ونفى رئيس الحكومة الإسباني بيدرو سانشيز الاتهامات": the plural object ends the name
    if right and s.keys[right[0]] in s.lex.anonymous:
        if any(s.is_stop(k) for k in range(right[0], right[1] + 1)):
            return right  # already read with where it sits ("مسؤول كبير في البيت الأبيض")
        k = right[1] + 1  # "ورجح مصدر مقرب من البيت الأبيض قيام …": an unnamed source and where it sits
        if k + 3 < s.b and s.keys[k] in s.lex.source_stops and _construct_pair(s, k + 1) \
                and s.tokens[k + 3].text in COMMAS:
            return right[0], k + 2  # "نفى مصدر مطلع على سير المفاوضات، …": what he knows of, to the comma
        if k + 1 < s.b and s.keys[k] in s.lex.source_stops and s.keys[k + 1].startswith("ال"):
            k += 1
            while k + 1 < s.b and s.keys[k + 1].startswith("ال") and not s.is_stop(k + 1) and k + 1 not in s.cue_tokens:
                k += 1
            return right[0], k
        if k >= s.b or s.tokens[k].text in COMMAS or s.keys[k] in ("ما", "كل") or _is_complementizer(s, k) \
                or s.keys[k] in s.lex.determiners or event_noun(s, k):
            return right  # "ونفى مصدر مطلع ما تداولته …": the object opens after the whole unnamed source
    if skip_adverbs(s, first) > first:
        return None  # "«نفت بشدة» المزاعم": an adverb, not a subject, after the verb
    if right and right[1] + 1 < s.b and _is_occasion(s, right[1] + 1, True):
        return right  # "هكذا ختم المتحدث كلمته": the speech he ended is not part of him
    phrase = noun_phrase(s, first)
    if phrase is not None and phrase[1] > phrase[0] and is_title(s, phrase[0]) \
            and not s.keys[phrase[0]].startswith("ال"):
        end = phrase[1]
        while end + 1 < s.b and s.keys[end + 1].startswith(("وال", "ال")) and not s.is_stop(end + 1) \
                and end + 1 not in s.protected:
            end += 1  # ('وزير الطاقة والمياه أهمية الحوار': the portfolio's conjunct and its adjectives)
        if end + 1 < s.b and s.keys[end + 1][:1] == "و" and s.keys[end + 1][1:] in s.lex.counterparts:
            end += 1  # ('وأعلن وزير الدفاع الأمريكي ونظيره البريطاني تشكيل …': his counterpart too, and her
            while end + 1 < s.b and s.keys[end + 1].startswith("ال") and not s.is_stop(end + 1) \
                    and end + 1 not in s.cue_tokens:  # nationality)
                end += 1
        named = end + 1 < s.b and _first_name(s, end + 1)
        start = _object_after_title(s, phrase[0], min(end + 1 + named, s.b - 1))  # (and the word after it)
        if start is not None:
            return phrase[0], start - 1  # "وأكد وزير الخارجية أهمية الحوار": the importance is what he stressed
    chain = _body_construct_end(s, phrase[0], right[1]) if phrase is not None and right is not None \
        and (phrase[0] == phrase[1] or phrase[1] < right[1]) else None
    if chain is not None and phrase is not None and phrase[0] < phrase[1] and not place_name(s, chain):
        chain = None  # (a longer phrase runs on only to a city: 'هيئة موانئ البصرة'; 'جماعة مسلحة مجهولة الهجوم')
    if phrase is not None and chain is not None and chain >= phrase[1]:
        return phrase[0], chain  # "وأعلنت لجنة متابعة شؤون الأسرى وفاة أسير": the body's whole name
    return phrase


def _event_after_holder(s: Sentence, hit: CueHit, right: tuple[int, int]) -> int | None:
    """Arabic: a title's noun phrase after the verb, then one to three words without the article (its holder's
    name, which no lexicon knows: 'ستيفان دوجاريك'), then the noun of an event ('ارتفاع', 'وصول'): where the
    event, the object, starts; None otherwise."""
    phrase = noun_phrase(s, hit.last + 1)
    if phrase is not None and phrase[0] == right[0] and not is_title(s, phrase[0]) \
            and (_first_name(s, right[0]) or s.keys[right[0]] in ("ابو", "عبد")):
        phrase = right[0], right[0]  # ('ونفى أبو مرزوق وجود خلافات': a name, then the event denied)
    elif phrase is None or phrase[0] != right[0] or not is_title(s, phrase[0]):
        return None
    tail = phrase[1]
    while tail > phrase[0] and not s.keys[tail].startswith("ال") and s.tokens[tail].is_word:
        tail -= 1  # ('المتحدث باسم الخارجية الأمريكية ماثيو ميلر': the name after the definite words)
    named = (phrase[1] in s.protected and not s.keys[phrase[1]].startswith("ال")) \
        or (phrase[0] < tail < phrase[1] and s.keys[tail].endswith(("ي", "يه")) and phrase[1] - tail <= 3)
    return next((k for k in range(phrase[1] + 2 - named, min(phrase[1] + 5, right[1] + 2))
                 if k < s.b and s.keys[k] in s.lex.event_nouns and k + 1 < s.b and s.tokens[k + 1].is_word
                 and all(s.tokens[m].is_word and not s.keys[m].startswith("ال") and not s.is_stop(m)
                         and m not in s.cue_tokens for m in range(phrase[1] + 1, k))), None)


def _body_construct_end(s: Sentence, head: int, last: int) -> int | None:
    """Arabic: an indefinite body noun ('لجنة', 'رابطة', 'هيئة') is a construct: its name runs through
    indefinite nouns to the first definite word, known name, country or city ('لجنة متابعة شؤون الأسرى', 'رابطة
    علماء فلسطين'); where it ends (within last), or None when no such word closes it within four words or a possessed
    noun or an event comes first (the object: 'لجنة رفضها')."""
    key = s.keys[head]
    if key.startswith("ال") or s.strip_clitic(key) not in s.lex.government_or_organizations:
        return None
    k = head + 1
    while k <= min(last, head + 4) and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens:
        if s.keys[k].startswith("ال") or k in s.protected or place_name(s, k):  # ('دائرة صحة كركوك')
            while k + 1 <= last and k + 1 in s.protected and k + 1 not in s.name_heads:
                k += 1  # ('مجلس إدارة الأمم المتحدة': the known name's words)
            return k
        city = _phrase_at(s, k, "cities", singles=False)
        if city and k + city - 1 <= last:
            return k + city - 1  # ('دائرة صحة ذي قار': a city's name of two words)
        if event_noun(s, k) or s.tokens[k].text.endswith(("ها", "هم", "ه")) or s.keys[k][:1] in ("ب", "ل"):
            return None
        k += 1
    return None


def _news_noun(s: Sentence, k: int) -> bool:
    """Arabic: a definite noun of news that reports with 'عن' when bare (cues.tsv: 'أنباء', 'تقارير'): 'الأنباء'."""
    key = s.keys[k]
    return key.startswith("ال") and k not in s.protected \
        and any(form.frame == "noun_source" and form.introducer == "عن" for form in s.lex.cues.get(key[2:], ()))


def _object_opening_inside(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: inside the words read after a verb, after a definite word, an indefinite noun that no name can be:
    one before 'أي'/'كل' ('وجود أي نقص'), with a possessive pronoun ('رفعها', 'ثقته'), or a noun of a stance
    before a definite genitive ('صحة الأنباء', 'رفض الحكومة'); where the object opens."""
    for k in range(right[0] + 1, min(right[1], s.b - 1) + 1):
        key, text = s.keys[k], s.tokens[k].text
        if key[:1] == "و" and key[1:] in s.lex.counterparts:
            end = k  # "وأكد الملك ونظيره الإسباني متانة العلاقات": his counterpart and her nationality join the
            while end + 1 < s.b and s.keys[end + 1].startswith("ال") and not s.is_stop(end + 1) \
                    and end + 1 not in s.cue_tokens:  # subject; a plain word after them opens the object
                end += 1
            nxt = end + 1
            if end <= right[1] and nxt < s.b and s.tokens[nxt].is_word and not s.is_stop(nxt) \
                    and nxt not in s.protected and nxt not in s.cue_tokens and not _first_name(s, nxt) \
                    and not s.keys[nxt].startswith(("ال", "وال", "لل")):
                return nxt
            continue
        after_title = _object_after_named_title(s, k, right)
        if after_title is not None:
            return after_title  # "وأعلن خالد الفالح وزير الاستثمار توقيع اتفاقيات": after the name's title
        if s.tokens[k - 1].text.startswith("وال") and k - 2 > right[0] and s.tokens[k].is_word and not s.is_stop(k) \
                and not key.startswith(("ال", "وال", "لل")) and k not in s.protected and not is_title(s, k) \
                and k + 1 <= right[1] and s.tokens[k + 1].text.startswith("ال") and not s.is_stop(k + 1):
            return k  # "أكدت الهيئة العامة للغذاء والدواء سلامة المنتجات": after a body's coordinated last word, a
            # noun and its definite genitive open the object
        if key.startswith("ال") and (key in s.lex.stance_nouns or key[2:] in s.lex.stance_nouns) \
                and k not in s.protected and (s.keys[k - 1].startswith("ال") or k - 1 in s.protected) \
                and not s.is_stop(k):
            return k  # "وأكد الوزير الموقف الثابت للمملكة": a definite noun of a stance after the subject (or
            # one whose root opens with 'ال': 'التزام الحكومة')
        if (_derived_masdar(s, k) or (_bare_derived_masdar(s, k) and k + 1 <= right[1]
                                       and s.tokens[k + 1].is_word and not s.is_stop(k + 1))) \
                and (s.keys[k - 1].startswith(("ال", "وال")) or k - 1 in s.protected):
            return k  # "وأعلنت هيئة شؤون الأسرى والمحررين الإفراج عن …", "وأعلن اتحاد نقابات العمال الإضراب": a
            # definite verbal noun of a derived verb after the body's last definite word is what it announced
        if key.startswith(("ال", "وال")) or not s.keys[k - 1].startswith("ال") or k in s.protected or is_title(s, k) \
                or _first_name(s, k) or not s.tokens[k].is_word or s.is_stop(k) or _causal_adjective(s, k):
            continue
        if (k + 1 < s.b and s.keys[k + 1] in ("اي", "كل")) or (text.endswith(("ها", "هم", "ه")) and len(key) > 3
                                                              and not text.endswith("ة")):
            return k
        if _noun_after_full_name(s, k, right):
            return k  # "وأعلن النائب العام سعود المعجب إحالة 15 متهما"
        if key in s.lex.stance_nouns and k + 1 < s.b and s.keys[k + 1].startswith("ال") \
                and not s.is_stop(k + 1) and k + 1 not in s.protected:
            return k  # "نفت وزارة الداخلية صحة الأنباء المتداولة عن …": the truth of the reports is what she denied
    return None


def _object_after_named_title(s: Sentence, k: int, right: tuple[int, int]) -> int | None:
    """Arabic: a first name and a surname, then a title in apposition with its definite genitive ('خالد الفالح
    وزير الاستثمار', 'سامي الجابر مدرب الفريق'), then a plain word without the article: where that word, the
    verb's object, starts; None otherwise."""
    if k - 2 < right[0] or not _first_name(s, k - 2) or _first_name(s, k - 1) or not s.tokens[k - 1].is_word \
            or s.is_stop(k - 1) or s.keys[k].startswith("ال") or k in s.protected \
            or not (is_title(s, k) or s.strip_clitic(s.keys[k]) in s.lex.professions):
        return None
    j = k + 1
    while j <= right[1] and (s.keys[j].startswith("ال") or is_title(s, j)) and not s.is_stop(j) \
            and s.tokens[j].is_word:
        j += 1
    if j == k + 1 or j > right[1] + (s.keys[j] in s.lex.event_nouns if j < s.b else 0) or j + 1 >= s.b \
            or not _indefinite_word(s, j) or _first_name(s, j) \
            or s.keys[j][:1] in ("ل", "ب") or not s.tokens[j + 1].is_word:
        return None
    return j


def _noun_after_full_name(s: Sentence, k: int, right: tuple[int, int]) -> bool:
    """Arabic: token k, inside the words read as a subject, follows a first name and a surname and is a feminine
    noun ('وأعلن النائب العام سعود المعجب إحالة 15 متهما', 'وأكد الرئيس قيس سعيد مواصلة الحرب'): no third name,
    the object (after a surname without the article, only with a definite genitive after it; not after a compound
    first name, 'عبد الحميد الدبيبة', whose third word is the surname)."""
    key, text = s.keys[k], s.tokens[k].text
    return right[0] <= k - 2 and k + 1 <= right[1] and _first_name(s, k - 2) and not _first_name(s, k) \
        and s.keys[k - 2] not in s.lex.name_connectors \
        and text.endswith("ة") and len(key) >= 4 and s.tokens[k].is_word and k not in s.protected \
        and not s.is_stop(k) and not is_title(s, k) and s.strip_clitic(key) not in s.lex.government_or_organizations \
        and s.tokens[k - 1].is_word and not s.is_stop(k - 1) \
        and (s.keys[k - 1].startswith("ال") or (s.keys[k + 1].startswith("ال") and not s.is_stop(k + 1)))


def _bare_derived_masdar(s: Sentence, k: int) -> bool:
    """Arabic: token k is an indefinite verbal noun of a derived verb ('إحالة', 'إقالة', 'إغلاق', 'اعتقال',
    'استئناف'), read as `_derived_masdar` reads one with the article (and the hollow 'إفالة': 'إحالة')."""
    key, text = s.keys[k], s.tokens[k].text
    if k in s.protected or key.startswith(("ال", "لل")) or not text.startswith(("إ", "ا")) or s.is_stop(k) \
            or key in s.lex.government_or_organizations or _first_name(s, k):
        return False
    if len(key) == 5 and key[2] == "ا" and key[4] == "ه" and key[1] not in "اوي" and key[3] not in "اوي":
        return True  # إفالة ('إحالة', 'إقالة', 'إعادة')
    if len(key) == 5 and key[3] == "ا" and not any(c in "اوي" for c in key[1:3] + key[4]):
        return True  # إفعال ('إغلاق', 'إطلاق')
    if len(key) == 6 and key[4] == "ا" and (key[2] in "تطد" or key[1] == "ن") \
            and not any(c in "اوي" for c in key[1] + key[3] + key[5]):
        return True  # افتعال, انفعال
    return len(key) == 7 and key.startswith("است") and key[5] == "ا"


def _derived_masdar(s: Sentence, k: int) -> bool:
    """Arabic: token k is a definite verbal noun of a derived verb, of the forms إفعال, افتعال, انفعال or استفعال
    ('الإفراج', 'الإضراب', 'الاعتقال', 'الانسحاب', 'الاستئناف'): no adjective has these forms, so after a
    definite word it is no attribute of the subject; a word of a body's name ('الاتحاد', 'الائتلاف') or a known
    name's word is never read so."""
    key = s.keys[k]
    if k in s.protected or not key.startswith("ال") or s.is_stop(k) or not s.tokens[k].is_word \
            or s.tokens[k].text.endswith(("ة", "ات")) or key in s.lex.government_or_organizations:
        return False
    stem = key[2:]
    weak = "اوي"
    if len(stem) == 5:  # إفعال
        return stem[0] == "ا" and stem[3] == "ا" and not any(c in weak for c in stem[1:3] + stem[4])
    if len(stem) == 6:  # افتعال ('اعتقال', 'اضطراب'), انفعال ('انسحاب')
        return stem[0] == "ا" and stem[4] == "ا" and (stem[2] in "تطد" or stem[1] == "ن") \
            and not any(c in weak for c in stem[1] + stem[3] + stem[5])
    return len(stem) == 7 and stem.startswith("است") and stem[5] == "ا"  # استفعال


def _causal_adjective(s: Sentence, k: int) -> bool:
    """Arabic 'الرئيس المنتهية ولايته': a feminine definite participle after a masculine definite noun agrees
    with the noun after it, which is its subject and no object ('حملة الرئيس المنتهية ولايته خصومها')."""
    if k < 2:
        return False
    part, noun = s.tokens[k - 1].text, s.tokens[k - 2].text
    return part.startswith("الم") and part.endswith("ة") and len(part) > 5 and noun.startswith("ال") \
        and not noun.endswith(("ة", "ات"))


def _reports_object(s: Sentence, hit: CueHit) -> bool:
    """'وصف X الاتفاق بأنه …', 'متهمة إياها بـ…': a verb whose object belongs to what it reports."""
    key, listed = s.keys[hit.first], s.lex.object_cues
    return hit.first == hit.last and (key in listed or s.strip_clitic(key) in listed)


def _described_thing_only(s: Sentence, hit: CueHit, right: tuple[int, int], opener: int) -> bool:
    """Arabic: a describing verb glued to 'و' that shares an earlier verb's subject, with only a noun and its
    definite genitive before 'بأن' ('ووصف قرار التجميد بأنه', 'ووصف أداء الحكومة بأنه'): no speaker is named
    (no title, trade, body, unnamed source or name opens the words), so they are what was described."""
    if not _reports_object(s, hit) or not s.keys[opener].startswith("بان") or opener != right[1] + 1 \
            or right[1] != right[0] + 1 or not _glued_conjunction(s, hit):
        return False
    head = right[0]
    key = s.strip_clitic(s.keys[head])
    return _construct_object(s, head, right[1]) and head not in s.protected and not _first_name(s, head) \
        and not is_title(s, head) and key not in s.lex.professions and key not in s.lex.government_or_organizations \
        and s.keys[head] not in s.lex.anonymous and s.keys[head] not in s.lex.capitals_or_countries \
        and right[1] not in s.protected


def _object_alone(s: Sentence, hit: CueHit, right: tuple[int, int], opener: int) -> bool:
    """Arabic: a verb that always takes an object, opening a coordinated clause ('واتهم', 'ووصف'), with one
    word or one known name before its opener: that is the object; the subject is carried over."""
    if not (_glued_conjunction(s, hit) or _after_also(s, hit)) \
            or s.strip_clitic(s.keys[hit.first]) not in s.lex.object_required:
        return False  # (or 'كما اتهم الحكومة بـ…')
    one = right[0] == right[1] or (all(k in s.protected for k in range(right[0], right[1] + 1))
                                   and not any(k in s.name_heads for k in range(right[0] + 1, right[1] + 1)))
    return one and opener == right[1] + 1  # (two known names side by side are the subject and the object:
    # 'واتهمت جماعة الحوثي التحالف بقيادة السعودية بـ…')


def _oblique_plural_object(s: Sentence, hit: CueHit, first: int, opener: int) -> bool:
    """Arabic: a verb with an introducer opening a coordinated clause ('ودعا', 'وحث'), with only a definite
    sound plural in '-ين' and up to two definite adjectives before the introducer ('ودعا المواطنين إلى …'): a
    plural in that case is never the subject, so it is the object and the subject is carried over."""
    if not hit.introducer or not (_glued_conjunction(s, hit) or _after_also(s, hit)) \
            or not first < opener <= first + 3 or not _matches_introducer(s, opener, hit.introducer) \
            or any(k in s.protected or s.is_stop(k) or not s.keys[k].startswith("ال") for k in range(first, opener)):
        return False
    head = s.keys[first]
    return head.endswith("ين") and len(head) >= 7  # (not 'الأمين', 'الحسين')


def _passive_accusation(s: Sentence, hit: CueHit, right: tuple[int, int], opener: int) -> bool:
    """Arabic: a verb that always takes an object, with no conjunction of its own, and a single noun phrase (a
    known name, or the words a noun phrase reads) then only adverbs before its preposition: with no object
    written, the verb is passive ('اتُّهمت قوات النظام مرارا باستخدام …')."""
    if _glued_conjunction(s, hit) or _after_also(s, hit) \
            or s.strip_clitic(s.keys[hit.first]) not in s.lex.object_required \
            or not _matches_introducer(s, opener, hit.introducer or "ب") or _is_complementizer(s, opener) \
            or s.quote_at(opener) or s.keys[right[0]] in s.lex.determiners:
        return False
    phrase = noun_phrase(s, right[0])
    return phrase is not None and phrase[1] >= right[1] and skip_adverbs(s, right[1] + 1) == opener \
        and not _definite_object_last(s, right) and _object_split(s, right[0], opener, right) is None
    # ('اتهمت جماعة الحوثي التحالف بـ…': the alliance, a name of its own, is the object)


def _object_content(s: Sentence, start: int) -> Range | None:
    """From the object on (not from a complementizer after it, as for 'أشار إلى أن')."""
    last = content_end(s, start)
    return _span(s, start, last) if last >= start else None


def _stance_noun_inside(s: Sentence, right: tuple[int, int], definite_genitive: bool) -> int | None:
    """Arabic: a noun of a stance (stance_nouns.txt) inside the words read as a subject, after a definite word
    or a known name and before a genitive ('حرص مصر'; with `definite_genitive`, also 'موقف الحكومة'): where
    the verb's object starts."""
    first, last = right
    return next((k for k in range(first + 1, last) if s.keys[k] in s.lex.stance_nouns
                 and (s.keys[k - 1].startswith("ال") or k - 1 in s.protected) and k not in s.protected
                 and (definite_genitive or not s.keys[k + 1].startswith("ال"))
                 and s.tokens[k + 1].is_word and not s.is_stop(k + 1)), None)


def _object_inside(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: where the object starts inside the words read as the subject of a verb with an introducer: the
    first definite word after the subject's head that is no adjective of it ('الوزير الدول المستهلكة إلى'),
    else the last definite word ('البنك المركزي المصارف إلى'); None when the words are one name."""
    first, last = right
    if last > first and s.keys[first].startswith("ال") and s.keys[first] in s.lex.documents \
            and not s.keys[first + 1].startswith("ال") and s.tokens[first + 1].is_word and not s.is_stop(first + 1):
        return first + 1  # "كما دعا البيان مجلس الأمن إلى …": a definite document, then a noun without the article
    stance = _stance_noun_inside(s, right, False)
    if stance is not None:  # "وأكد الرئيس عبد الفتاح السيسي حرص مصر على …": a noun of a stance after the
        return stance  # subject's last definite word, with a name after it, opens the object
    named = next((k for k in range(first + 2, last + 1) if _noun_after_full_name(s, k, right)), None)
    if named is not None:  # "وأكد الرئيس التونسي قيس سعيد مواصلة الحرب على …"
        return named
    if last > first and (is_title(s, first) or s.strip_clitic(s.keys[first]) in s.lex.professions):
        held = _object_after_holder(s, first, last)  # ('وحثت الخبيرة ليلى حداد المسافرين على': a trade too)
        if held is not None:
            return held
    if last > first and is_title(s, first) and not s.keys[first].startswith("ال"):
        titled = _object_after_title(s, first, last)  # ("ودعا رئيس لجنة تقصي الحقائق الحكومة إلى": after a
        if titled is None:  # closed chain, the last)
            titled = _noun_with_nisba_after_chain(s, first, last)
        return last if titled is None and _definite_object_last(s, right) else titled
    if last == first or s.keys[first] in ("عبد", "ابو") or s.keys[first] in s.lex.name_connectors:
        return None  # ('عبد الرحمن', 'أبو الغيط': one name)
    if _first_name(s, first) or _surname_named_earlier(s, first):
        for k in range(first + 1, last + 1):  # "وطالب مصطفى المجتمع الدولي بـ…": a name takes no definite
            key = s.keys[k]                       # adjective, so its first definite word that is no surname
            if key.startswith("ال") and not key.endswith(("ي", "يه")) and k not in s.protected \
                    and s.keys[k - 1] not in s.lex.name_connectors:
                return k                         # ('محمد المصري') is the object ('أحمد أبو الغيط': a kunya's name)
            if s.is_stop(k) or k in s.protected:
                return None
        return None
    k = first + 1
    while k <= last and not s.keys[first].startswith("ال") and _indefinite_attribute(s, k - 1, k):
        k += 1  # "وتطالب منظمات بيئية الحكومات بـ…": after an indefinite noun and its adjectives, a definite
    if k > first + 1 and k <= last and s.keys[k].startswith("ال") and k not in s.protected:  # word is the object
        return k
    if k > first + 1 and k < last and _indefinite_word(s, k) and not _first_name(s, k) and not is_title(s, k) \
            and s.keys[k + 1].startswith("ال") and not s.is_stop(k + 1):
        return k  # "واتهمت جماعة حقوقية مصلحة السجون بـ…": a noun in construct after the adjectives is the object
    start = first + 1
    while first in s.protected and start <= last and start in s.protected and start not in s.name_heads:
        start += 1  # ("وحث الاتحاد الأوروبي الأطراف على": past the known name)
    if start == first + 1 and not s.keys[first].startswith("ال") and start <= last and s.keys[start].startswith("ال"):
        start += 1  # ("وطالب اتحاد النقابات الحكومة بـ": an indefinite head's first definite word is its genitive)
    for k in range(start, last + 1):
        key = s.keys[k]
        if s.keys[first].startswith("ال") and not key.startswith("ال") and k < last and _construct_object(s, k, last) \
                and not _first_name(s, k) and not _causal_adjective(s, k):
            return k  # "وأكد الوزير حرص الإمارات على …": a construct after a definite subject is the object
        if _possessed_masdar(s, k):
            return k  # "وأكدت الوزارة المعنية حرصها على …": a noun with a possessive pronoun opens the object
        if key.startswith("لل") and len(key) > 4 and k < last and s.keys[first].startswith("ال") \
                and not s.is_stop(k) and k not in s.protected:
            continue  # "ودعت الهيئة الوطنية للمياه المواطنين إلى": what the body is for is part of its name
        if not key.startswith("ال") or s.is_stop(k) or (k in s.protected and k not in s.name_heads):
            return None
        if key in _RANKS and k < last:
            return None  # ("وحذر الخبير العسكري العميد المتقاعد إلياس حنا من": a rank before the name, his)
        if _participle_noun_with_nisba(s, k, last):
            return k  # "وطالب المجلس الوطني الفلسطيني المجتمع الدولي بـ…": a noun with its own adjective
        participle = key.startswith("الم") and not (is_title(s, first) and s.keys[first].startswith("ال")) \
            and not (s.keys[first].endswith("ه") and not key.endswith("ه")) \
            and not s.tokens[k].text.endswith("ى")  # ('الوزارة المجتمع الدولي': no masculine word describes a
        # feminine head; 'الطبيب المرضى': a plural in alef maqsura is no participle describing him)
        unagreeing = (s.keys[first].endswith("ه") and key.endswith("ي")) or (
            key.endswith("يه") and _people_plural(s, first))  # ('الوزارة الأهالي': no masculine nisba describes
        # a feminine head; 'الأهالي البلدية': no feminine singular one describes people named in the plural)
        if k in s.name_heads or _plural_object_after(s, first, k) or not (
                (key.endswith(("ي", "يه", "يون", "يين")) and not s.tokens[k].text.endswith("ى") and not unagreeing)
                or participle  # (after 'الرئيس' only listed ones)
                                     or key in s.lex.adjectives
                                     or (s.tokens[k].text.startswith("الأ") and len(key) == 6)):
            return k
    return last if _definite_object_last(s, right) else None


_THING_PLURALS: Final = frozenset({"مصادر"})  # (group nouns agreeing as things: 'المصادر الأمنية')


def _people_plural(s: Sentence, k: int) -> bool:
    """Arabic: a definite broken plural naming people (group_nouns.txt: 'الأهالي', 'السكان', 'العمال'); their
    adjectives are plural, never a feminine singular ('الأهالي الغاضبون')."""
    key = s.keys[k]
    return key.startswith("ال") and key[2:] in s.lex.group_nouns and key[2:] not in _THING_PLURALS


def _noun_with_nisba_after_chain(s: Sentence, first: int, last: int) -> int | None:
    """Arabic: an indefinite title, its chain of genitives closed by a definite one and that one's adjectives
    ('رئيس جمعية الهلال الأحمر', 'مدير مكتب الإعلام الحكومي'), then a masculine definite noun in 'الم' with a
    relative adjective of its own that ends the words ('المجتمع الدولي'): a second noun phrase, the verb's object
    (the chain's adjectives agree with its last noun and come right after it). None otherwise."""
    k = first + 1
    while k <= last and not s.keys[k].startswith("ال") and _plain_word(s, k) and not _first_name(s, k):
        k += 1  # ('جمعية', 'مجلس إدارة': the chain's indefinite nouns)
    if k >= last or not s.keys[k].startswith("ال") or s.is_stop(k) or not s.tokens[k].is_word:
        return None
    k += 1  # (the definite genitive that closes the chain)
    adjectives = 0
    while k < last and s.keys[k].startswith(("ال", "لل")) and not s.is_stop(k) and s.tokens[k].is_word \
            and (s.keys[k].endswith(("ي", "يه")) or s.keys[k] in s.lex.adjectives or s.keys[k].startswith("لل")
                 or (s.tokens[k].text.startswith("الأ") and len(s.keys[k]) == 6)):
        k += 1  # (and a genitive with 'لـ' and its adjectives: 'الشركة العربية للاستثمار الزراعي')
        adjectives += 1
    key = s.keys[k]
    return k if adjectives and k + 1 == last and k not in s.protected and key.startswith("الم") \
        and not s.tokens[k].text.endswith(("ة", "ى", "ات")) and key not in s.lex.adjectives \
        and s.keys[last].endswith("ي") and last not in s.protected and not s.is_stop(last) else None


def _participle_noun_with_nisba(s: Sentence, k: int, last: int) -> bool:
    """Arabic: a definite word in 'الم' at token k, after a definite relative adjective and before another
    ('الوطني الفلسطيني المجتمع الدولي', 'الأوروبي المجتمع الدولي'): it is no third adjective of the subject but a
    noun with an adjective of its own, the verb's object (an adjective in 'الم' comes before the relative ones)."""
    if k - 1 < 0 or k + 1 > last:
        return False
    before, after = s.keys[k - 1], s.keys[k + 1]
    return s.keys[k].startswith("الم") and before.startswith("ال") and before.endswith("ي") \
        and after.startswith("ال") and after.endswith(("ي", "يه")) and not s.is_stop(k + 1) \
        and k not in s.protected and not s.tokens[k].text.endswith(("ة", "ى")) \
        and s.keys[k] not in s.lex.adjectives  # ('الائتلاف الوطني المعارض السوري': a listed adjective)


def _object_after_title(s: Sentence, first: int, last: int) -> int | None:
    """Arabic, with no opener: where the object starts after a title and its definite genitive and adjectives
    ('وأكد وزير الخارجية أهمية الحوار'): a noun ending in 'ة', no first name, with a definite genitive after it;
    after a name and its surname, the first such noun-and-genitive pair ('وزيرة الصحة هالة السعيد ضرورة
    الالتزام', 'وزير الداخلية حمزة الطاهر إغلاق الحدود'). None when the words may all be the holder's name."""
    k = first + 1
    while k <= last and s.keys[k].startswith(("ال", "وال")) and not s.is_stop(k) and k not in s.protected:
        k += 1  # ('وزير الطاقة والبنية التحتية': a portfolio of two, joined by 'و')
    if k > first + 1 and k < last and _causal_adjective(s, k):
        k += 1  # ('رئيس البرلمان المنتهية ولايته الحكومة': the participle's subject is the holder's)
    if k == first + 1 or k > last or not _plain_word(s, k):
        return None
    m = k + 1
    while m < min(s.b - 1, k + 4) and _plain_word(s, m) and not _construct_pair(s, m):
        m += 1
    later = m if m < s.b - 1 and _construct_pair(s, m) and not _first_name(s, m) \
        and (_first_name(s, k) or s.keys[m - 1].startswith("ال")) else None
    if _first_name(s, k) or later is not None:
        return later  # (a known first name, or a first pair read as a name and its surname: the next pair)
    return k if _construct_pair(s, k) and s.keys[k].endswith("ه") else None


def _plain_word(s: Sentence, j: int) -> bool:
    """Arabic: a word that may open an object after a title: no stop, known name, title, or word behind a
    preposition ('رئيس الاتحاد المغربي لكرة القدم': the genitive 'لـ' goes on with the title)."""
    return s.tokens[j].is_word and not s.is_stop(j) and j not in s.protected and not is_title(s, j) \
        and s.keys[j][:1] not in ("ل", "ب") \
        and not _glued_preposition(s, j) and s.keys[j] not in s.lex.name_connectors_or_prepositions


def _construct_pair(s: Sentence, j: int) -> bool:
    """Arabic: an indefinite word with a definite one after it (a noun and its genitive)."""
    return j + 1 < s.b and _plain_word(s, j) and not s.keys[j].startswith("ال") and s.keys[j + 1].startswith("ال") \
        and not s.is_stop(j + 1)


def _first_name(s: Sentence, j: int) -> bool:
    return s.keys[j] in s.lex.female_names_or_male_names


def _surname_named_earlier(s: Sentence, j: int) -> bool:
    """Arabic: an undefined word that an earlier sentence wrote right after a first name ('… سامي الكردي …
    واتهم هوراماني الحكومة بـ…' after 'سامي هوراماني'): a surname standing for its person, a name that takes
    no definite genitive ('الحكومة' after it opens the object)."""
    key = s.keys[j]
    if s.lex.lang != "ar" or key.startswith("ال") or len(key) < 3 or _first_name(s, j) or is_title(s, j):
        return False
    return _AFTER_FIRST_NAME.first(s, key) < s.a


class _AfterFirstName:
    """Where each word is first written right after a first name, in the text's tokens read so far: the index
    of one text (the last one asked about), read on only as far as a sentence asks, so that a long text is read
    once rather than once per sentence."""

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.lex: Lexicon | None = None
        self.read = 1  # tokens[1:read] are in `firsts`
        self.firsts: dict[str, int] = {}

    def first(self, s: Sentence, key: str) -> int:
        """The first k >= 1 before s.a with tokens[k].key == key right after a first name; s.a when none."""
        if self.tokens is not s.tokens or self.lex is not s.lex or self.read > len(s.tokens):
            self.tokens, self.lex, self.read, self.firsts = s.tokens, s.lex, 1, {}
        if self.read < s.a:
            tokens, firsts = s.tokens, self.firsts
            males, females = s.lex.male_names, s.lex.female_names
            for k in range(self.read, s.a):
                before = tokens[k - 1].key
                if (before in males or before in females) and tokens[k].key not in firsts:
                    firsts[tokens[k].key] = k
            self.read = s.a
        return self.firsts.get(key, s.a)


_AFTER_FIRST_NAME: Final = _AfterFirstName()


_RANKS: Final = frozenset({"العميد", "اللواء", "العقيد", "المقدم", "الرايد", "المشير"})  # a rank before a name
# ('الخبير العسكري العميد المتقاعد إلياس حنا'; not 'الفريق', also the team, nor 'النقيب', a union's head)
_RANK_GRADES: Final = frozenset({"اول", "ركن"})  # ('الفريق أول ركن فياض الرويلي': the grade of a military rank)


def _object_after_holder(s: Sentence, first: int, last: int) -> int | None:
    """Arabic: after a title, its holder's name, then the object ('ودعا الوزير محمد أحمد الحكومة إلى', 'وحث
    الأمين العام أنطونيو غوتيريش الأطراف على'): the definite words closing the mention, after the name's last
    word without the article (a first name, a known name); a definite word right after a first name may be
    its surname ('صالح العرموطي الحكومة'; 'أمين الناصر' alone is the name)."""
    names = s.lex.male_names, s.lex.female_names
    holder = next((k for k in range(first + 1, last + 1) if k in s.protected
                   or (s.keys[k] in names[0] or s.keys[k] in names[1])
                   or (k > first + 1 and s.keys[k - 1].startswith("ال") and not s.keys[k].startswith("ال")
                       and s.tokens[k].is_word and not s.is_stop(k) and not is_title(s, k)
                       and s.keys[k] not in _RANK_GRADES
                       and not _glued_preposition(s, k) and not s.keys[k].startswith("لل"))
                   or (k == first + 1 and _bare_name_after_title(s, first, k))
                   or _name_after_place_genitive(s, first, k)), None)
    # ('في اليمن جوليان هارنيس'; 'رئيس الاتحاد العربي للكرة الطائرة خالد': 'للكرة' goes on with the title)
    if holder is not None and holder in s.protected and last - 1 >= holder and last - 1 in s.protected \
            and last not in s.protected and s.tokens[last].is_word and not s.keys[last].startswith(("ال", "وال")) \
            and not s.is_stop(last) and not is_title(s, last) and not _first_name(s, last) \
            and s.keys[last] not in s.lex.name_connectors and s.keys[last][:1] not in ("ل", "ب"):
        return last  # "ودعا الرئيس ماكرون إيران إلى …": one bare word after the known name is whom he called on
    if holder is not None and s.keys[holder] in ("عبد", "ابو") and holder + 1 < last \
            and s.keys[holder + 1].startswith("ال") and holder + 1 not in s.protected:
        holder += 1  # ('عبد الفتاح البرهان المواطنين': the first name is two words)
    if holder is None or not s.keys[last].startswith("ال") or last in s.protected:
        return None
    known = holder in s.protected
    start = last
    while start - 1 > holder and s.keys[start - 1].startswith("ال") and start - 1 not in s.protected \
            and not s.is_stop(start - 1):
        start -= 1
    if start - 1 in s.protected and not known:
        return None  # (the definite words follow a known name that is not the holder)
    if not known:
        while start < last and s.keys[start].endswith("ي"):
            start += 1  # ('محمد التليلي المنصري المرشحين': surnames of origin, then the object)
    if s.keys[start - 1] in s.lex.name_connectors or (not known and start == holder + 1):
        if start == last:  # (a kunya's genitive after a known body: 'الجامعة العربية أحمد أبو الغيط')
            return None
        start += 1  # ('أمين الناصر الحكومة', 'أحمد أبو الغيط الدول')
    return start if all(s.tokens[k].is_word and not s.is_stop(k) for k in range(start, last + 1)) else None


POSSESSIVE_ENDINGS: Final = ("يها", "يهم", "يهما")  # 'موظفيها', 'مساعديهم': a plural's possessive
SUBJECT_QUALIFIERS: Final = ("نفس", "وحد", "كل", "جميع", "بعض", "معظم", "أغلب")  # 'الوزير نفسه': the subject
_NOT_NAME_ENDINGS: Final = ("ة", "ه", "ات", "اء", "ون")  # 'أعضاء', 'ممثلي', 'القيادات': a noun, not a first name


def _name_after_place_genitive(s: Sentence, first: int, k: int) -> bool:
    """Arabic: token k is a bare word right after a known place that closes a title's chain of genitives ('رئيس
    بلدية باريس آن هيدالغو', 'رئيس وزراء كندا جاستن ترودو'): a place takes no genitive of its own, so the word
    opens the holder's name (not a glued preposition, a title or a stop word)."""
    place = s.keys[k - 1]
    region = k - 2 > first and s.keys[k - 2] in s.lex.region_nouns and not place.startswith("ال") \
        and s.tokens[k - 1].is_word and not s.is_stop(k - 1) and not _first_name(s, k - 1)
    return k > first + 1 and (place in s.lex.capitals_or_cities or place in s.lex.capitals_or_countries or region) \
        and k - 1 not in s.protected and all(not s.keys[m].startswith("ال") for m in range(first, k)) \
        and s.tokens[k].is_word and not s.is_stop(k) and not is_title(s, k) and not s.keys[k].startswith("ال") \
        and s.keys[k][:1] not in ("ل", "ب") and s.keys[k] not in s.lex.name_connectors_or_prepositions


def _bare_name_after_title(s: Sentence, title: int, k: int) -> bool:
    """Arabic: an unlisted first name right after a definite title, with its surname after it ('النائب شعيب
    المويزري', 'النائب مهلهل المضف'): a plain word with no article, no preposition and no plural or feminine
    ending, before a definite word that no adjective follows ('الوزير ممثلي الشركات الكبرى', 'نواب البرلمان
    الأوروبي': a noun and its genitive, the object)."""
    key = s.keys[k]
    adjective = k + 2 < s.b and s.keys[k + 2].startswith("ال") and s.keys[k + 2].endswith("ي")
    return s.keys[title].startswith("ال") and k + 1 < s.b and s.keys[k + 1].startswith("ال") and not adjective \
        and not (key.startswith("م") and key.endswith("ي") and len(key) > 4) \
        and not key.startswith(("ال", "لل")) and s.tokens[k].is_word and not s.is_stop(k) and not is_title(s, k) \
        and not _glued_preposition(s, k) and not key.endswith(_NOT_NAME_ENDINGS) and k not in s.cue_tokens \
        and key not in s.lex.determiners_or_quantifiers


def _glued_preposition(s: Sentence, k: int) -> bool:
    """Arabic: token k opens with a preposition glued to it ('لتعزيز', 'بالوفاء'): no name."""
    return s.tokens[k].text[:1] in "لب" and k not in s.protected and s.strip_clitic(s.keys[k]) != s.keys[k]


def _past_addressee(s: Sentence, i: int, limit: int) -> int:
    """Arabic: the token after an addressee written right after the verb: 'لـ' and a quoted name, or a word
    with 'لل' ('للصحفيين'); i when there is none."""
    if i >= min(limit, s.b):
        return i
    if s.keys[i] == "ل" and i + 1 < s.b and s.tokens[i + 1].text in QUOTE_MARKS:
        close = next((k for k in range(i + 2, min(limit, s.b, i + 8)) if s.tokens[k].text in QUOTE_MARKS), None)
        return close + 1 if close is not None else i
    marker = _conduit_marker_at(s, i) if s.keys[i][:1] == "ل" else 0
    if marker:  # "لرويترز", "لقناة الجزيرة": the outlet told, with its name
        k = i + marker
        while k < min(limit, s.b) and k in s.protected and (k == i + marker or k not in s.name_heads):
            k += 1
        if k == i + marker and s.keys[k - 1][1:] in s.lex.outlet_nouns:
            while k < min(limit, s.b) and k - i - marker < 3 and _outlet_genitive(s, k):
                k += 1  # ("لوكالة الأنباء الرسمية": an agency named by its definite words)
        if k == i + marker:  # "لموقع إخباري محلي": an unnamed outlet goes on with its indefinite adjectives
            feminine = s.tokens[k - 1].text.endswith("ة")  # ("لصحيفة عربية مستقلة": agreeing in 'ة')
            while k < min(limit, s.b) and k - i - marker < 3 and (_indefinite_relative_adjective(s, k) or (
                    feminine and s.tokens[k].text.endswith("ة") and _indefinite_word(s, k))):
                k += 1
        return k
    if s.keys[i].startswith("لل") and i not in s.protected:
        k = i + 1  # ('للمسؤولين اللبنانيين': with its adjectives)
        while k < min(limit, s.b) and s.keys[k].startswith("ال") and not s.is_stop(k) and k not in s.protected:
            k += 1
        return k
    return i


def _outlet_genitive(s: Sentence, k: int) -> bool:
    """Arabic: a definite word right after an outlet noun glued to 'ل' or after another such word ('لوكالة
    الأنباء', 'لصحيفة الأخبار المسائية'): the outlet's name (no cue, stop word, name or introducer)."""
    return s.tokens[k].is_word and s.keys[k].startswith("ال") and k not in s.protected and k not in s.cue_tokens \
        and not s.is_stop(k) and s.tokens[k].start - s.tokens[k - 1].end <= 1


def _indefinite_relative_adjective(s: Sentence, k: int) -> bool:
    """Arabic: an indefinite relative adjective ('إخباري', 'محلية') describing the word before it."""
    return _indefinite_word(s, k) and s.keys[k].endswith(("ي", "يه"))


def _indefinite_word(s: Sentence, k: int) -> bool:
    """Arabic: token k is a plain indefinite word of four letters or more (no name, stop word, cue or 'أن')."""
    return s.tokens[k].is_word and k not in s.protected and k not in s.cue_tokens and not s.is_stop(k) \
        and not s.tokens[k].text.startswith("ال") and len(s.keys[k]) >= 4 and not _is_complementizer(s, k)


def _known_name_last(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: where a known name that closes the words after an object-taking verb begins, when it follows the
    subject's words directly (not after 'باسم', a title, a preposition or a genitive 'لـ'; nor in a subject that
    opens with a title: 'وزير الخارجية الإيراني عباس عراقجي' is all his)."""
    heads = [k for k in range(right[0] + 2, right[1] + 1) if k in s.name_heads
             and all(m in s.protected for m in range(k, right[1] + 1))]

    def opens(head: int) -> bool:
        return not (s.keys[head - 1] == "باسم" or is_title(s, head - 1) or s.is_stop(head - 1)
                    or _genitive_link(s, head - 1) or s.keys[head][:1] == "ل")

    if not heads:
        return None
    if is_title(s, right[0]) or heads[0] - 1 in s.protected:  # (the later of two known names side by side)
        return next((k for k in heads if opens(k) and _full_name_before(s, right[0], k)), None)
    return heads[0] if opens(heads[0]) else None


def _full_name_before(s: Sentence, first: int, head: int) -> bool:
    """Arabic: a first name and a surname right before the known name at `head` ('وزير الدفاع يوآف غالانت حماس',
    'رئيس الوزراء بنيامين نتنياهو حماس'): the holder is named in full, so the known name after him is no part of
    him ('وزير الخارجية الإيراني عباس عراقجي', 'الأمين العام للأمم المتحدة أنطونيو غوتيريش' are all his)."""
    name = head - 1

    def bare(k: int) -> bool:
        key = s.keys[k]
        return s.tokens[k].is_word and not s.is_stop(k) and not key.startswith(("ال", "لل")) \
            and (k in s.protected or key[:1] not in ("ل", "ب")) and not is_title(s, k) \
            and key not in s.lex.name_connectors  # ('بنيامين' is a name, 'لشركة' a genitive)

    if name in s.protected:  # (a known name of two bare words or more: 'جو بايدن', not 'الأمم المتحدة')
        start = max((k for k in s.name_heads if first < k <= name), default=None)
        return start is not None and start < name and all(k in s.protected and bare(k) for k in range(start, name + 1))
    return head - 2 > first and bare(name) and bare(head - 2) and not _first_name(s, name) \
        and (_first_name(s, head - 2) or s.keys[head - 3].startswith("ال") or is_title(s, head - 3))


def _adjective_with_dative(s: Sentence, k: int, last: int) -> bool:
    """Arabic: a listed adjective with a word glued to 'لـ' after it, inside the subject ('برنامج الأغذية العالمي
    التابع للأمم المتحدة'): it describes the name before it, no object opens there."""
    return k < last and s.keys[k] in s.lex.adjectives and s.keys[k + 1][:1] == "ل" \
        and not s.keys[k + 1].startswith("ال")


def _object_after_affiliated_body(s: Sentence, right: tuple[int, int], opener: int) -> int | None:
    """Arabic: 'التابع', 'التابعة' with its dative body ('للحكومة', 'للأمم المتحدة') and the body's adjectives
    inside the words read as the subject, then one definite noun right before the complement of a verb of
    describing ('ووصف المكتب الإعلامي التابع للحكومة الهجوم بأنه …'): that noun is no further adjective (no
    nisba, no listed adjective); it opens the object. None otherwise."""
    if opener != right[1] + 1 or not (s.keys[opener] in ("ب", "ك") or s.keys[opener].startswith("بان")):
        return None
    k = next((j for j in range(right[0] + 1, right[1]) if _adjective_with_dative(s, j, right[1])), None)
    if k is None:
        return None
    m = k + 2
    while m <= right[1] and m not in s.name_heads and (m in s.protected or _nisba_or_adjective(s, m)):
        m += 1  # ('التابع للأمم المتحدة', 'التابعة للحكومة اليمنية': the body's name and its adjectives)
    if m != right[1] or not s.keys[m].startswith("ال") or s.is_stop(m) or not s.tokens[m].is_word \
            or m in s.cue_tokens:
        return None
    return m


def _nisba_or_adjective(s: Sentence, k: int) -> bool:
    """Arabic: a definite nisba ('المصرية', 'الإسرائيلي') or a listed adjective at token k."""
    key = s.keys[k]
    return key.startswith("ال") and (key.endswith(("ي", "يه", "يون", "يين")) or key in s.lex.adjectives) \
        and not s.tokens[k].text.endswith("ى")


def _object_split(s: Sentence, after: int, opener: int,
                  right: tuple[int, int] | None) -> tuple[tuple[int, int] | None, int] | None:
    """The subject after an object-taking verb and the token where its object (the content) starts, or None
    when no object stands before the opener. A demonstrative opens an object ('وصف هذه الزيارة بأنها'); a time
    word, an adverb or an apposition between commas ends the subject ('ظريف اليوم السبت اتهامات بأن',
    'إيران، حليفة دمشق أيضا، الاتهامات "…"'); else a noun phrase does ('النادلة الشابة محتوى رسائل …')."""
    if opener <= after or s.keys[opener] in ("ان", "انه", "انها"):
        return None  # ("اعتبر الخبير الاقتصادي عمر الكتاني أن …": with 'أن' the verb takes no object before it)
    if s.keys[after] in s.lex.determiners:
        return None, after
    if right is None:
        return None
    if right[1] + 1 < opener and listed_object_after_mention(s, right[0], right[1] + 1):
        return right, right[1] + 1  # "واتهم الوزير سامي الحكومة بـ…": right_source stopped before the listed object
    capital = s.keys[right[0]] in s.lex.capitals_or_countries  # ('واتهمت روسيا حلف شمال الأطلسي بـ…')
    if (right[0] in s.protected or capital) and not is_title(s, right[0]):
        name_end = right[0]
        while name_end + 1 <= right[1] and name_end + 1 in s.protected and name_end + 1 not in s.name_heads:
            name_end += 1  # ("جماعة الحوثي التحالف بقيادة السعودية": two known names, side by side)
        if name_end < right[1] and (s.keys[name_end + 1].startswith("ال") or name_end + 1 in s.name_heads
                                    or s.keys[name_end + 1] in s.lex.capitals_or_countries) \
                and not _adjective_with_dative(s, name_end + 1, right[1]):
            return (right[0], name_end), name_end + 1  # "اعتبرت دمشق الاتهامات الموجهة لها …": a known name or
            # a capital standing for its government is the whole subject
    named = _known_name_last(s, right)
    if named is not None:  # "اتهمت الحكومة اليمنية المعترف بها دوليا جماعة الحوثي بـ…": the known name is accused
        return (right[0], named - 1), named
    early = _object_before_preposition(s, right) or _indefinite_body_after(s, right)
    if early is not None:  # "ووصف الوزير القيود المفروضة على دخول الشاحنات بأنها": the object, then its complement
        return (right[0], early - 1), early
    possessed = next((k for k in range(right[0] + 1, right[1] + 1) if _possessed_masdar(s, k)), None) \
        if opener == right[1] + 1 and s.keys[opener].startswith("بان") else None
    if possessed is not None:  # "ووصف الوزير منتقديه بأنهم …": a possessed noun after the subject is described
        return (right[0], possessed - 1), possessed
    described = _described_after_bare_title(s, right, opener)
    if described is not None:  # "ووصف الوزير مشروع القانون بأنه …": the thing described, after a bare title
        return (right[0], described - 1), described
    affiliated = _object_after_affiliated_body(s, right, opener)
    if affiliated is not None:  # "ووصف المكتب الإعلامي التابع للحكومة الهجوم بأنه …": the body it belongs to,
        return (right[0], affiliated - 1), affiliated  # then the thing described
    if opener == right[1] + 1 and not s.quote_at(opener) and not _is_complementizer(s, opener):
        inside = _object_inside(s, right)
        if inside is not None:  # "وطالب مصطفى المجتمع الدولي بالضغط …": the first definite noun after the subject
            return (right[0], inside - 1), inside
    nxt = right[1] + 1
    if nxt < opener and s.tokens[nxt].text in COMMAS:
        close = next((k for k in range(nxt + 1, min(opener, nxt + 7)) if s.tokens[k].text in COMMAS), None)
        if close is not None and close + 1 < opener:
            return right, close + 1
        return None
    if nxt < opener and plural_object_after_mention(s, right[0], nxt):
        return right, nxt  # "ووصف المتحدث باسم النقابة الإجراءات المتخذة بأنها": the plural noun is the object
    stated = _past_statement_phrase(s, nxt)
    if nxt < stated < opener:
        return right, stated  # "واتهمت الوزارة في بيان المعارضة بالتحريض": where it said so, then the object
    start = skip_adverbs(s, nxt)
    if start > nxt:
        return (right, start) if start < opener and s.tokens[start].is_word else None
    if nxt < opener and opener - nxt <= 3 and (s.keys[opener] in ("ب", "ك") or s.keys[opener].startswith("بان")) \
            and all(s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens for k in range(nxt, opener)):
        return right, nxt  # "ووصفت الحكومة المظاهرات بـ«…»": the words between the subject and the complement
    if nxt < opener:
        return None  # a preposition or another stop word after the subject: not an object
    if nxt == opener and (_definite_after_surname(s, right) or _described_after_compound_name(s, right, opener)):
        return (right[0], right[1] - 1), right[1]  # "ووصف الرئيس ماكرون الاتفاق بأنه": a name takes no genitive
    phrase = noun_phrase(s, right[0])
    if phrase is not None and acronym_close(s, phrase[1] + 1, opener) == right[1]:
        return None  # "حذر مكتب تنسيق الشؤون الإنسانية (أوتشا) من": the brackets hold the name's acronym
    if phrase is not None and (phrase[1] >= right[1] or is_title(s, phrase[1])) and _definite_object_last(s, right):
        return (right[0], right[1] - 1), right[1]  # "ووصف زعيم المعارضة الإصلاحات بأنها": the last word
    if phrase is not None and phrase[1] + 1 < right[1] and _causal_adjective(s, phrase[1] + 1):
        phrase = phrase[0], phrase[1] + 1  # "واتهم الرئيس المنتهية ولايته المعارضة بـ…": the participle's subject
    if phrase is not None and phrase[1] + 1 <= right[1] \
            and (is_title(s, phrase[0]) or s.strip_clitic(s.keys[phrase[0]]) in s.lex.professions
                 or s.keys[phrase[0]] in s.lex.professions) \
            and (_first_name(s, phrase[1] + 1) or s.keys[phrase[1] + 1] in _RANKS):
        return None  # "وطالب رئيس مجلس النواب اللبناني نبيه بري بـ…": the title's holder, named after it
    if phrase is not None and phrase[1] + 2 < right[1] and _recognised_by(s, phrase[1]):
        phrase = phrase[0], phrase[1] + 2  # "ووصف الناطق باسم الحكومة المعترف بها دوليا التصعيد بأنه …"
    if phrase is None or phrase[1] >= right[1] or is_title(s, phrase[1]) or s.is_stop(phrase[1] + 1) \
            or (s.keys[phrase[1] + 1].endswith("وا") and not s.keys[phrase[1] + 1].startswith("ال")) \
            or _adjective_with_dative(s, phrase[1] + 1, right[1]) \
            or _complement_conjunct(s, phrase[1], right[1]) or _complement_conjunct(s, phrase[1] + 1, right[1]):
        return None  # "حذر الرئيس علي عبد الله صالح من …": a title is followed by a name, not an object
        # ('حذرت الهيئة الوطنية للنقل والسلامة من', 'الشركة العامة لإنتاج وتوزيع الكهرباء': a conjunct after
        # the body's 'لـ' complement is its name's)
        # ("حذر ممثل اليونيسف في اليمن من …": an object never opens with a preposition; 'حذر علماء شاركوا في
        # الدراسة من أن': a plural verb describes the subject)
    return (right[0], phrase[1]), phrase[1] + 1


def _complement_conjunct(s: Sentence, k: int, last: int) -> bool:
    """Arabic: a word glued to 'لـ' at k and a word glued to 'و' after it, both within the subject ('للنقل
    والسلامة', 'لإنتاج وتوزيع'): a body's complement and its conjunct, part of the body's name."""
    return k < last and s.keys[k][:1] == "ل" and s.keys[k + 1][:1] == "و" and len(s.keys[k]) > 3 \
        and s.tokens[k + 1].is_word and not s.is_stop(k) and not s.is_stop(k + 1) and k + 1 not in s.protected


def _described_after_bare_title(s: Sentence, right: tuple[int, int], opener: int) -> int | None:
    """Arabic: a definite title or trade with no name ('الوزير', 'النائبة'), its adjectives, then a noun phrase
    right before 'بأنه' ('ووصف الوزير مشروع القانون بأنه', 'ووصفت الوزيرة الاتفاق الجديد بأنه'): a verb of
    describing names what it describes before 'بأن', and a definite title takes neither an indefinite noun
    after it nor a definite one that is no adjective, so that noun opens the object. None otherwise."""
    first, last = right
    if opener != last + 1 or not s.keys[opener].startswith("بان") or last <= first or first in s.protected \
            or not s.keys[first].startswith("ال") \
            or not (is_title(s, first) or s.strip_clitic(s.keys[first]) in s.lex.professions):
        return None
    if any(s.is_stop(m) or m in s.protected or not s.tokens[m].is_word for m in range(first + 1, last + 1)):
        return None
    k = first + 1
    while k <= last and s.keys[k].startswith("ال"):
        k += 1  # ('الوزير الشاب': the title's own adjectives, up to an indefinite word)
    if k <= last:  # ('الوزير مشروع القانون': an indefinite noun with its genitive)
        return k if k < last and _construct_object(s, k, last) and not _first_name(s, k) \
            and s.keys[k] not in s.lex.name_connectors else None
    k = last
    while k > first and _is_adjective_like(s, k):
        k -= 1  # ('الوزيرة الاتفاق الجديد': the last definite noun that is no adjective, and its adjectives)
    return k if k > first and not is_title(s, k) else None


def _recognised_by(s: Sentence, k: int) -> bool:
    """Arabic: a definite participle at token k, a preposition with a pronoun glued to it and an adverb in '-يا'
    ('المعترف بها دوليا', 'المعمول به رسميا'): the participle's complement and its adverb, more of the noun
    phrase, never the start of the verb's object."""
    pronoun, adverb = s.keys[k + 1], s.keys[k + 2]
    return s.keys[k].startswith("الم") and len(s.keys[k]) > 5 and pronoun[:1] in ("ب", "ل") \
        and pronoun[1:] in ("ه", "ها", "هم") and s.tokens[k + 1].is_word and adverb.endswith("يا") \
        and not adverb.startswith("ال") and len(adverb) > 4 and s.tokens[k + 2].is_word


def _described_after_compound_name(s: Sentence, right: tuple[int, int], opener: int) -> bool:
    """Arabic: a compound name ('عبد الرحمن') and a definite noun right before 'بأنه': what is described is
    written before 'بأن', so the noun is the object ('ووصف عبد الرحمن الاتفاق بأنه'); before another opener it may
    be the surname ('وحذر عبد الحميد الدبيبة من …')."""
    last = right[1]
    return last - 2 >= right[0] and s.keys[last - 2] in s.lex.name_connectors and s.keys[last - 1].startswith("ال") \
        and s.keys[last].startswith("ال") and last not in s.protected and not _is_adjective_like(s, last) \
        and s.keys[opener].startswith("بان")


def _definite_after_surname(s: Sentence, right: tuple[int, int]) -> bool:
    """Arabic: the words read as the subject of an object-taking verb end in a definite noun right after a
    surname (a known name, one after a first name, or one written after a first name earlier: 'الرئيس ماكرون
    الاتفاق', 'الوزير أنتوني بلينكن المحادثات'): a name takes no definite genitive, and a surname is followed by no
    other, so the noun is the object (not after a first name, 'الوزير خالد الفيصل', nor a relative adjective or a
    participle)."""
    first, last = right
    name = last - 1
    if name <= first or last in s.protected or not s.keys[last].startswith("ال") or _is_adjective_like(s, last) \
            or not s.tokens[name].is_word or s.is_stop(name) or s.keys[name].startswith(("ال", "وال")) \
            or _first_name(s, name) or is_title(s, name) or s.keys[name] in s.lex.name_connectors \
            or s.keys[name - 1] in s.lex.name_connectors or len(s.keys[name]) < 3:
        return False
    return name in s.protected or _first_name(s, name - 1) \
        or _surname_named_earlier(s, name)  # (not 'الوزير الشاب مشروع القانون': a noun in construct)


def _object_before_preposition(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: words read as the subject of an object-taking verb that run on over a preposition ('الوزير القيود
    المفروضة على دخول الشاحنات', 'المتحدث باسم المنظمة الدولية القيود المفروضة على …'): the first definite noun
    before the preposition that cannot describe the words before it opens the object. None when there is none."""
    first, last = right
    stop = next((k for k in range(first + 1, last + 1) if s.is_stop(k)), None)
    if stop is None:
        return None
    return next((k for k in range(first + 1, stop) if k not in s.protected and not is_title(s, k)
                 and _definite_object_last(s, (first, k)) and (k + 1 == stop or (
                     s.keys[k + 1].startswith("ال") and _is_adjective_like(s, k + 1)))), None)
    # (the noun is followed by its preposition or its own adjective: not 'الممثلة الخاصة للأمين العام …')


def _indefinite_body_after(s: Sentence, right: tuple[int, int]) -> int | None:
    """Arabic: an indefinite body noun ('حركة', 'حكومة', 'منظمة') right after a definite word, inside the words read
    as the subject of an object-taking verb ('واتهم المتحدث باسم الجيش الإسرائيلي حركة حماس بـ…'): a definite word
    ends a noun phrase, so the body opens the object. None when there is none."""
    bodies = s.lex.government_or_organizations
    return next((k for k in range(right[0] + 2, right[1] + 1) if s.keys[k] in bodies and not s.keys[k].startswith("ال")
                 and s.keys[k - 1].startswith("ال") and k - 1 not in s.cue_tokens), None)


def _gap_before(s: Sentence, i: int, opener: int) -> bool:
    """Words (not an adverbial like 'في بيان', not a comma) between a subject and a quotation."""
    i = past_whom_told(s, i, opener)  # ('وقال الوزير لنظيره الفرنسي مساء الأحد "…"': whom and when, no content)
    if opener <= i or s.is_stop(i) or _conduit_marker_at(s, i):
        return False  # ('وقال X لرويترز "…"': the outlet, not the content)
    return not any(s.tokens[j].text in COMMAS or s.tokens[j].text in ":：" for j in range(i, opener))


def past_whom_told(s: Sentence, i: int, limit: int) -> int:
    """Arabic: the token after a listed addressee at token i ('لنظيره', 'للصحفيين', 'لها') or a known name glued
    to 'لـ' ('لترامب'), the addressee's definite adjectives ('لنظيره الفرنسي') and the time words after them
    ('مساء الأحد'); i when no addressee is there.
    Whom the speaker told and when, between his verb (or its subject) and what he said, are no part of it."""
    if not s.verb_first or i >= limit:
        return i
    if i in s.datives:  # ('لترامب مساء الأحد': a known name)
        k = i + 1
        while k < limit and k in s.protected and k not in s.name_heads:
            k += 1
        return min(skip_adverbs(s, k), limit)
    if s.keys[i] not in s.lex.addressees or i in s.protected:
        return i
    k = i + 1
    while k < limit and s.keys[k].startswith("ال") and s.tokens[k].is_word and not s.is_stop(k) \
            and k not in s.protected and k not in s.cue_tokens:
        k += 1  # ('لنظيره الفرنسي')
    return min(skip_adverbs(s, k), limit)


def _hoped_for(s: Sentence, hit: CueHit, i: int, opener: int) -> bool:
    """Arabic 'وتأمل الشركة في إنهاء المشروع "…"': after a verb of hoping (hoping_verbs), 'في' and a word up to
    a quotation, with no comma, open the hope itself: the words belong to the content."""
    return s.verb_first and i + 1 < opener and s.keys[i] == "في" \
        and s.strip_clitic(s.keys[hit.first]) in s.lex.hoping_verbs \
        and not any(s.tokens[j].text in COMMAS or s.tokens[j].text in ":：" for j in range(i, opener))


def _addressee_inside(s: Sentence, hit: CueHit, right: tuple[int, int], opener: int) -> int | None:
    """Arabic: where the addressee starts inside the words read as the subject of a verb of telling before its
    complementizer ('أبلغ الوزير البرلمان أن', 'أبلغ مسؤول أمريكي رويترز أن'): a known name after an indefinite
    adjective, or a definite word that no adjective is after a definite word or a known name ('وزارة الخارجية السفير';
    not 'الخارجية' after 'وزارة', a construct, nor 'الأمريكي'). None when there is none."""
    if not s.verb_first or _verb_without_conjunction(s, hit) not in s.lex.addressee_verbs \
            or not (_is_complementizer(s, opener) or s.quote_at(opener)
                    or (s.keys[opener].startswith("ب") and opener == right[1] + 1)):
        return None  # (or 'بضرورة …': what they were told of, glued to its preposition)
    for k in range(right[0] + 1, right[1] + 1):
        if _listed_addressee(s, k) or _possessed_addressee(s, k) or _possessed_masdar(s, k):
            return k  # ('مسؤول كبير الصحفيين', 'أبلغت الشركة موظفيها', 'وزير الخارجية نظيره': the people told)
        if k == right[0] + 1 and s.keys[right[0]] in s.lex.capitals_or_countries and not _is_adjective_like(s, k) \
                and (s.keys[k].startswith("ال") or k in s.name_heads or s.keys[k] in s.lex.countries):
            return k  # ('أبلغت إسرائيل الولايات المتحدة', 'أبلغت مصر الأمم المتحدة': a country, then whom it told)
        if k + 1 <= right[1] and s.keys[k - 1].startswith("ال") and not is_title(s, k - 1) \
                and k - 1 not in s.protected \
                and _indefinite_word(s, k) and not _first_name(s, k) and s.keys[k + 1].startswith("ال") \
                and (s.tokens[k].text.endswith("ة") or is_title(s, k)
                     or s.strip_clitic(s.keys[k]) in s.lex.government_or_organizations):
            return k  # ('أخبرت الشرطة عائلة الضحية', 'أبلغت الحكومة وزير الدفاع': a construct after the subject)
        if k - 1 > right[0] and _indefinite_word(s, k - 1) and s.keys[k - 1].endswith(("ي", "يه")) \
                and k not in s.protected and s.keys[k] in s.lex.outlet_nouns:
            return k  # ('مصدر عسكري وكالة الأنباء': an outlet told, after an adjective)
        if k in s.protected and k - 1 > right[0] and k - 1 not in s.protected and _indefinite_word(s, k - 1) \
                and s.keys[k - 1].endswith(("ي", "يه")):
            return k  # ('مسؤول أمريكي رويترز': after an adjective; not 'إدارة ترمب', a construct, nor 'وزير
            # الخارجية سيرغي لافروف', a title and its holder)
        if k not in s.protected and s.keys[k].startswith("ال") \
                and (not _is_adjective_like(s, k) or _people_plural(s, k) or s.keys[k][2:] in s.lex.object_nouns) \
                and (s.keys[k - 1].startswith("ال") or k - 1 in s.protected):
            return k  # ('وزيرة الصحة الأهالي': people named in a broken plural describe no one)
        if k - 1 in s.protected and k not in s.protected and s.keys[k].startswith("الم") and s.tokens[k].is_word \
                and not s.tokens[k].text.endswith(("ي", "ية", "ة")) and not s.is_stop(k):
            return k  # ('الرئيس محمود عباس المبعوث الأمريكي': after a known name, a definite noun is whom he told)
        if s.keys[k].startswith("ال") and not _is_adjective_like(s, k) and k - 1 > right[0] \
                and _indefinite_word(s, k - 1) and s.keys[k - 1].endswith(("ي", "يه", "يون", "يين")):
            return k  # ('مصادر دبلوماسية الجزيرة', 'مسؤولون عسكريون الكونغرس': no definite word describes an
            # indefinite one)
        if k in s.name_heads and s.keys[k].startswith("ال") and not _is_adjective_like(s, k) \
                and s.keys[k - 1].startswith("ال") and not is_title(s, k - 1):
            return k  # ('الحكومة الأمم المتحدة', 'الخارجية الأمريكية الكرملين': a known name told after the subject;
            # not 'الرئيس الأسد', a title and its holder)
    return None


def _listed_addressee(s: Sentence, k: int) -> bool:
    """Arabic: a definite word whose dative form is a listed addressee ('الصحفيين' / 'للصحفيين', 'أنصاره' /
    'لأنصاره'): whom a verb of telling told, never part of its subject."""
    key = s.keys[k]
    if k in s.protected or not s.tokens[k].is_word:
        return False
    dative = "ل" + key[1:] if key.startswith("ال") else "ل" + key
    return dative in s.lex.addressees and dative not in s.lex.pronouns


def _possessed_addressee(s: Sentence, k: int) -> bool:
    """Arabic: a noun with a possessive pronoun ('موظفيها', 'مساعديه') right after a definite word or a known name
    ('أبلغت الشركة موظفيها بأن …'): the people told (not 'نفسه', 'وحدها', 'كلهم': they qualify the subject)."""
    key = s.keys[k]
    return k not in s.protected and _indefinite_word(s, k) and key.endswith(POSSESSIVE_ENDINGS) \
        and not key.startswith(SUBJECT_QUALIFIERS) and (s.keys[k - 1].startswith("ال") or k - 1 in s.protected)


def _masculine_verb(s: Sentence, hit: CueHit) -> bool:
    """Arabic: the one-word cue is a masculine singular verb: its feminine form, past with a final 'ت' (for a final
    alif) or present with 'ت' for 'ي' ('طالب' / 'طالبت', 'دعا' / 'دعت', 'يطالب' / 'تطالب'), is a cue too."""
    key = _verb_without_conjunction(s, hit)
    past = key[:-1] + "ت" if key[-1:] in ("ا", "ي") else key + "ت"  # ('دعا' / 'دعت', 'نفى' / 'نفت')
    return hit.first == hit.last and (past in s.lex.cues or (key[:1] == "ي" and "ت" + key[1:] in s.lex.cues))


def _agreed_action(s: Sentence, hit: CueHit, opener: int) -> bool:
    """Arabic: a verb of agreeing (agreeing_verbs.txt) whose 'على' opens a course of action ('اتفقا على تعزيز
    التعاون'), not a proposition: neither a complementizer ('على أن …') nor a quotation ('"على وجوب …"') follows."""
    if _verb_without_conjunction(s, hit) not in s.lex.agreeing_verbs or s.quote_at(opener) \
            or not _matches_introducer(s, opener, hit.introducer):
        return False
    nxt = opener + 1
    return nxt < s.b and s.tokens[nxt].is_word and not _is_complementizer(s, nxt) and not s.quote_at(nxt)


def _verb_without_conjunction(s: Sentence, hit: CueHit) -> str:
    """The cue's key without a glued 'و' or 'ف' ('وطالب', 'وحث': too short for strip_clitic, and listed so)."""
    key = s.keys[hit.first]
    return key[1:] if key[:1] in s.lex.proclitics and key[1:] in s.lex.cues else s.strip_clitic(key)


def _feminine_body_after_masculine_verb(s: Sentence, hit: CueHit, right: tuple[int, int], opener: int) -> bool:
    """Arabic: a masculine verb opening a coordinated sentence ('وطالب', 'كما دعا') before a definite feminine body noun
    ('الحكومة', 'الوزارة', 'اللجنة') and then its introducer: the verb does not agree with the noun, so the noun
    is its object and the subject is carried over ('وطالب الحكومة بالاستقالة'; not 'وطالبت الحكومة بـ…')."""
    opening = (hit.first == s.a and (_glued_conjunction(s, hit) or _verb_without_conjunction(s, hit) != s.keys[
        hit.first])) or _after_also(s, hit)  # (mid-sentence, 'ندد الأمين العام بالهجوم وطالب الحكومة بـ…' shares
    # the subject written before it)
    if not s.verb_first or not opening or not _masculine_verb(s, hit) \
            or not _matches_introducer(s, opener, hit.introducer) or right[0] in s.protected:
        return False
    key = s.keys[right[0]]
    bodies = s.lex.government_or_organizations
    return key.startswith("ال") and key.endswith("ه") and (key in bodies or key[2:] in bodies)


def _shared_subject_object(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a cue verb mid-sentence, after another cue, that opens a coordinated clause ('…، وأكد') or follows
    a pronoun ('…، لكنه أكد'), then an indefinite noun in construct with the word after it ('وجود تحديات',
    'ضرورة الحوار'): that noun opens the verb's object; the subject is the earlier one (no title, name, unnamed
    source or known body there: 'وأكد مصدر أمني', 'وأكد وزير الخارجية' still name one)."""
    k = hit.last + 1
    if not s.verb_first or k + 1 >= s.b or not any(j < hit.first for j in s.cue_tokens) \
            or not (_glued_conjunction(s, hit) or s.keys[hit.first - 1] in s.lex.pronouns):
        return False
    key = s.keys[k]
    words = s.lex.words
    if s.keys[k + 1].startswith("ال") and s.strip_clitic(key) not in s.lex.stance_nouns \
            and key not in s.lex.event_nouns:
        return False  # ('وأكدت وزارة الصحة', 'وأكدت عائلة الضحية': a body or a family and its genitive; 'ضرورة
        # الحوار', a stance noun, or 'استمرار الاتصالات', an event's, is the object)
    return s.tokens[k].is_word and s.tokens[k + 1].is_word and not key.startswith("ال") and not s.is_stop(k) \
        and k not in s.protected and k not in s.cue_tokens and not is_title(s, k) and not _first_name(s, k) \
        and not any(s.strip_clitic(key) in words[w] for w in (
            "anonymous", "professions", "pronouns", "titles", "government", "organizations", "outlet_nouns",
            "title_nouns")) \
        and not s.is_stop(k + 1) and k + 1 not in s.cue_tokens


def _glued_conjunction(s: Sentence, hit: CueHit) -> bool:
    """'ويقول', 'فأكد': a verb that opens a coordinated clause (not the purposive 'لـ' after a verb of coming
    back, 'وعادت مديرة المنظمة في جنيف لتحذر من أن …': the subject written between them speaks)."""
    key = s.tokens[hit.first].key
    if key[:1] not in s.lex.proclitics or key in s.lex.cues:
        return False
    return not _after_coming_back(s, hit)


def _after_coming_back(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a cue glued to the purposive 'لـ' a few words after a verb of coming back ('وعادت مديرة المنظمة في
    جنيف لتحذر من أن …'): the words between are its subject, not a noun the cue describes."""
    return s.verb_first and s.tokens[hit.first].key[:1] == "ل" and returning_before(s.tokens, hit.first, s.a, s.lex)


def _with_seat(s: Sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: 'نفت السفارة الأمريكية في بغداد الاتهامات': 'في' and a known place (a capital, a name of the
    registry) right after the subject, then the object: where the body sits belongs to the mention."""
    k = subject[1] + 1
    if k + 2 < s.b and s.keys[k] == "في" and (place_name(s, k + 1) or k + 1 in s.protected
                                             or _definite_place_of_body(s, subject[0], k + 1)) \
            and k + 2 not in s.protected and s.tokens[k + 2].is_word and s.keys[k + 2].startswith("ال") \
            and k + 2 not in s.cue_tokens and not _is_occasion(s, k + 1):
        return subject[0], k + 1
    return subject


def _definite_place_of_body(s: Sentence, head: int, k: int) -> bool:
    """Arabic: token k, after a body's name and 'في', is one definite word of a place ('بعثة الاتحاد الإفريقي في
    الصومال'): no occasion, time or adverb ('في المؤتمر', 'في المقابل', 'في الأثناء')."""
    return _body_word(s, head) and s.keys[k].startswith("ال") and s.keys[k] not in s.lex.occasions \
        and not s.is_stop(k) and not _is_occasion(s, k) and not _phrase_at(s, k, "adverbs")


def _after_also(s: Sentence, hit: CueHit) -> bool:
    """Arabic: the verb right after a 'كما' that opens its sentence or follows a comma ('كما طالب بتشكيل …': he
    also called for), a coordinated clause as 'وطالب' is."""
    k = hit.first - 1
    return s.verb_first and k >= s.a and s.keys[k] in ("كما", "وكما") and (k == s.a or s.tokens[k - 1].text in COMMAS)


def _adverbial_then_clause(s: Sentence, start: int) -> int | None:
    """English 'she said through the accusations from Rome …, the American sisters have banded together', 'He said
    after the meeting, the two sides had agreed …': a prepositional phrase after the cue, a comma, and a clause
    with a subject and a finite verb; the phrase opens the content. Returns where the clause starts."""
    if s.verb_first or not s.tokens[start].is_word or not s.tokens[start].text.islower() \
            or s.keys[start] in ("about", "of", "on", "over", "for", "into", "with", "to"):
        return None  # ('worried about X, Obama is …', 'asked about X, …': a topic, and the main clause after it)
    comma = next((k for k in range(start + 1, min(s.b, start + 14)) if not s.tokens[k].is_word), None)
    if comma is None or s.tokens[comma].text not in COMMAS or s.inside_quote(comma) \
            or any(k in s.cue_tokens for k in range(start, comma)):
        return None
    return comma + 1 if _new_clause_after(s, comma + 1) else None


def _adverbial_then_infinitive(s: Sentence, hit: CueHit, start: int) -> int | None:
    """English 'promised in a speech to resign', 'vowed on Tuesday to fight on': after a verb of promising, a short
    adverbial (a preposition or a day, up to six words, no cue or punctuation) and then 'to' with a lower-case
    verb: the infinitive is what was promised. Returns where 'to' stands."""
    if s.verb_first or s.keys[hit.last] not in s.lex.promising_verbs or start >= s.b \
            or s.keys[start] not in s.lex.adjuncts_or_adverbial_starts:
        return None
    for k in range(start + 1, min(s.b - 1, start + 7)):
        if s.keys[k] == "to":
            nxt = s.tokens[k + 1]
            return k if nxt.is_word and nxt.text.islower() and s.keys[k + 1] not in s.lex.addressees_or_determiners \
                and not nxt.key.endswith("ing") else None
        if not s.tokens[k].is_word or k in s.cue_tokens or _is_complementizer(s, k):
            return None
    return None


def _opens_that(s: Sentence, opener: int | None) -> bool:
    """English: the content opens at a complementizer ('said on Monday that he was fine': a short sentence whose
    words after the cue look adverbial still reports the clause after 'that')."""
    return opener is not None and not s.verb_first and (
        _is_complementizer(s, opener) or s.quote_at(opener) is not None
        or (opener > s.a and s.tokens[opener - 1].text in ":：")  # 'said on Tuesday: "We have no comment."'
        or s.keys[opener] in QUESTION_OPENERS)  # ('shows in detail how companies avoid …')


def _participle_modifier(s: Sentence, hit: CueHit) -> bool:
    return hit.first == hit.last and modifying_participle(s, hit.first)


def _naming_participle(s: Sentence, hit: CueHit) -> bool:
    """English 'a book called "The Quiet Years"', 'a program called Sunday Politics', 'the film called …': a
    naming participle right after a title noun, or after an indefinite noun and before a capitalised name,
    names something; nobody speaks."""
    k = hit.first - 1
    if not s.verb_first and hit.first == hit.last and k > s.a and s.keys[hit.first] in s.lex.title_nouns \
            and s.tokens[k].text in COMMAS and s.tokens[k - 1].is_word and _name_between_commas(s, hit.last + 1):
        return True  # 'The program, called EB-5, allows …': an aside naming the noun before it
    if s.verb_first or hit.first != hit.last or k <= s.a or s.keys[hit.first] not in s.lex.title_nouns \
            or not s.tokens[k].is_word or not s.tokens[k].text.islower():
        return False
    nxt = hit.last + 1
    quote = s.quote_at(nxt) if nxt < s.b else None
    name_start = nxt + 1 if quote or (nxt < s.b and s.tokens[nxt].text in QUOTE_MARKS) else nxt  # a title's marks
    name_start += name_start + 1 < s.b and s.keys[name_start] == "the"  # 'a group called the Leadership Conference'
    capitalised = name_start < s.b and s.tokens[name_start].text[:1].isupper()
    if s.keys[k] in s.lex.title_nouns and (capitalised or quote):
        return True  # not 'The Trump campaign called the charges …'
    article = next((j for j in range(k - 1, max(s.a - 1, k - 4), -1)
                    if s.keys[j] in ("a", "an") or not s.tokens[j].text.islower()), None)
    if article is not None and s.keys[article] in ("a", "an") and quote is None and nxt + 1 < s.b \
            and s.keys[nxt] in ("a", "an") and s.tokens[nxt + 1].text.islower() \
            and s.keys[k] not in s.lex.anonymous_or_titles:
        return True  # 'a separate inquiry called a budget review that …': what the inquiry is called, no one's
        # words ('a senior aide called a "disaster"': a speaker)
    if article is not None and article == k - 3 and not _name_closes_clause(s, name_start):
        return False  # 'a meandering mountain stream called Miracle Run.' (not 'a longtime party ally called
        # Trump a liar': more words after the name say what he was called)
    return capitalised and article is not None and s.keys[article] in ("a", "an") \
        and s.keys[k] not in s.lex.anonymous_or_titles


def _name_closes_clause(s: Sentence, i: int) -> bool:
    """English: capitalised words (or numbers: 'Route 9') from token i up to the end of the sentence, a comma or a
    preposition."""
    j = i
    while j < s.b and s.tokens[j].is_word and (s.tokens[j].text[:1].isupper() or s.tokens[j].text.isdigit()):
        j += 1
    return j > i and (j >= s.b or not s.tokens[j].is_word or s.keys[j] in s.lex.prepositions)


def _name_between_commas(s: Sentence, i: int) -> bool:
    """English: from token i, a capitalised name or a quotation of up to five words, then a comma."""
    if i >= s.b or not (s.tokens[i].text[:1].isupper() or s.quote_at(i) is not None):
        return False
    return any(s.tokens[k].text in COMMAS for k in range(i + 1, min(s.b, i + 6)))


def _subject_before_particle(s: Sentence, hit: CueHit) -> bool:
    """Arabic 'وكان رئيس الوزراء قد وعد بخفض …', 'وكانت الحكومة قد تعهدت بإصلاح …': a verb right after 'قد'
    with a noun phrase before the particle has its subject there; the words after the verb are its object or
    what it reports, never a second subject ('وكانت قد قالت': no subject written, the one after may still be)."""
    if not s.verb_first or hit.first - 2 < s.a or s.keys[hit.first - 1] not in s.lex.verb_particles \
            or _glued_conjunction(s, hit):
        return False
    left = left_subject(s, hit.first)
    return left is not None and left[1] == hit.first - 2 and not s.is_stop(left[0]) \
        and s.keys[left[0]] not in s.lex.pronouns


def _adjacent_subject(s: Sentence, hit: CueHit, left: tuple[int, int]) -> bool:
    """An Arabic verb without a conjunction, written right after a noun phrase, follows its subject."""
    if _glued_conjunction(s, hit) or s.is_stop(left[0]):
        return False
    first = s.keys[left[0]]
    bare = first[1:] if first[:1] in ("و", "ف") and len(first) > 2 else first
    if bare in s.lex.prepositions or bare in s.lex.adverbs:
        return False  # ("ومن جهته قال الوزير", "وبدوره قال", "وفي المقابل قال": an opening aside, the subject after)
    aside = _comma_aside_before_verb(s, hit.first)  # ('الوزير، الذي تولى منصبه …، اعترف')
    return left[1] >= hit.first - 2 or (aside is not None and left[1] >= aside[0] - 1)


_HEARER_ADJUNCT_WORDS: Final = 4  # the most words of a time or place phrase after whom one told ('on Monday')
_HEARER_ADJUNCT_OPENERS: Final = frozenset({"on", "at", "in", "during", "after", "before", "late", "earlier", "this"})


def _participle_after_hearer(s: Sentence, end: int) -> bool:
    """English '…, the minister told reporters, adding that …': right after whom one told (and a short time or
    place phrase, 'on Monday'), a comma and a participle cue that goes on with the report: the words told are
    those before the subject, not the participle's clause."""
    comma = end
    if comma < s.b and s.keys[comma] in _HEARER_ADJUNCT_OPENERS:
        comma = next((k for k in range(end + 1, min(s.b, end + _HEARER_ADJUNCT_WORDS + 1))
                      if not s.tokens[k].is_word or k in s.cue_tokens), s.b)
    nxt = comma + 1
    return nxt < s.b and s.tokens[comma].text in COMMAS and nxt in s.cue_tokens \
        and (nxt in s.participles or s.keys[nxt].endswith("ing")) and s.tokens[nxt].text.islower()


def _subject_first(s: Sentence, hit: CueHit, opener: int | None) -> list[Draft]:
    if _plural_noun_use(s, hit) or _naming_participle(s, hit) or claim_noun_aside(s, hit.first) is not None \
            or (_participle_modifier(s, hit) and (opener is None or s.tokens[hit.last + 1].is_word)):
        # ('claimed in a video posted on Sunday that …'; not 'the crowd chanted "…"')
        return []  # ('…, claims the hospital rejects': 'claims' is the noun)
    leading = _leading_quote(s, hit)
    if leading is not None:
        return leading
    subject = left_subject(s, hit.first)
    if opener is not None or s.keys[hit.last] in s.lex.addressee_verbs:
        subject = _past_who_clause(s, subject)
    took = taking_verb(s.tokens, hit.first - 1) if hit.first - 1 > s.a and s.keys[hit.first - 1] == "to" else None
    if took is not None:  # 'The mayor took to Twitter to accuse …': who took to it ('… agreed and seemed to
        earlier = [j for j in s.cue_tokens if j < took and j not in s.according_starts]  # think …': the earlier
        subject = left_subject(s, took) or (left_subject(s, min(earlier)) if earlier else None) \
            or sentence_subject(s, took)  # verb's subject, or the sentence's)
    if subject is not None and (_own_report_inside(s, subject) or _object_relative(s, subject, hit)
                                or _which_object(s, subject, hit)
                                or (subject[0] > s.a and s.keys[subject[0] - 1] == "than")):
        return []  # ('earlier than many scientists had thought': a comparison, what they thought is not said)
    subject = _relative_before_time(s, _pronoun_subject(s, subject))
    if subject is not None and _teller_going_on(s, subject):
        return []  # 'Craxi told him he would announce his resignation': the teller's own words go on
    prev = s.tokens[hit.first - 1] if hit.first > s.a else None
    after = hit.last + 1
    if subject is None and prev is not None and prev.text in COMMAS:
        subject = _before_relative_clause(s, hit.first) or _name_before_party_tag(s, hit.first)
        # ('Jane Roe, who studies tax policy, said …', 'Sen. Mitch McConnell, R-Ky., said …')
    if subject is None and prev is not None and (prev.text in COMMAS or prev.text in QUOTE_MARKS):
        inverted = _inverted(s, hit, prev)
        if inverted is not None:
            return inverted
        subject = _appositive_subject(s, hit.first)
    elif subject is None and prev is not None and _conjunction_before(s, hit.first) is not None:
        conj = _conjunction_before(s, hit.first) or hit.first - 1  # ('and then said', 'but has said')
        earlier = [j for j in s.cue_tokens if j < conj and j not in s.according_starts]
        if earlier and (tense_shift_after_and(s, max(earlier) + 1, conj)
                        or deed_goes_on(s, max(earlier) + 1 + (s.keys[max(earlier) + 1] == "that"), conj)
                        or any(wish_goes_on(s, e + 1, conj) for e in earlier)
                        or relative_goes_on(s, max(earlier) + 1, conj)):
            return []  # 'explained how … a movement that unites people and demands respect': the content goes on
        shared = _reported_subject_going_on(s, hit, earlier)
        if shared is not None and shared[1] < shared[0]:
            return []  # 'said that the split was healthy and showed …': the same words, no new report
        # ('told police that Pell had followed her and shouted, "…"': Pell shouted)
        subject = shared if shared is not None else _clause_after_comma_subject(s, earlier, conj) \
            or _subordinate_clause_subject(s, earlier, conj) or _pronoun_clause_subject(s, earlier, conj) \
            or _found_speaker_going_on(s, earlier) or (left_subject(s, min(earlier)) if earlier else None)
        # ('she called it "outrageous" and called for …': the earlier cue's subject)
        if subject is None and earlier and min(earlier) > s.a + 1 and s.tokens[min(earlier) - 1].text in COMMAS:
            subject = _appositive_subject(s, min(earlier))  # 'The mayor, LaToya Cantrell, called him … and said'
        subject = subject or _relative_before_and(s, conj)  # ', who make up most of them and see …'
        opening = None if subject else sentence_subject(s, hit.first)  # 'Two doctors examined him and determined
        # that …'; 'A spokesman, Eric Haynes, did not dispute it but said …': the name after the description
        if opening is not None and s.inside_quote(opening[0]):
            opening = None  # ('"Now is the time," said Jo Fry, who ran it, during the slump, and has backed …': a
            # quotation's first word is no subject)
        if opening is not None and s.keys[opening[0]].endswith("ing") and s.tokens[opening[0]].text[:1].isupper():
            opening = main_clause_subject(s, hit.first)  # ('Speaking to supporters in Melbourne, Shaw thanked
            # voters and promised …': the subject after the opening participle's phrase)
        named = _name_after_description(s, opening, hit.first) if opening else None
        if opening and named and _opening_title(s, opening[1] + 1) is not None:
            named = opening[0], named[1]  # ('The mayor of Surabaya, Tri Rismaharini, comforted … and urged')
        subject = subject or named or _without_first_verb(s, opening, conj)
    elif subject is None and prev is not None and not s.verb_first and (prev.key == "that" or (
            hit.first - 2 > s.a and s.keys[hit.first - 2] == "that" and manner_adverb(s, hit.first - 1))):
        subject = _that_antecedent(s, hit.first - 1 - (prev.key != "that"))
        # ('radar data from Malaysia that suggested the plane …', 'a comment that wrongly described …')
    elif subject is None and prev is not None and prev.is_word:
        subject = _subject_before_aside(s, hit.first) or _subject_before_gapped_relative(s, hit.first)
    elif subject is None and prev is not None and prev.text in "-–—―":
        subject = _subject_before_dashes(s, hit.first - 1)
    if subject is None and opener is not None:
        subject = _fronted_cue_speaker(s, hit, opener)
    source, conduits = _split_conduit(s, subject)
    conduits = _join(conduits, _opening_conduit(s, subject) or _aside_conduit(s, subject, hit))
    cited = _cited_in_aside(s, source, hit)
    if cited is not None and source is not None:  # 'The Herald, citing two police sources, reported …'
        source, conduits = cited, _join(conduits, _region(s, source[0], source[1]))
    trailing = _citing_after(s, hit)
    if trailing is not None and source is not None and cited is None:  # '…, Reuters reported, citing officials.'
        source, conduits = trailing, _join(conduits, _region(s, source[0], source[1]))
    quoted = _quotes_around(s, hit, subject)
    if quoted:  # '"A," X said, "B."', 'X said: "B"', '"A," X said.'
        if s.keys[hit.last] in s.lex.addressee_verbs and not _urged_to(s, hit):  # '"…," he told the BBC.'
            conduits = _join(conduits, _region(s, after, _addressee_end(s, hit) - 1))
        return [d for d in (_draft(q, hit, source, s, conduits) for q in quoted) if d]
    told_only = s.keys[hit.last] in s.lex.addressee_verbs and opener is None and not _urged_to(s, hit) and (
        (_at_most_words(s, after, 4)  # '"…," he told a news conference.'
         and not _pronoun_then_finite(s, after))  # ('warned they would oppose it': a short clause)
        or (not s.verb_first and _addressee_end(s, hit) > after
            and (_rest_is_adverbial(s, _addressee_end(s, hit))  # '…, he told reporters at the team's facility.'
                 or _participle_after_hearer(s, _addressee_end(s, hit)))))  # '…, he told reporters, adding …'
    first = hit.first if subject is None else subject[0]
    skipped = _skip_addressee(s, hit)  # (where the content may start past an addressee: read once, asked below)
    timed = _clause_after_adjunct(s, past_repetition_adverb(s, skipped, s.b)) \
        if opener is None and not told_only else None  # ('said repeatedly on Monday the levee would hold')
    if timed is None and opener is None and not told_only and s.keys[hit.last] in s.lex.addressee_verbs:
        timed = _clause_after_hearer_and_adjunct(s, hit)  # 'told parliament on Tuesday the levee would hold'
    remark = _adverbial_then_remark(s, _addressee_end(s, hit) if s.keys[hit.last] in s.lex.addressee_verbs
                                    else after) if subject is not None and timed is None else False
    if remark:
        told_only = told_only or s.keys[hit.last] in s.lex.addressee_verbs
    set_off = parenthetical(s, first, after) and not told_only and not remark \
        and not _described_name_before_cue(s, hit, subject)  # (read once, asked twice)
    if set_off and _concession_at(s, _past_time(s, after)):
        return _maybe(_draft(content_before(s, first), hit, source, s, conduits))  # '…, a poll showed on Thursday,
        # even as officials say …': the writer's contrast follows, the cue reports the clause before
    if set_off:
        return _around_parenthetical(s, hit, first, after, source, conduits)
    commented = _as_comment(s, hit, subject) if opener is None else None
    if commented is not None:  # '…, as a Homeland Security memo put it.', 'As Clinton noted, the race is close.'
        return _maybe(_draft(commented, hit, source, s, conduits))
    if timed is None and (told_only or ((_rest_is_adverbial(s, after) or remark or trailing is not None)
                                        and not _opens_that(s, opener)
                                        and (opener is None or not remark))
                          or (opener is None and _closing_circumstance(s, first, skipped))):
        if s.keys[hit.last] in s.lex.addressee_verbs and not _urged_to(s, hit):  # '…, sources told Reuters.'
            conduits = _join(conduits, _region(s, after, _addressee_end(s, hit) - 1))
        if _described_speaker(s, hit, first):
            return []  # 'Her Republican colleague, Senator Dan Mercer, agreed.': who he is, not what he agreed to
        return _maybe(_draft(content_before(s, first), hit, source, s, conduits))
    judged = judged_claim(s, subject[0]) if subject is not None else None  # (read once, asked twice)
    if subject is not None and judged is not None and not (
            after < s.b and (s.keys[after] in s.lex.finite_auxiliaries or _gapped_verb(s, hit, after))):
        # ('a move analysts said could …', 'a figure they said fell short of …')
        return _maybe(_draft(content_before(s, subject[0]), hit, source, s, conduits))  # '…, a charge X called false'
    out = []
    if subject is not None and judged is None:  # ('"…", a position analysts said had …':
        # what they said follows the cue; the quotation before is another speaker's)
        split = content_before(s, subject[0])
        closing = s.quote_ending(_last_token_before(s, split[1])) if split else None
        colon = not s.verb_first and after < s.b and s.tokens[after].text in ":：" and subject[0] - 1 > s.a \
            and s.tokens[subject[0] - 1].text in COMMAS and s.keys[s.a] in s.lex.determiners \
            and subject_phrase(s, s.a, subject[0] - 1) == (s.a, subject[0] - 2)  # 'The motive, police said: love.'
        if split and ((closing and not _named_in_phrase(s, closing)) or colon):
            out.append(_draft(split, hit, source, s, conduits))
    start = opener if opener is not None else timed if timed is not None else skip_adverbs(s, skipped)
    colon_at = _colon_after_cue(s, hit) if timed is None else None
    if colon_at is not None and opener is not None and not _list_mark_at(s, colon_at + 1):
        colon_at = None  # ('said: "We …"': the quotation is the content)
    items = _list_items_after(s, colon_at) if colon_at is not None else []
    if items and source is not None and s.keys[source[1]] in s.lex.documents:
        return [d for d in out if d]  # 'The memo says:' over a list: the document's items (bylines.document_lists)
    if items and colon_at is not None:  # 'told the council:' over a bulleted list: each item is what was said
        told = _region(s, after, colon_at - 1)
        return [d for d in (*out, *(_draft(item, hit, source, s, _join(conduits, told)) for item in items)) if d]
    if colon_at is not None and opener is None:
        start = colon_at + 1  # 'As one clerk put it to me: the …', 'told the board: the …': the words after the colon
    up_to = start + 1 < s.b and ((s.keys[start] == "up" and s.keys[start + 1] == "to")  # 'promised up to $5m'
                                 or (s.keys[start] == "at" and s.keys[start + 1] in ("least", "most"))
                                 # ('said at least 300 homes were …': a number's 'at least', no place)
                                 or (s.keys[start] in ("about", "around", "over")
                                     and s.tokens[start + 1].text[:1].isdigit()))
    # ('has said about 20 people have …': a number's 'about', no topic)
    to_someone = start + 1 < s.b and s.keys[start] == "to" and s.keys[start + 1] in s.lex.determiners and (
        _at_most_words(s, start, 5)
        or any(j in s.cue_tokens for j in range(start + 2, min(s.b, start + 10))))
    answered = opener is None and _reply_to_what(s, hit, start)
    if opener is None and start + 1 < s.b and s.keys[start] == "as" and hit.last + 1 == start \
            and s.lex.lang == "en" and s.quote_at(start + 1) is not None:
        start += 1  # 'which the minister described as "a turning point"': the words quoted after 'as'
    if opener is None and _said_as_much(s, start):  # 'Her lawyer said as much in an interview': the words are
        return [d for d in (*out, _draft(_span(s, start, start + 1), hit, source, s, conduits)) if d]  # the pro-form's
    if opener is None and start < s.b and s.keys[start] in s.lex.adjuncts:
        start = past_repetition(s, start)  # 'said once that …': how often, then the clause
    blocked = opener is None and start < s.b and ((s.keys[start] in s.lex.content_blockers and not up_to)
                                                  or to_someone or answered  # 'would write to the league.', 'wrote to
                                                  # her insisting …': whom the words went to, the participle reports
                                                  or s.tokens[start].text in COMMAS or _is_question(s)
                                                  or (s.keys[start] in s.lex.adjuncts
                                                      and not _question_left_open(s, hit, start)))
    clause = _adverbial_then_clause(s, start) if blocked else None
    promised = _adverbial_then_infinitive(s, hit, start) if blocked and clause is None else None
    if promised is not None:
        start, blocked = promised, False  # 'promised in a speech to resign', 'vowed on Tuesday to fight on'
    if blocked and clause is None:
        return [d for d in out if d]  # "said after the game", "…, her voice trailing off", a question,
        # "what she said when she resigned"
    addressee = _region(s, after, _before_citing_aside(s, after, start - 1 - (colon_at is not None)))
    content = _who_clause_end(s, subject, start, _wh_clause_end(s, subject, start, _restrictive_relative_end(
        s, subject, start, _aside_end(s, subject, _content_from(s, start, hit.introducer)))))
    if opener is None and content is not None and not _keeps_adjuncts(s, s.keys[hit.last]) \
            and s.keys[start] not in s.lex.clause_subjects:
        content = _object_end(s, start, content)
    elif opener is None and content is not None:
        content = _without_closing_circumstance(s, start, _without_closing_relative(s, start, content))
    if opener is None and content is not None:
        content = _without_dash_comment(s, start, content)
    if clause is not None:  # 'said after the meeting, the two sides had agreed …': the phrase and the clause
        content = _span(s, start, content_end(s, clause))
    if opener is None and content is not None and _gapped_infinitive(s, hit, start, content):
        return [d for d in out if d]  # 'the workers he claims to champion': the object is the noun before
    content = _finding_end(s, hit, content)
    if _warned_of_a_topic(s, hit, start, content):
        return [d for d in out if d]  # 'warned residents of the risk': a topic, nothing said
    if _shown_by_a_person(s, hit, source, start, content):
        return [d for d in out if d]  # 'Hale showed no emotion as the verdict was read': a look, no finding
    if _felt_a_thing(s, hit, opener, start, content):
        return [d for d in out if d]  # 'Estes felt tightness in his elbow', 'The club fears a ligament tear'
    if opener is None and _object_then_participle(s, hit, content):
        return [d for d in out if d]  # 'defended the plan, saying "…"': the participle says what was meant
    out.append(_draft(content, hit, source, s, _join(conduits, addressee)))
    return [d for d in out if d]


def _past_who_clause(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """English 'Residents who said they were sick told reporters …': a subject read right after a cue verb that a
    restrictive 'who' opens (no comma before 'who') is the first cue's content; the second cue's subject is the
    noun before 'who' — the same people speak twice (read for a second cue that tells someone or opens a clause;
    'Residents who said … demanded tests' stays one record)."""
    if subject is None or s.verb_first or subject[0] - 3 < s.a:
        return subject
    cue, who = subject[0] - 1, subject[0] - 2
    if cue not in s.cue_tokens or s.keys[who] != "who" or not s.tokens[who].text.islower() \
            or not s.tokens[who - 1].is_word or s.keys[who - 1] in s.lex.prepositions:
        return subject
    return left_subject(s, who) or subject


def _said_as_much(s: Sentence, start: int) -> bool:
    """English 'as much' right after a cue ('said as much', 'indicated as much in an email'): a pro-form for what was
    said before, the whole content, when the sentence ends or a comma or a preposition follows it (not 'said as much
    as 40 percent …', 'as much money')."""
    if start + 1 >= s.b or s.keys[start] != "as" or s.keys[start + 1] != "much" or s.inside_quote(start):
        return False
    nxt = start + 2
    return nxt >= s.b or not s.tokens[nxt].is_word or (s.keys[nxt] in s.lex.prepositions and s.keys[nxt] != "as")


def _at_most_words(s: Sentence, i: int, most: int) -> bool:
    """At most `most` word tokens from token i to the sentence's end (counted up to one more, no list of them)."""
    n = 0
    for j in range(i, s.b):
        if s.tokens[j].is_word:
            n += 1
            if n > most:
                return False
    return True


def _before_citing_aside(s: Sentence, first: int, last: int) -> int:
    """English 'told the Herald, citing an audit, that …': whom it was told ends before the comma that opens a
    citing aside (what the speaker cites is not an outlet the words went through); the last token kept."""
    if s.verb_first:
        return last
    return next((k - 1 for k in range(first + 1, last) if s.tokens[k].text in COMMAS
                 and s.keys[k + 1] in s.lex.quoting_verbs and s.keys[k + 1].endswith("ing")), last)


def _gapped_verb(s: Sentence, hit: CueHit, after: int) -> bool:
    """English '…, a figure they said fell short of inflation': after a verb of saying that inverts (said, says,
    believes), a lower-case word that is no preposition, article, pronoun, time word nor '-ly' adverb is the verb
    of the clause whose subject is the noun before ('…, a claim the firm said on Monday' says nothing after)."""
    if after >= s.b or s.keys[hit.last] not in s.lex.inverting_verbs or not s.tokens[after].is_word:
        return False
    key, words = s.keys[after], s.lex.words
    return s.tokens[after].text.islower() and not key.endswith("ly") and after not in s.cue_tokens and not any(
        key in words[name] for name in ("prepositions", "determiners", "pronouns", "time_words", "adverbs",
                                        "complementizers", "clause_subjects", "subject_stops"))


def _shown_by_a_person(s: Sentence, hit: CueHit, source: tuple[int, int] | None, start: int,
                       content: Range | None) -> bool:
    """English 'Hale showed no emotion', 'She showed little interest in the case': a verb of finding
    (finding_verbs) whose subject is a personal pronoun or a name (capitalised words, no document's noun) and whose
    object is a noun phrase opened by 'no' or 'little' (no participle, quotation or cue in it) reports nothing."""
    if content is None or source is None or s.verb_first or s.keys[hit.last] not in s.lex.finding_verbs \
            or s.keys[hit.last].startswith("f"):
        return False
    words = [j for j in range(source[0], source[1] + 1) if s.tokens[j].is_word]
    person = (len(words) == 1 and s.keys[words[0]] in ("he", "she", "they")) \
        or (bool(words) and s.keys[words[0]] not in (
        "a", "an", "the") and all(  # ('An MRI showed no fracture': an article opens no person's name)
        s.tokens[j].text[:1].isupper() and s.keys[j] not in s.lex.documents_or_poll_nouns_or_pronouns for j in words))
    if not person or s.keys[start] not in ("no", "little"):
        return False
    return not any(s.keys[j].endswith("ing") or s.inside_quote(j) or j in s.cue_tokens
                   for j in range(start, s.b) if s.tokens[j].start < content[1])


def _felt_a_thing(s: Sentence, hit: CueHit, opener: int | None, start: int, content: Range | None) -> bool:
    """English 'Estes felt tightness in his elbow', 'The club fears a ligament tear': a verb of feeling or fearing
    (feeling_verbs) with no complementizer or quotation after it reports nothing when its object is a noun phrase
    with no verb of its own (no auxiliary, form of 'be', personal pronoun or '-ed' word after its first word);
    'fears the deal will collapse', 'felt the team played well' still report the clause."""
    if content is None or opener is not None or s.verb_first or s.keys[hit.last] not in s.lex.feeling_verbs:
        return False
    inside = [j for j in range(start, s.b) if s.tokens[j].start < content[1] and s.tokens[j].is_word]
    if not inside or s.keys[inside[0]] in s.lex.clause_subjects or s.keys[inside[0]] == "for":
        return False  # ('fear they will be jailed'; 'feel for Mr. Obama': sympathy with a person)
    return not any(s.keys[j] in s.lex.auxiliaries_or_be_forms_or_finite_auxiliaries
                   or s.keys[j] in s.lex.clause_subjects
                   or s.keys[j].endswith("ed") or s.inside_quote(j) or j in s.cue_tokens for j in inside[1:])


def _described_speaker(s: Sentence, hit: CueHit, first: int) -> bool:
    """English 'Her Republican colleague, Senator Dan Mercer, agreed.': before a cue that does not invert (not
    'said'), a short noun phrase opening the sentence with a possessive or an article, no verb in it, and a comma
    before a capitalised subject describes that subject; it is nothing reported."""
    if s.verb_first or s.keys[hit.last] in s.lex.inverting_verbs or first - 2 <= s.a \
            or s.tokens[first - 1].text not in COMMAS or not is_capitalised(s.tokens[first].text):
        return False
    words = [k for k in range(s.a, first - 1)]
    return 1 < len(words) <= 5 and s.keys[s.a] in s.lex.determiners and all(
        s.tokens[k].is_word and k not in s.cue_tokens and s.keys[k] not in s.lex.be_forms_or_finite_auxiliaries
        and not (s.tokens[k].text.islower() and s.keys[k].endswith("ed"))
        for k in words)


def _described_name_before_cue(s: Sentence, hit: CueHit, subject: tuple[int, int] | None) -> bool:
    """English "Britain's finance minister, Clara Boyd, said, however, that …": a name set off by commas right
    before the cue, after a short noun phrase opening the sentence (not a preposition's phrase), its last word in
    lower case ('minister', 'harbour master'), no verb in it: the phrase describes the speaker; no clause is set
    off before the cue (that would be 'The budget, Boyd said, …', no comma between the name and the cue)."""
    if s.verb_first or subject is None or subject[1] + 2 != hit.first or s.tokens[hit.first - 1].text not in COMMAS:
        return False
    comma = subject[0] - 1
    if comma - 1 <= s.a or s.tokens[comma].text not in COMMAS or not is_capitalised(s.tokens[subject[0]].text) \
            or not (s.tokens[comma - 1].text.isalpha() and s.tokens[comma - 1].text.islower()):
        return False
    start = _after_dateline(s, s.a, comma)  # ('RIVERTON, June 12 - The bank's governor, …')
    words = [k for k in range(start, comma) if s.tokens[k].is_word]
    return 1 < len(words) <= _ASIDE_WORDS and s.keys[start] not in s.lex.content_blockers_or_subordinators and all(
        (s.tokens[k].is_word or s.tokens[k].text in "'’") and k not in s.cue_tokens
        and s.keys[k] not in s.lex.be_forms_or_finite_auxiliaries for k in range(start, comma))


def _closing_circumstance(s: Sentence, first: int, i: int) -> bool:
    """English '…, Hale said as he toured the site.', '…, Hale said Monday during a tour of the site.': a cue whose
    subject follows a comma after a clause, then (past a day or time) a phrase or clause of the circumstances
    opened by a subordinator or an adverbial preposition, running to the end with no 'that' and no quotation:
    the cue reports the clause before."""
    if s.verb_first or first - 1 <= s.a or s.tokens[first - 1].text not in COMMAS or i >= s.b:
        return False
    k = i
    while k + 1 < s.b and (s.keys[k] in s.lex.adverbs_or_time_words
                           or (s.keys[k] == "on" and s.keys[k + 1] in s.lex.time_words)):
        k += 1 + (s.keys[k] == "on")
    if k >= s.b or (k == i and not s.tokens[k].is_word):
        return False
    if not (s.keys[k] in ("while", "when", "during", "after", "before")
            or (s.keys[k] in ("at", "in") and k > i)  # ('said Monday in a briefing'; not 'believe in …')
            or (s.keys[k] == "as" and k + 1 < s.b and (s.keys[k + 1] in s.lex.clause_subjects
                                                       or s.keys[k + 1] in ("the", "a", "an")))):  # (not 'as much')
        return False
    if any(s.tokens[m].text in COMMAS for m in range(k, s.b)):
        return False
    return not any(_is_complementizer(s, m) or s.quote_at(m) is not None or s.tokens[m].text in ":;"
                   or (m in s.cue_tokens and not (m == k + 1 and s.keys[m].endswith("ed")))  # ('when asked')
                   for m in range(k, s.b))


def _past_time(s: Sentence, k: int) -> int:
    """The token after a day or time phrase and adverbs starting at token k ('on Thursday', 'Monday')."""
    while k + 1 < s.b and (s.keys[k] in s.lex.adverbs_or_time_words
                           or (s.keys[k] == "on" and s.keys[k + 1] in s.lex.time_words)):
        k += 1 + (s.keys[k] == "on")
    return k


def _concession_at(s: Sentence, k: int) -> bool:
    """English '…, the poll showed on Thursday, even as officials say …', '…, the company said, even though …':
    after a cue, a comma and 'even as' / 'even though' / 'even if' open the writer's contrast, nothing reported."""
    if s.verb_first or k >= s.b or s.inside_quote(k):
        return False
    if s.tokens[k].text in COMMAS:
        k += 1
    elif k - 1 <= s.a or s.tokens[k - 1].text not in COMMAS:
        return False
    return k + 1 < s.b and s.keys[k] == "even" and s.keys[k + 1] in ("as", "though", "if")


def _adverbial_then_remark(s: Sentence, i: int) -> bool:
    """English '…, the union's head told Reuters on Tuesday, a move that could halt exports.': after the cue (and
    its addressee, from token `i`) a short adverbial at most, then a comma and an indefinite noun with a relative
    clause: the writer's remark on the clause before, so the cue reports that clause."""
    if s.verb_first:
        return False
    comma = next((k for k in range(i, min(s.b, i + 7)) if s.tokens[k].text in COMMAS), None)
    if comma is None or comma + 3 >= s.b or s.keys[comma + 1] not in ("a", "an") \
            or not s.tokens[comma + 2].text.islower() or s.inside_quote(comma):
        return False
    if not any(s.keys[k] in ("that", "which") for k in range(comma + 3, min(s.b, comma + 6))):
        return False
    words = [k for k in range(i, comma) if s.tokens[k].is_word]
    return not words or (len(words) <= 4 and (s.keys[words[0]] in s.lex.adverbial_starts_or_time_words))


DASHES: Final = ("-", "—", "–", "―")  # '--' is two '-' tokens


def _reported_subject_going_on(s: Sentence, hit: CueHit, earlier: list[int]) -> tuple[int, int] | None:
    """English: a cue after 'and' inside the that-clause of the cue before it (frames.reported_verb_goes_on):
    the subject of that clause, which the cue shares ('… that Pell had followed the victim and shouted, "…"'), or
    an empty range (first > last) for a verb of finding, which adds no report of its own; None otherwise."""
    if s.verb_first or not earlier:
        return None
    cue = max(earlier)
    that = next((k for k in range(cue + 1, min(hit.first - 1, cue + 8)) if _is_complementizer(s, k)), None)
    if that is None or not reported_verb_goes_on(s, that, hit.first - 1):
        return None
    if s.keys[hit.first] in s.lex.finding_verbs:
        return hit.first, hit.first - 1
    return subject_phrase(s, that + 1, hit.first - 1)


def _fronted_cue_speaker(s: Sentence, hit: CueHit, opener: int) -> tuple[int, int] | None:
    """English 'Said Ellis: "…"', 'Added the senator, "…"': a speech verb opening the sentence, its speaker
    between it and the colon or comma before the quotation."""
    if s.verb_first or hit.first != s.a or hit.first != hit.last \
            or s.keys[hit.first] not in s.lex.inverting_verbs or opener - 2 <= hit.last \
            or s.tokens[opener - 1].text not in ":：," or s.quote_at(opener) is None:
        return None
    right = right_source(s, hit.last + 1, opener - 1)
    return right if right is not None and right[1] == opener - 2 else None


def _gapped_infinitive(s: Sentence, hit: CueHit, start: int, content: Range) -> bool:
    """English 'the very workers he claims to champion.': a pronoun right after a noun, then the cue, 'to' and one
    verb with nothing after it in the content — a relative clause whose object is that noun, not something said
    ('He wants to win.' still reports). Auxiliaries may stand between the pronoun and the cue ('attacks he once
    promised to avoid', 'cuts she had pledged to make')."""
    pronoun = hit.first - 1
    while pronoun > s.a and s.keys[pronoun] in s.lex.auxiliaries:
        pronoun -= 1
    before = pronoun - 1
    if s.verb_first or before < s.a or s.keys[pronoun] not in s.lex.clause_subjects:
        return False
    if _opening_adverbial_up_to(s, before):
        return False  # ('In a speech he promised to resign.': the noun closes the opening adverbial)
    return s.tokens[before].is_word and s.tokens[before].text.islower() \
        and s.keys[before] not in s.lex.leading_conjunctions_or_subordinators \
        and s.keys[start] == "to" and start + 1 < s.b and s.tokens[start + 1].end == content[1] \
        and s.tokens[start + 1].text.islower()


def _as_comment(s: Sentence, hit: CueHit, subject: tuple[int, int] | None) -> Range | None:
    """English 'as X put it', 'as police have said' with no object or clause of its own (at most an adverbial):
    a comment on the writer's clause, which it reports — the clause before its comma ('…, as a memo put it.'),
    or, opening the sentence, the one after ('As Clinton noted on Monday, the race is close.')."""
    if s.verb_first or subject is None or subject[0] - 1 < s.a or s.keys[subject[0] - 1] != "as":
        return None
    as_, after = subject[0] - 1, hit.last + 1
    comma = next((j for j in range(after, s.b) if s.tokens[j].text in COMMAS and not s.inside_quote(j)), None)
    if as_ == s.a or (as_ == s.a + 1 and s.keys[s.a] in ("and", "but", "yet")):  # (also 'But as X said, …')
        if comma is None or comma + 1 >= s.b or s.quote_at(comma + 1) or not _adverbial_only(s, after, comma):
            return None
        return _span(s, comma + 1, content_end(s, comma + 1))
    before = s.tokens[as_ - 1].text in COMMAS or (s.quote_ending(as_ - 1) is not None
                                                   and s.text[s.tokens[as_ - 1].start - 1] in COMMAS)
    if not before or not _adverbial_only(s, after, s.b if comma is None else comma):
        return None
    whole = content_before(s, as_)
    clause = _quoted_after_reason(s, whole)
    return _quoted_after_cue(s, whole) if clause == whole else clause  # (after a word of reason, a cue before it
    # reports other words: 'Farmers echo her worries, largely because while …, the valley gets "nothing but
    # floods," as one grower put it')


def _quoted_after_cue(s: Sentence, content: Range | None) -> Range | None:
    """English 'The mayor called the plan "a mess," as one critic put it': when the clause before 'as X put it'
    ends with a quotation and a cue of the sentence stands before it (outside quotations), that cue reports the
    clause; the comment's speaker gave the quoted words alone."""
    if content is None or s.verb_first:
        return content
    first, end = _token_index_at(s, content[0]), _token_index_at(s, content[1])
    last = (s.b if end is None else end) - 1
    if first is None or last <= first:
        return content
    while last > first and s.tokens[last].text in COMMAS:
        last -= 1
    quote = s.quote_ending(last)
    if quote is None or quote[0] <= content[0]:
        return content
    if not any(k in s.cue_tokens and not s.inside_quote(k) and s.tokens[k].end <= quote[0]
               for k in range(s.a, last)):
        return content
    return quote[0], content[1]


_REASON_WORDS: Final = frozenset({"because", "since", "although", "though", "while", "whereas"})


def _quoted_after_reason(s: Sentence, content: Range | None) -> Range | None:
    """English '…, largely because while most towns get cheap power, the valley gets "nothing but floods," as one
    grower put it': when the clause before 'as X put it' ends with a quotation opened after a word of reason or
    concession (`_REASON_WORDS`, outside quotations), the comment is on the clause that holds the quotation, not
    on the writer's sentence around it: it starts after the last such word, past the comma closing a clause that
    word opens itself ('although it was, …'). A quotation-free clause keeps its whole sentence ('Sales fell
    because demand weakened, as the company said')."""
    if content is None or s.verb_first:
        return content
    first, end = _token_index_at(s, content[0]), _token_index_at(s, content[1])
    last = (s.b if end is None else end) - 1
    if first is None or last <= first:
        return content
    while last > first and s.tokens[last].text in COMMAS:
        last -= 1
    quote = s.quote_ending(last)
    if quote is None:
        return content
    reason = next((k for k in range(last - 1, first - 1, -1) if s.keys[k] in _REASON_WORDS
                   and not s.inside_quote(k) and s.tokens[k].end <= quote[0]), None)
    if reason is None:
        return content
    start = reason + 1
    if s.keys[reason] != "because":  # 'while A, B': the clause it opens ends at its comma, the main one follows
        comma = next((k for k in range(start, last) if s.tokens[k].text in COMMAS and not s.inside_quote(k)
                      and s.tokens[k].end <= quote[0]), None)
        start = start if comma is None else comma + 1
    if start >= last or s.tokens[start].start > quote[0]:
        return content
    return (s.tokens[start].start, content[1])


def _as_reported(s: Sentence, hit: CueHit) -> list[Draft]:
    """English '…, as the Herald reported last week.', 'As the Herald reported, …' (a cue that reports only with
    'that' used as a comment, as _as_comment reads 'as X put it'), and the passive '…, as first reported by the
    Herald': the writer's clause is reported, by the subject or by the agent after 'by'."""
    k = hit.first - 1
    while k > s.a and s.keys[k] in s.lex.adverbs | {"first"}:
        k -= 1
    if k >= s.a and s.keys[k] == "as" and hit.last + 2 < s.b and s.keys[hit.last + 1] == "by":
        comma = next((j for j in range(hit.last + 2, s.b) if s.tokens[j].text in COMMAS), s.b)
        end = comma - 1
        while end > hit.last + 2 and not s.tokens[end].is_word:
            end -= 1  # (not the full stop)
        agent = _before_time(s, (hit.last + 2, end))
        if agent is None or not (k - 1 >= s.a and s.tokens[k - 1].text in COMMAS) or comma < s.b:
            return []
        return _maybe(_draft(content_before(s, k), hit, agent, s))
    subject = left_subject(s, hit.first)
    if subject is None or subject[1] - subject[0] > 4 or any(
            s.keys[j] in s.lex.prepositions for j in range(subject[0], subject[1] + 1)):
        return []  # a short noun phrase only ('as tensions rose over … the Baltic states': a clause, a noun)
    content = _as_comment(s, hit, subject)
    if content is None:
        return []
    source, conduits = _split_conduit(s, subject)
    return _maybe(_draft(content, hit, source, s, conduits))


_MEANS: Final = frozenset({"with", "via", "through"})  # ('as one user pointed out with a chart', 'via Twitter')


def _adverbial_only(s: Sentence, first: int, end: int) -> bool:
    """Tokens first..end-1: nothing but punctuation, or a short adverbial ('in Ohio', 'on Monday', 'with a
    chart', 'via Twitter'), or the one told ('as one manager put it to me', 'to a reporter'), or a longer setting
    of the remark (_setting_only)."""
    words = [j for j in range(first, end) if s.tokens[j].is_word]
    return not words or (len(words) <= 5 and (s.keys[words[0]] in s.lex.adverbial_starts_or_time_words
                                              or s.keys[words[0]] in _MEANS)) \
        or (len(words) <= 5 and len(words) > 1 and s.keys[words[0]] == "to" and (
            s.keys[words[1]] in s.lex.addressees_or_determiners
            or s.tokens[words[1]].text[:1].isupper())) \
        or _setting_only(s, first, end, words)


_SETTING_WORDS: Final = 12
_TOPIC_WORDS: Final = frozenset({"about", "regarding", "concerning", "over"})


def _setting_only(s: Sentence, first: int, end: int, words: list[int]) -> bool:
    """English 'As the mayor put it in an interview with local radio last week, …', '…, as she noted in a letter
    to the board on Friday.': a longer phrase opened by a preposition and a determiner (where and to whom the
    remark was made), with no verb of its own — no form of 'be', auxiliary or irregular past, no subject
    pronoun, no cue, no quotation or other mark than a full stop or an abbreviation's, and no topic ('as he
    writes to his deputy about the bid': what he writes is about the bid): still no clause or object of its
    own, so the remark comments on the writer's clause."""
    if len(words) > _SETTING_WORDS or len(words) < 3 or s.keys[words[0]] not in s.lex.prepositions \
            or s.keys[words[1]] not in s.lex.determiners:
        return False
    verbs = s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
    return all(s.tokens[k].is_word or s.tokens[k].text == "." for k in range(first, end)) and not any(
        s.keys[k] in verbs or s.keys[k] in s.lex.clause_subjects or s.keys[k] in _TOPIC_WORDS or k in s.cue_tokens
        or s.inside_quote(k) for k in words)


def _pronoun_subject(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """English: 'Last week she said …', 'told him he would announce …': a subject pronoun ending the words
    before the cue is the whole subject; the words before it are an adverbial or an addressee (not after a
    question word: 'what he called …' keeps its phrase; nor 'there', the place of the people before it: 'Officials
    there said …', 'Residents there say …')."""
    if subject is None or s.verb_first or subject[1] == subject[0] \
            or (s.keys[subject[1]] == "it" and not only_dating(s, subject[0], subject[1])) \
            or s.keys[subject[1]] not in s.lex.clause_subjects or s.keys[subject[1]] == "there" \
            or s.keys[subject[1] - 1] in s.lex.wh_words:
        return subject
    return subject[1], subject[1]


def _name_before_party_tag(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    """English 'Sen. Mitch McConnell, R-Ky., said': a party and state tag set off by commas right before the cue
    is no subject of its own; the name before it is."""
    close = cue_first - 1
    if s.verb_first or close - 3 < s.a or s.tokens[close].text not in COMMAS:
        return None
    open_ = next((k for k in range(close - 1, max(s.a, close - 4) - 1, -1) if s.tokens[k].text in COMMAS), None)
    if open_ is None or open_ + 1 >= close or not _PARTY_TAG.match(s.text[s.tokens[open_ + 1].start:
                                                                          s.tokens[close - 1].end]):
        return None
    return left_subject(s, open_)


_PARTY_TAG: Final = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,5}$")  # 'R-Ky.', 'D-Calif.', 'R-S.C.'


def _relative_before_time(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """English: 'Brazil, which last week declared …': a short time adverbial right after a relative pronoun is
    not the subject; the pronoun is."""
    if subject is None or s.verb_first or subject[0] <= s.a or subject[1] - subject[0] > 2 \
            or s.keys[subject[0] - 1] not in ("who", "which") \
            or s.keys[subject[0]] not in s.lex.adverbial_starts:
        return subject
    return subject[0] - 1, subject[0] - 1


def _object_at_sentence_end(s: Sentence, hit: CueHit) -> bool:
    """English '…, prosecutors are weighing bribery charges.': a cue form in -s ending the sentence after a
    lower-case noun, in a clause with its own finite verb, is that verb's plural object, not '…, X charges.'."""
    first, nxt = hit.first, hit.last + 1
    if s.verb_first or first != hit.last or not s.keys[first].endswith("s") or not s.tokens[first].text.islower() \
            or (nxt < s.b and s.tokens[nxt].text not in ENDERS) or first - 1 < s.a \
            or not s.tokens[first - 1].text.islower() or s.keys[first - 1] in s.lex.pronouns:
        return False
    k = first - 1
    while k >= s.a and s.tokens[k].is_word:
        if s.keys[k] in s.lex.finite_auxiliaries:
            return True
        k -= 1
    return False


def _plural_noun_use(s: Sentence, hit: CueHit) -> bool:
    """English: 'Health worries have dogged her', 'the claims were false': a cue form in -s right before a finite
    auxiliary is a plural noun, the subject of that verb; so is a phrasal cue in -s right after a verb in -ed or
    -ing, a preposition or an article ('rejected calls for her resignation', 'growing calls for an inquiry')."""
    nxt, prev = hit.last + 1, hit.first - 1
    if not s.verb_first and hit.first == hit.last and s.keys[hit.first].endswith("s") and nxt < s.b \
            and s.keys[nxt] == "from" and s.tokens[hit.first].text.islower() \
            and not any(_is_complementizer(s, k) for k in range(nxt, min(s.b, nxt + 8))):
        return True  # '"thank you" calls from two people': a plural noun (not 'worries from Paris to Prague that …')
    if not s.verb_first and hit.last > hit.first and s.keys[hit.first].endswith("s") and prev >= s.a \
            and s.tokens[prev].text.islower() and s.tokens[hit.first].text.islower() \
            and s.keys[prev] not in s.lex.clause_subjects \
            and (s.keys[prev].endswith(("ed", "ing")) or s.keys[prev] in s.lex.prepositions
                 or s.keys[prev] in ("the", "these", "those", "such", "new", "renewed")):
        return True
    if _object_at_sentence_end(s, hit):
        return True
    if _quantified_plural(s, hit):
        return True
    if _possessed_plural(s, hit):
        return True
    if s.verb_first or hit.first != hit.last or not s.keys[hit.last].endswith("s") or nxt >= s.b or prev < s.a \
            or s.keys[nxt] not in s.lex.finite_auxiliaries or s.inside_quote(nxt):
        return False
    before = s.tokens[prev]  # not 'the tax, which Nakasone says is needed': a name or a pronoun is a subject
    return before.is_word and s.keys[prev] not in s.lex.clause_subjects_or_pronouns \
        and (before.text.islower() or prev == s.a)


_POSSESSIVES: Final = frozenset({"its", "his", "her", "their", "our", "my", "your"})
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "an", "ous", "ive", "ful")


def _quantified_plural(s: Sentence, hit: CueHit) -> bool:
    """English '30% of Republican claims as false', 'from any criminal charges': a one-word cue in -s after 'of',
    'any' or 'no' and one adjective (an ending of `_ADJECTIVE_ENDINGS`, no role or body named) is a plural noun,
    even before 'that' ('any criminal charges that might …'); not before a colon ('of local officials say': the
    word before is a plural noun, it reports)."""
    first, nxt = hit.first, hit.last + 1
    words = s.lex.words
    if s.verb_first or first != hit.last or first - 2 < s.a or not s.keys[first].endswith("s") \
            or not s.tokens[first].text.islower() or s.keys[first - 2] not in ("of", "any", "no"):
        return False
    adjective = s.keys[first - 1]
    if not s.tokens[first - 1].is_word or not adjective.endswith(_ADJECTIVE_ENDINGS) \
            or any(adjective in words[w] for w in ("titles", "anonymous", "organizations", "government",
                                                   "professions", "clause_subjects")):
        return False
    return nxt >= s.b or s.tokens[nxt].text not in ":："


def _possessed_plural(s: Sentence, hit: CueHit) -> bool:
    """English 'strong demand for its snack brands offset higher costs': a one-word cue in -s after a possessive
    and at most one lower-case word that names no role ('its spokesman says' still reports) is a plural noun,
    when no complementizer, quotation or colon follows it."""
    first, nxt = hit.first, hit.last + 1
    if s.verb_first or first != hit.last or not s.keys[first].endswith("s") or not s.tokens[first].text.islower():
        return False
    owner = next((k for k in (first - 1, first - 2) if k >= s.a and s.keys[k] in _POSSESSIVES), None)
    if owner is None or (owner == first - 2 and (
            not s.tokens[first - 1].text.islower() or not s.tokens[first - 1].is_word
            or s.keys[first - 1] in s.lex.anonymous_or_organizations_or_titles
            or s.keys[first - 1] in s.lex.government)):
        return False
    return not any(_is_complementizer(s, k) or s.tokens[k].text in ":：" or s.quote_at(k)
                   for k in range(nxt, min(s.b, nxt + 8)))


def _restrictive_relative_end(s: Sentence, subject: tuple[int, int] | None, start: int,
                              content: Range | None) -> Range | None:
    """English 'A man who prosecutors say robbed seven shops was sentenced …': a report inside a relative clause
    with no comma (the subject right after 'who' or 'which', a word before it) ends before the main clause's
    verb: the first finite verb after the clause's own verb group (auxiliaries and adverbs first) and a word
    more, unless 'and', 'or' or a comma joins it to the clause."""
    if content is None or subject is None or s.verb_first or subject[0] - 2 < s.a \
            or s.keys[subject[0] - 1] not in ("who", "whom", "which") or not s.tokens[subject[0] - 2].is_word \
            or s.keys[subject[0] - 2] in s.lex.prepositions or not s.tokens[start].text.islower() \
            or s.keys[start] in s.lex.clause_subjects or s.keys[start] in s.lex.determiners_or_quantifiers:
        return content  # ('in which he said he was …': a clause with its own subject after the cue)
    k = start
    while k < s.b and (s.keys[k] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
                       or s.keys[k] in s.lex.adverbs or s.keys[k] == "not"):
        k += 1  # ('had been', 'could not')
    for j in range(k + 1, s.b):
        tok = s.tokens[j]
        if tok.start >= content[1]:
            break
        if tok.is_word and tok.text.islower() and s.keys[j] in s.lex.be_forms_or_finite_auxiliaries \
                and s.tokens[j - 1].is_word and s.keys[j - 1] not in ("and", "or", "but") \
                and not s.inside_quote(j):
            return (content[0], s.tokens[j - 1].end)
    return content


def _who_clause_end(s: Sentence, subject: tuple[int, int] | None, start: int,
                    content: Range | None) -> Range | None:
    """English 'Officials who said the plan was sound were overruled': a report whose subject is 'who' in a
    relative clause with no comma (a word before 'who') ends before the main clause's verb: the first finite
    auxiliary, after a word, that follows the content's own verb group (a finite auxiliary or a past verb and
    the auxiliaries and adverbs after it). Unchanged when 'and', 'or', 'but' or a complementizer comes between
    (a second reported clause), or when the content has no verb of its own before it."""
    if content is None or subject is None or s.verb_first or subject[0] != subject[1] or subject[0] - 1 < s.a \
            or s.keys[subject[0]] != "who" or not s.tokens[subject[0]].text.islower() \
            or not s.tokens[subject[0] - 1].is_word or s.keys[subject[0] - 1] in s.lex.prepositions:
        return content
    if any(k in s.according_starts for k in range(s.a, subject[0])) \
            and not any(s.tokens[k].text in COMMAS for k in range(s.a, subject[0])):
        comma = next((k for k in range(start + 1, s.b) if s.tokens[k].text in COMMAS and not s.inside_quote(k)), None)
        return content if comma is None or s.tokens[comma].start >= content[1] \
            else (content[0], s.tokens[comma - 1].end)  # 'According to farmers who said sales fell, the tax …'
    verb = None
    for j in range(start + 1, s.b):
        tok = s.tokens[j]
        if tok.start >= content[1]:
            break
        key = s.keys[j]
        digits = tok.text in COMMAS and s.tokens[j - 1].text.isdigit() and j + 1 < s.b \
            and s.tokens[j + 1].text.isdigit() and s.tokens[j + 1].start == tok.end
        if (not tok.is_word and not digits) or s.inside_quote(j) or key in ("and", "or", "but") \
                or _is_complementizer(s, j):
            return content  # (a mark or a second clause; not the comma of a number: 'would hold 8,000 people')
        lower = tok.text.islower()
        if verb is None:
            if lower and (key in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
                          or (key.endswith("ed") and len(key) > 4)):
                verb = j
            continue
        if j == verb + 1 and (key in s.lex.be_forms_or_finite_auxiliaries or key in s.lex.adverbs or key == "not"):
            verb = j  # ('had been', 'would not')
            continue
        if lower and key in s.lex.be_forms_or_finite_auxiliaries:
            if s.keys[j - 1] in s.lex.clause_subjects or s.keys[j - 1] in s.lex.wh_words:
                return content  # ('the water was what they were worried about': a clause inside the content)
            return (content[0], s.tokens[j - 1].end)
        if lower and _main_past_after(s, j, verb):
            return (content[0], s.tokens[j - 1].end)  # 'Traders who said prices would rise kept buying'
    return content


def _main_past_after(s: Sentence, j: int, verb: int) -> bool:
    """English 'Traders who said prices would rise kept buying', '… who said sales fell kept …': a past verb after
    the content's own verb group is the main clause's: after a word that is no article, adverb, auxiliary or
    subject ('was a managed fund', 'was badly managed', 'they expected'), or right after a past verb of the
    content's that no auxiliary opens ('sales fell kept'; not 'was accused')."""
    key, prev = s.keys[j], s.keys[j - 1]
    if not ((key.endswith("ed") and len(key) > 4) or key in s.lex.irregular_pasts
            or (j in s.cue_tokens and not key.endswith(("s", "ing")))):  # ('… who said they were sick told …')
        return False
    if j == verb + 1:
        return prev not in s.lex.be_forms_or_finite_auxiliaries and (
            (prev.endswith("ed") and len(prev) > 4) or prev in s.lex.irregular_pasts)
    return s.tokens[j - 1].is_word and not prev.endswith("ly") and prev not in s.lex.determiners_or_quantifiers \
        and prev not in s.lex.adverbs and prev not in s.lex.be_forms_or_finite_auxiliaries \
        and prev not in s.lex.clause_subjects and prev not in s.lex.prepositions and prev != "not"


_WH_CLAUSE_OPENERS: Final = frozenset({"what", "how"})
_CLAUSE_JOINERS: Final = frozenset({"and", "or", "but", "that", "who", "whom", "to"})


def _wh_clause_end(s: Sentence, subject: tuple[int, int] | None, start: int, content: Range | None) -> Range | None:
    """English 'The gap between what Trump says his plan would do and how experts say it would shape the law has
    endured': a report inside a 'what' or 'how' clause (the word right before its subject) whose content is a
    clause of its own (not a verb first: 'what the senators said was a gerrymander' reports that) ends before
    the main clause's verb — a finite verb right after a word of the content's clause once its own verb is
    past ('… the law has endured') — or before an 'and' or 'or' (a comma first or not) that joins another 'what'
    or 'how' clause ('…, and what it would actually do, began …'). A subordinate clause, a relative or a
    conjunction after the content's verb leaves the content whole ('what he says his plan would do if taxes were
    cut')."""
    if content is None or subject is None or s.verb_first or subject[0] - 1 < s.a \
            or s.keys[subject[0] - 1] not in _WH_CLAUSE_OPENERS or start >= s.b or not s.tokens[start].is_word \
            or s.keys[start] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts or s.keys[start] == "that":
        return content
    verb = None
    for j in range(start, s.b):
        tok = s.tokens[j]
        if tok.start >= content[1] or s.inside_quote(j) or s.quote_at(j) is not None:
            return content
        key = s.keys[j]
        if verb is None:
            if tok.is_word and tok.text.islower() and key in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts:
                verb = j
            continue
        if key in ("and", "or") and j + 1 < s.b and s.keys[j + 1] in _WH_CLAUSE_OPENERS:
            return (content[0], s.tokens[j - 1].end)  # ('… would do and what it would actually do has …')
        if key in s.lex.subordinators or key in s.lex.wh_words or key in _CLAUSE_JOINERS \
                or key in s.lex.relatives:
            return content
        if tok.text in COMMAS:
            if j + 2 < s.b and s.keys[j + 1] in ("and", "or") and s.keys[j + 2] in _WH_CLAUSE_OPENERS:
                return (content[0], s.tokens[j - 1].end)
            return content
        if j > verb + 1 and tok.is_word and tok.text.islower() and s.tokens[j - 1].is_word \
                and key in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts \
                and s.keys[j - 1] not in s.lex.clause_subjects:
            return (content[0], s.tokens[j - 1].end)
    return content


def _aside_end(s: Sentence, subject: tuple[int, int] | None, content: Range | None) -> Range | None:
    """English: 'Trump, who has said the system is rigged, spoke in Ohio': a report in a relative aside after a
    comma ends at the comma that closes the aside, before the main clause's verb; one after a dash ('the study --
    which notes that … -- should be …') at the closing dash."""
    if subject is not None and not s.verb_first and subject[0] - 1 > s.a \
            and s.keys[subject[0] - 1] in ("who", "which") \
            and s.tokens[subject[0] - 2].text in COMMAS:
        subject = (subject[0] - 1, subject[0] - 1)  # 'The suspect, who police said was 24, was …': the same aside
    if content is None or subject is None or s.verb_first or subject[0] != subject[1] \
            or s.keys[subject[0]] not in ("who", "which") or subject[0] <= s.a \
            or (s.tokens[subject[0] - 1].text not in COMMAS and s.tokens[subject[0] - 1].text not in DASHES):
        return content
    dashed = s.tokens[subject[0] - 1].text in DASHES
    for j in range(subject[1] + 1, s.b - 1):
        tok = s.tokens[j]
        if tok.start >= content[1]:
            break
        if dashed and tok.start > content[0] and tok.text in DASHES and not s.inside_quote(j):
            k = j - 1
            while k > subject[1] and (s.tokens[k].text in CLAUSE_PUNCT or s.tokens[k].text in DASHES):
                k -= 1
            return (content[0], s.tokens[k].end)
        if not dashed and tok.start > content[0] and tok.text in COMMAS and not s.inside_quote(j):
            nxt = s.tokens[j + 1]
            key = s.keys[j + 1]
            if nxt.is_word and nxt.text.islower() and (key in s.lex.finite_auxiliaries or j + 1 in s.cue_tokens
                                                       or (key.endswith("ed") and len(key) > 4)
                                                       or _main_verb_after_aside(s, j + 1)):
                k = j - 1
                while k > subject[1] and s.tokens[k].text in CLAUSE_PUNCT:
                    k -= 1
                return (content[0], s.tokens[k].end)
    return content


def _main_verb_after_aside(s: Sentence, i: int) -> bool:
    """English 'Trump, who has said the system is rigged, spoke in Ohio': a lower-case word after the comma that
    closes a relative aside, and no conjunction, article, pronoun, preposition, relative or '-ing' form, is the
    main clause's verb."""
    key, words = s.keys[i], s.lex.words
    return not key.endswith("ing") and len(key) > 2 and i + 1 < s.b and s.tokens[i + 1].is_word \
        and key not in ("who", "which", "that", "whose", "where", "when") \
        and not any(key in words[name] for name in ("leading_conjunctions", "determiners", "clause_subjects",
                                                       "pronouns", "prepositions", "source_stops", "adverbial_starts",
                                                       "adverbs", "subordinators", "quantifiers", "negations"))


def _clause_after_adjunct(s: Sentence, i: int) -> int | None:
    """English 'said Tuesday he would …', 'said in a statement the plant …', 'said late Monday the levee would
    hold', 'said after the vote the bill had no chance': the first token of a clause opened without 'that' after
    an adverbial of time, occasion or event at token i; else None."""
    for rule in (_clause_after_time, _clause_after_occasion, clause_after_time_phrase, clause_after_event):
        found = rule(s, i)
        if found is not None:
            return found
    return None


def _clause_after_hearer_and_adjunct(s: Sentence, hit: CueHit) -> int | None:
    """English 'told parliament in the afternoon the pensions would rise', 'warned the committee during the
    hearing the report had leaked': a hearer of at most three lower-case words (an article or a possessive first
    at most; no preposition, verb or cue), then a lower-case adverbial and a clause opened without 'that' (as after
    'said on Monday'): the clause's first token; else None."""
    if s.verb_first:
        return None
    for k in range(hit.last + 1, min(s.b, hit.last + 4)):
        tok, key = s.tokens[k], s.keys[k]
        opening = k == hit.last + 1 and key in s.lex.determiners
        if not tok.is_word or not tok.text.islower() or k in s.cue_tokens or s.inside_quote(k) \
                or (key in s.lex.determiners_or_prepositions and not opening) \
                or key in s.lex.be_forms_or_finite_auxiliaries or key in s.lex.clause_subjects \
                or _is_complementizer(s, k):
            return None
        if not opening and k + 1 < s.b and s.tokens[k + 1].text.islower():  # (not 'told radio host Jan Berg')
            found = _clause_after_adjunct(s, k + 1)
            if found is not None:
                return found
    return None


def _clause_after_time(s: Sentence, i: int) -> int | None:
    """English: 'said Tuesday he would …', 'told reporters on Friday she would …': after a short time adverbial
    right after the cue, a pronoun and a verb (or, after a weekday, an article) open the reported clause or
    object without 'that'; its first token."""
    words = s.lex.words
    if s.verb_first or i + 1 >= s.b or s.inside_quote(i) or not (
            s.keys[i] in s.lex.adverbial_starts
            or (s.keys[i] in s.lex.adjuncts and s.keys[i + 1] in s.lex.determiners)):  # 'said after the vote he …'
        return None
    day = i + 1 if s.keys[i] == "on" and i + 1 < s.b else i
    if s.tokens[day].text[:1].isupper() and s.keys[day] in s.lex.adverbial_starts and day + 1 < s.b \
            and s.keys[day + 1] in ("the", "a", "an") and not s.inside_quote(day + 1):
        return day + 1  # 'announced on Friday the arrest of a man', 'said Tuesday the plant would close'
    for k in range(i + 1, min(s.b - 1, i + 5)):
        tok = s.tokens[k]
        if not tok.is_word or k in s.cue_tokens or any(s.keys[k] in words[w] for w in (
                "complementizers", "relatives", "wh_words", "subject_stops")):
            return None  # 'tweets in which he called …': a relative clause, not the report
        nxt = s.tokens[k + 1]
        key = s.keys[k]
        if ((key in s.lex.clause_subjects and key != "there") or contracted_subject(s, k)) \
                and nxt.is_word and nxt.text.islower() and s.keys[k + 1] not in s.lex.determiners:
            return k  # ('said on Monday she's certain …': a pronoun with its verb glued on)
    return None


_INTERVIEW_REACH: Final = 8  # words of an interview's phrase after a cue ('in a telephone interview with the
# Daily Ledger on Tuesday')


def _interview_with_end(s: Sentence, i: int) -> int:
    """English '"…," she said in an interview with CNBC on Tuesday.': the last token of 'in' and an article, an
    occasion (a word before it at most) and 'with' or 'on', up to the punctuation or the quotation closing it
    (the outlet's words, where the resolver finds it); i - 1 when no such phrase opens at token i."""
    if i + 4 >= s.b or s.keys[i] != "in" or s.keys[i + 1] not in ("a", "an", "the") or s.inside_quote(i):
        return i - 1
    k = i + 2 if s.keys[i + 2] in s.lex.occasions else i + 3
    if k + 1 >= s.b or s.keys[k] not in s.lex.occasions or s.keys[k + 1] not in ("with", "on"):
        return i - 1
    end = k + 1
    while end + 1 < s.b and end + 1 - i < _INTERVIEW_REACH and s.tokens[end + 1].is_word \
            and end + 1 not in s.cue_tokens and not s.quote_at(end + 1):
        end += 1
    return end


def _clause_after_occasion(s: Sentence, i: int) -> int | None:
    """English 'said in a statement the plant would close', 'told reporters in an interview on Monday he would
    run': after 'in' and the occasion of the words (occasions: statement, interview, speech …, with a time
    after it at most), a subject (an article, a pronoun or a name) whose finite verb follows within six words opens
    the reported clause without 'that'; its first token. Not when a 'that' comes before the verb ('said in a
    statement the ministry issued that …': the words after the noun describe it)."""
    if s.verb_first or i + 3 >= s.b or s.keys[i] != "in" or s.inside_quote(i) \
            or s.keys[i + 1] not in ("a", "an", "the", "his", "her", "its", "their"):
        return None
    k = i + 2 if s.keys[i + 2] in s.lex.occasions else i + 3
    if k >= s.b or s.keys[k] not in s.lex.occasions or not s.tokens[k - 1].is_word:
        return None
    k += 1
    if k + 1 < s.b and s.keys[k] == "on" and s.keys[k + 1] in s.lex.time_words:
        k += 2  # 'in a statement on Monday'
    elif k < s.b and s.keys[k] in s.lex.time_words and s.tokens[k].text[:1].isupper():
        k += 1  # 'in a statement Monday'
    else:
        k = time_phrase_end(s, k)  # 'in a filing last week'
    if k + 1 >= s.b or not (s.keys[k] in ("the", "a", "an") or s.keys[k] in s.lex.clause_subjects
                            or is_capitalised(s.tokens[k].text) or s.keys[k] in s.lex.possessives):
        return None
    if relative_aside_then_finite(s, k):
        return k  # ('said in a statement its review, which began in May, would end …')
    finite = next((m for m in range(k + 1, min(s.b, k + 7)) if s.keys[m] in s.lex.finite_auxiliaries), None)
    if finite is None or any(not s.tokens[m].is_word or _is_complementizer(s, m) or m in s.cue_tokens
                             for m in range(k, finite)):
        return None  # (a 'that' after the verb is a relative pronoun: '… it would close a plant that employs …')
    return k


def _object_end(s: Sentence, start: int, content: Range) -> Range:
    """'attacked the plan during a rally', 'described him as a rival when he ran': the object of a verb that is
    not a verb of saying ends before a time or reason adjunct."""
    if s.keys[start] == "to":
        return _without_closing_comment(s, start, content)
    j = start + 1
    while j < s.b and s.tokens[j].end <= content[1]:
        resumed = _complement_after_aside(s, j, content[1])
        if resumed is not None:
            j = resumed  # 'accused Rafael Cruz, who was born in Cuba, of associating with …': the aside inside
            continue
        if (s.tokens[j].text in COMMAS or s.tokens[j].text in DASHES) and not s.inside_quote(j) and j > start \
                and j + 2 < s.b and s.keys[j + 1] in ("just", "much", "exactly") and s.keys[j + 2] == "as" \
                and _subject_then_verb(s, j + 3):
            return (content[0], s.tokens[j - 1].end)  # 'pounding Trump as a "con artist" — just as he did with
            # Romney': the writer's comparison
        if not s.inside_quote(j) and (_medium_phrase(s, j, content[1]) or _closing_addressee(s, j, content[1])
                                      or _closing_reflexive(s, j, content[1])):
            return (content[0], s.tokens[j - 1].end)  # 'attacked him in a series of tweets', 'mentioned the
            # flood to me while …', 'doesn't believe it himself': the medium, the hearer, an emphasis
        if s.tokens[j].text in COMMAS and not s.inside_quote(j) and j + 1 < s.b and (
                s.keys[j + 1] in ("which", "who")
                or (s.tokens[j + 1].text.islower() and s.keys[j + 1].endswith("ing") and len(s.keys[j + 1]) > 5
                    and s.keys[j + 1] not in s.lex.prepositional_ing)):
            return (content[0], s.tokens[j - 1].end)  # 'criticized the law, which …', '…, looping the streets'
        if s.tokens[j].text in QUOTE_MARKS and j > start and j + 1 < s.b and s.tokens[j + 1].end <= content[1] \
                and s.quote_ending(j) and s.text[s.tokens[j].start - 1:s.tokens[j].start] in COMMAS \
                and s.tokens[j + 1].text.islower() and s.keys[j + 1].endswith("ing") and len(s.keys[j + 1]) > 5 \
                and s.keys[j + 1] not in s.lex.prepositional_ing:
            return (content[0], s.tokens[j].end)  # 'praised him as a "strong leader," comparing him to …': the
            # comma inside the quotation closes the object as one after it would
        if s.tokens[j].text in COMMAS and not s.inside_quote(j) and j + 2 < s.b and s.keys[j + 1] in ("and", "but") \
                and _new_clause_after(s, j + 2):
            return (content[0], s.tokens[j - 1].end)  # 'dismissed the deal as toothless, but the envoy went on …'
        if s.tokens[j].text in COMMAS and not s.inside_quote(j) and s.keys[j + 1] in ("but", "yet") \
                and _second_predicate(s, j + 1):
            return (content[0], s.tokens[j - 1].end)  # 'demands openness from others, yet refuses to …'
        if j in s.participles and not s.inside_quote(j) and s.tokens[j].text.islower() \
                and s.tokens[j - 1].is_word and s.keys[j - 1] not in s.lex.documents and s.keys[j - 1] != "for":
            return (content[0], s.tokens[j - 1].end)  # 'criticized the choice of speakers accusing the …'; not
            # 'cited a state report showing …', where the participle describes the document, nor 'praised nurses
            # for speaking out …', what they were praised for
        if not s.inside_quote(j) and (_time_adjunct(s, j, content[1])
                                      or (_second_predicate(s, j) and not relative_goes_on(s, start, j))):
            k = j - 1  # 'endorsed Clinton for president on Thursday', 'praised his work but also had to …'
            while k > start and s.tokens[k].text in CLAUSE_PUNCT:
                k -= 1
            return (content[0], s.tokens[k].end)
        to_object = s.keys[j] == "to" and j + 1 < s.b and s.keys[j + 1] in s.lex.determiners
        if s.keys[j] == "to" and not to_object and not s.inside_quote(j):
            return _without_closing_comment(s, j, content)  # an infinitive: its adjuncts may be part of what was
            # said, a comment after a comma is not ('wants to widen the program, which now serves …')
        if s.keys[j] in s.lex.finite_auxiliaries or (s.tokens[j].text in COMMAS and not s.inside_quote(j)):
            return content  # a clause or an appositive: the adjunct may be part of what was said
        if not s.inside_quote(j) and ((s.keys[j] in s.lex.adjuncts and (
                s.keys[j] in ("during", "because") or _new_clause_after(s, j + 1) or _reduced_adjunct(s, j + 1)
                or (s.keys[j] in ("since", "after", "before", "until") and j + 1 < s.b
                    and s.keys[j + 1] in ("the", "a", "an", "last", "this") and _name_only(s, start, j))))
                                      or (s.keys[j] == "as" and _subject_then_verb(s, j + 1))):
            k = j - 1
            while k > start and s.tokens[k].text in CLAUSE_PUNCT:
                k -= 1
            return (content[0], s.tokens[k].end)
        j += 1
    return content


def _without_closing_comment(s: Sentence, start: int, content: Range) -> Range:
    """English 'wants to widen the program, which now serves only children', 'pledged to close the port, forcing
    the trucks to …': after an infinitive object, a comma and a 'which' or 'who' clause or a lower-case '-ing'
    participle running to the content's end (no other comma, no quotation in it) is the writer's comment, not
    part of what was wanted or pledged."""
    for j in range(start + 1, s.b - 1):
        if s.tokens[j].end > content[1] or s.inside_quote(j):
            return content
        if s.tokens[j].text not in COMMAS:
            continue
        nxt = s.keys[j + 1]
        if not (nxt in ("which", "who") or (s.tokens[j + 1].text.islower() and nxt.endswith("ing") and len(nxt) > 5
                                             and nxt not in s.lex.prepositional_ing)):
            continue
        if any((s.tokens[k].text in COMMAS and not (k + 1 < s.b and s.keys[k + 1] in ("which", "who"))
                and not thousands_comma(s, k))
               or s.inside_quote(k) for k in range(j + 2, s.b) if s.tokens[k].end <= content[1]):
            return content  # 'to widen the program, which is small, and …': an aside inside (not a comment on
            # the comment, '…, which include a provision …, which would …', nor a figure's comma, '9,000')
        return (content[0], s.tokens[j - 1].end)
    return content


def _without_dash_comment(s: Sentence, start: int, content: Range) -> Range:
    """English 'called for a new 15 percent rate -- far lower than …', 'called for tax hikes on the rich —
    lambasting the plan': a noun-phrase object (no verb, no quotation in it) and then one dash opening a phrase
    that runs to the content's end: the writer's comment on what was named ('the plan — which was new — would
    fail' closes its aside and goes on; 'to privatize it -- turning it over …' is an infinitive's)."""
    if start >= s.b or not s.tokens[start].text.islower() or s.keys[start] in s.lex.clause_subjects:
        return content  # ('Scott deserves the right - and not only because …': a name may open a clause)
    for j in range(start, s.b - 1):
        token = s.tokens[j]
        if token.end > content[1] or s.inside_quote(j):
            return content
        key = s.keys[j]
        infinitive = key == "to" and j + 1 < s.b and s.tokens[j + 1].text.islower() \
            and s.keys[j + 1] not in s.lex.determiners
        verb = len(key) > 4 and (key.endswith("ed") or (key.endswith("ing") and j > start)) and token.text.islower()
        if key in s.lex.be_forms_or_finite_auxiliaries or j in s.cue_tokens or infinitive or verb:
            return content  # a verb: a clause or a participle's object ('cutting the tax -- …': a gerund object)
        if token.text in DASHES and s.tokens[j - 1].end == token.start and s.tokens[j + 1].start == token.end:
            continue  # ('well-known': a hyphen)
        if token.text in DASHES and j - 1 > start and s.tokens[j - 1].is_word:
            k = j + 1 if s.tokens[j + 1].text in DASHES else j  # ('--' is two '-' tokens)
            if k + 1 >= s.b or s.tokens[k + 1].end > content[1] \
                    or any(s.tokens[m].text in DASHES for m in range(k + 1, s.b) if s.tokens[m].end <= content[1]):
                return content  # ('— which was new —': an aside that closes)
            return (content[0], s.tokens[j - 1].end)
    return content


def _closes_object(s: Sentence, k: int, end: int) -> bool:
    """Token k ends an object content: the content's end, a comma or full stop, or a time or reason word."""
    return k >= s.b or s.tokens[k].start >= end or s.tokens[k].text in COMMAS or s.tokens[k].text in ENDERS \
        or s.keys[k] in s.lex.adjuncts_or_time_words \
        or s.keys[k] in ("on", "in", "at", "last", "this", "during", "over", "with")


def _medium_phrase(s: Sentence, j: int, end: int) -> bool:
    """English 'attacked her in early-morning tweets', 'mocked the plan in a series of posts', 'praised him via a
    video message': 'in' or 'via', up to four lower-case modifiers ('a', 'series of', 'late-night'), and a
    noun of the medium (`occasions`, or its plural) closing the object, or followed by its hearer ('in a speech to
    lawmakers on Thursday') or by a participle ('in a ruling issued on Thursday'); also 'at' a gathering ('at a
    ceremony on Friday'): where the words were said, not part of what was reported (fixed phrases such as 'in
    a statement' are `content_stops` already); so is a social network (`_closing_platform`)."""
    if s.keys[j] == "on":
        return _closing_platform(s, j, end)
    if s.keys[j] not in ("in", "via", "at"):
        return False
    occasions = s.lex.occasions
    for k in range(j + 1, min(s.b, j + 6)):
        token = s.tokens[k]
        if token.start >= end or s.inside_quote(k):
            return False
        key = s.keys[k]
        if (key in occasions or (key.endswith("s") and key[:-1] in occasions)) \
                and (_closes_object(s, k + 1, end) or _hearer_after_medium(s, k + 1, end)
                     or _participle_after_medium(s, k + 1, end)):
            return s.keys[j] != "at" or not _infinitive_before(s, k + 1, end)  # ('in a video message': the last
            # noun closes it; not 'urged his supporters at a rally on Friday to ask …': the object goes on)
        if not (token.text.islower() or token.text in "-–") or k in s.cue_tokens:
            return False
    return False


def _infinitive_before(s: Sentence, k: int, end: int) -> bool:
    """A 'to' and a lower-case word after it between token k and the content's end: an infinitive goes on."""
    j = k
    while j + 1 < s.b and s.tokens[j + 1].start < end:
        if s.keys[j] == "to" and s.tokens[j + 1].text.islower() and s.keys[j + 1] not in s.lex.determiners:
            return True
        j += 1
    return False


def _participle_after_medium(s: Sentence, k: int, end: int) -> bool:
    """'… in a written ruling issued on Thursday', '… in a statement posted online': a lower-case '-ed' word right
    after the medium's noun, within the content, describes the medium."""
    return k < s.b and s.tokens[k].start < end and s.tokens[k].text.islower() and s.keys[k].endswith("ed") \
        and len(s.keys[k]) > 4 and not s.inside_quote(k)


def _hearer_after_medium(s: Sentence, k: int, end: int) -> bool:
    """'… in a speech to lawmakers', '… in a letter to the board': 'to' and an addressee, a determiner or a
    capitalised name right after the medium's noun, within the content (not 'in an interview to be aired')."""
    return k + 1 < s.b and s.keys[k] == "to" and s.tokens[k + 1].start < end and not s.inside_quote(k + 1) and (
        s.keys[k + 1] in s.lex.addressees_or_determiners
        or s.keys[k + 1] in _POSSESSIVES or s.tokens[k + 1].text[:1].isupper())


def _closing_addressee(s: Sentence, j: int, end: int) -> bool:
    """English 'mentioned the flood to me while …', 'explained the rule to reporters on Tuesday': 'to' and an
    addressee (`addressees`) closing the object: whom the words went to, not part of them."""
    return s.keys[j] == "to" and j + 1 < s.b and s.keys[j + 1] in s.lex.addressees \
        and s.tokens[j + 1].start < end and _closes_object(s, j + 2, end)


def _closing_reflexive(s: Sentence, j: int, end: int) -> bool:
    """English 'doesn't believe it himself', 'wrote the letter herself': an emphatic reflexive right after the
    object's last word, closing it (not 'blamed the loss on himself', where a preposition governs it)."""
    key = s.keys[j]
    return key.endswith(("self", "selves")) and len(key) <= 10 and s.tokens[j].text.islower() \
        and s.tokens[j - 1].is_word and s.keys[j - 1] not in s.lex.content_blockers \
        and s.keys[j - 1] not in ("to", "for", "with", "about", "against", "at") and _closes_object(s, j + 1, end)


def _name_only(s: Sentence, start: int, j: int) -> bool:
    """The object from token `start` up to token `j` is a name alone (capitalised words): a phrase of time after
    it ('mentioned Ruiz since the debate') cannot describe it, so it says when ('the noise after the concert' may
    be which noise)."""
    return start < j and all(s.tokens[k].is_word and s.tokens[k].text[:1].isupper() for k in range(start, j))


def _reduced_adjunct(s: Sentence, i: int) -> bool:
    """English 'mentioned the storm while driving home', 'praised the team while at the stadium': after a time
    word of `adjuncts`, a lower-case '-ing' form (no preposition in -ing) or a preposition opens a reduced
    clause of when it was done, not more of what was said; so does 'of' after 'because' (why it was done)."""
    if i >= s.b or not s.tokens[i].is_word or not s.tokens[i].text.islower() or s.inside_quote(i):
        return False
    key = s.keys[i]
    return (key.endswith("ing") and len(key) > 5 and key not in s.lex.prepositional_ing
            and i not in s.cue_tokens) or key in ("at", "in", "on") or (key == "of" and s.keys[i - 1] == "because")
    # ('voiced doubts about the mayor because of the delays': the reason, the writer's)


def _subject_then_verb(s: Sentence, i: int) -> bool:
    """English 'condemned the launch as the rebels fired again', 'cited the poll as she left': after 'as', a
    personal pronoun, or a name or an article and up to two words, then at once a finite verb (an auxiliary or
    a lower-case past in -ed; a present in -s after a name or 'he', 'she'): the writer's time clause, not the
    object's complement ('described him as a rival who had …', 'as the man who led …': the verb is not right
    after the subject)."""
    if i + 1 >= s.b or s.inside_quote(i):
        return False
    verb: int | None = None
    if s.keys[i] in ("he", "she", "they", "we", "i"):
        verb = i + 1
    elif s.keys[i] in ("the", "a", "an") or s.tokens[i].text[:1].isupper():
        verb = next((k for k in range(i + 1, min(s.b, i + 4)) if s.tokens[k].is_word and s.tokens[k].text.islower()
                     and s.keys[k] not in ("of", "and")
                     and (s.keys[k] in s.lex.finite_auxiliaries or (s.keys[k].endswith("ed") and len(s.keys[k]) > 4)
                          or _present_after_name(s, i, k))),
                    None)
        if verb is None or not all(s.tokens[k].is_word and s.keys[k] not in ("who", "which", "that", "whose", "to")
                                   for k in range(i, verb)):  # ('as a reason to speed …': an infinitive)
            return False
    if verb is None:
        return False
    key = s.keys[verb]
    return verb < s.b and s.tokens[verb].text.islower() and not s.inside_quote(verb) and (
        key in s.lex.finite_auxiliaries or (key.endswith("ed") and len(key) > 4) or _present_after_name(s, i, verb))


def _present_after_name(s: Sentence, i: int, verb: int) -> bool:
    """English 'a tightening race as Trump consolidates …', '… as she leaves': a present-tense verb in -s right
    after a pronoun or a name (capitalised words only, so not 'as the basis for …' or 'as the reason prices
    rise'): the writer's time clause."""
    key = s.keys[verb]
    return key.endswith("s") and not key.endswith(("ss", "'s", "’s", "us", "is")) and len(key) > 3 \
        and ((verb == i + 1 and s.keys[i] in ("he", "she")) or (s.keys[i] not in ("the", "a", "an") and all(
            s.tokens[k].is_word and s.tokens[k].text[:1].isupper() for k in range(i, verb))))


def _without_closing_relative(s: Sentence, start: int, content: Range) -> Range:
    """English 'acknowledged the reality of climate change, which makes him an outlier': after a verb whose
    content keeps its adjuncts, a noun-phrase object (opening with a determiner, no verb in it) followed by a comma
    and a 'which', 'where' or 'who' clause running to the content's end ('Polls show a close race in the state,
    where …'): the clause is the writer's comment on what was named, not part of what was reported. A clause
    content ('said the plan was fair, which …') keeps it."""
    if s.keys[start] not in s.lex.determiners or s.keys[start] == "that":
        return content
    for j in range(start + 1, s.b - 1):
        token = s.tokens[j]
        if token.end > content[1] or s.inside_quote(j):
            return content
        key = s.keys[j]
        if key in s.lex.be_forms_or_finite_auxiliaries or j in s.cue_tokens \
                or (token.text.islower() and key.endswith("ed")):
            return content  # a verb: the object is a clause's subject
        if token.text in DASHES and j - 1 > start:
            k = j + 1 if s.tokens[j + 1].text in DASHES else j  # ('--' is two '-' tokens)
            if k + 1 < s.b and s.keys[k + 1] in ("which", "who") and not any(
                    s.tokens[m].text in DASHES for m in range(k + 2, s.b) if s.tokens[m].end <= content[1]):
                return (content[0], s.tokens[j - 1].end)  # 'announced their support -- who cited …' (not 'the
                # plan — which was new — would fail': the aside closes and the clause goes on)
        if token.text in COMMAS:
            if s.keys[j + 1] not in ("which", "where", "who") or j - 1 <= start:
                return content
            later = [k for k in range(j + 2, s.b) if s.tokens[k].end <= content[1]]
            if any((s.tokens[k].text in COMMAS and not thousands_comma(s, k)) or s.inside_quote(k) for k in later):
                return content  # 'the plan, which was new, would …': an aside inside a clause (not '9,000')
            return (content[0], s.tokens[j - 1].end)
    return content


def _without_closing_circumstance(s: Sentence, start: int, content: Range) -> Range:
    """English 'explained the new rule to reporters', 'doesn't believe it himself': after a verb whose content
    keeps its adjuncts, a noun-phrase object (an article or an object pronoun first, no verb in it) ends before
    the hearer or an emphatic reflexive closing it: to whom it was said, not part of it. A clause content ('said
    the plan was fair to reporters') keeps it; so does a medium or an occasion ('explained the rule in the
    interview last week' may say which rule)."""
    if start >= s.b or not (s.keys[start] in s.lex.determiners or s.keys[start] in ("it", "them")) \
            or s.keys[start] == "that":
        return content
    for j in range(start + 1, s.b):
        token = s.tokens[j]
        if token.end > content[1] or s.inside_quote(j):
            return content
        key = s.keys[j]
        if key in s.lex.be_forms_or_finite_auxiliaries or j in s.cue_tokens \
                or (key == "to" and not _closing_addressee(s, j, content[1])) or token.text in COMMAS \
                or (token.text.islower() and key.endswith("ed") and len(key) > 4):
            return content  # a verb, an infinitive or an aside: the object may be a clause's subject
        if _closing_addressee(s, j, content[1]) or _closing_reflexive(s, j, content[1]) \
                or _closing_platform(s, j, content[1]):
            return (content[0], s.tokens[j - 1].end)
    return content


def _closing_platform(s: Sentence, j: int, end: int) -> bool:
    """English 'reported her arrival on Facebook', 'attacked the mayor on Twitter': 'on' and a capitalised social
    network (`social_networks`) closing an object: where the words were put, not part of what was reported."""
    return s.keys[j] == "on" and j + 1 < s.b and s.keys[j + 1] in s.lex.social_networks \
        and s.tokens[j + 1].text[:1].isupper() and not s.inside_quote(j + 1) and _closes_object(s, j + 2, end)


def _complement_after_aside(s: Sentence, j: int, end: int) -> int | None:
    """English 'accused X, who …, of Y', 'described X, which …, as Y': a relative aside opened by the comma at
    token j and closed by another comma before 'of' or 'as' (the object's complement); the token after that
    comma, or None."""
    if s.tokens[j].text not in COMMAS or s.inside_quote(j) or j + 1 >= s.b or s.keys[j + 1] not in ("which", "who"):
        return None
    for k in range(j + 2, min(s.b - 1, j + 16)):
        if s.tokens[k].end > end or s.inside_quote(k):
            return None
        if s.tokens[k].text in COMMAS:
            return k + 1 if s.keys[k + 1] in ("of", "as") else None
    return None


def _time_adjunct(s: Sentence, j: int, end: int) -> bool:
    """English 'on Thursday', 'in July', 'last week', 'Monday' closing an object (nothing after it but the end of
    the content or a comma): when it was done, not part of what was reported ('endorsed Clinton on Thursday,
    another …'; not 'called her on Friday to express …', 'remarks on Saturday "a wake-up call"')."""
    k = j + 1 if s.keys[j] in ("on", "in", "last", "this", "earlier") else j
    if k >= s.b or s.keys[k] not in s.lex.months_or_time_words \
            or (k == j and s.keys[j - 1] in ("next", "last", "this", "the", "a", "every")) \
            or (k > j and s.keys[j] in ("on", "in") and not s.tokens[k].text[:1].isupper()):
        return False
    k += 1
    while k < s.b and s.tokens[k].end <= end and (s.tokens[k].text[:1].isdigit()
                                                   or s.keys[k] in ("morning", "afternoon", "evening", "night")):
        k += 1  # 'on Thursday morning', 'in July 2015'
    return k >= s.b or s.tokens[k].start >= end or s.tokens[k].text in COMMAS or s.tokens[k].text in ENDERS \
        or _venue_to_the_end(s, k, end)


def _venue_to_the_end(s: Sentence, k: int, end: int) -> bool:
    """'… Wednesday on a radio show', '… on Friday at a rally in Ohio': after the time, where it was done, up to
    the content's end (no quotation, clause or infinitive in it)."""
    if s.keys[k] not in ("on", "at", "during") or k + 1 >= s.b \
            or not (s.keys[k + 1] in s.lex.determiners or s.tokens[k + 1].text[:1].isupper()):
        return False
    rest = [j for j in range(k + 1, s.b) if s.tokens[j].end <= end]
    return not any(s.quote_at(j) is not None or s.keys[j] in ("that", "to", "who", "which")
                   or s.keys[j] in s.lex.finite_auxiliaries for j in rest)


def _second_predicate(s: Sentence, j: int) -> bool:
    """English '… but also had to give him more time', '…, yet refuses to release …': 'but' or 'yet' and then
    (an adverb and) a finite verb of the same subject: the object before it is over."""
    if s.keys[j] not in ("but", "yet", "and") or j + 1 >= s.b:
        return False
    k = j + 1
    while k < s.b and s.keys[k] in ("also", "still", "then", "never", "not"):
        k += 1
    if s.keys[j] == "and":  # 'has denied wrongdoing and is expected to appeal': a finite verb of the same subject;
        # 'accused the board of bias and urged voters to …': another report of the same subject
        return k < s.b and s.tokens[k].text.islower() and (
            s.keys[k] in s.lex.be_forms_or_finite_auxiliaries
            or (k in s.cue_tokens and not s.keys[k].endswith("ing") and not s.inside_quote(k))
            or (s.keys[k].endswith("ed") and len(s.keys[k]) > 4 and k + 1 < s.b and not s.inside_quote(k)
                and s.keys[k + 1] in ("them", "him", "her", "it", "us", "me"))  # ('… and despised them': a past
            # verb with its object pronoun, not an adjective before a noun: 'cut taxes and increased spending')
            or ((s.keys[k].endswith("ed") or s.keys[k] in s.lex.irregular_pasts) and len(s.keys[k]) > 4
                and k + 2 < s.b and s.keys[k + 1] == "to" and s.tokens[k + 2].text.islower()
                and s.keys[k + 2] not in s.lex.determiners and not s.inside_quote(k)))  # ('promised a veto and
        # attempted to make the case …': a past verb with its infinitive)
    return k < s.b and s.tokens[k].text.islower() and (
        s.keys[k] in s.lex.finite_auxiliaries or k in s.cue_tokens
        or (s.keys[k].endswith(("ed", "es")) and len(s.keys[k]) > 4))


def _object_relative(s: Sentence, subject: tuple[int, int], hit: CueHit) -> bool:
    """English: 'the two guides I wrote for …', 'the hearing he was called to': a pronoun right after a noun
    phrase that opens with an article is the subject of a relative clause without 'that', whose verb's object is
    that noun phrase; the words after the verb (a preposition, a verb: no clause, no object) are no report."""
    first, last = subject
    if s.verb_first or last - first < 2 or s.keys[last] not in s.lex.clause_subjects:
        return False
    nxt = hit.last + 1
    words = s.lex.words
    if nxt >= s.b or not s.tokens[nxt].is_word or s.tokens[nxt].text[:1].isupper() \
            or any(s.keys[nxt] in words[w] for w in ("determiners", "clause_subjects", "complementizers",
                                                   "finite_auxiliaries")):
        return False  # 'The day after the vote he said the plant …': a clause or an object follows; 'a plan
        # she said would drain the lake': the noun is the subject of the clause she reports, not the verb's object
    before = s.tokens[last - 1]
    return before.is_word and before.text.islower() and s.keys[last - 1] not in s.lex.determiners \
        and any(s.keys[j] in ("the", "a", "an") for j in range(first, last - 1)) \
        and not _opening_adverbial_up_to(s, last - 1)  # ('In a speech he promised to resign.')


def _opening_adverbial_up_to(s: Sentence, noun: int) -> bool:
    """English 'In a speech he promised …', 'At the rally she vowed …': the sentence opens with a short adverbial
    (adverbial_starts, at most five words, no cue) that ends at token `noun`, right before the subject pronoun."""
    return s.keys[s.a] in s.lex.adverbial_starts and noun - s.a <= 4 \
        and all(s.tokens[k].is_word and k not in s.cue_tokens for k in range(s.a, noun + 1))


def _which_object(s: Sentence, subject: tuple[int, int], hit: CueHit) -> bool:
    """English '…, "the Comeback Kids", which supporters have chanted all season.': 'which' and a subject before
    the cue, and after it a few words with no verb, quotation or clause: 'which' is the object, nothing is
    reported ('a report which officials said was flawed' still is)."""
    if s.verb_first or subject[0] - 1 < s.a or s.keys[subject[0] - 1] != "which":
        return False
    rest = [k for k in range(hit.last + 1, s.b) if s.tokens[k].is_word or s.quote_at(k)]
    words = s.lex.words
    if rest and s.keys[rest[0]].endswith(("s", "ed")):
        return False  # ('which advocates say disadvantages needy schools': 'which' is the subject of that verb)
    return len(rest) <= 3 and not any(
        s.quote_at(k) or k in s.cue_tokens or any(s.keys[k] in words[w] for w in (
            "finite_auxiliaries", "be_forms", "complementizers", "clause_subjects")) for k in rest)


def _subject_before_aside(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    """'Donald Trump, in particular, has sharply criticized …': auxiliaries and adverbs, then an aside set off
    by commas, between the subject and its cue."""
    k = cue_first - 1
    while k > s.a and (s.keys[k] in s.lex.auxiliaries_or_negations
                       or manner_adverb(s, k)):
        k -= 1
    if k <= s.a or k == cue_first - 1 or s.tokens[k].text not in COMMAS:
        return None
    return _appositive_subject(s, k + 1)


def _subject_before_gapped_relative(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    """English 'The inspector general's report he cited said …', 'The memo she mentioned said …': a relative
    clause with its 'that' left out (a pronoun after a noun, auxiliaries, a lower-case cue verb whose object is
    that noun) between the subject and its cue: the noun phrase before the pronoun."""
    if s.verb_first:
        return None
    verb = cue_first - 1
    if verb not in s.cue_tokens or not s.tokens[verb].text.islower():
        return None
    k = verb - 1
    while k > s.a and s.keys[k] in s.lex.auxiliaries:
        k -= 1
    if k <= s.a or s.keys[k] not in s.lex.clause_subjects or not s.tokens[k - 1].is_word \
            or not s.tokens[k - 1].text.islower() or s.keys[k - 1] in s.lex.leading_conjunctions_or_subordinators \
            or k - 1 in s.cue_tokens:
        return None
    return left_subject(s, k)


def _subject_before_dashes(s: Sentence, close: int) -> tuple[int, int] | None:
    """'Kall -- co-editor of a book on the debates -- said …': the name before an aside set off by dashes."""
    while close > s.a and s.tokens[close - 1].text in "-–—―":
        close -= 1
    opening = next((j for j in range(close - 1, max(s.a, close - 30) - 1, -1) if s.tokens[j].text in "-–—―"), None)
    if opening is None:
        return None
    while opening > s.a and s.tokens[opening - 1].text in "-–—―":
        opening -= 1
    return left_subject(s, opening)


def _that_antecedent(s: Sentence, that: int) -> tuple[int, int] | None:
    """English 'a statement that said …', 'radar data from Malaysia that suggested …': 'that' right after a
    noun and right before a cue is a relative pronoun; the noun phrase before it speaks: from its article, or
    from after a preposition that follows a verb ('centred on'), within a few words."""
    last = that - 1
    if last < s.a or not s.tokens[last].is_word or last in s.cue_tokens or \
            s.keys[last] in s.lex.be_forms_or_finite_auxiliaries_or_pronouns \
            or (s.tokens[last].text.islower() and s.keys[last].endswith("ed")):
        return None  # ('he warned that said …', 'it is clear that said …': no noun before 'that')
    words = s.lex.words
    while last > s.a and (s.keys[last] in s.lex.time_words or s.keys[last] in ("morning", "afternoon", "evening")):
        last -= 1  # ('a letter from his doctor Friday afternoon that says …')
    for k in range(last, max(s.a, last - 7) - 1, -1):
        if not s.tokens[k].is_word or k in s.cue_tokens:
            return (k + 1, last) if k < last else None
        if s.keys[k] in s.lex.determiners:
            return k, last
        if k < last and k > s.a and s.tokens[k].text.islower() and s.keys[k].endswith("ed") \
                and s.tokens[k - 1].is_word and not manner_adverb(s, k - 1) \
                and not any(s.keys[k - 1] in words[w] for w in ("determiners", "prepositions", "content_blockers")):
            return k + 1, last  # ('The agency released radar data that suggested …': the data, not the agency)
        if s.keys[k] in s.lex.content_blockers and k > s.a and (
                s.keys[k - 1].endswith("ed") or s.keys[k - 1] in s.lex.finite_auxiliaries):
            return (k + 1, last) if k < last else None
    return None


def _before_relative_clause(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    """'Jane Roe, 59, of Ashton, who watched the ceremony, said …': a relative clause set off by commas right
    before the cue describes the subject, which is the noun phrase the sentence opens with, up to that clause."""
    comma = next((j for j in range(cue_first - 2, max(s.a, cue_first - 30) - 1, -1)
                  if (s.tokens[j].text in COMMAS and not digit_group_comma(s, j)) or s.is_end(j)
                  or s.tokens[j].text in QUOTE_MARKS), None)  # ('who employs 4,000 people': no clause's comma)
    if comma is None or comma <= s.a or s.tokens[comma].text not in COMMAS \
            or s.keys[comma + 1] not in ("who", "which"):
        return None
    opening = sentence_subject(s, comma) or left_subject(s, comma)
    left = left_subject(s, comma) if not s.verb_first else None
    if left is not None and opening is not None and left[0] > opening[0] and left[0] - 2 > s.a \
            and s.keys[left[0] - 1] in ("but", "and", "yet", "while", "whereas") \
            and s.tokens[left[0] - 2].text in COMMAS:
        opening = left  # 'Many leaders share these fears, but the coalition, which represents …, said': a new clause
    if opening is None or comma - 1 - opening[0] >= MAX_SOURCE_TOKENS:
        return None
    opening = _after_outer_cue(s, opening, comma)
    named = _name_after_description(s, opening, comma + 2)  # (the relative clause is the second aside)
    if named is not None and _opening_title(s, opening[1] + 1) is None:
        return named  # 'Her neighbour, Colin Tait, who runs the bakery, said': the name, as without the clause
    return opening[0], comma - 1


def _after_outer_cue(s: Sentence, opening: tuple[int, int], comma: int) -> tuple[int, int]:
    """English 'The mayor said the city, which has cut jobs, warned …': the words read as the subject before a
    relative clause run over an outer report's cue verb (after a subject, before 'that' or a determiner); the
    inner report's subject starts after that cue (and its 'that')."""
    if s.verb_first:
        return opening
    cue = max((k for k in s.cue_tokens if opening[0] < k < comma - 1 and k not in s.according_starts
               and s.tokens[k].text.islower() and s.keys[k + 1] in s.lex.determiners), default=None)
    if cue is None:
        return opening
    return cue + 1 + (s.keys[cue + 1] == "that"), opening[1]


def _own_report_inside(s: Sentence, subject: tuple[int, int]) -> bool:
    """'Clinton said she thinks …', 'he says that he hopes …': a pronoun subject right after another cue
    (or its 'that') is the same speaker going on inside that report, not a report of its own."""
    first, last = subject
    if s.keys[first] not in s.lex.clause_subjects or s.keys[first] == "there" or any(
            not s.keys[j].replace("’", "'").endswith("n't") for j in range(first + 1, last + 1)):
        return False  # ('he didn't believe …' too)
    k = first - 1
    if k > s.a and _is_complementizer(s, k):
        k -= 1
    return k >= s.a and k in s.cue_tokens and k not in s.according_starts


def _teller_going_on(s: Sentence, subject: tuple[int, int]) -> bool:
    """English 'X told him he would announce …': a subject pronoun right after a cue and the pronoun of the one
    told is the teller going on inside the report, as 'said she thinks' (_own_report_inside)."""
    first, last = subject
    told = first - 2
    return first == last and told >= s.a and s.keys[first] in s.lex.clause_subjects \
        and s.keys[first - 1] in s.lex.addressees and s.keys[first - 1] in s.lex.pronouns \
        and told in s.cue_tokens and told not in s.according_starts


def _is_question(s: Sentence) -> bool:
    last = s.tokens[s.b - 1].text if s.b > s.a else ""
    return last in "?؟"


def _around_parenthetical(s: Sentence, hit: CueHit, first: int, after: int, source: tuple[int, int] | None,
                          conduits: Range | None) -> list[Draft]:
    """'Mrs Thatcher had not, Mr Addison added, been impressed …': both sides of a cue set off by commas
    report, a leading subordinate clause too ('Before he left, Walsh said, he …': two records, as for a quotation
    split by 'he said')."""
    comma = next((k for k in range(after, s.b) if s.tokens[k].text in COMMAS
                  or (not s.verb_first and s.tokens[k].text in "—–―-"
                      and s.tokens[k].text == s.tokens[first - 1].text)),
                 None)
    while comma is not None and comma + 1 < s.b and s.tokens[comma + 1].text == s.tokens[comma].text in "—–―-":
        comma += 1  # 'The plan -- Ruiz said -- would fail': past the closing dashes
    rest = None
    if comma is not None and comma + 1 < s.b:
        nxt = comma + 1  # a main clause goes on after the cue; "after …", "citing …" do not report
        if not (s.keys[nxt] in s.lex.content_blockers_or_subordinators
                or (nxt in s.cue_tokens and not _clause_going_on_after_aside(s, nxt))
                or _phrase_at(s, nxt, "anonymity_markers", singles=False)
                or _noun_phrase_remark(s, nxt) or _participle_remark(s, nxt, first)
                or _comparison_remark(s, nxt, first)):
            rest = _content_from(s, nxt)  # ('…, two officials said, speaking on condition of anonymity')
    before = content_before(s, first)
    if before is not None and rest is not None and _verbless_opener(s, before):
        before = None  # 'During his years in office, Mr. Obama said, a majority …': the phrase opens the clause after
    if before is not None and rest is not None and _lone_connective(s, before):
        before = None  # 'Still, Hale said, the levee held': the connective links the sentence, nobody said it
    if before is not None and rest is not None and _lone_connective(s, rest):
        rest = None  # 'The levee held, Hale said, however.': the closing connective links it, nobody said it
    parts = [before, rest]
    return [d for d in (_draft(p, hit, source, s, conduits) for p in parts) if d]


_ASIDE_WORDS: Final = 6  # words at most of a clause's opening thing, and of the speaker set off after it


def _clause_going_on_after_aside(s: Sentence, i: int) -> bool:
    """English 'The forecast, the weather service said, calls for rain', 'The plan, officials say, shows …': the
    verb at token i, right after the closing comma of a speech verb set off by commas after the clause's opening
    noun phrase, goes on with the clause the speaker reports. That phrase names a thing (a determiner first, a
    lower-case head that is no person, body or group): its verb is what was said, not a report of its own ('The
    mayor, aides said, told residents …' still is one)."""
    if s.verb_first or i - 4 <= s.a or s.tokens[i - 1].text not in COMMAS or not s.tokens[i].text.islower():
        return False
    c = i - 2
    while c > s.a and c not in s.cue_tokens and s.tokens[c].is_word and i - c <= 4:
        c -= 1  # ('said on Tuesday,')
    if c not in s.cue_tokens \
            or not any(f.frame == "verb" and f.keys == (s.keys[c],) for f in s.lex.cues.get(s.keys[c], ())):
        return False
    opening = next((k for k in range(c - 1, max(s.a, c - _ASIDE_WORDS - 2), -1) if not s.tokens[k].is_word), None)
    if opening is None or opening - s.a > _ASIDE_WORDS or s.tokens[opening].text not in COMMAS \
            or any(k in s.cue_tokens for k in range(opening + 1, c)) \
            or not all(s.tokens[k].is_word and k not in s.cue_tokens for k in range(s.a, opening)):
        return False
    head = s.tokens[opening - 1]
    return s.keys[s.a] in s.lex.determiners and head.text.islower() and not _person_noun(s, opening - 1) \
        and head.key not in s.lex.government_or_organizations_or_pronouns


def _participle_remark(s: Sentence, i: int, first: int) -> bool:
    """English '…, official figures showed on Wednesday, dealing a blow to …': after the cue's closing comma, a
    lower-case '-ing' word that is no cue, when the clause before the cue does not end on an auxiliary waiting for
    it ('Prices are, he said, rising'), is the writer's remark on the news, not more of what was said."""
    if s.verb_first or first - 2 < s.a or s.tokens[first - 1].text not in COMMAS:
        return False
    tok = s.tokens[i]
    if any(s.keys[k] in s.lex.finite_auxiliaries for k in range(i + 1, s.b)):
        return False  # ('…, he said, replacing her would be much more acrimonious': a gerund subject)
    return tok.text.isalpha() and tok.text.islower() and tok.key.endswith("ing") and len(tok.key) > 4 \
        and not any(len(form.keys) == 1 for form in s.lex.cues.get(tok.key, ())) \
        and not (s.tokens[first - 2].text.islower()  # (not 'in May')
                 and (s.keys[first - 2] in s.lex.auxiliaries_or_be_forms))
    # (a cue of one word: 'raising' only opens the longer 'raising questions about', a cue where it stands)


def _comparison_remark(s: Sentence, i: int, first: int) -> bool:
    """English '…, the department said Friday, far more than economists had expected', '…, officials said, up
    from 3 percent in May': after the cue's closing comma, a comparative (comparatives) first or after one degree
    word, with 'than' or 'from' after it (or 'above', 'below'), when the clause before the cue does not end on an
    auxiliary waiting for it ('Costs are, he said, higher than …'), is the writer's comparison, not more of what
    was said."""
    if s.verb_first or first - 2 < s.a or s.tokens[first - 1].text not in COMMAS:
        return False
    if s.tokens[first - 2].text.islower() and (s.keys[first - 2] in s.lex.auxiliaries_or_be_forms):
        return False
    for j in (i, i + 1):
        if j + 1 < s.b and s.tokens[j].text.islower() and s.keys[j] in s.lex.comparatives \
                and (s.keys[j + 1] in ("than", "from") or s.keys[j] in ("above", "below")):
            return j == i or (s.tokens[i].text.isalpha() and s.tokens[i].text.islower()
                              and s.keys[i] not in s.lex.leading_conjunctions and i not in s.cue_tokens)
    return False


def _lone_connective(s: Sentence, region: Range) -> bool:
    """English 'Still', 'Indeed', 'Tomorrow', 'too', 'as well': a region that is one connective word
    (opening_words), adverb or time word, or one connective aside (connective_asides)."""
    first = _token_index_at(s, region[0])
    if s.verb_first or first is None:
        return False
    if s.tokens[first].end == region[1] and s.keys[first] in s.lex.adverbs_or_opening_words_or_time_words:
        return True
    n = _phrase_at(s, first, "connective_asides")
    return n > 0 and s.tokens[first + n - 1].end == region[1]


def _noun_phrase_remark(s: Sentence, i: int) -> bool:
    """English '…, the office said on Friday, the third monthly decline in a row.', '…, a spokesman said, a day
    after the scandal broke.': after the cue's closing comma, an article and a noun phrase with no verb of its own
    (up to a relative or subordinate word) is the writer's remark, not more of what was said."""
    if s.verb_first or s.keys[i] not in ("a", "an", "the") or s.quote_at(i):
        return False
    for j in range(i + 1, s.b):
        key, tok = s.keys[j], s.tokens[j]
        if s.is_end(j) or key in s.lex.subordinators or key in ("that", "which", "who", "than") \
                or key in s.lex.adjuncts:
            return j > i + 1  # ('…, data showed, a bigger drop than economists expected': a comparison)
        if key in s.lex.be_forms_or_clause_subjects_or_finite_auxiliaries \
                or s.quote_at(j) or j in s.cue_tokens or (tok.text.islower() and key.endswith("ed") and len(key) > 4):
            return False
    return True


def _verbless_opener(s: Sentence, region: Range) -> bool:
    """English: a phrase opened by a preposition ('During his years in office') with no clause in it: no
    pronoun subject, no name, no finite auxiliary, no -ed form and no quotation."""
    first = _token_index_at(s, region[0])
    if s.verb_first or first is None or (s.keys[first] not in s.lex.adjuncts_or_adverbial_starts):
        return False
    for j in range(first, s.b):
        tok = s.tokens[j]
        if tok.start >= region[1]:
            return True
        key = s.keys[j]
        if key in s.lex.clause_subjects_or_finite_auxiliaries or s.quote_at(j) \
                or (tok.text.islower() and key.endswith("ed") and len(key) > 4) \
                or (j > first and tok.text[:1].isupper()):
            return False  # ('Before Swanson got out of the water': a name may be a subject)
    return True


def _leading_quote(s: Sentence, hit: CueHit) -> list[Draft] | None:
    """'"…," Scott Pruitt, the attorney general, said at a meeting.': a sentence that opens with a quotation
    followed by a capitalised name and then the cue reports the quotation, spoken by that name."""
    q = s.quote_at(s.a) if s.a < hit.first else None
    if q is None or q[1] > s.tokens[hit.first].start:
        return None
    k = _token_index_at(s, q[1])
    while k is not None and k < hit.first and s.tokens[k].text in COMMAS:
        k += 1
    if k is None or k >= hit.first or s.keys[k] in s.lex.pronouns:
        return None
    if not s.tokens[k].text[:1].isupper() and not (  # '"…," the whistleblower, a nurse at the hospital, told …'
            not s.verb_first and s.keys[k] in s.lex.determiners and s.tokens[hit.first - 1].text in COMMAS
            and _description_comma(s, k, hit.first)):
        return None
    end = k
    while end + 1 < hit.first and s.tokens[end + 1].text not in COMMAS and s.tokens[end + 1].text not in "(":
        end += 1
    tag = party_tag_after(s, end)
    if tag is not None and tag < hit.first:
        end = tag  # '"…," Rep. Gwen Moore (D-Wis.) said': the tag in brackets is the name's, as before a cue
    if not s.tokens[k].text[:1].isupper() and end + 2 < hit.first - 1 and all(
            s.tokens[j].text[:1].isupper() for j in range(end + 2, hit.first - 1)):
        end = hit.first - 2  # '"…," its president, Mark Ellis, told …': the title and the name
    elif end > k and s.tokens[end].text.islower() and end + 2 < hit.first - 1 and s.tokens[end + 1].text in COMMAS \
            and s.tokens[hit.first - 1].text in COMMAS and (s.tokens[hit.first - 2].text == ")"
                                                           or s.tokens[hit.first - 2].text[:1].isupper()) \
            and s.tokens[end + 2].text.lower() != "who":
        end = hit.first - 2  # '"…!" Hale's niece, state Del. Mary Price (D-Norfolk), shouted': the relation and
        # the name set off after it
    if any(s.quote_at(j) for j in range(k, hit.first)) or any(
            j in s.cue_tokens and not _modifies_title(s, j) for j in range(k, hit.first)):
        return None  # ('"…," Sanders said, going on to say that young people want change': the quote is said's)
    told = _region(s, hit.last + 1, _addressee_end(s, hit) - 1) \
        if s.keys[hit.last] in s.lex.addressee_verbs and not s.verb_first else None  # '… told the AP.'
    if told is None and not s.verb_first:  # '"…," she said in an interview with CNBC.'
        told = _region(s, hit.last + 1, _interview_with_end(s, hit.last + 1))
    out = [_draft(q, hit, (k, end), s, told)]
    after = hit.last + 1
    while after < s.b and s.tokens[after].text in COMMAS:
        after += 1
    if after < s.b and after > hit.last + 1 and s.quote_at(after):
        out.append(_draft(s.quote_at(after), hit, (k, end), s, told))
    elif not s.verb_first and (resumed := _resumed_quote(s, hit.last + 1)) is not None:
        out.append(_draft(resumed, hit, (k, end), s, told))
    return [d for d in out if d]


def _description_comma(s: Sentence, k: int, cue_first: int) -> bool:
    """English '"…?" the senator's aide, Tom Reed, asked': after the determiner at token k, a description of one
    to four words ('whistleblower', "senator's aide", 'city's chief planner') closes with a comma before the cue."""
    for j in range(k + 2, min(k + 6, cue_first)):
        if s.tokens[j].text in COMMAS:
            return True
        if not s.tokens[j].is_word or s.tokens[j].text[:1].isupper() or j in s.cue_tokens:
            return False
    return False


def _modifies_title(s: Sentence, j: int) -> bool:
    """English 'state Del. Mary Price', 'state Sen. Rosa Diaz': a lower-case cue form right before a title (one
    of titles.txt, or a capitalised abbreviation with its full stop) modifies it, no verb."""
    nxt = j + 1
    return s.tokens[j].text.islower() and nxt + 1 < s.b and s.tokens[nxt].text[:1].isupper() \
        and (s.keys[nxt] in s.lex.titles or (s.tokens[nxt + 1].text == "." and s.tokens[nxt + 1].start
                                            == s.tokens[nxt].end))


def _quotes_around(s: Sentence, hit: CueHit, subject: tuple[int, int] | None) -> list[Range]:
    """The quotation that ends right before 'X said' and the one that opens right after it."""
    out: list[Range] = []
    if subject is not None:
        j = subject[0] - 1
        while j >= s.a and s.tokens[j].text in COMMAS:
            j -= 1
        before = s.quote_ending(j) if j >= s.a else None
        if before:
            out.append(widen_quote(s, before))
    k = hit.last + 1
    while k < s.b and (s.tokens[k].text in COMMAS or s.tokens[k].text in ":："):
        k += 1
    after = s.quote_at(k) if k < s.b else None
    if after is None and out and not s.verb_first:
        after = _resumed_quote(s, hit.last + 1)
        k = hit.last + 2 if after else k
    if after and (out or k > hit.last + 1):
        out.append(after)
    elif out and not s.verb_first and _clause_after_cue(s, hit):
        return []  # 'On a broadcast of "Fox News Sunday," X said his mate …': the cue's content follows it
    return out


def _resumed_quote(s: Sentence, i: int) -> QuoteSpan | None:
    """'"A," Trump said during a rally in Ohio, "but B."': the quotation that resumes after a phrase and a comma
    (and a 'but'/'and') following the cue."""
    for k in range(i, min(s.b, i + 14)):
        tok = s.tokens[k]
        if s.is_end(k) or k in s.cue_tokens or (tok.text in QUOTE_MARKS and not s.quote_at(k)):
            return None
        q = s.quote_at(k)
        if q:
            prev = k - 1
            if s.keys[prev] in ("but", "and"):
                prev -= 1
            return q if prev >= i and s.tokens[prev].text in COMMAS else None
    return None


def _named_in_phrase(s: Sentence, q: QuoteSpan | None) -> bool:
    """'In an interview with "Meet the Press," …': a quotation right after a preposition is a name."""
    k = _token_index_at(s, q[0]) if q else None
    return k is not None and k > s.a and s.keys[k - 1] in s.lex.content_blockers


def _clause_after_cue(s: Sentence, hit: CueHit) -> bool:
    """English: a word right after the cue that opens what was said (not a comma, an adverbial, a
    preposition or another cue)."""
    k = skip_adverbs(s, hit.last + 1)
    if s.keys[hit.last] in s.lex.addressee_verbs or k >= s.b or not s.tokens[k].is_word or k in s.cue_tokens \
            or s.quote_at(k):
        return False
    key = s.keys[k]
    return key not in s.lex.adjuncts_or_adverbial_starts_or_content_blockers and not _rest_is_adverbial(s, k)


def _inverted(s: Sentence, hit: CueHit, prev: Token) -> list[Draft] | None:
    """'"…," said X' and '…, said X.': the source follows the cue, the content precedes it."""
    before = content_before(s, hit.first)
    if before is None:
        return None
    if s.keys[hit.last] in s.lex.addressee_verbs and not _question_before(s, before):
        return None  # 'X, a professor, told Reuters': then the addressee ('"…?" asked X': the one asking)
    right = right_source(s, hit.last + 1, s.b)
    if right and not ends_after(s, right[1] + 1):  # 'said a source close to the probe, adding …'
        k = next((k for k in range(right[1] + 1, min(s.b, right[0] + MAX_SOURCE_TOKENS))
                  if s.tokens[k].text in COMMAS or s.is_end(k) or k in s.cue_tokens or s.quote_at(k)), None)
        if k is not None and s.tokens[k].text in COMMAS and k + 1 in s.participles:
            right = (right[0], k - 1)
    quoted = s.quote_ending(_last_token_before(s, before[1])) is not None
    own = right  # (the source without a relative clause read into it: its words are checked below)
    if right and not ends_after(s, right[1] + 1):
        right = _with_relative_to_the_end(s, right)
    if not quoted and not (right and ends_after(s, right[1] + 1)):
        return None
    if not quoted and (_named_appositive_before(s, hit.first) or _participle_aside_before(s, hit.first)
                       or contrast_aside_before(s, hit.first) or _name_between_commas_before(s, hit.first)
                       or _subject_then_adverb_aside(s, hit.first)
                       or _subject_before_named_members(s, hit.first - 1) is not None):
        return None  # 'Jane Doe, the mayor's spokeswoman, noted the rule …': the name is the subject ('Steel
        # firms, including Vell and Oda, said output fell': the firms)
    if not quoted and (hit.last > hit.first or s.keys[hit.first] not in s.lex.inverting_verbs):
        return None  # 'Jane Roe, a director, called for more money.': what follows the verb is its object
    if own and (all(s.keys[j] in s.lex.determiners for j in range(own[0], own[1] + 1))
                or any(s.keys[j] in s.lex.auxiliaries for j in range(own[0], own[1] + 1))
                or (own[1] > own[0] and s.keys[own[0]] in s.lex.clause_subjects)
                or (own[0] + 1 < own[1] <= own[0] + 3 and s.keys[own[0]] in s.lex.determiners
                    and s.tokens[own[1]].text.islower() and s.keys[own[1]].endswith("ed")
                    and not any(s.keys[j] in s.lex.relatives for j in range(own[0], own[1])))):
        return None  # '…, thought the last option likely', '…, said the budget was short': no one named;
        # ('Two officials, one of them American, said the talks failed': a clause, its verb last)
        # 'His daughter, Ruth Greene, said he died …': a pronoun opens the content, not an inverted subject
    if right and thousands_comma(s, right[1] + 1):
        return None  # '…, said more than 5,000 people had …': the comma of a figure ends no inverted subject
    source, conduits = _split_conduit(s, right)
    if right and not s.verb_first:  # '"…," said Anna Roth in an interview with CNBC.'
        conduits = _join(conduits, _region(s, right[1] + 1, _interview_with_end(s, right[1] + 1)))
    resumed = _resumed_quote(s, right[1] + 1) if quoted and right and not s.verb_first else None
    if resumed is not None:  # '"…," said Ana Lind, the party chair, "but we will be back."': the quotation
        return [d for d in (_draft(before, hit, source, s, conduits), _draft(resumed, hit, source, s, conduits))
                if d]  # resumed after the speaker is hers too
    return _maybe(_draft(before, hit, source, s, conduits))


def _with_relative_to_the_end(s: Sentence, right: tuple[int, int]) -> tuple[int, int]:
    """English '…, said a driver who saw the crash.', '…, said an economist who studies housing.': a relative
    clause opened by 'who' right after an inverted source, running to the end of the sentence (no comma, cue or
    quotation in it), is part of the source."""
    k = right[1] + 1
    if s.verb_first or k + 1 >= s.b or s.keys[k] not in ("who", "whose") or not s.tokens[k].text.islower():
        return right
    end = k + 1
    while end < s.b and not s.is_end(end) and s.tokens[end].text[:1].isalnum() and end not in s.cue_tokens \
            and not s.quote_at(end):
        end += 1
    return (right[0], end - 1) if end >= s.b or s.is_end(end) else right


_ASIDE_ADVERBS: Final = frozenset({"however", "meanwhile", "too", "though", "instead", "also", "nonetheless",
                                   "nevertheless", "likewise", "separately", "similarly", "moreover"})


def _subject_then_adverb_aside(s: Sentence, cue_first: int) -> bool:
    """English 'The mayor, however, said voters …', 'The candidate, for his part, believes …': a short subject
    opening the sentence, then an adverb or a short phrase of 'for', 'in' or 'on' between commas right before the
    cue: the subject speaks, no inverted source follows the cue."""
    if s.verb_first or cue_first - 3 <= s.a or s.tokens[cue_first - 1].text not in COMMAS:
        return False
    j = cue_first - 2
    while j > s.a and s.tokens[j].text not in COMMAS and cue_first - 2 - j < 4:
        j -= 1
    if j <= s.a or s.tokens[j].text not in COMMAS or j > s.a + 6:
        return False
    aside = range(j + 1, cue_first - 1)
    if not aside or not all(s.tokens[k].is_word for k in aside):
        return False
    first = s.keys[j + 1]
    if not ((len(aside) == 1 and first in _ASIDE_ADVERBS) or (first in ("for", "in", "on") and len(aside) <= 3)):
        return False
    subject = range(s.a, j)
    return all(s.tokens[k].is_word and k not in s.cue_tokens for k in subject) \
        and (s.keys[s.a] in s.lex.determiners or s.tokens[s.a].text[:1].isupper())


def _name_between_commas_before(s: Sentence, cue_first: int) -> bool:
    """English "The company's founder, Tomas Rudd, said the state needed cash": between two commas right before
    the cue, a name (two to five capitalised words, a title or trade before them allowed) after a description:
    the name is the subject, and 'the state' after the cue opens the content, no inverted source."""
    close = cue_first - 1
    if s.verb_first or close - 3 <= s.a or s.tokens[close].text not in COMMAS:
        return False
    if _titled_name_between_commas(s, close) is not None:
        return True
    open_ = next((k for k in range(close - 1, max(s.a, close - 9) - 1, -1)
                  if not s.tokens[k].is_word and not _abbreviation_stop(s, k)), None)  # ('Lt. Col. Dana Fry')
    if open_ is None or open_ <= s.a or s.tokens[open_].text not in COMMAS or close - open_ < 3:
        return False
    return all((s.tokens[k].text[:1].isupper() and s.keys[k] not in s.lex.pronouns) or _abbreviation_stop(s, k)
               for k in range(open_ + 1, close)) and close - open_ - 1 - sum(
        _abbreviation_stop(s, k) for k in range(open_ + 1, close)) <= 6


def _question_before(s: Sentence, content: Range) -> bool:
    """English '"Is it over?" asked Graham.': the content is a quotation ending with a question mark."""
    text = s.text[content[0]:content[1]].rstrip()
    return not s.verb_first and len(text) > 2 and text[-1] in QUOTE_MARKS and text[-2] == "?"


def _participle_aside_before(s: Sentence, cue_first: int) -> bool:
    """English 'The report, published Monday, says …', 'The group, founded in 1990, says …', 'General manager Erin
    Walsh, speaking separately, said …': a short noun phrase opening the sentence and a participle aside between
    commas fill the clause before the cue's comma."""
    if s.verb_first or cue_first - 1 <= s.a:
        return False
    comma = next((j for j in range(s.a, cue_first - 1) if s.tokens[j].text in COMMAS), None)
    if comma is None or comma == s.a or comma - s.a > 4 or comma + 1 >= cue_first - 1:
        return False
    head = range(s.a, comma)
    if not all(s.tokens[j].is_word and j not in s.cue_tokens for j in head) \
            or any(s.keys[j] in s.lex.auxiliaries_or_clause_subjects for j in head) \
            or not (s.keys[s.a] in s.lex.determiners or all(s.tokens[j].text[:1].isupper() for j in head)
                    or (comma - s.a >= 3 and all(s.tokens[j].text[:1].isupper() for j in (s.a, comma - 2, comma - 1)))):
        return False  # (not 'Prices rose, raised by …': a clause; 'General manager Erin Walsh' ends with a name)
    participle = s.tokens[comma + 1]
    key = s.keys[comma + 1]
    return participle.text.islower() and (key.endswith(("ed", "en")) or (
        key.endswith("ing") and len(key) > 5 and key not in s.lex.prepositional_ing)) \
        and not any(s.tokens[j].text in COMMAS for j in range(comma + 1, cue_first - 1))


def _named_appositive_before(s: Sentence, cue_first: int) -> bool:
    """'Jane Doe, the mayor's spokeswoman, noted …': a name and an appositive without a verb fill the clause
    before the cue's comma."""
    named = _name_before_appositive(s, cue_first - 2)
    if named is None or (named[0] != s.a and s.tokens[named[0] - 1].text not in COMMAS):
        return False
    return not any(s.keys[j] in s.lex.finite_auxiliaries for j in range(named[0], cue_first - 1))


def _last_token_before(s: Sentence, end: int) -> int:
    j = s.a
    while j + 1 < s.b and s.tokens[j + 1].end <= end:
        j += 1
    return j


def _appositive_subject(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    """'Zach Smith, a manager at X, said …': the name and its appositive, from the clause start."""
    k = cue_first - 2  # "The chief executive, Daniel Ortiz, told …": a capitalised name between commas
    j = k
    while j >= s.a and s.tokens[j].text not in COMMAS and k - j < 9:
        j -= 1
    place = k == j + 2 and _abbreviation_stop(s, k)  # 'of Macon, Ga., said': a state after a town, not a name
    dots = sum(_abbreviation_stop(s, i) for i in range(j + 1, k + 1))  # ('Lt. Col. Dana Fry': two ranks, one name)
    if j >= s.a and k > j and s.tokens[j].text in COMMAS and not place \
            and (k - j - dots <= 5 or _name_of_body(s, j + 1, k)) \
            and all(s.tokens[i].text[:1].isupper() or (i > j + 2 and s.keys[i] in _BODY_LINKS)
                    for i in range(j + 1, k + 1) if s.tokens[i].is_word):
        title = _opening_title(s, j)
        if title is None:
            title = _set_off_title(s, j)  # ('…, the minister, Clara Boyd, said')
        return title if title is not None else _title_after_quote(s, j), k
    titled = _titled_name_between_commas(s, cue_first - 1)
    if titled is not None:
        return _description_after_quote(s, titled) or titled
        # 'Her opponent, former state Treasurer Dale Whitford, dismissed …': the name and its title
    before_aside = _subject_before_phrase_aside(s, cue_first - 1) or _subject_before_adverb_aside(s, cue_first - 1) \
        or _subject_before_named_members(s, cue_first - 1)
    if before_aside is not None:
        return before_aside  # '… since Clinton, at Monday's debate, cited …': the subject before the aside
    opening = sentence_subject(s, cue_first)
    if opening is not None:
        return _name_after_description(s, opening, cue_first) or opening
    named = _name_before_appositive(s, k)
    if named is not None:
        return named
    j = cue_first - 2
    while j >= s.a and s.tokens[j].text not in ENDERS and s.tokens[j].text not in QUOTE_MARKS:
        j -= 1
    first, last = j + 1, cue_first - 2
    if last < first or last - first > 20:
        return None
    if not s.verb_first and s.keys[first] in s.lex.prepositions and s.tokens[first].text[:1].isupper():
        return None  # 'For instance, calls to …': an opening prepositional phrase is nobody
    return first, last


def _nickname_open(s: Sentence, k: int) -> int | None:
    """English 'Marcia "Cia" Price': token k closes a quoted capitalised word inside a name; the opening mark's
    index."""
    if k - 2 <= s.a or s.tokens[k].text not in QUOTE_MARKS or s.tokens[k - 2].text not in QUOTE_MARKS:
        return None
    word = s.tokens[k - 1]
    return k - 2 if word.is_word and word.text[:1].isupper() and s.tokens[k - 2].end == word.start else None


def _description_after_quote(s: Sentence, titled: tuple[int, int]) -> tuple[int, int] | None:
    """English '"…," the mayor's cousin, state Rep. Dana Ruiz, said': a description between a closing
    quotation and the comma before a titled name is part of the mention (no clause of the quotation's)."""
    comma = titled[0] - 1
    j = comma - 1
    while j > s.a and (s.tokens[j].is_word or s.tokens[j].text in "'’") and comma - j <= 6:
        j -= 1
    if j >= comma - 1 or s.tokens[j].text not in QUOTE_MARKS or s.quote_ending(j) is None \
            or any(k in s.cue_tokens for k in range(j + 1, comma)):
        return None
    return j + 1, titled[1]


def _subject_before_phrase_aside(s: Sentence, close: int) -> tuple[int, int] | None:
    """English '… since Clinton, at Monday's debate, cited …': between two commas right before the cue, a phrase
    opened by a preposition with no verb in it; the cue's subject is the one written before the first comma, after
    a subordinator that opens its clause ('since', 'when'), not the main clause's."""
    if s.verb_first or close - 3 <= s.a or s.tokens[close].text not in COMMAS:
        return None
    open_ = next((k for k in range(close - 2, max(s.a, close - 10), -1) if s.tokens[k].text in CLAUSE_PUNCT), None)
    if open_ is None or s.tokens[open_].text not in COMMAS or s.keys[open_ + 1] not in s.lex.prepositions \
            or any(k in s.cue_tokens or s.quote_at(k) is not None or
                   s.keys[k] in s.lex.clause_subjects_or_finite_auxiliaries for k in range(open_ + 1, close)):
        return None
    head = left_subject(s, open_)
    if head is None or head[0] - 1 < s.a or s.keys[head[0] - 1] not in s.lex.subordinators:
        return None
    return head


def _subject_before_adverb_aside(s: Sentence, close: int) -> tuple[int, int] | None:
    """English 'Parent groups, for their part, say …', 'The union, however, argued …': between two commas right
    before the cue, a connective ('however', 'in turn', 'too', a lower-case '-ly' adverb) or a short phrase opened by a
    preposition, with no verb; the cue's subject is the noun phrase written before the first comma."""
    if s.verb_first or close - 3 <= s.a or s.tokens[close].text not in COMMAS:
        return None
    open_ = next((k for k in range(close - 1, max(s.a, close - 6), -1) if not s.tokens[k].is_word), None)
    if open_ is None or open_ + 1 >= close or s.tokens[open_].text not in COMMAS or not s.tokens[open_ - 1].is_word \
            or any(k in s.cue_tokens or not s.tokens[k].text.islower() or
                   s.keys[k] in s.lex.clause_subjects_or_finite_auxiliaries for k in range(open_ + 1, close)):
        return None
    n = close - open_ - 1
    if not (_phrase_at(s, open_ + 1, "opening_words") == n or _phrase_at(s, open_ + 1, "adverbs") == n
            or _phrase_at(s, open_ + 1, "connective_asides") == n
            or (n == 1 and manner_adverb(s, open_ + 1))
            or (2 <= n <= 3 and s.keys[open_ + 1] in s.lex.prepositions)):
        return None
    head = left_subject(s, open_)
    return head if head is not None and head[1] == open_ - 1 else None


def _subject_before_named_members(s: Sentence, close: int) -> tuple[int, int] | None:
    """English 'Mining firms, including Northgate and Kestrel, said …', 'Still others, like Gov. Ana Ruiz of Nevada,
    said …': between two commas right before the cue, a member opener ('including', 'such as', 'like':
    `member_openers.txt`) and names only (capitalised words, a title's stop, name connectors, role nouns), the
    last word capitalised; the cue's subject is the noun phrase written right before the first comma, not the
    sentence's opening words nor the names given as examples."""
    if s.verb_first or close - 3 <= s.a or s.tokens[close].text not in COMMAS:
        return None
    open_ = next((k for k in range(close - 2, max(s.a, close - 12), -1)
                  if not s.tokens[k].is_word and not _abbreviation_stop(s, k)), None)
    n = 0 if open_ is None or s.tokens[open_].text not in COMMAS else _phrase_at(s, open_ + 1, "member_openers")
    if open_ is None or n == 0 or open_ + n + 1 >= close or not s.tokens[close - 1].text[:1].isupper() \
            or not all(s.tokens[k].text[:1].isupper() or s.keys[k] in s.lex.name_connectors or _abbreviation_stop(s, k)
                       or s.keys[k] in s.lex.professions_or_titles or s.keys[k] in s.lex.anonymous
                       or s.keys[k] in s.lex.government_or_organizations
                       for k in range(open_ + n + 1, close)):
        return None  # ('Others, like Gov. Ana Ruiz of Nevada,': a title's stop and 'of' inside the names;
        # 'Critics, like economist Dana Holt,', 'like council member Bea Lane,': a role noun before a name)
    head = left_subject(s, open_)
    return head if head is not None and head[1] == open_ - 1 else None


_BODY_LINKS: Final = frozenset({"of", "at", "from", "the"})


def _name_of_body(s: Sentence, first: int, last: int) -> bool:
    """English ', Tom Becker of Halden Capital,': two capitalised words of a name, then 'of', 'at' or 'from' and
    the body's capitalised name."""
    return first + 3 <= last and all(s.tokens[i].is_word and is_capitalised(s.tokens[i].text)
                                     for i in (first, first + 1)) \
        and s.keys[first + 2] in ("of", "at", "from") and is_capitalised(s.tokens[last].text)


_AGE: Final = re.compile(r"\d{1,3}-year-old")


def _titled_name_between_commas(s: Sentence, close: int) -> tuple[int, int] | None:
    """English ', former state Treasurer Dale Whitford,' before a cue: between two commas, a lower-case title or a
    word qualifying one ('former', 'acting'), lower-case words, then capitalised words ending in a name of two
    words or more: the named title holder (the description before the first comma is the writer's)."""
    if s.verb_first or close - 3 <= s.a or s.tokens[close].text not in COMMAS:
        return None
    end = close  # (', state Sen. Dana Ruiz (D-Erie),': the party tag after the name)
    if s.tokens[close - 1].text == ")":
        end = next((k for k in range(close - 2, max(s.a, close - 8), -1) if s.tokens[k].text == "("), close)
    open_ = end - 1  # (', state Rep. Dana Ruiz,': the title's full stop; ', state Del. Ann "Annie" Cole,')
    while open_ > s.a and open_ >= end - 11:
        nickname = _nickname_open(s, open_)
        if nickname is not None:
            open_ = nickname - 1
        elif not s.tokens[open_].is_word and not _abbreviation_stop(s, open_):
            break
        else:
            open_ -= 1
    if open_ <= s.a or s.tokens[open_].text not in COMMAS:
        return None
    first = open_ + 1
    roles = s.lex.anonymous_or_titles  # (a trade too: ', businessman Tomas Rudd,')
    aged = first + 1 < end and _AGE.fullmatch(s.keys[first]) is not None  # ', 28-year-old student Lena Fischer,'
    role = first + 1 if aged else first
    if not aged and _qualified_role(s, first, end):
        role = first + 1  # (', Swedish diplomat Karin Holm,', ', veteran economist Sara Lind,': a word before the role)
    if (s.keys[role] not in s.lex.title_modifiers and s.keys[role] not in roles) \
            or not s.tokens[role].text.islower():
        return None
    caps = end - 1
    while caps > first:
        nickname = _nickname_open(s, caps)
        if nickname is not None and nickname > first:
            caps = nickname - 1
        elif s.tokens[caps].text[:1].isupper():
            caps -= 1
        else:
            break
    named = [k for k in range(caps + 1, end) if s.tokens[k].text[:1].isupper()]
    if len(named) < 2 or not any(s.keys[k] in roles for k in range(first, end)) or any(
            s.keys[k] in s.lex.determiners_or_prepositions or s.keys[k] == "of"
            for k in range(first, end)):
        return None  # (not ', chairman of the Congressional Black Caucus PAC,': a post, no name)
    return first, close - 1


def _qualified_role(s: Sentence, first: int, end: int) -> bool:
    """English ', Swedish diplomat Karin Holm,', ', Labour councillor Tim Bell,', ', veteran economist Sara Lind,':
    one plain word (a nationality, party or school, or a lower-case qualifier) before a lower-case role that is
    followed by the name only."""
    word, role = s.tokens[first], s.tokens[first + 1]
    key = s.keys[first]
    if first + 3 >= end or not word.is_word or not word.text.isalpha() or not role.text.islower() \
            or s.keys[first + 1] not in s.lex.anonymous_or_titles or key in s.lex.determiners_or_prepositions \
            or key in s.lex.anonymous_or_titles or key in s.lex.title_modifiers:
        return False
    return all(s.tokens[k].text[:1].isupper() for k in range(first + 2, end) if s.tokens[k].is_word)


def _opening_conduit(s: Sentence, subject: tuple[int, int] | None) -> Range | None:
    """English 'In a statement to The Guardian, the company said …', 'Speaking to the BBC, she said …': the
    phrase the sentence opens with, up to the comma before the subject, names the outlet it went through."""
    if s.verb_first or subject is None or subject[0] - 2 <= s.a or s.tokens[subject[0] - 1].text not in COMMAS:
        return None
    n = _conduit_marker_at(s, s.a)
    if not n or any(s.tokens[j].text in COMMAS for j in range(s.a + n, subject[0] - 1)):
        return None
    return _region(s, s.a + n, subject[0] - 2)


def _aside_conduit(s: Sentence, subject: tuple[int, int] | None, hit: CueHit) -> Range | None:
    """English 'Doctors at the hospital, who spoke to AFP on condition of anonymity, said …': an aside between
    the subject and the cue that opens with a conduit marker names the outlet it went through."""
    if s.verb_first or subject is None or hit.first - 1 <= subject[1] + 2 \
            or s.tokens[subject[1] + 1].text not in COMMAS or s.tokens[hit.first - 1].text not in COMMAS:
        return None
    n = _conduit_marker_at(s, subject[1] + 2)
    return _region(s, subject[1] + 2 + n, hit.first - 2) if n else None


def _cited_in_aside(s: Sentence, subject: tuple[int, int] | None, hit: CueHit) -> tuple[int, int] | None:
    """English 'The Herald, citing two police sources, reported …', 'Reuters, citing court records, said …': an
    aside opened by 'citing' between a subject naming an outlet or a medium and its cue names the source; the
    subject relays it (a conduit). The cited phrase, else None."""
    if s.verb_first or subject is None or hit.first - 1 <= subject[1] + 3 \
            or s.tokens[subject[1] + 1].text not in COMMAS or s.tokens[hit.first - 1].text not in COMMAS \
            or s.keys[subject[1] + 2] != "citing":
        return None
    first, last = subject[1] + 3, hit.first - 2
    if last - first >= MAX_SOURCE_TOKENS or any(not s.tokens[k].is_word or k in s.cue_tokens
                                                for k in range(first, last + 1)):
        return None
    outlet = any(s.keys[k] in s.lex.outlet_nouns for k in range(subject[0], subject[1] + 1)) \
        or (subject[0] in s.protected and all(s.tokens[k].text[:1].isupper()
                                              for k in range(subject[0], subject[1] + 1) if s.keys[k] != "the"))
    return (first, last) if outlet or _relays_cited_people(s, subject, hit, (first, last)) else None


def _relays_cited_people(s: Sentence, subject: tuple[int, int], hit: CueHit, cited: tuple[int, int]) -> bool:
    """English 'The agency, citing two unnamed officials, reported …': a subject that may be a news agency, or
    a cue of reporting news, with people cited (an unnamed source or a title, not 'costs' or 'documents'):
    the subject relays what they said (relay_markers)."""
    people = any(s.keys[k] in s.lex.anonymous_or_titles for k in range(cited[0], cited[1] + 1))
    return people and (s.keys[subject[1]] in s.lex.relay_markers or s.keys[hit.last] in s.lex.relay_markers)


def _citing_after(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """English '…, Reuters reported on Monday, citing three officials.': a closing cue whose subject names an
    outlet or a medium, a time phrase at most, a comma and 'citing' with a source to the end of the sentence:
    the cited phrase is the source and the outlet relays it (a conduit), as in 'Reuters, citing …, said'."""
    k = next((k for k in range(hit.last + 1, min(s.b, hit.last + 7)) if s.keys[k] == "citing"), None)
    return None if k is None or _outlet_cue_before_citing(s, k) != hit.first else _cited_to_the_end(s, k)


def _cited_to_the_end(s: Sentence, k: int) -> tuple[int, int] | None:
    """The phrase after 'citing' at token k when it names a source and runs to the end of the sentence."""
    last = k + 1
    while last < s.b and s.tokens[last].is_word and last not in s.cue_tokens:
        last += 1
    if last == k + 1 or last - k > MAX_SOURCE_TOKENS or not _names_a_source(s, k + 1) \
            or (last < s.b and not s.is_end(last)):
        return None
    return k + 1, last - 1


def _outlet_cue_before_citing(s: Sentence, k: int) -> int | None:
    """English: the cue of '…, Reuters reported on Monday, citing …' (token k is 'citing'): a clause between
    commas made of a subject naming an outlet or a medium, its cue and a time phrase at most; None otherwise."""
    if s.verb_first or k - 3 <= s.a or s.tokens[k - 1].text not in COMMAS:
        return None
    c = next((c for c in range(k - 2, max(s.a, k - 12) - 1, -1) if s.tokens[c].text in COMMAS), None)
    if c is None or s.inside_quote(c):
        return None
    cue = next((j for j in range(c + 2, k - 1) if j in s.cue_tokens and j not in s.according_starts), None)
    if cue is None or any(not s.tokens[j].is_word for j in range(c + 1, k - 1)):
        return None
    if any((s.keys[j] not in s.lex.adverbial_starts_or_time_words)
           for j in range(cue + 1, k - 1)):
        return None  # ('…, Reuters reported on Monday, citing …': only a time after the cue)
    outlet = any(s.keys[j] in s.lex.outlet_nouns for j in range(c + 1, cue)) or (
        c + 1 in s.protected and all(s.tokens[j].text[:1].isupper() for j in range(c + 1, cue) if s.keys[j] != "the"))
    outlet = outlet or (cue - c == 3 and s.keys[c + 1] == "the" and s.keys[c + 2] == "agency")  # ('…, the agency
    # said, citing local officials': a news agency named before, as '…, the news agency said, citing …')
    return cue if outlet else None


def _description_tail(s: Sentence, a: int, b: int, cue_first: int) -> int:
    """English 'A lawyer for the family, Tom Reed, declined … but said': the last token of a described subject
    opening at `a` (read up to `b`) with the phrase after its noun ('for the family'), when only a preposition's
    object (no verb) runs from there to a comma; else `b`."""
    if s.verb_first or b + 1 >= cue_first or s.tokens[b + 1].text in COMMAS:
        return b
    first = b + 1
    if not (s.keys[first] in s.lex.prepositions or (a == b and s.keys[a] in s.lex.determiners)):
        return b
    c = first
    while c < cue_first and c - a <= 10 and s.tokens[c].is_word and c not in s.cue_tokens \
            and not (s.tokens[c].text.islower() and (s.keys[c].endswith("ed") or s.keys[c] in s.lex.be_forms
                                                     or s.keys[c] in s.lex.finite_auxiliaries)):
        c += 1
    return c - 1 if c < cue_first and s.tokens[c].text in COMMAS else b


def _name_after_description(s: Sentence, opening: tuple[int, int], cue_first: int) -> tuple[int, int] | None:
    """'Her former clerk, Daniel Osei, now a law professor at …, said': a described subject followed by a name
    between commas, before a second aside: the name is the speaker's mention."""
    a, b = opening
    b = _description_tail(s, a, b, cue_first)
    if not any(s.tokens[i].text.islower() for i in range(a, b + 1)) or b + 2 >= cue_first \
            or s.tokens[b + 1].text not in COMMAS:
        return None
    j = b + 2
    while j < cue_first and j - b <= 5 and s.tokens[j].is_word and s.tokens[j].text[:1].isupper():
        j += 1
    if j == b + 2 or j + 1 >= cue_first or s.tokens[j].text not in COMMAS:
        return None
    return b + 2, j - 1


def _title_after_quote(s: Sentence, comma: int) -> int:
    """'"…," its president, Mark Ellis, said': where the title before the name's comma starts, when it follows a
    quotation closed with a comma; otherwise the name's first token (comma + 1)."""
    m = comma - 1
    while m >= s.a and comma - m <= 6 and (s.tokens[m].is_word or (
            s.tokens[m].text in "'’" and s.quote_ending(m) is None)):
        m -= 1
    if s.verb_first or m < s.a or m == comma - 1 or s.tokens[m].text not in QUOTE_MARKS \
            or s.quote_ending(m) is None \
            or s.text[s.tokens[m].start - 1:s.tokens[m].start] not in COMMAS or comma - m > 6:
        return comma + 1
    return m + 1


def _opening_title(s: Sentence, comma: int) -> int | None:
    """English 'The mayor of New Orleans, Denise Marchand, said', "Britain's finance minister, Clara Boyd, said":
    a sentence opening with an article or a capitalised possessive, a title and at most a short 'of' phrase before
    the name's comma; the title's first token is the mention's start."""
    if s.verb_first or s.lex.lang != "en":
        return None
    i = _after_dateline(s, s.a, comma)  # ('BERGEN, March 3 - Norway's fisheries minister, Ivo Grant, said')
    while i < comma and (not s.tokens[i].is_word or s.keys[i] in s.lex.leading_conjunctions):
        i += 1
    return i if _title_description(s, i, comma) else None


def _set_off_title(s: Sentence, comma: int) -> int | None:
    """English 'The budget would balance, the finance minister, Clara Boyd, said': a title description set off by
    commas after the clause (as _opening_title reads it at the sentence's start) before the name's comma; its
    first token is the mention's start."""
    if s.verb_first or s.lex.lang != "en":
        return None
    opening = next((k for k in range(comma - 1, max(s.a, comma - 10), -1) if not s.tokens[k].is_word), None)
    if opening is None or s.tokens[opening].text not in COMMAS or s.inside_quote(opening):
        return None
    return opening + 1 if _title_description(s, opening + 1, comma) else None


def _title_description(s: Sentence, i: int, comma: int) -> bool:
    """English 'The mayor of New Orleans', "Britain's finance minister", "The city's chief": the tokens from i
    to the comma are words only, an article or a capitalised possessive first, a title and at most a short 'of'
    phrase."""
    words = [j for j in range(i, comma) if s.tokens[j].is_word]
    if not 2 <= len(words) <= 8 or len(words) != comma - i:
        return False
    rest = words[1:]
    if s.keys[i] != "the":
        owner = next((n for n, j in enumerate(words[:3]) if _possessive_apostrophe_word(s, j)), None)
        if owner is None or not all(s.tokens[j].text[:1].isupper() for j in words[:owner + 1]):
            return False  # ("New Zealand's finance minister, Clara Boyd, said": the owner's name opens the title)
        rest = words[owner:]
    owned = next((n for n, j in enumerate(rest[:2]) if _possessive_apostrophe_word(s, j)), None)
    if owned is not None and owned + 1 < len(rest):
        rest = rest[owned + 1:]  # ("The county's attorney", "The state company's chief executive")
    head = next((n for n, j in enumerate(rest[:3]) if s.keys[j] in s.lex.titles), None)
    if head is None or not all(_title_modifier(s, j) for j in rest[:head]):
        return False
    rest = rest[head:]  # ("The city's finance minister": a lower-case word naming the office's field first)
    while rest and s.keys[rest[0]] in s.lex.titles:
        rest = rest[1:]  # ('The chief executive of Boeing')
    return not rest or s.keys[rest[0]] in ("of", "for", "at")


def _title_modifier(s: Sentence, j: int) -> bool:
    """English 'finance' in 'finance minister': a lower-case word that is no function word."""
    return s.tokens[j].text.isalpha() and s.tokens[j].text.islower() \
        and s.keys[j] not in s.lex.determiners_or_prepositions


def _possessive_apostrophe_word(s: Sentence, j: int) -> bool:
    """English "county's": a word ending with a possessive 's."""
    return s.keys[j].endswith(("'s", "’s"))


def _name_before_appositive(s: Sentence, k: int) -> tuple[int, int] | None:
    """'…, Mark Addison, then her private secretary, said': the capitalised name before the comma that opens
    the appositive ending at token k, with the appositive."""
    comma = next((j for j in range(k - 1, max(s.a - 1, k - 15), -1) if s.tokens[j].text in COMMAS), None)
    if comma is None or comma - 1 < s.a or not s.tokens[comma - 1].text[:1].isupper():
        return None
    start = comma - 1
    while start - 1 >= s.a and comma - start < 6 and s.tokens[start - 1].is_word and \
            (s.tokens[start - 1].text[:1].isupper() or s.keys[start - 1] in ("of", "de", "al", "bin")):
        start -= 1
    if s.keys[start] in s.lex.adverbial_starts or s.tokens[start].text[:1].isdigit():
        return None
    return start, k


def _unnamed_hearers(s: Sentence, j: int) -> bool:
    """English 'told subscribers in an email on Tuesday', 'told staff in a memo': a lower-case plural head of
    unnamed people (anonymous) right after a verb of telling, with an adverbial, a mark or a capitalised word
    after it, is whom it told, as 'reporters' is (not 'told staff members …': a longer noun phrase)."""
    key = s.keys[j]
    if not s.tokens[j].text.islower() or key not in s.lex.anonymous or not (key.endswith("s") or key == "staff") \
            or any(s.keys[m] == "to" and s.tokens[m + 1].text.islower() and s.keys[m + 1] not in s.lex.determiners
                   for m in range(j + 1, s.b - 1)):
        return False  # ('urged residents in low-lying areas to stay indoors': what they were urged to do follows)
    return j + 1 >= s.b or not s.tokens[j + 1].is_word or not s.tokens[j + 1].text.islower() \
        or s.keys[j + 1] in s.lex.adverbial_starts_or_time_words


def _addressee_end(s: Sentence, hit: CueHit) -> int:
    j = hit.last + 1
    while j < s.b and j - hit.last <= 4 and (  # ('told Sen. Ann Ames that': the title's full stop too)
            s.tokens[j].text[:1].isupper() or (j > hit.last + 1 and _abbreviation_stop(s, j))
            or (s.keys[j] in s.lex.addressees and not (j > hit.last + 1 and s.keys[j] in ("her", "his", "their")))
            or (j == hit.last + 1 and s.keys[j] in ("the", "a", "an"))
            or (j == hit.last + 1 and _unnamed_hearers(s, j))):
        j += 1  # an article only opens the addressee: 'told the BBC', not 'told reporters the plan …'
        # ('told reporters her shoulder was fine': a possessive after the addressee opens the told clause)
    first = hit.last + 1
    if j > first and not s.verb_first and s.tokens[j - 1].text[:1].isupper() \
            and s.tokens[j - 1].text.endswith(("'s", "’s")):
        k = j  # 'told USA TODAY's weekly video series it is clear …': the outlet's programme is whom he told
        while k < s.b and k - j < 4 and s.tokens[k].is_word and s.tokens[k].text.islower() \
                and s.keys[k] not in s.lex.union("determiners", "clause_subjects", "prepositions",
                                                                  "complementizers", "finite_auxiliaries"):
            k += 1
        if j < k and k + 1 < s.b and s.keys[k] in s.lex.clause_subjects and s.tokens[k + 1].is_word \
                and s.tokens[k + 1].text.islower():
            return k
    if j == first and not s.verb_first:  # 'told local radio station WXKT the mayor …': an outlet or a person named
        k = first  # after a few lower-case words that end in an outlet's noun or a title
        while k < s.b and k - first < 3 and s.tokens[k].is_word and s.tokens[k].text.islower() \
                and s.keys[k] not in s.lex.clause_subjects_or_determiners:
            k += 1
        m = k
        while m < s.b and m - k < 4 and s.tokens[m].is_word and s.tokens[m].text[:1].isupper():
            m += 1
        if first < k < m < s.b \
                and (s.keys[k - 1] in s.lex.outlet_nouns_or_titles) \
                and (s.keys[m] in s.lex.clause_subjects_or_determiners):
            return m
        if first < k < m and s.keys[k - 1] in s.lex.outlet_nouns and _outlet_name_closes(s, m):
            return m  # '"…," she told broadcaster NOS.', '… told public broadcaster RTE on Monday.': the outlet
        if first < k == m < s.b and s.keys[k - 1] in s.lex.outlet_nouns \
                and (s.keys[k] in ("the", "a", "an") or (s.keys[k] in s.lex.clause_subjects
                                                        and s.keys[k] not in ("it", "there"))):
            return k  # 'told local television they had heard …', 'told state radio the army …': the outlet told
    if j == first + 1 and not s.verb_first and s.tokens[first].is_word and s.tokens[first].text[:1].isupper():
        described = _described_outlet_end(s, j)
        if described is not None:
            return described  # '"…," he told Spanish newspaper El Pais.', 'told Japan's public broadcaster NHK'
    if j == first + 1 and first + 2 < s.b and s.keys[first] == "her" and s.tokens[first + 1].is_word \
            and s.tokens[first + 1].text.islower() and s.keys[first + 1] not in s.lex.union(
                "determiners", "clause_subjects", "complementizers", "wh_words", "adverbs", "prepositions",
                "auxiliaries") \
            and (s.tokens[first + 2].text in COMMAS or s.keys[first + 2] in s.lex.complementizers_or_determiners):
        return first + 2  # 'told her husband, who …', 'told her aide the plan …': 'her' owns the addressee
    if j == first and first + 2 < s.b and not s.verb_first and s.keys[first] in _OWNERS:
        owned = _owned_addressee_end(s, first + 1)
        if owned is not None:
            return owned  # 'told his partner the money …', 'told their members the strike …'
    if first < j < s.b - 1 and not s.verb_first and s.keys[j - 1] in s.lex.addressees \
            and s.tokens[j - 1].text.islower() and _second_noun_of_hearer(s, j):
        return j + 1  # 'told police officers he had …': the addressee's noun of two words
    if j == first and first + 1 < s.b and not s.verb_first and s.keys[hit.last] in s.lex.addressee_verbs \
            and s.tokens[first].text.islower() and len(s.keys[first]) > 3 and _bare_addressee(s, first) \
            and s.keys[first] not in s.lex.adverbs_or_clause_subjects \
            and (s.keys[first + 1] in ("the", "a", "an", "his", "her", "their")
                 or (s.keys[first + 1] in s.lex.clause_subjects and s.keys[first + 1] not in ("it", "there"))):
        return first + 1  # 'warned residents the levee could fail', 'assured voters he would …': people addressed
        # ('told parliament the deficit would …': a body addressed)
    if j == first + 1 and s.keys[first] in ("the", "a", "an"):  # 'told a news conference the plan was dead'
        k = j
        while k < s.b and k - first <= 3 and s.tokens[k].is_word and s.tokens[k].text.islower() \
                and s.keys[k] not in s.lex.clause_subjects_or_determiners_or_prepositions and s.keys[k] != "to":
            k += 1
        if j < k < s.b and (s.keys[k] in s.lex.clause_subjects_or_determiners):
            return k
        if j < k < s.b and clause_after_time_phrase(s, k) is not None:
            return k  # 'told the council in June the levee would hold'
        if j <= k - 1 and s.keys[k - 1] in s.lex.outlet_nouns and k < s.b and s.tokens[k].text[:1].isupper():
            m = k
            while m < s.b and m - k < 4 and s.tokens[m].is_word and s.tokens[m].text[:1].isupper():
                m += 1
            if k < m < s.b and s.keys[m] in s.lex.clause_subjects_or_determiners:
                return m  # 'told the national broadcaster NRK the plan …', 'told the newspaper Le Monde it …': the
                # outlet named after its noun is whom he told
            if k < m and _outlet_name_closes(s, m):
                return m  # '"…," he told the newspaper Le Monde.'
    return j


def _described_outlet_end(s: Sentence, j: int) -> int | None:
    """English: after one capitalised word ('Spanish', "Japan's"), lower-case words (three at most) ending in an
    outlet noun and the outlet's capitalised name, which closes the sentence or a told clause follows: where the
    name ends (None: no such outlet)."""
    k = j
    while k < s.b and k - j < 3 and s.tokens[k].is_word and s.tokens[k].text.islower() \
            and s.keys[k] not in s.lex.clause_subjects_or_determiners:
        k += 1
    if k == j or s.keys[k - 1] not in s.lex.outlet_nouns:
        return None
    m = k
    while m < s.b and m - k < 4 and s.tokens[m].is_word and s.tokens[m].text[:1].isupper():
        m += 1
    if k < m and (_outlet_name_closes(s, m) or (m < s.b and s.keys[m] in s.lex.clause_subjects_or_determiners)):
        return m
    return None


def _outlet_name_closes(s: Sentence, m: int) -> bool:
    """English: the outlet's name ending before token m closes the sentence, or only punctuation or a short
    adverbial ('on Monday') follows it ('"…," she told broadcaster NOS.')."""
    return m >= s.b or (not s.verb_first and (not s.tokens[m].is_word or s.keys[m] in s.lex.prepositions)
                        and _rest_is_adverbial(s, m))


_OWNERS: Final = frozenset({"his", "their", "its", "our", "my", "your"})  # ('her' is an addressee itself: above)
_OWNED_WORDS: Final = 2  # lower-case words of the noun a possessive opens before the told clause


def _owned_addressee_end(s: Sentence, i: int) -> int | None:
    """English 'told his partner the money …', 'told their campaign staff the race …': the lower-case noun (of up
    to two words) a possessive opens right after a verb of telling is whom it told when an article, a
    complementizer or a comma follows it; the told clause opens there (None: no such noun)."""
    k = i
    excluded = s.lex.union("determiners", "clause_subjects", "complementizers", "wh_words", "adverbs", "prepositions",
                           "auxiliaries")
    while k < s.b and k - i < _OWNED_WORDS and s.tokens[k].is_word and s.tokens[k].text.islower() \
            and s.keys[k] not in excluded and k not in s.cue_tokens:
        k += 1
    if i < k < s.b - 1 and (s.keys[k] in s.lex.complementizers_or_determiners or s.tokens[k].text in COMMAS):
        return k
    return None


def _second_noun_of_hearer(s: Sentence, j: int) -> bool:
    """English 'police officers', 'hospital staff': a lower-case plural right after an addressee's word, with a
    subject or an article after it, is the addressee's head noun, not the told clause's subject."""
    key = s.keys[j]
    return s.tokens[j].is_word and s.tokens[j].text.islower() and key.isalpha() and len(key) > 3 \
        and key.endswith("s") and not key.endswith("ss") and j not in s.cue_tokens \
        and key not in s.lex.adverbs_or_clause_subjects and s.keys[j + 1] in s.lex.clause_subjects_or_determiners


def _bare_addressee(s: Sentence, i: int) -> bool:
    """English: a lower-case word right after a verb of telling that may be whom it told with no article: a
    plural ('residents', 'voters') or a singular that is no adverb, preposition or time word ('parliament',
    'staff'; not 'told again the …', 'told today the …')."""
    key, words = s.keys[i], s.lex.words
    if key.endswith("s"):
        return True
    return s.tokens[i].text.isalpha() and not key.endswith("ly") and i not in s.cue_tokens and not any(
        key in words[w] for w in ("prepositions", "time_words", "quantifiers", "wh_words", "complementizers",
                                  "determiners", "negations", "subordinators", "auxiliaries", "be_forms"))


def _urged_to(s: Sentence, hit: CueHit) -> bool:
    """'urged them to be strong', 'warned the Vatican not to …': what was urged includes whom."""
    if s.keys[hit.last] not in s.lex.addressee_verbs:
        return False
    j = _addressee_end(s, hit)
    if j < s.b and s.keys[j] in ("to", "not", "never"):
        return True
    if j > hit.last + 1 and j < s.b and s.tokens[j].text in COMMAS:  # 'asked NBC's Lester Holt, the moderator
        close = next((k for k in range(j + 1, min(s.b - 1, j + 16)) if s.tokens[k].text in COMMAS), None)
        return close is not None and s.keys[close + 1] == "to" \
            and not any(k in s.cue_tokens for k in range(j, close))  # of the first debate, to fact-check …'
    for k in range(j, min(s.b - 1, j + 4)):  # 'urged residents to stay home', 'urged her husband to come out'
        if s.keys[k] in ("to", "not", "never"):
            return k > j and s.tokens[k + 1].is_word and s.tokens[k + 1].text.islower()
        if not s.tokens[k].is_word or not s.tokens[k].text.islower() or k in s.cue_tokens or \
                s.keys[k] in s.lex.union("clause_subjects", "complementizers", "adverbial_starts",
                                                     "determiners", "wh_words"):
            return False  # ('tell them how to vote': the wh-word opens what is told)
    return False


def _colon_after_cue(s: Sentence, hit: CueHit) -> int | None:
    """English 'put it to me: the …', 'told the board: the …': a colon within a few words after the cue (its
    addressee, no verb or other punctuation between) with a word after it; the colon's index."""
    after = hit.last + 1
    if s.verb_first or after >= s.b or (s.tokens[after].text not in ":：" and s.keys[after] != "to"
                                        and s.keys[hit.last] not in s.lex.addressee_verbs):
        return None  # (not 'described as old tactics: …': what the colon opens lists the object's parts)
    for k in range(after, min(s.b - 1, hit.last + 6)):
        if s.tokens[k].text in ":：":
            return k if (s.tokens[k + 1].is_word or _list_mark_at(s, k + 1)) and not s.inside_quote(k) else None
        if not s.tokens[k].is_word or k in s.cue_tokens or s.keys[k] in s.lex.complementizers_or_finite_auxiliaries:
            return None
    return None


_LIST_MARKS: Final = frozenset("•*·▪◦‣–—-")


def _list_mark_at(s: Sentence, k: int) -> bool:
    """Token k is a bullet opening a line ('\n- the budget …')."""
    tok = s.tokens[k]
    return tok.text in _LIST_MARKS and "\n" in s.text[s.tokens[k - 1].end:tok.start]


def _list_items_after(s: Sentence, colon: int) -> list[Range]:
    """The bulleted items on the lines after a colon, each from its first word to the end of its line, without
    the closing ';', ',' or full stop; none when a word follows the colon on its own line."""
    out: list[Range] = []
    k = colon + 1
    while k + 1 < s.b and _list_mark_at(s, k):
        first = k + 1
        k = first
        while k < s.b and not _list_mark_at(s, k):
            k += 1
        last = k - 1
        while last > first and not s.tokens[last].is_word and s.tokens[last].text in ";,.":
            last -= 1
        out.append(_span(s, first, last))
    return out


def _skip_addressee(s: Sentence, hit: CueHit) -> int:
    """'told reporters the plan …': content starts after the addressee of a verb of telling."""
    if s.keys[hit.last] not in s.lex.addressee_verbs or _urged_to(s, hit):
        return hit.last + 1
    j = _addressee_end(s, hit)
    for k in range(j, min(s.b, j + 8)):  # 'told Daily host Alex Marlow on Thursday how …': up to a wh-word
        if s.keys[k] in s.lex.wh_words:
            return k
        if not s.tokens[k].is_word or k in s.cue_tokens:
            break
    if j == hit.last + 2 and s.keys[hit.last + 1] in ("the", "a", "an") and _gapped_after_hearer(s, j):
        return j + 1  # 'something a caller told a dispatcher looked like a gun': the hearer, then the verb of
        # the words said, whose subject is the thing before the teller
    if j == hit.last + 2 and s.keys[hit.last + 1] in ("the", "a", "an"):
        return hit.last + 1  # 'warned the ferry crew about …': an article alone is no addressee; the noun phrase
        # it opens stays whole in what was said
    return j


def _gapped_after_hearer(s: Sentence, j: int) -> bool:
    """English 'told a dispatcher looked like …', 'told the court was false': after an article, the lower-case
    noun at token j and then a finite verb (a form of 'be', a finite auxiliary, a past in '-ed' or an irregular
    past): the told clause has no subject of its own."""
    if j + 2 >= s.b or not s.tokens[j].text.islower() or not s.tokens[j + 1].text.islower() \
            or s.keys[j] in s.lex.determiners_or_prepositions:
        return False
    verb = s.keys[j + 1]
    return verb in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts \
        or (verb.endswith("ed") and len(verb) > 4 and s.tokens[j + 2].is_word)


def _join(a: Range | None, b: Range | None) -> Range | None:
    if a and b:
        return (min(a[0], b[0]), max(a[1], b[1]))
    return a or b


def _maybe(d: Draft | None) -> list[Draft]:
    return [d] if d else []


def _appositive_after(s: Sentence, comma: int) -> int | None:
    """English 'According to World Athletics, the sport's governing body, the record …': after the comma that
    ends an opening according-phrase's source, a short noun phrase (an article or a possessive first, no verb,
    no cue) closed by another comma describes the source; returns that second comma, where the content opens."""
    first = comma + 1
    if s.verb_first or first + 1 >= s.b or s.tokens[comma].text not in COMMAS \
            or not (s.keys[first] in ("the", "a", "an") or s.keys[first].endswith(("'s", "’s"))):
        return None
    for k in range(first + 1, min(s.b - 1, first + 8)):
        tok = s.tokens[k]
        if tok.text in COMMAS and thousands_comma(s, k):
            continue  # 'According to officials, the crowd of 14,200 was …': a figure's comma, no aside's end
        if tok.text in COMMAS:
            return k if k > first + 1 and s.tokens[k + 1].is_word and not s.inside_quote(k) \
                and not _verb_after_next_comma(s, k) else None
        if not tok.is_word or k in s.cue_tokens or s.keys[k] in s.lex.relatives \
                or s.keys[k] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts \
                or (tok.text.islower() and s.keys[k].endswith("ed") and len(s.keys[k]) > 4):
            return None
    return None


_PARTICIPLE_ASIDE_WORDS: Final = 12  # tokens an '-ed' aside after an according-phrase's source may span


def _participle_aside_after(s: Sentence, comma: int) -> int | None:
    """English 'According to the indictment, unsealed on Thursday, Crane …', 'According to the report, released
    last week by the agency, the river …': after the comma that ends an opening according-phrase's source (a
    document: 'According to police, trapped for hours, the driver …' describes the driver), a lower-case '-ed'
    participle with a preposition, a time word or an adverb right after it, and no verb nor cue up to the next
    comma, describes the source; returns that second comma, where the content opens ('According to the report,
    injured passengers were …': a noun after the '-ed' word, the content's own subject)."""
    first = comma + 1
    if s.verb_first or first + 2 >= s.b or s.tokens[comma].text not in COMMAS or not s.tokens[first].text.islower() \
            or not s.keys[first].endswith("ed") or len(s.keys[first]) <= 4 or first in s.cue_tokens \
            or not (s.keys[first + 1] in s.lex.prepositions or s.keys[first + 1] in s.lex.adverbs_or_time_words
                    or s.keys[first + 1] in ("last", "this", "earlier")):
        return None
    for k in range(first + 1, min(s.b - 1, first + _PARTICIPLE_ASIDE_WORDS)):
        tok = s.tokens[k]
        if tok.text in COMMAS:
            return k if s.tokens[k + 1].is_word and not s.inside_quote(k) else None
        if not tok.is_word or k in s.cue_tokens or s.inside_quote(k) or s.keys[k] in s.lex.relatives \
                or (tok.text.islower() and (s.keys[k] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
                                            or (s.keys[k].endswith("ed") and len(s.keys[k]) > 4))):
            return None  # (a capitalised 'May' is the month)
    return None


def _verb_after_next_comma(s: Sentence, comma: int) -> bool:
    """English 'According to police, the driver, a 34-year-old man, was not hurt': a verb right after the comma
    (or after the next one, within a few words) shows the phrase before it was the content's subject with its own
    aside, not a description of the source."""
    for k in range(comma, min(s.b - 1, comma + 9)):
        if s.tokens[k].text in COMMAS and k + 1 < s.b and s.tokens[k + 1].text.islower() and (
                s.keys[k + 1] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
                or (s.keys[k + 1].endswith("ed") and len(s.keys[k + 1]) > 4)):
            return True
    return False


_RELAYED_STEM: Final = "نقل"  # 'بحسب ما نقل عن', 'وفقا لما نقلته عن'


def according_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """'وفقا لمسؤولين، …', '…, according to officials': the source follows the cue, the content is the
    rest of the sentence on the other side of the comma."""
    after = hit.last + 1
    if not s.verb_first and s.keys[hit.first] in ("citing", "quoting") \
            and not _names_a_source(s, after, documents=False) and _citing_aside(s, hit):
        return []  # 'said, citing a city audit, that …': the evidence the speaker points to, not a claim
    if not s.verb_first and s.keys[hit.first] == "citing" and (not _names_a_source(s, after)
                                                              or _refusal_before(s, hit.first)):
        return participle_claims(s, replace(hit, frame="participle"))  # '…, citing a threat to public health';
        # 'declined to comment, citing the investigation': the reason the subject gave
    if not s.verb_first and s.keys[hit.first] == "citing" and _outlet_cue_before_citing(s, hit.first) is not None \
            and _cited_to_the_end(s, hit.first) is not None:
        return []  # '…, Reuters reported, citing officials.': the outlet's cue reports it for them
    while after < s.b and s.keys[after] in s.lex.according_fillers:
        after += 1
    if s.verb_first and after == hit.last + 1 and after + 1 < s.b and s.keys[after] == "عن" \
            and s.strip_clitic(s.keys[hit.last]).startswith(_RELAYED_STEM) and s.tokens[after + 1].is_word:
        after += 1  # "بحسب ما نقل عن مصدر …": the one it was relayed from, not 'عن'
    if s.verb_first and after > hit.last + 1 and after < s.b and s.is_stop(after) \
            and s.keys[after - 1] not in ("ما", "عنه", "عنها", "عنهم", "به", "بها", "بهم"):
        return []  # "…، بحسب ما نشره على حسابه": where the speaker before published it; no new source
    end = after
    relayed = s.verb_first and hit.first > s.a + 1 and (hit.frame == "according_relay"
                                                        or _inside_verb_frame(s, hit))
    inner = _inner_relay(s, hit, after)
    if inner is not None:
        end = inner[1] + 1  # "وبحسب ما أفادت الوكالة نقلا عن مصدر أمني، …": the source the agency relayed
    while end < s.b and (s.tokens[end].text not in COMMAS or _in_conduit_list(s, end)) \
            and (s.tokens[end].text not in ENDERS or (end + 1 < s.b and _abbreviation_stop(s, end))) \
            and s.tokens[end].text not in _LONG_DASHES \
            and not (relayed and end > after and (_is_complementizer(s, end) or _preposition_before_that(s, end))) \
            and s.tokens[end].text != ":" and (end not in s.cue_tokens or _conduit_marker_at(s, end) or end == after
                                               or s.keys[end - 1] in s.lex.auxiliaries) \
            and not (end > after and s.keys[end] in s.lex.relatives) \
            and not (end > after and s.keys[end] == "who" and end + 1 in s.cue_tokens) \
            and not (s.verb_first and end > after + 1 and _clause_goes_on_at(s, end)) \
            and not (end > after and _fa_inna(s, end)) \
            and not (s.verb_first and end > after + 1 and s.keys[end] in _WHEN_PREPOSITIONS
                     and s.keys[end - 1].startswith("ال")):
        end += 1  # "وفقا لمسؤولين لم تذكر أسماءهم نقلتهم رويترز": the whole phrase describes the source
        # (not 'وفقا للنتائج الأولية بعد فرز نصف الأصوات': when the results stood, no more of the source)
    if end > after and _names_a_rule(s, after):
        return []  # "ووفق الإجراءات المعمول بها، يتعين …": what a rule requires, not who said it
    end = _name_after_title(s, end)
    source, conduits = _split_conduit(s, (after, end - 1) if end > after else None)
    if source is None and end > after and _glued_outlet_after_cue(s, hit, after):
        source, conduits = named_part(s, (after, end - 1)), None  # "وفقا لوكالة الأنباء السعودية": the agency
    said_in = next((k for k in range(after + 1, end) if s.verb_first and s.keys[k] in ("في", "خلال")
                    and k + 1 < end and _is_occasion(s, k + 1) and not s.keys[k + 1].startswith("ال")), end)
    if source is not None and source[1] >= said_in > source[0]:
        source = (source[0], said_in - 1)  # "بحسب ما أعلنته النيابة في بيان نشرته …": where it was said, no source
    relay = _relayed_from(s, hit, after, end)
    if relay is not None:  # "…، حسبما نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري": the source, relayed
        source, conduits = (relay + 1, end - 1), _region(s, after, relay - 1)
    if inner is not None and end > inner[1] + 1:
        source, conduits = (inner[1] + 1, end - 1), _region(s, after, inner[1])
    source = _trim_source(s, source)
    published = next((k for k in range(source[0] + 1, source[1] + 1) if _publishes_document(s, source[0], k)),
                     None) if source is not None else None
    if source is not None and published is not None:
        source = (source[0], published - 1)  # "بحسب بيان نشره على صفحته في فيسبوك": the statement
    reason = anonymity_reason(s, source[0], source[1]) if source is not None else None
    if source is not None and reason is not None:
        source = (source[0], reason - 1)  # '…, according to officials who spoke on condition of anonymity because …'
    clause_initial = all(not s.tokens[j].is_word or s.keys[j] in ("و", "and")
                         for j in range(_after_dateline(s, s.a, hit.first), hit.first)) \
        or _opens_clause_after_comma(s, hit, end)
    aside = _relative_aside_after(s, end) if clause_initial else None
    if aside is not None:  # 'According to the Financial Times, which cited three people briefed on the matter, …'
        cited = end + 3 + (s.keys[end + 3] == "عن")  # ('التي نقلت عن أشخاص مطلعين': those it cited)
        if s.keys[end + 2] in s.lex.quoting_verbs and aside > cited \
                and not (_cites_a_document(s, cited) and not _names_an_outlet(s, after, end - 1)):
            source, conduits = _trim_source(s, (cited, aside - 1)), _region(s, after, end - 1)
        end = aside  # the people it cited are the source, the paper the conduit; the content follows the aside
    closed = _relative_on_source_closes(s, after, end) if clause_initial and aside is None else None
    if closed is not None:  # "ووفقا للوزارة التي تشرف على القطاع، فإن …": the relative describes the source
        end = closed
    relayed_by = _relaying_aside_after(s, end) if clause_initial and aside is None else None
    if relayed_by is not None:  # 'According to the Ostrava Daily, cited by Bloomberg, …': the agency relayed it
        conduits = _join(conduits, _region(s, end + 3, relayed_by - 1))
        end = relayed_by
    described = _appositive_after(s, end) if clause_initial and aside is None and relayed_by is None else None
    described = described if described is not None or not clause_initial or aside is not None \
        or relayed_by is not None or source is None or s.keys[source[1]] not in s.lex.documents \
        else _participle_aside_after(s, end)  # ('According to the indictment, unsealed
    # on Thursday, …': when and where the source was made public, no part of what it says)
    if described is not None:  # 'According to Fitch, the ratings agency, the bank …': the source described
        end = described
    said_who = _comma_after_who_said(s, end) if clause_initial and not s.verb_first else None
    if said_who is not None:  # 'According to several farmers who said …, the tax …': the relative clause is
        end = said_who  # the same people's report (a record of its own); the content follows its comma
    if clause_initial and end < s.b and (s.tokens[end].text in COMMAS or s.tokens[end].text == ":"):
        content = _content_from(s, end + 1)
    elif clause_initial and end > after and end < s.b and _fa_inna(s, end):
        content = _content_from(s, end)  # "بحسب مصادر مطلعة فإن …": no comma; 'فإن' opens the content
    elif relayed and end < s.b and (_is_complementizer(s, end) or _preposition_before_that(s, end)):
        content = _content_from(s, end + (not _is_complementizer(s, end)))  # "وقالت رويترز نقلا عن مصادر مطلعة
        # إن …": what the sources said (after the verb's 'إلى': "وأشارت الوكالة نقلا عن شهود إلى أن …")
    elif source is not None and end < s.b and _joined_after_comma(s, hit) and (
            s.keys[end] in s.lex.relatives or (s.tokens[end].text in ENDERS and any(
                s.keys[k] in _BEFORE_VERB for k in range(source[0] + 1, end)))):
        verb = next((k for k in range(source[0] + 1, end) if s.keys[k] in _BEFORE_VERB), None)
        if verb is None:
            return []  # "…، وبحسب الوثائق التي نشرتها الجامعة تربطه …": the clause after the source is reported,
            # not the one before the conjunction; where the relative clause ends is not read
        source, content = _trim_source(s, (source[0], verb - 1)), _content_from(s, verb)  # "…، وبحسب زملائه
        # كان يخطط …": the verb after the source opens what it reports
    else:
        data = _data_at_the_end(s, hit, after, end)
        content = _last_reporting_clause(s, hit, sentence_before(s, hit.first, not data))
        if data and content is not None and hit.first - 1 > s.a and s.tokens[hit.first - 1].text not in COMMAS:
            content = _relative_clause_before(s, hit.first, content)
        if content is not None and not s.verb_first and s.keys[hit.first] == "citing" and end < s.b \
                and s.tokens[end].text in COMMAS and end + 1 < s.b and s.tokens[end + 1].text.islower() \
                and not any(s.keys[j] in s.lex.finite_auxiliaries or j in s.cue_tokens
                            for j in range(s.a, hit.first)):
            return []  # 'The Tribune, citing witnesses, identified …': the words before are the subject
        if hit.frame == "according_relay":
            content = _relayed_content(s, content)
        content = _after_writers_lead(s, _inside_dashes(s, content, hit.first, end), hit.first)
        content = _after_opening_adverbials(s, content, hit.first)
        if _speaker_repeated(s, content, source):
            return []  # "قال وزير الخارجية عادل الجبير إن …، بحسب ما ذكر الجبير": the same speaker again
        if _speakers_own_tally(s, hit, content, source):
            return []  # "وقال المتحدث إن الحريق أسفر عن مقتل خمسة، وفق حصيلة أولية": the speaker's own figure
    if hit.frame == "according_relay" and conduits is None and content is not None and s.verb_first:
        conduits = _reporter_region(s, hit, content)  # "ذكرت صحيفة …، نقلا عن مسؤول، أن": the paper relays it
    d = _draft(content, hit, source, s, conduits)
    if d and source and hit.end > s.tokens[source[0]].start:  # "وفقا لمسؤولين": the source starts after ل
        d = Draft(d.content, d.cue, (hit.end, s.tokens[source[1]].end), d.conduit_region, d.frame, d.cue_key)
    rest = _predicate_after_inserted(s, hit, end) if d and not clause_initial else None
    if d and rest is None and not clause_initial and not s.verb_first and end + 1 < s.b \
            and s.tokens[end].text in COMMAS and end + 1 in s.cue_tokens and hit.first - 1 > s.a \
            and s.tokens[hit.first - 1].text in COMMAS:
        rest = _span(s, end + 1, content_end(s, end + 1))  # 'The campaign, according to a statement, believes
        # the records …': the subject's own report after the phrase; the phrase's source reports all of it
    if d and rest is None and not clause_initial:
        rest = _arabic_clause_after_aside(s, hit, end)
        if rest is not None:  # "أما الوزير فقد أمر، بحسب بيان لمكتبه، بتشكيل لجنة": one claim around the phrase
            return [Draft((d.content[0], rest[1]), d.cue, d.source, d.conduit_region, d.frame, d.cue_key)]
    if d and rest and (_finite_after(s, end + 1) or end + 1 in s.cue_tokens or _simple_verb(s, end + 1)) \
            and not any(_finite_after(s, j) or j in s.cue_tokens for j in range(s.a, hit.first)):
        # 'The cost, according to officials, is $40,000': the phrase sits between a bare subject and its
        # predicate, one claim spanning both (as PolNeAR gives its extent)
        return [Draft((d.content[0], rest[1]), d.cue, d.source, d.conduit_region, d.frame, d.cue_key)]
    return [x for x in (d, _draft(rest, hit, source, s, conduits) if rest and d else None) if x] if d else []


def _comma_after_who_said(s: Sentence, end: int) -> int | None:
    """English 'According to several farmers who said sales fell, the tax …': at token `end`, 'who' and a cue
    open a relative clause on the source; the comma that closes it (outside quotations), if one does."""
    if end + 1 >= s.b or s.keys[end] != "who" or end + 1 not in s.cue_tokens:
        return None
    return next((k for k in range(end + 2, s.b) if s.tokens[k].text in COMMAS and not s.inside_quote(k)), None)


def _citing_aside(s: Sentence, hit: CueHit) -> bool:
    """English 'told the Herald, citing a city audit, that …', 'Reuters, citing police, said …': 'citing' opens
    an aside set off by commas inside another cue's frame: between an earlier cue and the 'that' that opens its
    content, or between a subject and its cue. What it cites backs the other cue's report; it is no claim."""
    if hit.first - 1 <= s.a or s.tokens[hit.first - 1].text not in COMMAS:
        return False
    close = next((k for k in range(hit.last + 1, min(s.b - 1, hit.last + 16)) if s.tokens[k].text in COMMAS
                  and not s.inside_quote(k)), None)
    if close is None or any(j in s.cue_tokens and not _cited_plural_noun(s, hit, j)
                            for j in range(hit.last + 1, close)):
        return False
    if close + 1 in s.cue_tokens and close + 1 not in s.according_starts:
        return _names_an_outlet(s, s.a, hit.first - 2) \
            or s.keys[close + 1] in s.lex.addressee_verbs_or_inverting_verbs
        # ('Reuters, citing police, reported …': the outlet relays the source it cites; 'The council, citing
        # costs, said …': the grounds of what it says, no claim of its own; not 'The council, citing costs,
        # rejected …': the council's reason for its stance)
    return _is_complementizer(s, close + 1) and any(j in s.cue_tokens for j in range(s.a, hit.first - 1))


def _cited_plural_noun(s: Sentence, hit: CueHit, j: int) -> bool:
    """English 'citing safety fears', 'citing concerns': a cue word ending in '-s' right after 'citing', an article
    or a modifier is the plural noun cited, not a verb with its own subject ('citing what he fears')."""
    before = s.keys[j - 1]
    return s.keys[j].endswith("s") and (j - 1 == hit.last or before in s.lex.determiners or (
        s.tokens[j - 1].text.islower() and s.tokens[j - 1].is_word and
        before not in s.lex.clause_subjects_or_relatives_or_wh_words and not before.endswith("s")))


def _fa_inna(s: Sentence, k: int) -> bool:
    """Arabic 'فإن', 'فإنه' (written with its hamza: 'فان' may be a name, Van): the complementizer that opens what
    an according-phrase reports, with or without a comma before it."""
    return s.verb_first and s.tokens[k].text.startswith("فإن") and s.keys[k] in ("فان", "فانه", "فانها", "فانهم")


def _finite_after(s: Sentence, nxt: int) -> bool:
    """English: token nxt opens a predicate with a finite verb ('is', 'will', 'has')."""
    return nxt < s.b and (s.keys[nxt] in s.lex.be_forms_or_finite_auxiliaries)


def _glued_outlet_after_cue(s: Sentence, hit: CueHit, after: int) -> bool:
    """Arabic 'وفقا لوكالة …', 'وفقا لصحيفة …': the cue's own 'ل' glued to an outlet's noun, which reads as the
    conduit marker of 'قال لوكالة' (whom a speaker told); here nobody comes before it: the outlet is the source."""
    return s.verb_first and after < s.b and _conduit_marker_at(s, after) == 1 and s.tokens[after].start < hit.end


_LONG_DASHES: Final = frozenset({"—", "–", "―"})  # ('…, according to Pew estimates — consists of …': the aside closes)


def _inside_dashes(s: Sentence, content: Range | None, cue_first: int, end: int) -> Range | None:
    """English 'The largest group — at least 3.5 million, according to Pew estimates — consists of …': an
    according-phrase closed by a long dash reports only the words after the dash that opens the aside."""
    if content is None or s.verb_first or end >= s.b or s.tokens[end].text not in _LONG_DASHES:
        return content
    opening = next((k for k in range(cue_first - 1, s.a - 1, -1) if s.tokens[k].text in _LONG_DASHES), None)
    if opening is None or opening + 1 >= cue_first or s.tokens[opening + 1].start <= content[0]:
        return content
    first = _token_index_at(s, content[0])
    return _span(s, opening + 1, _last_token_before(s, content[1])) if first is not None and first < opening \
        else content


def _relaying_aside_after(s: Sentence, end: int) -> int | None:
    """English: the comma at `end` opens an aside of a participle and 'by' ('…, cited by Bloomberg, …',
    '…, quoted by AFP, …') that another comma closes: that closing comma."""
    if s.verb_first or end + 4 >= s.b or s.tokens[end].text not in COMMAS or s.keys[end + 2] != "by" \
            or s.keys[end + 1] not in ("cited", "quoted", "reported"):
        return None
    close = next((k for k in range(end + 3, min(s.b - 1, end + 10)) if s.tokens[k].text in COMMAS
                  and not s.inside_quote(k)), None)
    return close if close is not None and close > end + 3 and s.tokens[close + 1].is_word else None


def _relative_aside_after(s: Sentence, end: int) -> int | None:
    """English: the comma at `end` opens a relative aside ('…, which cited three people briefed on the matter,
    …') that another comma closes before the sentence ends: that closing comma."""
    if end + 3 >= s.b or s.tokens[end].text not in COMMAS or (s.keys[end + 1] not in ("which", "who", "whose")
                                                              and not (s.verb_first and s.keys[end + 1] in
                                                                       s.lex.relatives)):
        return None  # ('According to Hale, whose firm built it, …'; "وبحسب وكالة بلومبرغ، التي نقلت عن …، فإن")
    close = next((k for k in range(end + 2, min(s.b - 1, end + 16)) if s.tokens[k].text in COMMAS
                  and not s.inside_quote(k)), None)
    return close if close is not None and s.tokens[close + 1].is_word else None


_RELATIVE_ON_SOURCE_WORDS: Final = 14  # tokens a relative clause on an according-phrase's source may span


def _relative_on_source_closes(s: Sentence, after: int, end: int) -> int | None:
    """Arabic: a relative pronoun at `end`, right after an opening according-phrase's source ('ووفقا للوزارة
    التي تشرف على القطاع، فإن …', 'وبحسب الهيئة التي أصدرت التقرير فإن …'), closed within a few words by a comma
    or by 'فإن': that closing token (the comma, or 'فإن', which opens the content)."""
    if not s.verb_first or end <= after or end + 2 >= s.b or s.keys[end] not in s.lex.relatives:
        return None
    for k in range(end + 2, min(s.b - 1, end + _RELATIVE_ON_SOURCE_WORDS)):
        if s.inside_quote(k) or s.tokens[k].text in ENDERS or s.tokens[k].text == ":":
            return None
        if _fa_inna(s, k) or (s.tokens[k].text in COMMAS and s.tokens[k + 1].is_word):
            return k
    return None


def _predicate_after_inserted(s: Sentence, hit: CueHit, end: int) -> Range | None:
    """English 'The scheme would let 3,000 riders, according to the council's estimate, to travel free', 'The
    cost, according to officials, is $40,000': an according-phrase set inside a clause by commas, and the
    clause's predicate after it (an infinitive or a finite verb): that part is reported too, as a record of its own
    (the words before it are one already)."""
    if s.verb_first or end + 2 >= s.b or s.tokens[end].text not in COMMAS or hit.first - 1 <= s.a \
            or s.tokens[hit.first - 1].text not in COMMAS:
        return None
    nxt = end + 1
    infinitive = s.keys[nxt] == "to" and s.tokens[nxt + 1].text.islower() and s.keys[nxt + 1] not in s.lex.determiners
    finite = s.keys[nxt] in s.lex.be_forms_or_finite_auxiliaries or _simple_verb(s, nxt)
    if not (infinitive or finite) or nxt in s.cue_tokens:
        return None
    return _span(s, nxt, content_end(s, nxt))


def _arabic_clause_after_aside(s: Sentence, hit: CueHit, end: int) -> Range | None:
    """Arabic: an according-phrase set inside a clause by commas, and the clause going on after it with no
    conjunction, cue or new clause ('أما الوزير فقد أمر، بحسب بيان لمكتبه، بتشكيل لجنة'): the rest of the clause,
    reported with the words before the phrase (no cue of their own before it)."""
    nxt = end + 1
    if not s.verb_first or nxt + 1 >= s.b or s.tokens[end].text not in COMMAS or hit.first - 1 <= s.a \
            or s.tokens[hit.first - 1].text not in COMMAS or not s.tokens[nxt].is_word \
            or s.tokens[nxt].text[:1] in ("و", "ف") or nxt in s.cue_tokens or nxt in s.according_starts \
            or _clause_goes_on_at(s, nxt) or _is_complementizer(s, nxt) or s.keys[nxt] in s.lex.relatives \
            or s.inside_quote(nxt) or any(j in s.cue_tokens for j in range(s.a, hit.first)):
        return None
    return _span(s, nxt, content_end(s, nxt))


def _simple_verb(s: Sentence, k: int) -> bool:
    """English 'produces', 'closed' right after an according-phrase set between commas ('The plant, according to
    its owners, produces …'): a lower-case '-s' or '-ed' word of no closed class, with a word after it, is the
    predicate's verb."""
    key, words = s.keys[k], s.lex.words
    return not s.verb_first and k + 1 < s.b and s.tokens[k].text.isalpha() and s.tokens[k].text.islower() \
        and s.tokens[k + 1].is_word and len(key) > 3 and key.endswith(("s", "ed")) and not key.endswith(("ss", "ous")) \
        and k not in s.cue_tokens and not any(key in words[w] for w in (
            "determiners", "prepositions", "pronouns", "clause_subjects", "adverbs", "quantifiers", "time_words",
            "conduit_markers", "subordinators", "complementizers", "leading_conjunctions", "auxiliaries"))


def _clause_goes_on_at(s: Sentence, k: int) -> bool:
    """Arabic: the sentence goes on at token k with a word that opens a clause or a circumstance ('وسط
    مخاوف …', 'في حين …', 'بينما …'): no part of an according-phrase's source before it."""
    return bool(_phrase_at(s, k, "clause_breaks") or _phrase_at(s, k, "subordinate_openers"))


def _data_at_the_end(s: Sentence, hit: CueHit, after: int, end: int) -> bool:
    """Arabic: 'ارتفع التضخم إلى 12 في المئة وفق بيانات البنك المركزي.': an according-phrase with no comma before
    it closing the sentence, its source a document, figures, unnamed sources or a known name."""
    if not s.verb_first or after >= s.b or (end < s.b and not s.is_end(end) and s.tokens[end].text not in ENDERS
                                            and s.tokens[end].text not in COMMAS and not _clause_goes_on_at(s, end)):
        return False  # (or closing a clause the sentence goes on after: 'قتل 20 شخصا وفقا للوزارة، فيما …')
    if s.keys[after] in ("اخر", "احدث") and after + 1 < end:
        after += 1  # "بحسب آخر استطلاعات الرأي", "وفق أحدث حصيلة": the latest of them
    keys = {s.keys[after], s.strip_clitic(s.keys[after])}
    if s.keys[after].startswith("ل") and s.tokens[after].start < hit.end:
        keys.add("ال" + s.keys[after][2:] if s.keys[after].startswith("لل") else s.keys[after][1:])  # "وفقا لمصادر"
    keys |= {k[2:] for k in keys if k.startswith("ال")}  # ('للأرقام الرسمية': 'أرقام' is listed)
    return after in s.protected or any(k in s.lex.anonymous_or_documents_or_government
                                       or k in s.lex.organizations for k in keys)
    # ('وفقا لوزارة الصحة', 'بحسب المرصد': a body's figures)


def _relative_clause_before(s: Sentence, cue_first: int, content: Range) -> Range:
    """Arabic: 'الرئيس الذي يحظى بـ70 في المئة من نوايا التصويت بحسب آخر استطلاعات الرأي': an according-phrase
    with no comma before it, right after a relative clause, backs that clause alone (from after the pronoun)."""
    for k in range(cue_first - 1, s.a, -1):
        if s.tokens[k].text in COMMAS or s.tokens[k].start < content[0] or k in s.cue_tokens:
            break
        if s.keys[k] in s.lex.relatives and k + 1 < cue_first:
            return s.tokens[k + 1].start, content[1]
    return content


_BEFORE_VERB: Final = frozenset({"كان", "كانت", "كانوا", "قد", "لم", "لن", "لا"})  # words that open a verb's clause


def _joined_after_comma(s: Sentence, hit: CueHit) -> bool:
    """Arabic: an according-phrase joined by 'و' right after a comma ('…، وبحسب الوزارة …'): it belongs to the
    clause after it, not to the one before the comma."""
    first = hit.first
    if not s.verb_first or first - 1 <= s.a:
        return False
    if s.keys[first - 1] == "و":
        first -= 1
    elif not s.tokens[first].text.startswith("و") or s.keys[first] in s.lex.cues:
        return False  # ('وفقا لـ…': the word's own 'و', no conjunction)
    return s.tokens[first - 1].text in COMMAS


def _opens_clause_after_comma(s: Sentence, hit: CueHit, end: int) -> bool:
    """Arabic: '…، وبحسب الوزارة، فإن …': an according-phrase joined by 'و' after a comma, its source closed by
    another comma and a clause of three words or more after it, opens that clause: the content follows it."""
    if end >= s.b or s.tokens[end].text not in COMMAS or not _joined_after_comma(s, hit):
        return False
    words = 0
    for k in range(end + 1, s.b):
        if s.tokens[k].text in ENDERS or k in s.according_starts:
            break
        words += s.tokens[k].is_word
    return words >= 3


def _share_cue(s: Sentence, j: int) -> bool:
    """Token j is a verb of preference after a share of those polled ('46 percent would back …')."""
    return j in s.cue_tokens and any(f.frame == "verb_share" for f in s.lex.cues.get(s.keys[j], ()))


def share_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English '46 percent would back the mayor, while 41 percent prefer her rival': the share of those polled is
    the source of its verb's object, read as any verb's — when nothing else in the sentence reports the figures
    ('The poll found 57% favor …', 'In the latest poll, 46 percent back …': the finding or the poll's)."""
    if any(j in s.cue_tokens and not _share_cue(s, j) for j in range(s.a, s.b)):
        return []
    drafts = verb_claims(s, replace(hit, frame="verb"))
    nxt = next((j for j in range(hit.last + 1, s.b) if _share_cue(s, j)), None)
    number = share_subject(s.tokens, nxt) if nxt is not None else None
    if number is None:
        return drafts
    last = number - 1  # ('… back the mayor and 41 percent her rival': the next share ends the object)
    while last > hit.last and (not s.tokens[last].is_word or s.keys[last] in ("and", "while", "but", "whereas")):
        last -= 1
    end = s.tokens[last].end
    return [replace(d, content=(d.content[0], end)) if d.content[0] < end < d.content[1] else d for d in drafts]


def poll_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'In the latest Gallup poll, conducted last week, the governor leads by five points', 'the senator
    fell behind in two polls released on Monday': the poll is the source of the clause, when no one in the
    sentence reports it ('Most voters said in a Gallup poll that …' is the voters' report; a share of them
    backing someone is the poll's finding)."""
    if any(j in s.cue_tokens and not _share_cue(s, j) for j in range(s.a, s.b) if not hit.first <= j <= hit.last):
        return []
    end = hit.last + 1
    while end < s.b and s.tokens[end].text not in COMMAS and s.tokens[end].text not in ENDERS:
        end += 1
    if end + 2 < s.b and s.tokens[end].text in COMMAS and s.tokens[end + 1].text.islower() \
            and s.keys[end + 1].endswith("ed"):  # ', conducted in early September,': the poll's own aside
        close = next((k for k in range(end + 2, min(s.b, end + 12)) if s.tokens[k].text in COMMAS), None)
        if close is not None:
            end = close
    clause_initial = all(not s.tokens[j].is_word or s.keys[j] in s.lex.leading_conjunctions
                         for j in range(s.a, hit.first))
    if clause_initial:
        if end >= s.b or s.tokens[end].text not in COMMAS:
            return []
        content = _content_from(s, end + 1)
    else:
        if (end < s.b and s.tokens[end].text not in ENDERS) or end - hit.last < 3:
            return []  # ('… in a poll, which …', 'interested in polls'): only a poll phrase closing the sentence
        first = s.a
        if s.keys[s.a] in s.lex.opening_words:  # 'Despite …, she did not receive a bump in …'
            first = next((k + 1 for k in range(s.a, hit.first) if s.tokens[k].text in COMMAS
                          and not s.inside_quote(k)), s.a)
        stop = hit.first - 1 - (s.tokens[hit.first - 1].text in COMMAS)  # ('…, by one estimate.': not the comma)
        content = _span(s, first, stop) if stop > first else None
    last = end - 1
    while last > hit.last and not s.tokens[last].is_word:
        last -= 1
    return _maybe(_draft(content, hit, (hit.last + 1, last) if last > hit.last else None, s))


def view_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'In his view, the race is close', 'In the company's opinion, the merger is lawful': an
    according-phrase opening its clause (the cue runs from 'in' to the opinion noun, a comma after it): the
    possessor is the source (without its 's), the clause after the comma the content; not when another cue in the
    sentence reports ('In his view, the plan failed, he said.': the phrase is part of what he said)."""
    if any(j in s.cue_tokens and j not in s.according_starts for j in range(hit.last + 1, s.b)):
        return []
    comma = hit.last + 1
    clause_initial = all(not s.tokens[j].is_word or s.keys[j] in s.lex.leading_conjunctions
                         for j in range(s.a, hit.first))
    if s.verb_first or not clause_initial or comma + 1 >= s.b or s.inside_quote(hit.first):
        return []
    last = hit.last - 1
    while last > hit.first and not s.tokens[last].is_word:
        last -= 1  # "the Smiths' view": the apostrophe is no part of the name
    d = _draft(_content_from(s, comma + 1), hit, (hit.first + 1, last), s)
    if d is None or d.source is None:
        return []
    end = d.source[1] - 2 if s.keys[last].endswith("'s") and s.keys[last] not in s.lex.possessives \
        else d.source[1]
    return [Draft(d.content, d.cue, (d.source[0], end), d.conduit_region, d.frame, d.cue_key)]


def colon_noun_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'The senator made the following comment: "…"', 'I had to change my answer: "…"': a noun of
    something said, a colon right after it and a quotation: the sentence's subject said the quotation (when no
    cue before the noun reports it: 'He said in a statement: "…"' is the verb's)."""
    colon = hit.last + 1
    if s.verb_first or colon + 1 >= s.b or s.tokens[colon].text not in ":：" or s.quote_at(colon + 1) is None \
            or s.inside_quote(hit.first):
        return []
    verb = _verb_before_object(s, hit.first)
    subject = left_subject(s, verb) if verb is not None else None  # "Feld's campaign manager made the …"
    comma = next((k for k in range(hit.first - 1, s.a - 1, -1) if s.tokens[k].text in COMMAS), None)
    subject = subject or (subject_phrase(s, comma + 1, hit.first) if comma is not None else None)
    subject = subject or sentence_subject(s, hit.first)  # ('On July 6, Sanders made …', 'With X worried, Y is …':
    # the phrase after an opening adverbial's last comma)
    if subject is None or subject[1] + 1 >= hit.first \
            or any(j in s.cue_tokens for j in range(subject[1] + 1, hit.first)):
        return []  # ('Statement: "…"', a heading; 'He said in a statement: "…"', the verb's)
    q = s.quote_at(colon + 1)
    return _maybe(_draft((q[0], q[1]) if q else None, hit, subject, s))


def _inside_verb_frame(s: Sentence, hit: CueHit) -> bool:
    """Arabic: an according-phrase written between a speech verb's subject and its complementizer, with no comma
    ('وقالت الشاهدة وفقا لسجلات الشرطة إن …'): the verb before it, in its clause, has not yet reached its
    content."""
    if hit.frame != "according" or (hit.first > s.a and s.tokens[hit.first - 1].text in COMMAS):
        return False
    verb = next((j for j in range(hit.first - 1, max(s.a, hit.first - 8) - 1, -1) if j in s.cue_tokens
                 and j not in s.according_starts), None)
    return verb is not None and not any(s.tokens[k].text in COMMAS or _is_complementizer(s, k)
                                        for k in range(verb + 1, hit.first))


def _inner_relay(s: Sentence, hit: CueHit, after: int) -> tuple[int, int] | None:
    """Arabic: the first and last tokens of a relaying phrase ('نقلا عن') within the words of an according-phrase
    that names an outlet ('بحسب ما أفادت وكالة الأنباء الرسمية نقلا عن مصدر أمني'), before any comma; None when
    there is none."""
    if not s.verb_first or hit.frame == "according_relay":
        return None
    k = after + 1
    while k < min(s.b, after + 12) and s.tokens[k].text not in COMMAS and not s.is_end(k) \
            and (k not in s.according_starts or k in s.protected):
        k += 1
    if k >= s.b or k not in s.according_starts or s.tokens[k].text in COMMAS:
        return None
    last = k
    while last + 1 < s.b and last + 1 in s.according_starts:
        last += 1
    return k, last


def _preposition_before_that(s: Sentence, i: int) -> bool:
    """Arabic: token i is a preposition right before a complementizer ('إلى أن', 'على أن'): the introducer of a
    verb's content ('وأشارت الوكالة نقلا عن شهود إلى أن …'), never part of a source."""
    return i + 1 < s.b and s.keys[i] in s.lex.prepositions and _is_complementizer(s, i + 1)


def _passive_verb_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """Arabic 'وأفيد بأن …', 'وقيل إن …', 'كما أفيد عن سقوط قتلى': a passive verb of reporting right before its
    complementizer or introducer reports what follows for someone not named (no speaker is resolved)."""
    opener = hit.last + 1
    if opener >= s.b or not (_is_complementizer(s, opener) or s.quote_at(opener)
                             or _matches_introducer(s, opener, hit.introducer) or s.keys[opener] == "عن"):
        return []  # ('أفيد الأهالي': not a passive form after all)
    content = _content_from(s, opener, hit.introducer)
    return [Draft(content, (hit.start, hit.end), None, None, "passive", s.keys[hit.first])] if content else []


def adverb_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'the company reportedly plans to cut 500 jobs', '… after he allegedly brandished a pistol': the
    clause around the adverb is reported by someone not named (read as a passive: no speaker is resolved),
    when no other cue in the sentence reports it. Arabic: a passive verb of reporting (see _passive_verb_claims)."""
    if s.verb_first:
        return _passive_verb_claims(s, hit)
    if s.inside_quote(hit.first) \
            or any(j in s.cue_tokens for j in range(s.a, s.b) if not hit.first <= j <= hit.last):
        return []
    first = hit.first
    while first - 1 >= s.a and s.tokens[first - 1].is_word and s.keys[first - 1] not in s.lex.subordinators \
            and s.keys[first - 1] not in ("who", "which", "that", "and", "but", "as", "while", "when", "after"):
        first -= 1  # back to the clause's start: the sentence's, a comma's or a subordinator's
    if first == hit.first and hit.last + 2 < s.b and s.tokens[hit.last + 1].text in COMMAS:
        first = hit.last + 2  # 'Reportedly, the deal is off.'
    elif first == hit.first:
        return []
    start = max(first, hit.last + 1)
    closing = start >= s.b or s.tokens[start].text in ENDERS  # ('… took the funds allegedly.': the clause before)
    last = hit.first - 1 if closing else content_end(s, start)
    if last < first:
        return []
    content = _span(s, first, last)
    return [Draft(content, (hit.start, hit.end), None, None, "passive", s.keys[hit.first])]


_CHARGE_ASIDES: Final = ("with", "which", "while", "after", "before", "when", "though", "although", "but")


def _gerund_list(s: Sentence, first: int, last: int) -> bool:
    """An 'and' or 'or' then an '-ing' word between tokens first and last: the '-ing' word at first is an item
    of a list of gerunds ('hiding losses and misleading investors'), not a clause commenting on what went before."""
    return any(s.keys[k] in ("and", "or") and s.keys[k + 1].endswith("ing") for k in range(first + 1, last))


def passive_charge_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'The firm was accused of hiding losses', 'peacekeepers have been blamed for introducing …': a
    passive verb of charging (see cues._passive_charge) reports its whole clause, from its subject, for someone
    not named (read as a passive: the subject is the charge's target, not its speaker), or for the agent after a
    closing 'by' ('… was hailed as a breakthrough by its sponsors'); after a relative ('who was accused of …',
    'in what is being criticized as a "…" approach') only the words after 'of', 'for' or 'as'."""
    after = hit.last + 2
    if s.verb_first or after >= s.b or s.inside_quote(hit.first) or not s.tokens[after].is_word:
        return []
    be = hit.first - 1
    while be > s.a and s.keys[be] not in s.lex.be_forms:
        be -= 1  # ('has been harshly criticized': cues._passive_charge found the form of 'be')
    while be - 1 > s.a and s.keys[be - 1] in s.lex.auxiliaries_or_negations:
        be -= 1  # ('have often been')
    anchor = be
    if s.tokens[be - 1].text in (")", "]"):  # ('A majority of the statements (54%) were rated as …'): the
        anchor = next((k for k in range(be - 2, s.a - 1, -1) if s.tokens[k].text in ("(", "[")), be)  # subject
    subject = left_subject(s, anchor)  # before the brackets
    relative = subject is None or s.keys[subject[0]] in ("who", "which", "that", "what") \
        or s.keys[be - 1] in ("who", "which", "that", "what")
    last = content_end(s, after)
    last = next((k - 1 for k in range(after + 1, last) if s.tokens[k].text in COMMAS and not s.inside_quote(k) and (
        relative or s.keys[k + 1] in _CHARGE_ASIDES
        or (s.keys[k + 1].endswith("ing") and not _gerund_list(s, k + 1, last)))), last)
    # ('The suspect, who was accused of theft, appeared …': a relative clause ends at its comma; '… accused of
    # hurting civilians, with claims of abuse in …', '… for delays, reflecting …': the charge ends before a comment
    # on it (not before the next gerund of a list: 'accused of inflating sales, hiding losses and misleading …')
    agent = next((k for k in range(after + 1, last) if s.keys[k] == "by" and _backers(s, k + 1, last)), None)
    source = None
    if agent is not None:
        source = agent + 1, _before_time_words(s, agent + 1, last)
        last = agent - 1
    if last < after or (subject is not None and subject[0] >= be):
        return []
    if not relative and subject is not None and _reported_elsewhere(s, hit, subject[0], last):
        return []  # ('Critics said the firm was accused of …', '…, the mayor said': the other cue reports it)
    first = after if relative or subject is None else subject[0]
    return [Draft(_span(s, first, last), (hit.start, hit.end), _span(s, *source) if source else None, None,
                  "passive", s.keys[hit.first])]


def _verb_before_object(s: Sentence, noun: int) -> int | None:
    """English 'made the following comment', 'is rolling out a new campaign message': the word before the
    article (or possessive) that opens the noun's phrase, at most five words back, is the clause's verb."""
    for k in range(noun - 1, max(s.a, noun - 6), -1):
        if not s.tokens[k].is_word:
            return None
        if s.keys[k] in s.lex.determiners:
            verb = k - 1
            if verb - 1 > s.a and s.keys[verb] in ("out", "up", "off", "down", "forward"):
                verb -= 1  # 'is rolling out a new message': the verb before its particle
            if verb - 2 > s.a and s.keys[verb - 1] == "to" and s.tokens[verb - 2].text.islower():
                verb -= 2  # 'I had to change my answer': the finite verb before the infinitive
            return verb if verb > s.a and s.tokens[verb].is_word and s.tokens[verb].text.islower() else None
    return None


def _relayed_from(s: Sentence, hit: CueHit, after: int, end: int) -> int | None:
    """Arabic: the 'عن' of an according-phrase that took a relaying verb ('حسبما نقلت X عن Y'), with words
    on both sides of it; None otherwise."""
    if not s.verb_first or hit.last == hit.first or not any(
            f.frame == "relay" for f in s.lex.cues.get(s.strip_clitic(s.keys[hit.last]), ())):
        return None
    return next((k for k in range(after + 1, end - 1) if s.keys[k] == "عن"), None)


def _name_after_title(s: Sentence, comma: int) -> int:
    """English 'According to the union's transport chief, Maria Costa, the sector …': a name of two to four
    capitalised words between commas after a lower-case title belongs to the source; returns the comma after it
    (or `comma` when there is none)."""
    if s.verb_first or comma >= s.b or s.tokens[comma].text not in COMMAS or comma - 1 < s.a \
            or not s.tokens[comma - 1].text.islower():
        return comma
    close = next((k for k in range(comma + 1, min(s.b, comma + 6)) if not s.tokens[k].is_word), s.b)
    if (close < s.b and s.tokens[close].text not in COMMAS and s.tokens[close].text not in ENDERS) \
            or not 3 <= close - comma <= 5 or not all(s.tokens[k].text[:1].isupper() for k in range(comma + 1, close)):
        return comma
    return close  # the comma after the name, or the sentence end ('…, according to a spokesman, Tom Lee.')


def _refusal_before(s: Sentence, citing: int) -> bool:
    """English 'A spokeswoman declined to comment, citing …': a verb of refusing (refusing_verbs) and 'to' in the
    clause before the comma that opens 'citing'."""
    if citing - 1 <= s.a or s.tokens[citing - 1].text not in COMMAS:
        return False
    return any(s.keys[k] in s.lex.refusing_verbs and s.keys[k + 1] == "to" for k in range(max(s.a, citing - 12),
                                                                                         citing - 2))


def _names_a_source(s: Sentence, i: int, documents: bool = True) -> bool:
    """English: the first words after 'citing' name a source ('citing officials', 'citing reports of …',
    'citing Reuters', 'citing an unnamed government source'), not a reason ('citing a threat to public
    health'): the source reading applies. Without `documents`, a document noun names none ('told the Herald,
    citing a city audit, that …': the evidence pointed to in an aside)."""
    names = s.lex.anonymous_or_documents_or_titles if documents else s.lex.anonymous_or_titles
    for j in range(i, min(s.b, i + 4)):
        tok = s.tokens[j]
        if not tok.is_word:
            return False
        key = tok.key
        if key in names \
                or key in s.lex.government or (tok.text[:1].isupper() and key not in s.lex.determiners):
            return True  # ('citing the interior ministry': a government body)
        if j > i and key in s.lex.prepositions:
            return False  # ('citing weak demand in China': a reason, the place named after it no source)
    return False


def _reporter_region(s: Sentence, hit: CueHit, content: Range) -> Range | None:
    """Arabic: the words before a relay ('نقلا عن') and before what it relays: the reporting clause that names
    the outlet the sources came through."""
    end = min(s.tokens[hit.first].start, content[0])
    last = max((j for j in range(s.a, hit.first) if s.tokens[j].end <= end), default=None)
    verb = next((j for j in range(s.a, hit.first) if j in s.cue_tokens and j not in s.according_starts), None)
    first = verb + 1 if verb is not None and (verb == s.a or _after_dateline(s, s.a, verb) == verb) else s.a
    # ('وأضافت الصحيفة نقلا عن …': the outlet after the verb that opens the sentence, read as the one last named
    # when it is a bare 'الصحيفة'; after a dateline too: 'واشنطن - كشفت صحيفة واشنطن بوست، نقلا عن …')
    return _region(s, first, last) if last is not None else None


def _names_a_rule(s: Sentence, i: int) -> bool:
    """The source of an according-phrase is a rule ('الإجراءات', 'للقانون': the glued ل read off)."""
    key = s.keys[i]
    keys = {key, key[1:] if key.startswith("ل") else key, "ال" + key[2:] if key.startswith("لل") else key}
    return any(k in s.lex.norms for k in keys) or _phrase_at(s, i, "norms", singles=False) > 0


def _relayed_content(s: Sentence, content: Range | None) -> Range | None:
    """'وأشار عبد الرحمن إلى أن بين القتلى طفلين، نقلا عن مصادر طبية': a speaker citing sources for what he
    reports relays that content, from its complementizer, not his own words around it."""
    if content is None or not s.verb_first:
        return content
    for j in range(s.a, s.b):
        if s.tokens[j].start >= content[1]:
            break
        if s.tokens[j].start >= content[0] and _is_complementizer(s, j) and any(k < j for k in s.cue_tokens):
            return s.tokens[j].start, content[1]
    return content


def _speaker_repeated(s: Sentence, content: Range | None, source: tuple[int, int] | None) -> bool:
    """Arabic: an according-phrase at the end naming, again, the subject of the verb the clause opens with."""
    if content is None or source is None or not s.verb_first:
        return False
    named = {s.strip_clitic(s.keys[j]) for j in range(source[0], source[1] + 1) if s.tokens[j].is_word}
    subject: set[str] = set()
    for j in range(s.a, s.b):
        if s.tokens[j].start < content[0]:
            continue
        if s.tokens[j].start >= content[1] or _is_complementizer(s, j) or s.quote_at(j):
            break
        subject.add(s.strip_clitic(s.keys[j]))
    return bool(named) and named <= subject and any(
        s.tokens[j].start >= content[0] and s.tokens[j].start < content[1] for j in s.cue_tokens)


def _speakers_own_tally(s: Sentence, hit: CueHit, content: Range | None, source: tuple[int, int] | None) -> bool:
    """Arabic '… وقال المتحدث إن الحريق أسفر عن مقتل خمسة أشخاص، وفق حصيلة أولية': the according-phrase's source is
    a tally or an estimate (estimate_nouns) with adjectives only, no owner ('حصيلة لوزارة الصحة' is one), and a
    cue of the clause before it, not an according-phrase, has its speaker: the phrase qualifies that speaker's
    figure, it is no source of his words."""
    if content is None or source is None or not s.verb_first:
        return False
    head = s.keys[source[0]]
    if head not in s.lex.estimate_nouns and not (head[:1] == "ل" and head[1:] in s.lex.estimate_nouns):
        return False  # ('وفقا لتقديرات أولية': the ل of the phrase glued to it)
    if any(s.keys[k].startswith(("ل", "ال")) or not s.tokens[k].is_word for k in range(source[0] + 1, source[1] + 1)):
        return False  # (an owner, 'لوزارة الصحة', or a definite genitive: the tally is someone's)
    return any(content[0] <= s.tokens[k].start < content[1] and k < hit.first and k not in s.according_starts
               and k not in s.participles for k in s.cue_tokens)


def _after_opening_adverbials(s: Sentence, content: Range | None, first: int) -> Range | None:
    """Arabic 'من جهته، دعا الوزير إلى …، وفق ما أعلن المتحدث باسمه', 'في المقابل، ارتفعت الأسعار …، بحسب …': the
    writer's linking phrases closed by a comma at the head of the sentence (topic_openers, adverbs: 'من جهته،',
    'بدوره،', 'وفي السياق ذاته،') are no part of what the according-phrase at the end backs."""
    if content is None or not s.verb_first:
        return content
    k = _token_index_at(s, content[0])
    if k is None or s.tokens[k].start != content[0]:
        return content
    start = k
    for _ in range(3):
        n = _phrase_at(s, k, "topic_openers") or skip_adverbs(s, k) - k
        if not n or k + n + 1 >= first or s.tokens[k + n].text not in COMMAS or not s.tokens[k + n + 1].is_word:
            break
        k += n + 1  # (only a linking phrase closed by its comma: 'وفي العاصمة، خرج …' keeps its place)
    return content if k == start else (s.tokens[k].start, content[1])


def _after_writers_lead(s: Sentence, content: Range | None, first: int) -> Range | None:
    """English 'A quick reminder of the backdrop: inflation fell to 3 percent, according to the statistics office':
    the writer's lead-in before a colon is not what the source backs; the content starts after the colon (not
    when a cue comes before it, or the colon is inside a quotation)."""
    if content is None or s.verb_first:
        return content
    colon = next((k for k in range(first - 1, s.a - 1, -1) if s.tokens[k].text == ":"
                  and s.tokens[k].start > content[0] and not s.inside_quote(k)
                  and s.text[s.tokens[k].end:s.tokens[k].end + 1].isspace()), None)  # (not '8:30 p.m.')
    if colon is None or sum(1 for j in range(colon + 1, first) if s.tokens[j].is_word) < 3 \
            or any(j in s.cue_tokens for j in range(s.a, colon)):
        return content
    return s.tokens[colon + 1].start, content[1]


def _last_reporting_clause(s: Sentence, hit: CueHit, content: Range | None) -> Range | None:
    """Arabic: 'نقلت الصحيفة تقريرا …، ولكنها لم تكشف محتواه، غير أنها أكدت أن …، بحسب مسؤول': after a
    sentence of several clauses, an according-phrase at the end backs the last one that reports (a verb after
    a comma), not the whole sentence."""
    if content is None or not s.verb_first:
        return content
    clause, clauses = None, 0
    for j in range(s.a, hit.first):
        if j in s.cue_tokens and j not in s.according_starts and j not in s.participles \
                and content[0] <= s.tokens[j].start:
            clauses += 1
            comma = next((k for k in range(j - 1, max(s.a, j - 5), -1) if s.tokens[k].text in COMMAS), None)
            if comma is not None:
                clause = comma + 1
    resumed = next((k + 1 for k in range(hit.first - 2, s.a, -1) if s.tokens[k].text in COMMAS and k + 2 < hit.first
                    and (s.keys[k + 1], s.keys[k + 2]) in s.lex.phrases_starting("clause_breaks", s.keys[k + 1])), None)
    if resumed is not None and s.tokens[resumed].start > content[0]:
        return s.tokens[resumed].start, content[1]  # "…، الأمر الذي قد لا يفضي إلى …، وفقا لاستطلاعات": that clause
    if clause is None or clauses < 2 or s.tokens[clause].start <= content[0]:
        return content
    return s.tokens[clause].start, content[1]


def _trim_source(s: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    if not src:
        return None
    first, last = src
    if last - first > 10:
        last = first + 10
    if s.verb_first:
        for k in range(first + 1, last + 1):  # "وفق ما أعلنته الهيئة العامة للإحصاء اليوم الأحد": when it said it
            j = k
            while j <= last and _phrase_at(s, j, "adverbs"):
                j += _phrase_at(s, j, "adverbs")
            if j > k and j == last + 1:
                return first, k - 1
    return first, last


def _object_before_introducer(s: Sentence, hit: CueHit, opener: int | None) -> bool:
    """Arabic: a participle, a noun phrase, then the participle's preposition ('مؤكدا حرص بلاده على تعزيز
    الشراكة'): the noun phrase is what was affirmed, so the content starts right after the participle (not
    'مشيرا في الوقت نفسه إلى أن …', where a prepositional phrase stands between)."""
    first = hit.last + 1
    if not s.verb_first or opener is None or opener <= first or opener - first > 3 \
            or not (_matches_introducer(s, opener, hit.introducer) or s.quote_at(opener)) \
            or _is_complementizer(s, opener + 1):
        return False  # (or a quotation: 'مؤكدا نية «السعودية في تعزيز علاقتها …»')
    return all(s.tokens[k].is_word and not s.is_stop(k) and s.keys[k] not in s.lex.adverbs_or_prepositions
               and not _is_complementizer(s, k)
               for k in range(first, opener))


def _opening_cue_subject(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: the opening verb's subject without its object (`_without_trailing_object`), except where the verb
    is a cue that takes nothing with 'بـ' and the object would open with a word glued to 'بـ': that word is part
    of the name the verb's own record gave its speaker ('وشدد البطريرك بشارة الراعي …، ودعا': all of it)."""
    trimmed = _without_trailing_object(s, subject)
    if subject is not None and trimmed is not None and trimmed[0] == subject[0] and trimmed[1] < subject[1] \
            and s.keys[trimmed[1] + 1][:1] == "ب" and subject[0] > s.a and _cue_without_bi(s, subject[0] - 1):
        return subject
    return trimmed


def _without_trailing_object(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """The opening verb's subject without its object (below); a definite noun and an indefinite one left
    before a definite genitive keep only the noun ('وانتقد الوزير قرار البرلمان، مضيفا')."""
    subject = _without_construct_object_after_name(s, _without_mission_after_first_name(s, subject))
    claim = _claim_object_inside(s, subject) if subject is not None and s.verb_first else None
    if subject is not None and claim is not None:
        subject = subject[0], claim - 1  # "ورفضت الوزيرة هدى الاتهامات الموجهة إليها وقالت": the charge she rejected
    trimmed = _without_trailing_object_words(s, subject)
    named_object = subject is not None and trimmed is not None and trimmed[1] < subject[1] \
        and _described_noun_after_name(s, subject) == trimmed[1] + 1  # ('المستشارة ميركل': no construct)
    subject = _before_body_object(s, trimmed)
    if subject is not None and subject[0] == subject[1] and s.verb_first and subject[0] not in s.protected \
            and s.tokens[subject[0]].text.endswith("ه") and len(s.keys[subject[0]]) > 4 \
            and not s.keys[subject[0]].startswith("ال") and not _first_name(s, subject[0]) \
            and s.keys[subject[0]] not in s.lex.female_names_or_male_names:
        return None  # "وختم كلمته بالتأكيد على أن …": his speech, a noun with his pronoun, is the object
    return (subject[0], subject[0]) if subject is not None and not named_object \
        and _construct_after_definite(s, subject) else subject


def _without_mission_after_first_name(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: 'واستقبل الأمير فهد الوفد الزائر، وأكد': a first name, then a definite delegation or mission
    (missions.txt, with the article) that reads like a surname: whom the opening verb acted on, no part of the
    name; the subject ends at the first name."""
    if subject is None or not s.verb_first:
        return subject
    first, last = subject
    cut = next((m for m in range(first + 2, last + 1) if m not in s.protected and s.keys[m].startswith("ال")
                and s.keys[m][2:] in s.lex.missions and s.keys[m - 1] in s.lex.female_names_or_male_names), None)
    return (first, cut - 1) if cut is not None else subject


def _without_construct_object_after_name(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: 'واستقبل وزير الخارجية سامي الحداد وفد الغرفة التجارية، وأكد': a person's name (a first name, then
    a definite surname), an indefinite noun and only definite words (its genitive) to the subject's end: that
    noun is whom the opening verb acted on, no part of the name ('ماجد صالح الحربي وفد' ends at 'الحربي'; not
    'عبد الرحيم شهيد', where the definite word is the first name's second half)."""
    if subject is None or not s.verb_first or subject[1] - subject[0] < 2:
        return subject
    first, last = subject
    last = next((m - 1 for m in range(first + 4, last + 1) if s.keys[m] in s.lex.prepositions and s.is_stop(m)),
                last)  # ('وانتقد النائب … أداء الوزارة في ملف الكهرباء، مؤكدا': where it acted is no part either)
    k = last
    while k > first + 2 and s.keys[k].startswith("ال") and k not in s.protected:
        k -= 1  # (the genitive: 'الغرفة التجارية')
    end = k
    while k - 1 > first + 1 and end - k < 2 and not s.keys[k - 1].startswith("ال") and k - 1 not in s.protected \
            and s.tokens[k - 1].is_word and not s.is_stop(k - 1) and not _first_name(s, k - 1) \
            and not is_title(s, k - 1) and s.keys[k - 1] not in s.lex.name_connectors:
        k -= 1  # (a chain of constructs: 'وفد نقابة الأطباء')
    key = s.keys[k]
    if k in s.protected or key.startswith(("ال", "وال")) or not s.tokens[k].is_word or s.is_stop(k) \
            or is_title(s, k) or _first_name(s, k) or key in s.lex.name_connectors or key[:1] in ("ل", "ب") \
            or not s.keys[k - 1].startswith("ال") or k + 1 >= s.b or s.keys[k - 2] in ("عبد", "ابو") \
            or s.keys[k - 2] in s.lex.name_connectors \
            or not (s.keys[k + 1].startswith("ال") or s.tokens[k + 1].text in COMMAS or k < end):
        return subject
    named = any(_first_name(s, m) for m in range(first, k - 1))
    return (first, k - 1) if named else subject


def _before_body_object(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: a body's head noun ('وكالة', 'الوكالة', 'منظمة'), its genitive or its name, its adjectives, then
    a definite noun that is none of them: the opening verb's object ('خفضت وكالة فيتش التصنيف الائتماني …،
    مشيرة': the agency, not 'وكالة فيتش التصنيف'); the subject without it."""
    if subject is None or subject[1] <= subject[0] \
            or s.keys[subject[0]] not in s.lex.government_or_organizations:
        return subject
    first, last = subject
    k = first + 1
    if s.keys[first].startswith("ال"):
        pass  # ('الوكالة': a definite head takes no genitive)
    elif s.keys[k].startswith("ال"):
        k += 1  # its genitive ('وكالة الأنباء')
    else:
        while k <= last and not s.keys[k].startswith("ال") and s.tokens[k].is_word and not s.is_stop(k):
            k += 1  # its name ('ستاندرد آند بورز')
    while k <= last and s.keys[k].startswith("ال") and (_is_adjective_like(s, k) or k in s.protected):
        k += 1  # ('الأمريكية', 'المتحدة')
    if k <= last and s.keys[k].startswith("ال") and k not in s.protected and not s.is_stop(k):
        return first, k - 1
    return subject


def _body_then_object(s: Sentence, subject: tuple[int, int]) -> bool:
    """Arabic: two definite words before a comma, a body noun ('الحكومة', 'الوزارة') and a noun that cannot
    describe it ('التقرير', not 'الجديدة' or 'المصرية'): the body, then the verb's object."""
    if subject[1] != subject[0] + 1 or subject[1] + 1 >= s.b \
            or s.tokens[subject[1] + 1].text not in COMMAS or any(k in s.protected for k in subject):
        return False
    head, key = s.keys[subject[0]], s.keys[subject[1]]
    return head in s.lex.government_or_organizations and key.startswith("ال") \
        and not _is_adjective_like(s, subject[1]) and key not in s.lex.government


def _trailing_adjective(s: Sentence, k: int, last: int) -> bool:
    """Arabic: token k, among the definite words closing a subject, is an adjective: a relative adjective, a listed
    one ('الجديدة', 'السابق') or, as the last word, a participle in 'الم' ('الموجهة', 'المقترحة')."""
    key = s.keys[k]
    return key.startswith("ال") and k not in s.protected and not s.is_stop(k) and s.tokens[k].is_word \
        and (key.endswith(("ي", "يه")) or key in s.lex.adjectives or (k == last and key.startswith("الم")))


def _feminine_noun_after_his_name(s: Sentence, first: int, k: int) -> bool:
    """Arabic: token k, a definite word in 'ية' ('الاتفاقية', 'الميزانية'), follows a man's first name after a
    man's title ('الوزير أحمد الاتفاقية الجديدة'): a feminine word cannot describe him nor be his family name
    ('أحمد المصري'), so it is a noun, the verb's object, however much it looks like a relative adjective."""
    return k - 1 > first and s.tokens[k].text.endswith("ية") and s.keys[k].startswith("ال") \
        and s.keys[k - 1] in s.lex.male_names and not s.tokens[first].text.endswith("ة") \
        and not s.keys[k - 1].startswith("ال")


def _object_noun_before_adjectives(s: Sentence, subject: tuple[int, int]) -> int | None:
    """Arabic: the words read as the opening verb's subject, before a comma or a coordinated cue, closing with a
    definite noun and its adjectives ('وتسلم الوزير خالد التقرير النهائي وقال', 'وانتقد رئيس الوزراء القرار
    الأمريكي، وقال', 'ووقع الوزير أحمد الحسيني الاتفاقية الجديدة وقال'): after a title's holder (a first name, a
    known name, a first name and a relative surname) or a complete title and its genitive, the noun is the
    verb's object, as a last definite word alone is (`_definite_object_last`); where it starts, or None."""
    first, last = subject
    k = last
    while k - first > 2 and _trailing_adjective(s, k, last) and not _feminine_noun_after_his_name(s, first, k):
        k -= 1
    key = s.keys[k]
    if k == last or k - first < 2 or k in s.protected or not key.startswith("ال") or s.is_stop(k) \
            or (key.endswith(("ي", "يه")) and not _feminine_noun_after_his_name(s, first, k)) \
            or key in s.lex.adjectives or _first_name(s, k) or not is_title(s, first):
        return None
    prev = k - 1
    named = (prev in s.protected or _first_name(s, prev)) and not s.keys[prev].startswith("ال") \
        and s.keys[prev] != "باسم"
    surnamed = s.keys[prev].startswith("ال") and s.keys[prev].endswith("ي") and _first_name(s, prev - 1)
    return k if named or surnamed or _definite_object_last(s, (first, k)) else None


def _without_trailing_object_words(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: the opening verb's subject read up to a comma may end with that verb's object: a definite word
    after a name ('رئيس الفريق عبد الرحيم شهيد المشروع، معتبرا') or after a definite noun it cannot describe
    ('منظمة … المعنية بحقوق اللاجئين القرار، ووصفته'); the subject without it."""
    if subject is not None and subject[1] > subject[0] and s.keys[subject[1]] in s.lex.determiners \
            and s.verb_first and subject[1] not in s.protected:
        return subject[0], subject[1] - 1  # "ونفى التحالف ذلك وقال": a demonstrative alone is what it denied
    if subject is not None and subject[1] == subject[0] + 1 and s.keys[subject[1]].startswith("بال") \
            and len(s.keys[subject[1]]) > 4 and subject[1] not in s.protected:
        return subject[0], subject[0]  # "وندد الوزير بالقرار، مضيفا": what he denounced, not his name
    if subject is not None and _body_then_object(s, subject):
        return subject[0], subject[0]  # "رفضت الحكومة التقرير، ووصفته بأنه": the report is what it rejected
    if subject is None or subject[1] - subject[0] < 2 or subject[1] + 1 >= s.b or place_before_subject(s, subject[0]):
        return subject  # ("وشارك في الاجتماع رئيس الهيئة سليم الحداد، وقال": the verb's complement came first)
    governed = next((k for k in range(subject[0] + 1, subject[1] + 1) if (((s.keys[k].startswith("بال")
                     or ((k > subject[0] + 2 or _surname_named_earlier(s, subject[0])) and _accusative_noun(s, k)))
                     and len(s.keys[k]) > 4)
                     or (k > subject[0] + 2 and _possessed_noun_object(s, k))
                     or (k > subject[0] + 1 and (_glued_verbal_noun(s, k) or _object_after_genitive(s, k)))
                     or (k > subject[0] and _glued_construct_object(s, k)))
                     and k not in s.protected), None)
    if governed is not None:
        return subject[0], governed - 1  # "رحبت جمعية الشفافية الكويتية بالحكم، معتبرة": what it welcomed;
        # "أصدر المحافظ الفريق أحمد خالد قرارا بإيقاف …، وقال": the decision he issued
    if s.tokens[subject[1] + 1].text not in COMMAS and subject[1] + 1 not in s.participles \
            and not (subject[1] + 1 in s.cue_tokens and s.tokens[subject[1] + 1].text[:1] == "و") \
            and not (s.is_stop(subject[1] + 1)
                                                           and _definite_object_last(s, subject)) \
            and not (s.keys[subject[1] + 1] in s.lex.prepositions
                     and _object_noun_before_adjectives(s, subject) is not None):
        return subject  # ("ورفض متحدث باسم الهيئة التعليق على …": what he refused, before its preposition; but
        # 'ووقع الوزير كريم الاتفاقية الجديدة مع …': after a name, the object and its adjectives, then a preposition)
    last = subject[1]
    key, prev = s.keys[last], s.keys[last - 1]
    if last - 2 >= subject[0] and is_title(s, subject[0]) and is_title(s, last - 1) and key.startswith("ال") \
            and s.keys[last - 2].startswith("ال") and last not in s.protected and last - 1 not in s.protected:
        return subject[0], last - 2  # "وانتقد وزير الخارجية نائب الرئيس، مضيفا", "الوزير وزير المالية": a title
        # and its genitive after a complete title are whom he criticised, not his name
    described = _described_noun_after_name(s, subject)
    if described is not None:
        return subject[0], described - 1  # "وانتقدت المستشارة ميركل الخطة الأمريكية، معتبرة": what she criticised
    described = _object_noun_before_adjectives(s, subject)
    if described is not None:
        return subject[0], described - 1  # "وتسلم الوزير خالد التقرير النهائي وقال": the report and its adjective
    if not key.startswith("ال") or key.endswith(("ي", "يه")) or last in s.protected or s.is_stop(last):
        return subject
    after_name = not prev.startswith("ال") and s.tokens[last - 1].is_word and not s.is_stop(last - 1) \
        and last - 1 not in s.protected and (is_title(s, subject[0]) or prev in s.lex.male_names) \
        and prev != "باسم" \
        and not any(s.tokens[k].text in COMMAS for k in range(subject[0], last - 1))
    # ('وخرج المتحدث باسم الجيش قائلا': the body he speaks for, not an object; 'محامي المتهم، الأستاذ وليد
    # السقا، نفى …، وقال': a name set off by commas after its description is whole)
    return (subject[0], last - 1) if after_name or _definite_object_last(s, subject) else subject


def _described_noun_after_name(s: Sentence, subject: tuple[int, int]) -> int | None:
    """Arabic: a title, its holder's name (a bare word, or a known name), then a definite noun that is no
    adjective with relative adjectives of its own closing the words ('المستشارة ميركل الخطة الأمريكية', 'الرئيس
    ماكرون السياسة الروسية'): a name takes no definite genitive, so the noun opens the verb's object; where it
    starts, or None (not after a first name, whose definite word is a surname: 'محمد المصري')."""
    first, last = subject
    if not is_title(s, first):
        return None
    k = last
    while k > first + 2 and s.keys[k].endswith(("ي", "يه")) and s.keys[k].startswith("ال") and k not in s.protected:
        k -= 1  # (the noun's relative adjectives)
    key = s.keys[k]
    if k == last or k in s.protected or not key.startswith("ال") or key.endswith(("ي", "يه")) \
            or key in s.lex.adjectives or s.is_stop(k) or _first_name(s, k - 1):
        return None  # ('المقترح الفرنسي', 'الموقف الروسي': a noun in 'الم' with its adjective is still a noun)

    def bare(j: int) -> bool:
        return s.tokens[j].is_word and not s.is_stop(j) and not s.keys[j].startswith(("ال", "وال")) \
            and not is_title(s, j) and s.keys[j] not in s.lex.name_connectors and s.keys[j][:1] not in ("ل", "ب")

    start = k - 1  # (the name: one to three bare words after a definite word or a title, or a known name)
    while start > k - 3 and start - 1 > first and bare(start - 1):
        start -= 1
    return k if start > first and all(bare(j) for j in range(start, k)) \
        and (k - 1 in s.protected or s.keys[start - 1].startswith("ال") or is_title(s, start - 1)) else None


def _construct_after_definite(s: Sentence, subject: tuple[int, int]) -> bool:
    """Arabic: a subject of two words, a definite noun and an indefinite one before a definite genitive ('الوزير
    قرار البرلمان، مضيفا'): a definite noun takes no indefinite word after it; that word opens the verb's object
    (not a first name, a title or a known name)."""
    head, last = subject
    return last == head + 1 and last + 1 < s.b and s.tokens[head].text.startswith("ال") \
        and not s.tokens[last].text.startswith("ال") and s.tokens[last + 1].text.startswith("ال") \
        and not s.is_stop(last + 1) and s.tokens[last].is_word and not s.is_stop(last) and last not in s.protected \
        and last not in s.name_heads and not _first_name(s, last) and not is_title(s, last)


def _object_after_genitive(s: Sentence, k: int) -> bool:
    """Arabic: token k follows the definite genitive that closes a title's construct ('محامي الدفاع', 'محامي
    الضحية') and opens the verb's complement: a noun before a possessed one ('إحالة موكله') or a glued 'ب'
    ('بتوقيع أقصى العقوبة'); no name goes there."""
    key = s.keys[k]
    if k + 1 >= s.b or not s.keys[k - 1].startswith("ال") or key.startswith("ال") or not s.tokens[k + 1].is_word \
            or _first_name(s, k) or is_title(s, k) or s.is_stop(k) or key in s.lex.name_connectors \
            or key in ("عبد", "ابو") or len(key) < 4 or _is_complementizer(s, k + 1) or k + 1 in s.cue_tokens:
        return False
    possessed = s.tokens[k + 1].text.endswith(("ه", "ها", "هم")) and not s.keys[k + 1].startswith("ال") \
        and not s.is_stop(k + 1)
    return possessed or (key[:1] == "ب" and key[1:2] != "ا")  # ('باباكار ندياي': a name; 'بإقرار' is read above)


def _glued_verbal_noun(s: Sentence, k: int) -> bool:
    """Arabic: token k is 'ب' glued to a verbal noun opening with an alef ('بأداء لاعبيه', 'بإقرار القانون'), after
    a word of the subject and with its own genitive after it: the opening verb's complement, not a name."""
    key = s.keys[k]
    return key[:2] == "با" and len(key) > 4 and not _first_name(s, k) and k + 1 < s.b and s.tokens[k + 1].is_word \
        and not s.is_stop(k + 1) and not _is_complementizer(s, k + 1) and k + 1 not in s.cue_tokens \
        and s.tokens[k - 1].is_word and not s.is_stop(k - 1) \
        and (s.keys[k + 1].startswith("ال") or s.tokens[k + 1].text.endswith(("ه", "ها", "هم")))
    # (not 'باباكار ندياي')


def _glued_construct_object(s: Sentence, k: int) -> bool:
    """Arabic: token k is 'ب' glued to an indefinite noun in construct with a definite genitive ('بقرار مجلس الأمن',
    'بجهود الوساطة') right after a name or a definite title ('أحمد سالم', 'الوزير'): what the opening verb took
    ('رحب وزير الخارجية أحمد سالم بقرار مجلس الأمن، وقال'), not part of the name; never a first name ('بشار'), a
    body ('بنك', 'بعثة') or a word after a body or a title in construct ('رئيس بلدية الرياض')."""
    key = s.keys[k]
    if key[:1] != "ب" or key[:3] == "بال" or len(key) < 5 or k + 1 >= s.b or not s.tokens[k + 1].is_word \
            or not s.tokens[k - 1].is_word or s.is_stop(k - 1) or s.is_stop(k) or _first_name(s, k) \
            or key in s.lex.government_or_organizations or key[1:] in s.lex.government_or_organizations \
            or key[1:] in s.lex.region_nouns or is_title(s, k):
        return False  # (nor an affiliation: 'بجامعة القاهرة', 'بوزارة الصحة', 'بولاية تكساس')
    genitive = k + 1 if s.keys[k + 1].startswith("ال") else k + 2  # ('بقرار مجلس الأمن': a chain of two)
    if genitive >= s.b or not s.keys[genitive].startswith("ال") or s.is_stop(k + 1) \
            or (genitive > k + 1 and s.keys[k + 1] in s.lex.government_or_organizations
                and k + 1 not in s.protected and key[1:] not in s.lex.documents):
        return False
    prev = s.keys[k - 1]
    if prev.startswith("ال"):
        return is_title(s, k - 1)  # ('الوزير بقرار المحكمة')
    return (k - 1 in s.protected or _first_name(s, k - 1) or not (
        prev in s.lex.government_or_organizations or is_title(s, k - 1))) and k not in s.protected


def _possessed_noun_object(s: Sentence, k: int) -> bool:
    """Arabic: token k is a noun with a possessive pronoun ('ثقته', 'رغبتها') after a name: no part of it, the
    opening verb's object ('أبدى المدرب باباكار ندياي ثقته في لاعبيه، وقال')."""
    text, key = s.tokens[k].text, s.keys[k]
    return text.endswith(("ه", "ها", "هم")) and len(key) > 3 and not key.startswith("ال") and not is_title(s, k) \
        and not _first_name(s, k) and not s.keys[k - 1].startswith("ال") and s.tokens[k - 1].is_word \
        and not s.is_stop(k - 1)


def _accusative_noun(s: Sentence, k: int) -> bool:
    """Arabic: token k is an indefinite noun in the accusative ('قرارا', 'بيانا'), after a word that has no
    article: an object, no part of a name (not a known name; not 'مصطفى')."""
    key = s.keys[k]
    return key.endswith("ا") and not key.startswith("ال") and not key.endswith(("ها", "نا")) \
        and not _first_name(s, k) and s.tokens[k].text.endswith(("اً", "ا")) and len(key) >= 4 and key[-2] != "ا"


def _idle_relay(s: Sentence, j: int, before: int) -> bool:
    """Arabic: a relaying verb at token j with no 'عن' after it before token `before` ('ونقل السفير تحيات
    الرئيس إلى القيادة، مؤكدا …': he conveyed greetings) relays nothing: its clause is not a report."""
    if not s.verb_first:
        return False
    relays = {f.introducer for f in s.lex.cues.get(s.strip_clitic(s.keys[j]), ()) if f.frame == "relay"}
    return bool(relays) and not any(s.keys[k] in relays for k in range(j + 1, before))


def participle_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """'…, adding that …', 'مضيفا أن …': the subject is the main clause's (English: written; Arabic: implicit)."""
    quoting = _quoted_as_saying(s, hit)
    if quoting is not None:
        return quoting
    if s.keys[hit.last] in s.lex.that_participles \
            and find_opener(s, hit.last + 1, hit.introducer, 5) is None:
        return []  # '…, recalling his childhood', 'is recalling 40,000 heaters': no clause, nothing reported
    if _thing_added(s, hit):
        return []  # 'widened the district by adding two suburbs to it': a thing added, no words
    if not s.verb_first and hit.frame == "participle" and _progressive(s, hit.first):
        return verb_claims(s, hit)  # 'The attorney general is confirming that …': a finite verb, subject first
    if _phrase_at(s, hit.first, "prayers"):
        return []  # "…، داعيا الله أن يحفظ البلاد": a prayer, not a report (it still ends the content before it)
    if s.verb_first and participle_of_another(s, hit.first):
        return []  # "بثت الوكالة فيديو زعمت أنه له وهو يبايع …، متعهدا بالولاء …": not the agency's pledge
    if s.verb_first and s.keys[hit.first].startswith("بال") \
            and all(not s.tokens[k].is_word for k in range(s.a, hit.first)):
        return []  # "بالتأكيد، سوريا هي البيت الأول": opening the sentence, the masdar is an adverb ('certainly');
        # after a verb it reports ('وختم كلمته بالتأكيد على أن …')
    opener = find_opener(s, _past_statement_phrase(s, hit.last + 1), hit.introducer, 5)
    if _participle_as_noun(s, hit, opener):
        return []  # "رفعوا لافتة عملاقة", "عقوبات مشددة على المخالفين": a banner, an adjective; no one speaks
    start = opener if opener is not None else hit.last + 1 if s.verb_first else _skip_addressee(s, hit)
    # ('…, telling reporters the title race was over': the content starts after whom he told)
    objected = opener is not None and opener > hit.last + 1 and s.verb_first and _reports_object(s, hit) \
        and s.tokens[hit.last + 1].is_word  # "متهمة إياها بـ…", "مطالبة رئيس الوزراء بالتدقيق …"
    if objected or _object_before_introducer(s, hit, opener):
        start = hit.last + 1
    if start >= s.b or s.tokens[start].text in ENDERS:
        return []
    subject = _subject_after_participle(s, hit, opener) or _document_before(s, hit)  # 'released a television ad
    # saying that …'
    earlier_cue = any(j < hit.first and not _idle_relay(s, j, hit.first) and not _noun_source_cue(s, j)
                      for j in s.cue_tokens)  # ('رفض متحدث التعليق على تقارير عن …، واكتفى بالقول': no speaker)
    if not s.verb_first and hit.first == s.a:
        return _opening_participle(s, hit, start)
    connected = _opening_participle(s, hit, start) if not s.verb_first and _opening_connective_before(s, hit.first) \
        else []
    if connected:
        return connected  # 'Aside from saying …, he declined …', 'After arguing …, she …': the main clause's subject
    aside = relative_aside(s, hit.first) if s.verb_first else None
    region: Range | None = None
    thanked: tuple[int, int] | None = _object_before_for(s, hit) if subject is None else None
    if subject is not None:
        pass
    elif aside is not None and aside + 2 < hit.first:  # "، الذي رحبت به موغيريني معتبرة أنه …": the aside's subject
        after = aside + 2
        if s.keys[after] in s.lex.source_stops or len(s.keys[after]) <= 2:
            after += 1  # "به", "عنه": the verb's object pronoun
        subject = right_source(s, after, hit.first)
    elif s.verb_first and not earlier_cue:
        subject = _nominal_subject(s, hit.first) or _without_trailing_object(s, verb_first_subject(s, hit.first))
        subject = _title_before_complement(s, subject)
    elif s.verb_first:  # "وعلق الخبير على التقرير قائلا": the verb named only a topic, its subject speaks
        opening = _clause_verb_subject(s, hit.first) or verb_first_subject(s, hit.first)
        topic = opening[1] + 1 if opening else s.b
        topic += topic < hit.first and s.tokens[topic].text in COMMAS
        before = hit.first - 1 if s.tokens[hit.first - 1].text in COMMAS and hit.first - 1 > topic else hit.first
        told = _told_then_participle(s, topic, before)  # ("وصرح المدرب للصحفيين، قائلا": a comma after whom)
        if opening and (_topic_then_participle(s, topic) or told) \
                and hit.first - topic <= 4 \
                and not any(s.tokens[k].text in COMMAS for k in range(
                    topic, before if told or (topic < s.b and s.keys[topic] in ("علي", "عن")) else hit.first)):
            subject = opening  # ("وصرح المدرب لقناة الجزيرة قائلا": whom he told, then the participle; "وعلق الوزير
            # على القرار، قائلا": a topic, a comma, then the participle)
            region = _region(s, topic, before - 1) if told else None
        elif opening and topic < hit.first and hit.first - topic <= 4 and _body_genitive(s, topic) \
                and all(s.tokens[k].is_word and not s.is_stop(k) for k in range(topic + 1, hit.first)):
            subject = opening[0], hit.first - 1  # "وصرحت المفوضية الأوروبية للشؤون الخارجية قائلة": the body's
            # genitive goes on to the participle
        elif opening and opening[1] + 1 == hit.first and _told_last(s, opening):
            subject = opening[0], opening[1] - 1  # "وصرحت الحكمة الدولية للمراسلين قائلة": not whom she told
            region = _region(s, opening[1], opening[1])
        elif opening and opening[1] + 1 == hit.first:
            subject = opening  # "وقال الوزير مؤكدا أن …": the participle right after the verb's subject
        elif opening and opening[1] + 2 == hit.first and s.tokens[opening[1] + 1].text in COMMAS \
                and (_head_and_genitive(s, opening) or _speaks_for_body(s, opening)
                     or (_title_mention(s, opening) and _without_trailing_object(s, opening) == opening)):
            subject = opening  # "وأكد وزير الزراعة، مشيرا إلى …": a title and its genitive, a comma, the participle
            # ("ونفى الناطق باسم الحكومة، مؤكدا أن …": a title and whom it speaks for)
    elif thanked is not None:
        subject = thanked  # 'The senator thanked activists for speaking out …': the activists spoke out
    elif (named := _speaker_before_participle(s, hit, opener)) is not None:
        subject = named  # 'footage of the senator asking, "…"': the one shown speaking, not the main subject
    elif not s.verb_first and earlier_cue and hit.first > s.a and not _participles_only_before(s, hit):
        subject = _main_cue_subject(s, hit)  # 'X said A, adding that B': X, as written
    elif not s.verb_first and hit.first > s.a:
        # '…, adding that …'; 'will back the move by pointing out that …'; 'unleashed tweets criticizing …';
        # 'issued a paper welcoming the plan and calling for …', 'In a letter announcing it, X called …, citing …'
        subject = _with_subject(s, hit.first) or _subordinate_subject(s, hit.first) \
            or _subordinate_clause_subject_before(s, hit, s.a - 1) or _coordinate_subject(s, hit.first) \
            or _without_last_verb(s, main_clause_subject(s, hit.first), hit.first)
    if subject is not None and _distributive_before(s, hit.first):
        subject = hit.first - 1, hit.first - 1  # 'Two experts testified, each saying …': 'each' as written
    elif subject is not None and (absolute := _absolute_subject_before(s, hit.first)) is not None:
        subject = absolute  # 'The bill passed, several senators saying …': the participle's own subject
    elif subject is not None and not s.verb_first and hit.first - 1 > s.a and s.keys[hit.first - 1] == "and":
        going_on = max((j for j in s.cue_tokens if j < hit.first - 1), default=None)
        if going_on is not None and _distributive_before(s, going_on):
            subject = going_on - 1, going_on - 1  # ', each praising A and saying B': 'each' goes on
    content = _object_content(s, start) if objected else _content_from(s, start, hit.introducer)
    content = _reduced_relative_end(s, hit, start, _within_subject_aside(s, hit, content))
    content = _opening_phrase_end(s, hit, content)
    if thanked is not None and subject == thanked and opener is None and content is not None:
        content = _object_end(s, start, content)  # ('thanked them for speaking out against the plan because …')
    if _warned_of_a_topic(s, hit, start, content):
        return []  # 'signs … warning the public of the attack': whom and what about, nothing said
    if _participle_on_plain_noun(s, hit, opener, content):
        return []  # 'relied on nurses reporting their own hours': the nurses' doing, no claim of the subject
    return _maybe(_draft(content, _posting_verb_cue(s, hit, subject), subject, s, region))


def _posting_verb_cue(s: Sentence, hit: CueHit, subject: tuple[int, int] | None) -> CueHit:
    """Arabic: a participle cue after an opening verb of posting on a network (tweeting_verbs), its subject and
    where he posted ('وغرد الوزير على حسابه في منصة إكس قائلا إن …'): the verb is the cue of what was posted;
    else the participle is."""
    if not s.verb_first or subject is None or subject[0] - 1 < s.a or subject[1] + 1 >= hit.first:
        return hit
    verb = subject[0] - 1
    if s.strip_clitic(s.keys[verb]) not in s.lex.tweeting_verbs \
            or s.keys[subject[1] + 1] not in ("علي", "عبر", "في") \
            or any(k in s.cue_tokens or not s.tokens[k].is_word for k in range(subject[1] + 1, hit.first)):
        return hit
    token = s.tokens[verb]
    return CueHit(verb, verb, token.start, token.end, hit.frame, hit.introducer)


_NOUN_PARTICIPLE_OBJECT: Final = 4  # tokens at most of a bare noun phrase after a participle on a plain noun
_IRREGULAR_PLURALS: Final = frozenset({"people", "children", "men", "women"})
_PARTICIPLE_ADVERBS: Final = frozenset({"already", "still", "also", "now", "often"})


def _participle_on_plain_noun(s: Sentence, hit: CueHit, opener: int | None, content: Range | None) -> bool:
    """English 'The survey relied on nurses reporting their own hours', 'a clinic for people already showing
    early symptoms': a participle written right after a lower-case plural noun (an adverb between at most; no comma,
    no document noun: 'a poll showing …', 'letters criticizing …' report; no 'each', 'both': 'each touting …'
    is the main subject's), no complementizer, and a short noun phrase after it with no verb, infinitive nor
    quotation: the noun's doing, no claim the main clause's subject reports."""
    if s.verb_first or hit.frame != "participle" or opener is not None or content is None:
        return False
    prev = hit.first - 1
    if prev > s.a and (s.keys[prev] in s.lex.adverbs_or_time_words or s.keys[prev] in _PARTICIPLE_ADVERBS
                       or (s.keys[prev].endswith("ly") and s.tokens[prev].text.islower())):
        prev -= 1  # ('people already showing …', 'patients regularly reporting …')
    if prev < s.a or not s.tokens[prev].is_word or not s.tokens[prev].text.islower() or prev in s.cue_tokens:
        return False
    key = s.keys[prev]
    if key in s.lex.prepositions or key in s.lex.adverbs_or_time_words or key in s.lex.documents \
            or key[:-1] in s.lex.documents or key in s.lex.report_nouns or key[:-1] in s.lex.report_nouns \
            or key in s.lex.distributives or key in s.lex.pronouns or key in s.lex.be_forms_or_finite_auxiliaries \
            or key in ("and", "or", "but", "while", "by") \
            or key.endswith(("ly", "ed", "ss")) or not (key.endswith("s") or key in _IRREGULAR_PLURALS):
        return False  # (a plural noun only: 'criticized the choice for the event accusing …' is the bishop's)
    words = [k for k in range(s.a, s.b) if content[0] <= s.tokens[k].start and s.tokens[k].end <= content[1]]
    return 0 < len(words) <= _NOUN_PARTICIPLE_OBJECT and not any(
        k in s.cue_tokens or s.inside_quote(k) or not s.tokens[k].is_word
        or s.keys[k] in s.lex.be_forms_or_finite_auxiliaries or s.keys[k] in ("that", "to") for k in words)


_COMPLEMENT_PREPOSITIONS: Final = frozenset({"على", "إلى", "الى"})  # as written: 'علي' is a first name


def _title_before_complement(s: Sentence, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """Arabic: the opening verb's subject read up to the comma before a participle cue, when it opens with a
    definite title or trade ('اللاعب', 'المبعوث', 'المتحدث') and its adjectives, ends where the verb's complement
    starts: a noun with a glued pronoun ('واختتم المبعوث جولته في …'), 'على' or 'إلى' ('ورد المتحدث على
    الانتقادات'), or a definite noun followed by an indefinite accusative, a state ('وغادر اللاعب الملعب غاضبا').
    A name after the title keeps the subject whole."""
    if subject is None or subject[1] <= subject[0] or not s.verb_first or subject[0] in s.protected:
        return subject
    first, last = subject
    if not s.keys[first].startswith("ال") or not (is_title(s, first) or s.keys[first] in s.lex.professions):
        return subject
    k = first + 1
    while k <= last and s.keys[k].startswith("ال") and k not in s.protected and _is_adjective_like(s, k) \
            and s.tokens[k].text not in _COMPLEMENT_PREPOSITIONS and not _object_before_state(s, k):
        k += 1  # ('المبعوث الأممي', 'المتحدث الرسمي')
    if k <= last and (s.tokens[k].text in _COMPLEMENT_PREPOSITIONS or (k == last and _accusative_noun(s, k))):
        return first, k - 1  # ('وغادر المتحدث الرسمي غاضبا': the state he left in is no part of him)
    if k > last or k in s.protected or _first_name(s, k) or not s.tokens[k].is_word:
        return subject
    key = s.keys[k]
    if not key.startswith(("ال", "باسم", "نفس", "ذات")) and len(key) > 3 and key.endswith(("ه", "ها", "هم")) \
            and not is_title(s, k) and key not in s.lex.female_names_or_male_names:
        return first, k - 1  # his tour, her visit: the verb's object (not 'باسمها', 'نفسه': his office, himself)
    if _object_before_state(s, k):
        return first, k - 1  # the place he left, then the state he was in
    return subject


def _object_before_state(s: Sentence, k: int) -> bool:
    """Arabic: a definite noun at token k that is no relative adjective, then an indefinite accusative
    ('الملعب غاضبا', 'القاعة مبتسما'): the verb's object, then the state its subject was in."""
    key = s.keys[k]
    return key.startswith("ال") and not key.endswith(("ي", "يه")) and k + 1 < s.b and _accusative_noun(s, k + 1) \
        and k not in s.protected


def _distributive_before(s: Sentence, first: int) -> bool:
    """English ', each saying', ', both praising': a comma, then 'each' or 'both' (distributives) right before the
    participle cue at token `first`."""
    return not s.verb_first and first - 2 > s.a and s.keys[first - 1] in s.lex.distributives \
        and s.tokens[first - 2].text in COMMAS


def _absolute_subject_before(s: Sentence, first: int) -> tuple[int, int] | None:
    """English 'The team won, many fans saying …', 'The bill passed, two senators calling it …': a comma, then a
    quantifier and one to three more words (no verb, no cue; the last one plural) right before the participle
    cue at token `first`: the participle's own subject, not the main clause's."""
    comma = first - 1
    while comma > s.a and first - comma <= 5 and s.tokens[comma].text not in COMMAS:
        comma -= 1
    if s.verb_first or comma <= s.a or s.tokens[comma].text not in COMMAS or first - comma < 3 \
            or s.keys[comma + 1] not in s.lex.quantifiers or s.tokens[comma + 1].text[:1].isupper():
        return None
    for k in range(comma + 1, first):
        key = s.keys[k]
        if not s.tokens[k].is_word or k in s.cue_tokens \
                or (k > comma + 1 and key in s.lex.auxiliaries_or_be_forms_or_quantifiers):
            return None  # ('The plan failed, some are saying …': a verb after the quantifier, a clause of its own)
    last = s.keys[first - 1]
    if not last.endswith("s") or last.endswith(("ss", "'s")) or s.inside_quote(first - 1):
        return None
    return comma + 1, first - 1


def _connective_clause_subject(s: Sentence, first: int) -> tuple[int, int] | None:
    """Arabic: the subject of the cue verb nearest before token `first` when that verb opens a clause after a
    comma and a connective ('، بينما نفى التحالف ذلك وقال إن …', '، في حين نفت الوزارة الخبر وأكدت أن …'): the
    verb coordinated with it shares that clause's subject, not the sentence's opening one."""
    verb = max((j for j in s.cue_tokens if s.a < j < first), default=None)
    if verb is None or verb in s.participles or verb + 1 >= first or s.tokens[first - 1].text in COMMAS:
        return None  # ('…، وقالت إن …': after a comma the subject is left unwritten)
    k = verb - 1
    while k > s.a and s.tokens[k].is_word and (s.keys[k] in s.lex.subject_stops
                                               or (s.keys[k] == "في" and s.keys[k + 1] == "حين")):
        k -= 1  # ('بينما', 'في حين')
    if k == verb - 1 or s.tokens[k].text not in COMMAS:
        return None
    subject = _without_trailing_object(s, right_source(s, verb + 1, first))
    obj = _object_opening_inside(s, subject) if subject is not None and subject[1] > subject[0] else None
    return (subject[0], obj - 1) if subject is not None and obj is not None else subject  # ('انزعاجها': its object)


def _clause_verb_subject(s: Sentence, first: int) -> tuple[int, int] | None:
    """Arabic: the subject of the cue verb nearest before token `first` when that verb opens a clause after a
    comma ('انتهى الاجتماع دون اتفاق، وعلق الوزير على ذلك قائلا': the minister, not the meeting)."""
    verb = max((j for j in s.cue_tokens if s.a < j < first), default=None)
    if verb is None or verb in s.participles or s.tokens[verb - 1].text not in COMMAS or verb + 1 >= first:
        return None
    return right_source(s, verb + 1, first)


def _opening_phrase_end(s: Sentence, hit: CueHit, content: Range | None) -> Range | None:
    """English 'In a letter announcing the decision, the union called …', 'While defending the plan, the mayor
    said …': a participle inside the phrase that opens the sentence (a preposition or a subordinator first, no
    verb before the participle) reports up to the comma before the main clause (a noun phrase and its finite
    verb), not the main clause itself."""
    if content is None or s.verb_first or hit.first <= s.a \
            or s.keys[s.a] not in s.lex.prepositions_or_subordinators \
            or any(s.keys[k] in s.lex.finite_auxiliaries or k in s.cue_tokens for k in range(s.a, hit.first)):
        return content
    for j in range(hit.last + 1, s.b - 1):
        if s.tokens[j].end > content[1]:
            return content
        if s.tokens[j].text in COMMAS and not s.inside_quote(j) and j - 1 > hit.last and _new_clause_after(s, j + 1):
            return (content[0], s.tokens[j - 1].end)
    return content


def _object_then_participle(s: Sentence, hit: CueHit, content: Range | None) -> bool:
    """English verbs that report only their object ('object_reports.txt': 'blasted the plan', 'defended the
    decision'): when the object ends on a comma and a participle cue follows ('…, saying …', '…, warning
    that …'), the participle carries the words and the object is no claim of its own."""
    if content is None or s.keys[hit.first] not in s.lex.object_reports:
        return False
    k = next((j for j in range(hit.last + 1, s.b) if s.tokens[j].start >= content[1]), None)
    return k is not None and k + 1 < s.b and s.tokens[k].text in COMMAS and k + 1 in s.cue_tokens \
        and s.keys[k + 1].endswith("ing")


def _warned_of_a_topic(s: Sentence, hit: CueHit, start: int, content: Range | None) -> bool:
    """English 'warning the public of the attack', 'warned residents of the risk': a verb of warning, a short
    object and 'of' with a noun phrase after it, and no clause, infinitive or quotation: a topic, not a claim
    ('warned residents of low-lying areas to move' still reports)."""
    if content is None or s.verb_first or not s.keys[hit.last].startswith("warn"):
        return False
    of = next((k for k in range(start + 1, min(s.b, start + 5)) if s.keys[k] == "of"), None)
    if of is None or not all(s.tokens[k].is_word for k in range(start, of)):
        return False
    rest = [k for k in range(of + 1, s.b) if s.tokens[k].start < content[1]]
    return not any(s.keys[k] in ("to", "that") or s.quote_at(k) is not None
                   or s.keys[k] in s.lex.finite_auxiliaries for k in rest)


def _reduced_relative_end(s: Sentence, hit: CueHit, start: int, content: Range | None) -> Range | None:
    """English 'a resolution calling for a ceasefire could be put to a vote': a participle with a preposition
    ('calling for') right after a document's noun or the noun the sentence opens with takes a noun phrase (no
    clause, no quotation), which ends before the finite verb of the sentence the noun is the subject of."""
    noun = hit.first - 1
    if s.verb_first or content is None or hit.last == hit.first or s.keys[hit.last] not in s.lex.prepositions \
            or noun < s.a or not (noun == s.a or _document_before(s, hit)) \
            or not s.tokens[noun].is_word or s.keys[noun] in s.lex.prepositions_or_pronouns_or_subordinators \
            or s.keys[start] in s.lex.clause_subjects or _is_complementizer(s, start) \
            or s.quote_at(start) is not None:
        return content  # (the noun is a document's, or the sentence opens with it; no clause follows)
    for k in range(start + 1, s.b):
        if s.tokens[k].start >= content[1] or s.keys[k] in s.lex.relatives or s.keys[k] == "that" \
                or s.inside_quote(k):
            return content
        if s.keys[k] in s.lex.finite_auxiliaries:
            return _span(s, start, k - 1)
    return content


def _within_subject_aside(s: Sentence, hit: CueHit, content: Range | None) -> Range | None:
    """English 'The health department, saying the water was safe, lifted the order': a participle between
    commas right after the noun phrase the sentence opens with reports up to the closing comma; the main verb
    follows it."""
    if s.verb_first or content is None or hit.first - 2 <= s.a or s.tokens[hit.first - 1].text not in COMMAS:
        return content
    phrase = subject_phrase(s, s.a, hit.first - 1)
    if phrase is None or phrase != (s.a, hit.first - 2):
        return content
    close = next((k for k in range(hit.last + 1, s.b) if s.tokens[k].text in COMMAS and not s.inside_quote(k)
                  and s.tokens[k].end <= content[1]), None)
    if close is None or close + 1 >= s.b or not s.tokens[close + 1].text.islower() or close + 1 in s.cue_tokens \
            or s.keys[close + 1] in s.lex.leading_conjunctions:
        return content
    first = _token_index_at(s, content[0])
    return _span(s, first, close - 1) if first is not None and first < close else content


def _noun_source_cue(s: Sentence, j: int) -> bool:
    """Token j is a noun that is a cue only as a source named in passing ('تقارير عن', 'أنباء عن')."""
    forms = s.lex.cues.get(s.keys[j], ())
    return bool(forms) and all(f.frame == "noun_source" for f in forms)


def _subject_after_participle(s: Sentence, hit: CueHit, opener: int | None) -> tuple[int, int] | None:
    """Arabic: 'مؤكدا سموه أن …', 'مؤكدا الوزير أن …': one word between a participle and its complementizer, an
    honorific pronoun or a definite title, is who asserts it (not the main clause's subject)."""
    k = hit.last + 1
    if not s.verb_first or opener != k + 1 or not _is_complementizer(s, opener) or not s.tokens[k].is_word:
        return None
    key = s.keys[k]
    honorific = key in s.lex.pronouns and len(key) > 3 and not key.startswith("و")
    return (k, k) if honorific or (key.startswith("ال") and is_title(s, k)) else None


def _participle_as_noun(s: Sentence, hit: CueHit, opener: int | None) -> bool:
    """Arabic: a feminine participle ('لافتة', 'مشددة') written right after a word, with no comma, is a noun or
    an adjective when its introducer does not follow, or when the word before is an indefinite feminine noun it
    agrees with ('عقوبات مشددة على'; not a name: 'موغيريني معتبرة أنه')."""
    first = hit.first
    if not s.verb_first or first != hit.last or first == s.a or not s.keys[first].endswith("ه") \
            or not s.tokens[first - 1].is_word or s.is_stop(first - 1):
        return False
    before = s.keys[first - 1]
    return opener is None or (not before.startswith(("ال", "لل")) and before.endswith(("ات", "ه")) and len(before) > 3
                              and first - 1 not in s.protected and before not in s.lex.pronouns)


_FOR_OBJECT_WORDS: Final = 9  # words at most in the object between a verb and 'for' before a participle


def _object_before_for(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """English 'The senator thanked activists for speaking out against the plan', 'criticized the firm for saying
    it would …', 'gave credit to local unions for speaking out …': a lower-case participle right after 'for',
    whose 'for' follows a verb's object (up to eight words, 'and' among them, opening with a determiner or a
    capital, or with a lower-case plural in it) right after a lower-case past ('-ed') or a noun's 'to' — the one
    thanked, praised or credited did the speaking, not the verb's subject."""
    f = hit.first - 1
    if s.verb_first or f - 2 < s.a or s.keys[f] != "for" or not s.tokens[hit.first].text.islower():
        return None
    k = f - 1
    while k > s.a and f - k <= _FOR_OBJECT_WORDS and s.tokens[k].is_word and not _before_thanked(s, k):
        k -= 1
    if k >= f - 1 or not s.tokens[k].is_word or not _before_thanked(s, k):
        return None
    first = k + 1
    if any(j in s.cue_tokens or s.keys[j] == "to" or (s.keys[j] in s.lex.subject_stops and s.keys[j] != "and")
           for j in range(first, f)):
        return None  # (not 'urged Lee to apologize to Mayor Ruiz for accusing …': Lee accused)
    if not (s.keys[first] in s.lex.determiners or s.tokens[first].text[:1].isupper()
            or any(s.tokens[j].text.islower() and s.keys[j].endswith("s") for j in range(first, f))):
        return None  # ('thanked activists', 'praised the nurses', 'blamed Ruiz'; not 'walked home for …')
    return first, f - 1


def _before_thanked(s: Sentence, k: int) -> bool:
    """English: token k is a lower-case past ('thanked', 'praised') or 'to' after a noun ('gave credit to', 'paid
    tribute to'), right before the one thanked or blamed."""
    tok = s.tokens[k]
    if not tok.text.islower() or k in s.protected:
        return False
    return s.keys[k].endswith("ed") or (s.keys[k] == "to" and k - 2 > s.a and s.tokens[k - 1].text.islower()
                                       and s.keys[k - 1] not in s.lex.subject_stops and k - 1 not in s.cue_tokens
                                       and s.keys[k - 2] not in ("to", "and", "or")
                                       and s.keys[k - 2] not in s.lex.finite_auxiliaries)
    # (not 'called on him to apologize to the mayor for …', 'would apologize to …': the verb's 'to', whose subject
    # did it)


def _speaker_before_participle(s: Sentence, hit: CueHit, opener: int | None) -> tuple[int, int] | None:
    """English 'The video shows Senator Ann Ruiz asking, "…"', 'footage of the governor saying, "…"': a name, or
    an article and a title, right before the participle (no comma between) with a comma and a quotation after
    it: the one shown speaking is the participle's subject."""
    k, nxt = hit.first - 1, hit.last + 1
    if not s.verb_first and nxt < s.b and (s.keys[nxt] in s.lex.adjuncts_or_adverbial_starts):
        comma = next((m for m in range(nxt + 1, min(s.b, nxt + 8)) if not s.tokens[m].is_word), None)
        if comma is not None and s.tokens[comma].text in COMMAS \
                and not any(m in s.cue_tokens for m in range(nxt, comma)):
            nxt = comma  # ('… Ruiz saying during the debate last week, "…"': past the time of the words)
    if s.verb_first or opener is None or k <= s.a or nxt + 1 >= s.b or s.tokens[nxt].text not in COMMAS \
            or opener != nxt + 1 or s.quote_at(opener) is None or not s.tokens[k].is_word or k in s.cue_tokens:
        return None
    if s.tokens[k].text[:1].isupper() and s.keys[k] not in s.lex.pronouns:
        first = k
        while first - 1 > s.a and s.tokens[first - 1].is_word and (
                s.tokens[first - 1].text[:1].isupper() or s.keys[first - 1] in s.lex.name_connectors):
            first -= 1
        while first < k and s.keys[first] in s.lex.name_connectors:
            first += 1
        return (first, k)
    if is_title(s, k) and s.keys[k - 1] in s.lex.determiners:
        return (k - 1, k)
    return None


def _with_subject(s: Sentence, first: int) -> tuple[int, int] | None:
    """English '…, with the opposition warning that …': 'with' and a noun phrase right before a participle
    make its subject (an absolute clause), not the sentence's."""
    for k in range(first - 2, max(s.a, first - 7) - 1, -1):
        if not s.tokens[k].is_word:
            return None
        if s.keys[k] == "with":
            return (k + 1, first - 1) if s.tokens[k - 1].text in COMMAS else None
    return None


def _clause_after_comma_subject(s: Sentence, earlier: list[int], conj: int) -> tuple[int, int] | None:
    """English 'When the judge asked about it, the lawyer laughed and said …': when a comma stands between the
    nearest cue before the 'and' and the 'and', and a subject and a lower-case verb that is no cue come between
    that comma and the 'and', the verb after the 'and' goes on in that clause: its subject is that one."""
    if not earlier or s.verb_first or conj - 1 <= s.a:
        return None
    comma = next((k for k in range(conj - 1, max(earlier), -1) if s.tokens[k].text in COMMAS), None)
    verb = conj - 1
    if comma is None or verb - comma < 2 or verb in s.cue_tokens or not s.tokens[verb].text.islower() \
            or not s.keys[verb].endswith("ed"):
        return None
    subject = left_subject(s, verb)
    return subject if subject is not None and subject[0] > comma else None


def _subordinate_clause_subject(s: Sentence, earlier: list[int], conj: int) -> tuple[int, int] | None:
    """English '… a "disgrace" after she attacked the officers and blamed the shootings on …': when the nearest
    cue before the 'and' has its subject right after a subordinator ('after', 'when', 'because'), with no comma
    on the way to the 'and', the verb after the 'and' goes on in that clause: its subject is that one."""
    if not earlier or s.verb_first:
        return None
    nearest = max(earlier)
    subject = left_subject(s, nearest)
    if subject is None or subject[0] - 1 < s.a or s.keys[subject[0] - 1] not in s.lex.subordinators \
            or s.keys[subject[0] - 1] == "that" or any(s.tokens[k].text in COMMAS for k in range(nearest, conj)):
        return None
    return subject


def _pronoun_clause_subject(s: Sentence, earlier: list[int], conj: int) -> tuple[int, int] | None:
    """English 'Farmers want higher prices, and grocers want lower ones (they want cheaper imports and argue that
    …)': when the nearest cue before the 'and' is not the sentence's first and has a personal pronoun as its
    subject, after the cue before it and not opening its content, with no comma on the way to the 'and', the
    verb after the 'and' goes on in that pronoun's clause: its subject is the pronoun, not the sentence's first."""
    if len(earlier) < 2 or s.verb_first:
        return None
    nearest = max(earlier)
    subject = left_subject(s, nearest)
    if subject is None or subject[0] != subject[1] or s.keys[subject[0]] not in _CLAUSE_PRONOUNS \
            or subject[0] < max(j for j in earlier if j != nearest) \
            or any(s.tokens[k].text in COMMAS for k in range(nearest, conj)) \
            or (subject[0] - 1) in earlier or s.keys[subject[0] - 1] == "that":
        return None  # ('Nicola Barnes said she thought … but admitted …': 'she' opens what was said; 'admitted' goes
        # on with 'said')
    return subject


def _found_speaker_going_on(s: Sentence, earlier: list[int]) -> tuple[int, int] | None:
    """English 'Papers show Mrs Thatcher warned that …, and asked for …': when the nearest cue before the 'and' has
    its subject right after a verb of finding (finding_verbs), the verb after the 'and' is that speaker's, who
    can ask; the document before cannot."""
    nearest = max(earlier, default=None)
    if nearest is None or s.verb_first:
        return None
    subject = left_subject(s, nearest)
    if subject is None or subject[0] - 1 not in earlier or s.keys[subject[0] - 1] not in s.lex.finding_verbs:
        return None
    return subject


_DO_FORMS: Final = frozenset({"did", "does", "do"})
_CLAUSE_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})  # English subjects of a clause of their own


def _conjunction_before(s: Sentence, first: int) -> int | None:
    """English 'toured the plant and said …', '… but has said …', '… and repeatedly says …', '… and almost
    immediately disclosed …': the 'and' or 'but' right before the cue, past adverbs in lower case and a present
    perfect's 'has' or 'have', a denial's 'did not' (not a modal, a hypothetical 'would say', nor a narrative 'had
    asked'); None when there is none."""
    k = first - 1
    while k > s.a and s.tokens[k].text.islower() and (
            s.keys[k] in ("has", "have") or manner_adverb(s, k) or s.keys[k] in s.lex.preverbal_adverbs
            or (s.keys[k] in s.lex.negations and s.keys[k - 1] in _DO_FORMS)
            or (s.keys[k] in _DO_FORMS and s.keys[k + 1] in s.lex.negations)
            or (s.keys[k] in s.lex.auxiliaries and s.keys[k] not in s.lex.be_forms_or_finite_auxiliaries
                and not s.keys[k].endswith(("n't", "ed", "un", "ept")))):
        k -= 1
    return k if k > s.a and s.keys[k] in ("and", "but") and not s.inside_quote(k) else None


def _without_first_verb(s: Sentence, phrase: tuple[int, int] | None, conj: int) -> tuple[int, int] | None:
    """English 'Two doctors examined him and determined that …', 'Many parents work two jobs and say …': the
    sentence's opening phrase, read as the subject of a verb after 'and', ends with the first verb when a
    lower-case word that heads no body, office or unnamed source closes it and more words (its object) come
    before the 'and'. A word right after an article, a possessive determiner or a genitive is the phrase's head
    noun, not its verb ('The hospital thanked the staff and said …', "The city's clinic …": never 'The' alone)."""
    if phrase is None or phrase[1] - phrase[0] < 1 or phrase[1] + 1 >= conj or s.verb_first:
        return phrase
    last = phrase[1]
    words = s.lex.words
    heads = ("anonymous", "organizations", "government", "titles", "documents")
    if not s.tokens[last].text.islower() or any(s.keys[last] in words[h] for h in heads) \
            or s.keys[last] in s.lex.determiners_or_name_connectors \
            or s.keys[last - 1] in s.lex.determiners or _possessive_apostrophe_word(s, last - 1) \
            or not s.tokens[last + 1].is_word or s.keys[last + 1] in ("of", "and", "or"):
        return phrase
    return (phrase[0], last - 1)


_SHORT_PARTICIPLES: Final = frozenset({"using", "being", "doing", "going"})  # (-ing words of five letters that
# are participles, unlike 'thing', 'bring', 'swing')


def _finding_end(s: Sentence, hit: CueHit, content: Range | None) -> Range | None:
    """English 'Video shows that he had his hands in the air, contradicting the police's account', 'The average
    shows her ahead by 3 points, using the five latest polls': what a finding shows (finding_verbs) ends before a
    comma and a participle, the writer's comment on it (a record or a poll says nothing of itself)."""
    if content is None or s.verb_first or s.keys[hit.last] not in s.lex.finding_verbs:
        return content
    for j in range(hit.last + 1, s.b - 1):
        if s.tokens[j].start >= content[1]:
            break
        nxt = j + 1
        if s.tokens[j].text in COMMAS and not s.inside_quote(j) and j > hit.last + 2 \
                and s.tokens[nxt].text.islower() and s.keys[nxt].endswith("ing") \
                and (len(s.keys[nxt]) > 5 or s.keys[nxt] in _SHORT_PARTICIPLES) \
                and s.keys[nxt] not in s.lex.prepositional_ing and s.tokens[nxt].start < content[1]:
            return (content[0], s.tokens[j - 1].end)
    return content


def _what_gapped(s: Sentence, hit: CueHit) -> bool:
    """English '… what her party had been saying for months', '… what the mayor said on Monday.': a cue whose
    subject follows 'what' has 'what' for its object; with only a preposition's phrase (or nothing) after it,
    nothing of its own is reported."""
    if s.verb_first or s.lex.lang != "en" or hit.first <= s.a:
        return False
    nxt = hit.last + 1
    if nxt < s.b and ((s.tokens[nxt].is_word and s.keys[nxt] not in s.lex.prepositions)
                      or s.tokens[nxt].text in QUOTE_MARKS):
        return False  # ('what lawmakers called "fraud"': the quoted words are reported)
    subject = left_subject(s, hit.first)
    return subject is not None and subject[0] > s.a and s.keys[subject[0] - 1] == "what"


_AS_SAYING_REACH: Final = 16


def _cited_as_saying(s: Sentence, hit: CueHit) -> bool:
    """English 'The paper cited two officials as saying that …', 'which cited a nurse as saying …': a verb of
    quoting whose object is followed, within the clause, by 'as' and a cue ('as saying', 'as telling') names the
    source of that cue, not a content of its own; the 'as saying' record carries the report, the one who cites
    is its conduit (as with 'quoted X as saying')."""
    if s.verb_first or s.keys[hit.last] not in s.lex.quoting_verbs:
        return False
    for j in range(hit.last + 1, min(s.b - 1, hit.last + _AS_SAYING_REACH)):
        if s.tokens[j].text in ENDERS or s.tokens[j].text in QUOTE_MARKS or (j in s.cue_tokens and s.keys[j] != "as"):
            return False
        if s.keys[j] == "as" and j > hit.last + 1 and (j in s.cue_tokens or j + 1 in s.cue_tokens):
            return True
    return False


def _gapped_object(s: Sentence, hit: CueHit) -> bool:
    """English 'The four "loopholes" he cited are …': a verb of quoting (it takes no clause) followed at once by a
    finite verb in lower case has no object of its own (it is the relative clause's gap); the verb after it is
    the main clause's, which reports nothing. Verbs of saying or believing may gap their clause's subject instead
    ('what the senators said was gerrymandering', 'who police said was 24'): they are left alone."""
    nxt = hit.last + 1
    if s.keys[hit.last] not in s.lex.quoting_verbs:
        return False
    if s.verb_first or nxt >= s.b or not s.tokens[nxt].text.islower() or hit.first <= s.a \
            or "'" in s.keys[nxt] or "’" in s.keys[nxt] \
            or s.keys[nxt] not in s.lex.be_forms_or_finite_auxiliaries:
        return False  # (not 'cited he's …': a pronoun and its verb)
    subject = left_subject(s, hit.first)
    if subject is None:
        return False
    before = s.keys[subject[0] - 1] if subject[0] > s.a else ""
    return s.keys[subject[0]] not in ("who", "which", "that") and before not in ("who", "which", "that") \
        and s.tokens[hit.first - 1].text not in COMMAS


_GAPPED_FIGURE_WORDS: Final = 14  # tokens at most from the comma to a sentence-final cue whose object is a figure
_FIGURE_COMPARERS: Final = frozenset({"above", "below", "under", "over", "against", "versus", "beyond", "compared",
                                      "short", "ahead", "well"})  # (words opening a comparison with a figure)


def _gapped_figure(s: Sentence, hit: CueHit) -> bool:
    """English '…, above the $4.8 billion analysts had expected.', '…, beating the 72 cents analysts polled by
    FactSet had forecast.': a cue closing the sentence after a comma, whose clause opens with a lower-case word
    that is no determiner nor pronoun (a preposition, a participle: 'above', 'beating', 'compared with') and
    holds a figure: the figure is the verb's gapped object (a relative clause without 'that'), no report of the
    clause before the comma ('…, 12 of 15 economists said.', '…, the analysts said.' still report it)."""
    nxt = hit.last + 1  # (the comma's word: a preposition, a comparer or an '-ing' participle)
    if s.verb_first or (nxt < s.b and s.tokens[nxt].text not in ENDERS):
        return False
    comma = next((k for k in range(hit.first - 1, max(s.a, hit.first - _GAPPED_FIGURE_WORDS) - 1, -1)
                  if s.tokens[k].text in COMMAS and not thousands_comma(s, k)), None)
    if comma is None or comma + 1 >= hit.first:
        return False
    opening, key = s.tokens[comma + 1], s.keys[comma + 1]
    if not opening.is_word or not opening.text.islower() or comma + 1 in s.cue_tokens \
            or not (key in s.lex.prepositions or key in _FIGURE_COMPARERS or (key.endswith("ing") and len(key) > 5)):
        return False  # ('…, officials in 3 districts said.': the speakers, figure and all)
    return any(any(c.isdigit() for c in s.tokens[k].text) for k in range(comma + 2, hit.first)) \
        and not any(k in s.cue_tokens or s.inside_quote(k) for k in range(comma + 1, hit.first))


def _bare_plural_object(s: Sentence, k: int) -> bool:
    """English 'wrote checks to herself', 'posted photos of the flood': a lower-case plural noun with no
    determiner right after the verb, a preposition right after it (not 'wrote prices would rise')."""
    key = s.keys[k]
    return k + 1 < s.b and s.tokens[k].is_word and s.tokens[k].text.islower() and key.endswith("s") \
        and not key.endswith("ss") and key not in s.lex.adverbs_or_clause_subjects_or_pronouns \
        and key not in s.lex.anonymous_or_titles \
        and s.keys[k + 1] in s.lex.prepositions


def _bare_object_to(s: Sentence, k: int) -> bool:
    """English 'adding saffron to the sauce', 'added levity to the night': a lower-case word with no determiner
    right after the verb, then 'to' and a determiner or a possessive: a thing added to something (not 'added to
    reporters that …', where 'to' comes first; 'adding weight to claims that it would fail' still reports: the
    caller finds the verb)."""
    return k + 2 < s.b and s.tokens[k].is_word and s.tokens[k].text.islower() and s.keys[k + 1] == "to" \
        and s.keys[k] not in s.lex.adverbs_or_clause_subjects_or_pronouns \
        and s.keys[k] not in s.lex.anonymous_or_titles \
        and s.keys[k + 2] in s.lex.determiners_or_possessives


def _modal_base_object(s: Sentence, hit: CueHit, nxt: int) -> bool:
    """English 'the city would add short-term parking on side streets', 'plans to write new rules': a base form
    after a modal or 'to' with a lower-case word right after it that opens no clause (no subject pronoun) starts
    a plain object; the caller still looks for a verb up to the clause's end ('would add it was a mistake')."""
    before = hit.first - 1
    return before >= s.a and s.keys[before] in _MODALS_AND_TO and s.tokens[nxt].is_word \
        and s.tokens[nxt].text.islower() and s.keys[nxt] not in s.lex.adverbs_or_clause_subjects_or_pronouns


_MODALS_AND_TO: Final = frozenset({"to", "will", "would", "could", "can", "may", "might", "should", "must"})


def _thing_added(s: Sentence, hit: CueHit) -> bool:
    """English 'The firm added 200 jobs in May', 'The state had added an extra week of voting, known as …': a verb
    of adding_verbs with a plain object right after it (a determiner, a quantifier or a number first) and no verb
    nor quotation up to the clause's end adds a thing ('He added the plan would fail', 'added 20 people had died'
    report); one of increasing_verbs before 'to' and a thing adds to it ('The findings add to evidence that …',
    not 'added to reporters that …'); a verb of convening_verbs with 'a' or 'an' right after it calls one
    ('called a strike on Monday')."""
    nxt = hit.last + 1
    if s.verb_first or nxt >= s.b or s.keys[nxt] == "that":
        return False
    if s.keys[hit.last] in s.lex.increasing_verbs and s.keys[nxt] == "to":
        return _thing_increased(s, nxt + 1)
    if s.keys[hit.last] in s.lex.adding_verbs and _document_then_preposition(s, nxt):
        return True  # 'She wrote individual reports on each of the schools she visited': papers written
    if s.keys[hit.last] in s.lex.convening_verbs and hit.first == hit.last:
        if s.keys[nxt] not in ("a", "an"):
            return False  # ('called the plan a disaster' reports; 'called a strike' convenes one)
    elif s.keys[hit.last] not in s.lex.adding_verbs or not (
            s.keys[nxt] in s.lex.determiners_or_quantifiers
            or s.tokens[nxt].text[:1].isdigit() or _bare_plural_object(s, nxt) or _modal_base_object(s, hit, nxt)
            or _bare_object_to(s, nxt)):
        return False
    for k in range(nxt, s.b):
        tok = s.tokens[k]
        if tok.text in COMMAS or tok.text in ENDERS or tok.text in ";:":
            return k + 1 >= s.b or s.quote_at(k + 1) is None  # ('added the words, "…"': words after all)
        if s.quote_at(k) is not None or s.inside_quote(k) or k in s.cue_tokens or (tok.text.islower() and (
                s.keys[k] in s.lex.finite_auxiliaries or s.keys[k].replace("’", "'") in s.lex.be_forms
                or s.keys[k].endswith("ed"))):
            return False  # (not 'in May': a month)
    return True


_DESCRIBED_WORDS: Final = 3  # words of a described thing's noun phrase after its determiner at most


def _thing_described(s: Sentence, hit: CueHit) -> bool:
    """English 'A witness described the scene.', 'She described her ordeal, then left': a verb of depicting_verbs
    with a definite or possessive determiner right after it, then up to three lower-case words and the clause's
    end (a comma, a full stop, ';' or the sentence's end; no 'as', no clause, no quotation): the thing described,
    no claim ('described the plan as reckless', 'described the fire that destroyed …' report)."""
    nxt = hit.last + 1
    if s.verb_first or s.keys[hit.last] not in s.lex.depicting_verbs or nxt >= s.b \
            or s.keys[nxt] not in _DEFINITES:
        return False
    k = nxt + 1
    while k < s.b and k - nxt <= _DESCRIBED_WORDS and s.tokens[k].is_word and s.tokens[k].text.islower() \
            and s.quote_at(k) is None and not s.inside_quote(k) and s.keys[k] not in _NOT_DESCRIBED:
        k += 1
    return k > nxt + 1 and (k >= s.b or s.tokens[k].text in COMMAS or s.tokens[k].text in ENDERS
                            or s.tokens[k].text in ";:")


_DEFINITES: Final = frozenset({"the", "his", "her", "its", "their", "this", "that", "these", "those"})
_NOT_DESCRIBED: Final = frozenset({"as", "that", "how", "what", "why", "which", "who", "where", "when"})


def _document_then_preposition(s: Sentence, k: int) -> bool:
    """English 'wrote individual reports on each of the schools she visited', 'wrote a letter to the council',
    'added new figures on the firms he audited': from token k, a determiner or a quantifier at most, one lower-case
    word before the noun at most, then a noun of documents.txt and a preposition right after it: the verb makes or
    adds the papers (a verb later in the clause is a relative clause's, not a report's)."""
    if k < s.b and s.keys[k] in s.lex.determiners_or_quantifiers:
        k += 1
    if k + 1 < s.b and s.tokens[k].is_word and s.tokens[k].text.islower() and s.keys[k] not in s.lex.documents \
            and s.keys[k + 1] in s.lex.documents:
        k += 1  # ('individual reports', 'detailed notes')
    if not (k + 1 < s.b and s.keys[k] in s.lex.documents and s.tokens[k].text.islower() and not s.inside_quote(k)
            and s.keys[k + 1] in s.lex.prepositions and not _is_complementizer(s, k + 1)):
        return False
    for j in range(k + 2, s.b):  # (not 'wrote the report on the farms was wrong': the noun opens a clause)
        if not s.tokens[j].is_word:
            return True
        if s.keys[j] in s.lex.be_forms_or_finite_auxiliaries:
            return False
    return True


_INCREASED_WORDS: Final = 4  # lower-case words the thing after 'add to' may hold ('to growing public anger')


def _thing_increased(s: Sentence, k: int) -> bool:
    """English: the words from token k after 'add to' name a thing, not a hearer: a determiner at most, then one
    to four lower-case words up to a complementizer, a preposition, a mark or the clause's end, none of them a
    listed addressee, unnamed group, title, body, government or outlet noun ('to evidence that …', 'to pressure on
    …'; not 'to reporters that …', 'to the BBC', 'to the committee')."""
    if k < s.b and s.keys[k] in s.lex.determiners:
        k += 1
    first = k
    while k < s.b and k - first < _INCREASED_WORDS and s.tokens[k].is_word and not _is_complementizer(s, k) \
            and s.keys[k] not in s.lex.prepositions:
        tok = s.tokens[k]
        if not tok.text.islower() or s.inside_quote(k) or k in s.cue_tokens or any(
                tok.key in s.lex.words[name] for name in ("addressees", "anonymous", "titles", "organizations",
                                                          "government", "outlet_nouns", "pronouns")):
            return False
        k += 1
    return k > first and (k >= s.b or not s.tokens[k].is_word or _is_complementizer(s, k)
                          or s.keys[k] in s.lex.prepositions)


def _descriptive_participle(s: Sentence, hit: CueHit) -> bool:
    """English 'His nonprofit group, called the Green Land Fund, will still own …', 'Guard members, called to
    service after the riots, are …': an '-ed' cue right after a noun and a comma, in an aside that a comma closes
    before the main clause's verb and that names no agent ('by'), is a passive participle describing the noun."""
    first = hit.first
    if s.verb_first or hit.first != hit.last or first - 2 < s.a or not s.tokens[first].text.islower() \
            or not s.keys[first].endswith("ed") or s.tokens[first - 1].text not in COMMAS \
            or not s.tokens[first - 2].is_word or s.inside_quote(first):
        return False
    for k in range(first + 1, min(s.b - 1, first + 16)):
        if s.keys[k] == "by" or s.quote_at(k) is not None or _is_complementizer(s, k) or s.inside_quote(k):
            return False
        if s.tokens[k].text in COMMAS:
            verb = k + 1
            while verb < s.b and (s.keys[verb] in s.lex.adverbs or manner_adverb(s, verb)):
                verb += 1
            return verb < s.b and s.tokens[verb].text.islower() and (
                s.keys[verb] in s.lex.finite_auxiliaries
                or (verb in s.cue_tokens and not s.keys[verb].endswith("ing")))
        if not s.tokens[k].is_word:
            return False
    return False


def _relative_before_and(s: Sentence, conj: int) -> tuple[int, int] | None:
    """English '…, mostly to foreign buyers, who make up most of the applicants and see the program as …': a
    relative pronoun right after a comma, in the same clause as the 'and' before the cue, is the subject of both
    its verbs."""
    start = conj - 1
    if start > s.a and s.tokens[start].text in COMMAS:
        start = _aside_before_comma_and(s, start)  # ('…, who ran the party, during the slump, and has backed …')
    for j in range(start, max(s.a, conj - 20), -1):
        if s.tokens[j].text in COMMAS or s.inside_quote(j) or j in s.cue_tokens:
            return None
        if s.keys[j] in ("who", "which") and s.tokens[j].text.islower() and j - 1 >= s.a \
                and s.tokens[j - 1].text in COMMAS:
            return j, j
    return None


def _aside_before_comma_and(s: Sentence, comma: int) -> int:
    """English '…, who ran the party until 1997, during the slump, and has backed …': the comma before the
    'and' closes an aside opened by a comma and a preposition; the token before that aside (where the relative
    clause goes on), or the comma itself when there is no such aside."""
    for c in range(comma - 1, max(s.a, comma - 8), -1):
        if s.tokens[c].text in COMMAS:
            return c - 1 if c + 1 < comma and s.keys[c + 1] in s.lex.content_blockers else comma
        if not s.tokens[c].is_word or s.inside_quote(c) or c in s.cue_tokens:
            return comma
    return comma


def _coordinate_subject(s: Sentence, first: int) -> tuple[int, int] | None:
    """English 'The beach remained open, but signs will be posted warning the public …': a participle in a
    clause coordinated by ', but' or ', and' speaks for that clause's subject (a noun phrase and its verb right
    after the conjunction), not for the sentence's."""
    for c in range(first - 2, max(s.a, first - 14), -1):
        if s.tokens[c].text in COMMAS and not s.inside_quote(c) and s.keys[c + 1] in ("but", "and"):
            words = s.lex.words
            phrase = subject_phrase(s, c + 2, first) or ((c + 2, c + 2) if s.tokens[c + 2].text.islower() and not any(
                s.keys[c + 2] in words[w] for w in ("determiners", "clause_subjects", "subordinators")) else None)
            if phrase is None or phrase[0] != c + 2 or phrase[1] + 1 >= first or s.tokens[c + 2].text[:1].isupper():
                return None
            verb = s.keys[phrase[1] + 1]
            return phrase if verb in s.lex.be_forms_or_finite_auxiliaries \
                or (verb.endswith("ed") and s.tokens[phrase[1] + 1].text.islower()) else None
        if not s.tokens[c].is_word:
            return None
    return None


def _subordinate_subject(s: Sentence, first: int) -> tuple[int, int] | None:
    """English 'Shares fell 9% after the chain cut its forecast, saying …': when the main clause only tells how
    a price or a figure moved (movement_verbs), a participle right after a clause opened by a subordinator
    speaks for that clause's subject, not for the shares."""
    if s.tokens[first - 1].text not in COMMAS:
        return None
    main = sentence_subject(s, first)
    if main is None:
        return None
    opening = next((k for k in range(first - 2, main[1], -1)
                    if s.keys[k] in s.lex.subordinators or s.tokens[k].text in COMMAS), None)
    if opening is None or s.tokens[opening].text in COMMAS or s.inside_quote(opening):
        return None
    written = s.keys[main[1]] in s.lex.documents and s.keys[opening + 1] in s.lex.clause_subjects
    # ('An email by Roche shows a contrast, as he talks to X about Boeing, saying, "…"': the writer speaks)
    if not written and not any(s.keys[k] in s.lex.movement_verbs for k in range(main[1] + 1, opening)):
        return None
    if s.keys[opening + 1] in s.lex.pronouns:
        return (opening + 1, opening + 1)  # '… after it cut its forecast, saying …'
    return _without_verb(s, subject_phrase(s, opening + 1, first - 1), first - 1)


def _without_last_verb(s: Sentence, phrase: tuple[int, int] | None, first: int) -> tuple[int, int] | None:
    """English 'The minister left, saying …': a subject read up to the comma before the participle, an article
    (or a quantifier: 'Some scientists disagreed, arguing …') and lower-case words, ends with the main clause's
    verb when its last word heads no body, office or unnamed source ('The health department, saying …' keeps
    its head)."""
    opening = s.keys[phrase[0]] if phrase is not None else ""
    if phrase is None or s.tokens[first - 1].text not in COMMAS or phrase[1] - phrase[0] < 2 \
            or (opening not in s.lex.determiners_or_quantifiers) \
            or not (phrase[1] == first - 2 or (
                phrase[1] + 4 >= first - 1 and all(s.tokens[k].is_word and s.tokens[k].text.islower()
                                                   and s.keys[k] not in s.lex.determiners
                                                   for k in range(phrase[1] + 1, first - 1)))):
        return phrase  # ('The minister left, saying …', 'The mayor left early, saying …')
    last = phrase[1]
    heads = ("anonymous", "organizations", "government", "titles")
    if not s.tokens[last].text.islower() or any(s.keys[last] in s.lex.words[h] for h in heads) \
            or _aside_then_verb(s, first):
        return phrase
    return (phrase[0], last - 1)


def _aside_then_verb(s: Sentence, first: int) -> bool:
    """English "The report's authors, finding that …, called for …": the participle's phrase is an aside whose
    first comma outside a quotation is followed at once by a lower-case verb (a cue, or a past in '-ed' or an
    irregular one), the main clause's: the words before the aside are a noun phrase, not a clause ending on its
    verb ('The minister left, saying …, which …' is read as before)."""
    for k in range(first + 1, s.b - 1):
        if s.tokens[k].text in COMMAS and not s.inside_quote(k):
            nxt = s.tokens[k + 1]
            key = s.keys[k + 1]
            return nxt.is_word and nxt.text.islower() and (
                k + 1 in s.cue_tokens or (key.endswith("ed") and len(key) > 4) or key in s.lex.irregular_pasts)
    return False


def _without_verb(s: Sentence, phrase: tuple[int, int] | None, before: int) -> tuple[int, int] | None:
    """English 'after the company forecast second-quarter revenue …': of an article and two lower-case words
    read as the subordinate clause's subject, the second is its verb when two more lower-case words (its object)
    follow it, none the head noun of a body, an office or an unnamed source."""
    if phrase is None or phrase[1] - phrase[0] != 2 or s.keys[phrase[0]] not in s.lex.determiners:
        return phrase
    verb = phrase[1]
    heads = ("anonymous", "organizations", "government", "titles")
    if verb + 2 < before and all(s.tokens[k].is_word and s.tokens[k].text.islower() and k not in s.cue_tokens
                                 and not any(s.keys[k] in s.lex.words[h] for h in heads) for k in (verb + 1, verb + 2)):
        return (phrase[0], verb - 1)
    return phrase


def _nominal_subject(s: Sentence, before: int) -> tuple[int, int] | None:
    """Arabic: the noun phrase a sentence opens with when it comes before its verb ('المعارضة رفضت الخطة،
    معتبرة …', 'غير أن نوابا معارضين شككوا …، معتبرين …'), read before token `before`."""
    i, governed = s.a, False
    if i + 1 < before and s.keys[i] in s.lex.concessive_particles and _is_complementizer(s, i + 1):
        i, governed = i + 2, True  # "غير أن", "إلا أن": a noun follows the complementizer
    elif i < before and s.keys[i] in s.lex.leading_conjunctions:
        i += 1  # "لكن المعارضة رفضت"
    elif i + 2 < before and s.keys[i] in _WAS_FORMS and is_title(s, i + 1) and not s.keys[i + 1].startswith("ال") \
            and _title_of_country(s, i + 1, before) is not None:
        i += 1  # "وكان سفير مصر أسامة عبد الخالق رفض …", "وكان مندوب إثيوبيا رفض …": 'كان', then the subject
        # before its verb
    if i >= before or not s.tokens[i].is_word or s.is_stop(i) or i in s.cue_tokens:
        return None
    key = s.strip_clitic(s.keys[i]) if s.keys[i][:1] in ("و", "ف") else s.keys[i]
    titled = is_title(s, i) and i + 1 < before and s.keys[i + 1].startswith("ال")  # 'لكن زعيم المعارضة رفض'
    country = _title_of_country(s, i, before) if is_title(s, i) else None
    if country is not None:
        return i, country  # 'لكن مندوب إثيوبيا رفض الاتهامات، وقال …': a title and its country, then the verb
    if not (governed or key.startswith("ال") or i in s.protected or titled) \
            or (not governed and key in s.lex.article_verbs):
        return None  # ('والتقى الوزير نظيره، وقال': a verb spelled like a definite noun opens the sentence)
    phrase = noun_phrase(s, i)
    if phrase is not None and (is_title(s, i) or s.strip_clitic(key) in s.lex.professions) \
            and _verb_closing_name(s, phrase):
        return phrase[0], phrase[1] - 1  # "غير أن النائب سجاد سالم شكك في الأرقام، معتبرا …": the verb
    if phrase is None or phrase[1] + 1 >= before or not s.tokens[phrase[1] + 1].is_word \
            or phrase[1] + 1 in s.cue_tokens:
        return None  # the word after the phrase is its verb
    return phrase


def _title_of_country(s: Sentence, i: int, before: int) -> int | None:
    """Arabic: a title at token i, the words of its office without the article ('خارجية', 'وزراء') and a
    country ('سفير مصر', 'وزير خارجية قطر'), then a word that is no definite noun, no name, no preposition: that
    word is the verb, and the country's last token (returned) ends the subject. None otherwise."""
    k = i + 1
    while k < min(before, i + 3) and s.tokens[k].is_word and not s.keys[k].startswith("ال") and not s.is_stop(k) \
            and k not in s.protected and s.keys[k] not in s.lex.capitals_or_countries:
        k += 1
    if k >= before or not (k in s.protected or s.keys[k] in s.lex.capitals_or_countries):
        return None
    while k + 1 < before and k + 1 in s.protected and k + 1 not in s.name_heads:
        k += 1
    nxt = k + 1
    if nxt + 2 < before and s.keys[nxt] in _SEAT_PREPOSITIONS and (
            s.keys[nxt + 1] in s.lex.capitals_or_cities or s.keys[nxt + 1] in s.lex.capitals_or_countries
            or nxt + 1 in s.protected):
        k = nxt + 1  # ('سفير مصر في واشنطن رفض …', 'مندوب ليبيا لدى الأمم المتحدة انتقد …': where he serves)
        while k + 1 < before and k + 1 in s.protected and k + 1 not in s.name_heads:
            k += 1
        nxt = k + 1
    if nxt + 1 < before and s.keys[nxt] in s.lex.verb_particles and s.tokens[nxt + 1].is_word:
        return k  # ('وكان سفير مصر في واشنطن قد رفض …': the particle before the verb ends the subject)
    if nxt < before and s.keys[nxt] in s.lex.female_names_or_male_names:
        return _name_before_verb(s, nxt, before)  # 'سفير مصر أسامة عبد الخالق رفض …': the holder's name too
    if nxt >= before or not s.tokens[nxt].is_word or s.keys[nxt].startswith("ال") or s.is_stop(nxt) \
            or s.keys[nxt] in s.lex.prepositions or nxt in s.protected \
            or s.keys[nxt] in s.lex.female_names_or_male_names or _is_complementizer(s, nxt):
        return None
    verb = _listed_verb_after_name(s, nxt, before) if nxt not in s.cue_tokens and s.keys[nxt] not in s.lex.cues \
        else None
    return verb - 1 if verb is not None else k  # ('مندوب فرنسا نيكولا دي ريفيير رفض المشروع': a name no list
    # holds, up to the verb)


def _listed_verb_after_name(s: Sentence, first: int, before: int) -> int | None:
    """Arabic: after a title and its country, a word at `first` that is no verb of the cue list, then up to three
    more words, then a cue's verb ('رفض', 'انتقد') with a definite word, a preposition, a comma or a complementizer
    right after it ('مندوب فرنسا نيكولا دي ريفيير رفض المشروع', 'مندوب ليبيا طاهر السني انتقد …'): that verb's
    token, the words before it the holder's name; None when a stop or the end comes first."""
    for m in range(first + 1, min(before, first + 5)):
        if not s.tokens[m].is_word or s.is_stop(m) or _is_complementizer(s, m) \
                or s.keys[m] in s.lex.leading_conjunctions:
            return None  # ('مندوب إثيوبيا غادر القاعة ثم انتقد …': a second verb, no name)
        if m not in s.cue_tokens and s.keys[m] not in s.lex.cues:
            continue
        after = m + 1
        if m in s.cue_tokens or (after < s.b and (s.tokens[after].text in COMMAS or _is_complementizer(s, after) or (
                s.tokens[after].is_word and (s.keys[after].startswith(_ARTICLE_OR_GLUED)
                                             or s.keys[after] in s.lex.prepositions)))):
            return m
    return None


_ARTICLE_OR_GLUED: Final = ("ال", "بال", "لل", "كال")  # ('رحب بالاتفاق': a preposition glued to the article)


_WAS_FORMS: Final = frozenset({"كان", "وكان", "كانت", "وكانت"})
_SEAT_PREPOSITIONS: Final = frozenset({"في", "لدي"})  # ('سفير مصر في واشنطن', 'مندوب ليبيا لدى …'; folded 'لدى')
_NAME_LINKS: Final = frozenset({"عبد", "ابو", "أبو", "بن", "ابن", "بنت", "آل", "ال"})


def _name_before_verb(s: Sentence, first: int, before: int) -> int | None:
    """Arabic: a first name at `first` after a title and its country, up to three more words of the name, then
    a word without the article that is no name and has a definite word, a preposition or a comma after it (the
    verb and its object: 'أسامة عبد الخالق رفض الاتهامات'): the name's last token; None when no such verb
    closes the name within four words."""
    for m in range(first + 1, min(before, first + 5)):
        if not s.tokens[m].is_word or s.is_stop(m) or m in s.cue_tokens:
            return None
        key = s.keys[m]
        if key.startswith("ال") or key in _NAME_LINKS or key in s.lex.female_names_or_male_names \
                or m in s.protected or s.keys[m - 1] in _NAME_LINKS:
            continue
        after = m + 1
        if after < before and (s.tokens[after].text in COMMAS or (s.tokens[after].is_word and (
                s.keys[after].startswith("ال") or s.keys[after] in s.lex.prepositions))):
            return m - 1 if m - 1 > first or s.keys[m - 1] not in _NAME_LINKS else None
        if s.keys[m - 1] not in s.lex.female_names_or_male_names:
            return None  # (only a surname right after a first name is passed: 'لينا عناب انتقدت القرار'; not
            # the verb after 'بن جامع' before an indefinite object, 'انتقد مشروع القرار')
    return None


def _verb_closing_name(s: Sentence, phrase: tuple[int, int]) -> bool:
    """Arabic: a title's phrase read before its verb whose name ends on two or more words without the article and
    a preposition after them ('النائب المستقل سجاد سالم شكك في …'): a verb takes the preposition, a name does not,
    so the last word is the verb (not a known name, nor one word alone after the title)."""
    first, last = phrase
    nxt = last + 1
    return last - 2 > first and nxt < s.b and s.keys[nxt] in s.lex.prepositions and s.is_stop(nxt) \
        and last not in s.protected and all(
            s.tokens[k].is_word and not s.keys[k].startswith(("ال", "لل")) for k in (last - 1, last)) \
        and s.keys[last] not in s.lex.female_names_or_male_names


def _progressive(s: Sentence, first: int) -> bool:
    """'is calling', "He's claiming", 'is once again questioning': a form of 'be' before the '-ing' cue; 'the
    crowd began chanting', 'kept asking': a verb of beginning or going on (aspect_verbs) before it."""
    j = first - 1
    while j > s.a and (s.keys[j] in s.lex.adverbs or s.keys[j] in ("once", "still", "now", "also")
                       or manner_adverb(s, j)):
        j -= 1
    return j >= s.a and (s.keys[j].replace("’", "'") in s.lex.be_forms
                         or (j == first - 1 and s.keys[j] in s.lex.aspect_verbs))


def _opening_connective_before(s: Sentence, cue_first: int) -> bool:
    """English 'Aside from saying …', 'After arguing …', 'Instead of claiming …': the sentence opens with a
    connective or a preposition of at most two words right before the participle."""
    n = cue_first - s.a
    if not 1 <= n <= 2 or not s.tokens[s.a].text[:1].isupper():
        return False
    return _phrase_at(s, s.a, "opening_words") == n or all(
        s.keys[k] in s.lex.prepositions_or_subordinators for k in range(s.a, cue_first))


def _opening_participle(s: Sentence, hit: CueHit, start: int) -> list[Draft]:
    """'Arguing that the plan was flawed, the senator voted …': the content runs to the comma, the subject is
    the main clause's, after it."""
    comma = next((j for j in range(start, s.b) if s.tokens[j].text in COMMAS
                  and (not s.inside_quote(j) or _comma_closing_quote(s, j))), None)
    if comma is None or comma <= start or comma + 1 >= s.b \
            or (s.keys[start] in s.lex.prepositions and s.keys[start] != "to"):
        return []  # ('Writing for the majority, Justice Marsh said …': a phrase, nothing written; 'Asked to …' is)
    if _comma_closing_quote(s, comma):
        if comma + 2 >= s.b:
            return []
        return _maybe(_draft(_span(s, start, comma + 1), hit, _opening_subject_after(s, comma + 1), s))
    return _maybe(_draft(_span(s, start, comma - 1), hit, _opening_subject_after(s, comma), s))


def _comma_closing_quote(s: Sentence, j: int) -> bool:
    """English 'After saying her knee was "so sore I could barely walk," she sat down': a comma inside a
    quotation whose closing mark follows at once ends the phrase as a comma after it would."""
    return s.inside_quote(j) and j + 1 < s.b and s.tokens[j + 1].text in QUOTE_MARKS \
        and s.quote_ending(j + 1) is not None


def _opening_subject_after(s: Sentence, comma: int) -> tuple[int, int] | None:
    """The main clause's subject after the comma (or the closing quotation mark) that ends an opening participle's
    phrase: the subject of its first cue, else a name or a noun phrase, else a personal pronoun."""
    later = [j for j in s.cue_tokens if j > comma]
    subject = left_subject(s, min(later)) if later else None
    if subject is None:
        j = comma + 1
        while j < s.b and j - comma <= 6 and s.tokens[j].is_word and j not in s.cue_tokens and (
                s.tokens[j].text[:1].isupper() or s.keys[j] in s.lex.determiners
                or (j > comma + 1 and s.keys[j - 1] in s.lex.determiners)):
            j += 1
        subject = (comma + 1, j - 1) if j > comma + 1 else None
    if subject is None and comma + 1 < s.b and s.keys[comma + 1] in s.lex.pronouns \
            and s.keys[comma + 1] not in ("it", "there"):
        subject = comma + 1, comma + 1  # 'Aside from saying …, he declined …': the pronoun, resolved later
    return subject


def _finite_cue_before(s: Sentence, hit: CueHit) -> int | None:
    """English: the first cue of the sentence before the participle that is a finite verb: not a participle
    ('In a letter announcing it, the union called …, citing …': 'called'), though a progressive is one ('is
    defending the plan, saying …'); None when there is none ('issued a paper welcoming …, and calling for …')."""
    for j in sorted(k for k in s.cue_tokens if k < hit.first and k - 1 not in s.cue_tokens):
        if j in s.according_starts or (j > s.a and s.keys[j - 1] in s.lex.subordinators):
            continue  # ('…, when asked later, asserting …': a reduced clause, no subject of its own)
        if not (j in s.participles or s.keys[j].endswith("ing")) or _progressive(s, j):
            return j  # ('Citing new data, …': an opening participle too)
    return None


def _participles_only_before(s: Sentence, hit: CueHit) -> bool:
    """English 'issued a paper welcoming the plan and calling for …': every cue before the participle is a
    participle too (no 'according to', no finite verb): the participle speaks for the main clause's subject."""
    first = min(j for j in s.cue_tokens if j < hit.first)
    return first not in s.according_starts and _finite_cue_before(s, hit) is None


def _subordinate_clause_subject_before(s: Sentence, hit: CueHit, cue: int) -> tuple[int, int] | None:
    """English 'The aide spoke to reporters after the governor posted a video attacking the plan': a participle
    right after a noun (no comma) inside a clause opened by a subordinator after the sentence's cue speaks for
    that clause's subject (a pronoun, or a noun phrase then at once a verb in -ed or an auxiliary), not for the
    main clause's ('said the plan was fair after reading it, adding …': no subject, the main one)."""
    if not s.tokens[hit.first - 1].is_word:
        return None
    for k in range(hit.first - 2, cue, -1):
        if not s.tokens[k].is_word or s.inside_quote(k) or k in s.cue_tokens:
            return None  # ('…, after he left, saying …': a comma, the participle may be the main clause's)
        if s.keys[k] not in s.lex.subordinators or s.keys[k] in ("whether", "if") or not s.tokens[k].text.islower():
            continue
        if s.keys[k + 1] in s.lex.clause_subjects and s.keys[k + 1] != "there":
            subject: tuple[int, int] | None = (k + 1, k + 1)
        else:
            subject = subject_phrase(s, k + 1, hit.first - 1)
        if subject is None and k + 2 < hit.first and s.tokens[k + 1].is_word and s.tokens[k + 1].text.islower() \
                and s.keys[k + 1] not in s.lex.determiners and not s.is_stop(k + 1) \
                and s.keys[k + 2].endswith("ed") and len(s.keys[k + 2]) > 4 and s.tokens[k + 2].text.islower():
            subject = k + 1, k + 1  # 'after video surfaced showing …': a bare noun and its past verb
        if subject is None or subject[0] != k + 1:
            return None
        verb = subject[1] + 1  # (after a pronoun any lower-case word is its verb: 'after he sent …')
        return subject if verb < hit.first and s.tokens[verb].text.islower() and (
            s.keys[verb] in s.lex.finite_auxiliaries or (s.keys[verb].endswith("ed") and len(s.keys[verb]) > 4)
            or (subject[0] == subject[1] and s.keys[subject[0]] in s.lex.clause_subjects)) else None
    return None


def _inverted_report_before(s: Sentence, hit: CueHit, first: int) -> tuple[int, int] | None:
    """English '…, a spokeswoman said, adding that …': a finite cue later than the sentence's first, its subject
    written after a comma before it, then (after whom it was told, at most) a comma and the participle: that
    subject speaks on."""
    cue = max((j for j in s.cue_tokens if first < j < hit.first - 1), default=None)
    if cue is None or s.tokens[hit.first - 1].text not in COMMAS or cue in s.participles \
            or s.keys[cue].endswith("ing") or hit.first - 2 - cue > _HEARER_ADJUNCT_WORDS \
            or not all(s.tokens[k].is_word for k in range(cue + 1, hit.first - 1)):
        return None  # ('…, she told reporters on Monday, adding …': whom she told, when)
    subject = left_subject(s, cue)
    if subject is None or subject[0] - 1 <= s.a or subject[1] + 1 != cue \
            or s.tokens[subject[0] - 1].text not in COMMAS or s.inside_quote(subject[0] - 1):
        return None
    return subject


def _main_cue_subject(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """English: the subject written before the sentence's first finite cue, when it is the one before this
    participle."""
    first = _finite_cue_before(s, hit)  # ('Citing new data, the agency said …, adding …': the agency, not the data)
    if first is None:
        return None
    inverted = _inverted_report_before(s, hit, first)
    if inverted is not None:  # 'Officials expect …, a spokeswoman said, adding …': she goes on, not the officials
        return named_part(s, inverted)
    dash = _dash_aside_open(s, first, hit.first)
    if dash is not None:  # 'with Clinton — who has called for tax hikes — lambasting the plan': the subject before
        subject = left_subject(s, dash)  # the aside, not the relative pronoun inside it
        if subject is not None and subject[0] < subject[1] and s.keys[subject[0]] == "with":
            subject = subject[0] + 1, subject[1]  # ('with the mayor — who … — criticizing': the mayor)
        return named_part(s, subject) if subject else None
    inner = _subordinate_clause_subject_before(s, hit, first)
    if inner is not None:
        return named_part(s, inner)
    if first > s.a and s.keys[first] in s.lex.report_nouns and (
            s.keys[first - 1] in ("his", "her", "their", "its") or s.keys[first - 1].endswith(("'s", "’s"))):
        subject = sentence_subject(s, first)  # 'X repeated his claim that …, telling …': X, not 'repeated his'
        return named_part(s, subject) if subject else None
    if first - 1 > s.a and s.keys[first - 1] == "to" and taking_verb(s.tokens, first - 1) is None \
            and _going_verb(s, first - 1) is None:
        to = _before_time_phrase(s, first - 1)  # 'Lopez tried to argue that …, explaining …': who tried
        subject = _object_before_to(s, to) or left_subject(s, to - 1)
    else:
        subject = _pronoun_subject(s, left_subject(s, first))  # ('On March 6 he wrote …, arguing …': he)
    if subject is None and (after := _inverted_source_before(s, first, hit)) is not None:
        return after  # ('"…," said the mayor, speaking of the flood.': the mayor, as written)
    if subject is None and first - 1 > s.a and s.tokens[first - 1].text in COMMAS and not _source_after(s, first):
        subject = _before_relative_clause(s, first) or _name_before_party_tag(s, first) \
            or _appositive_subject(s, first)  # 'Ann Ruiz, the mayor's rival, called for …, saying …': as for the cue
    return named_part(s, subject) if subject else None


def _inverted_source_before(s: Sentence, first: int, hit: CueHit) -> tuple[int, int] | None:
    """English '"…," said the mayor, speaking of the flood.': a topic participle (`topic_participles`) right after
    a comma that closes the source written after the sentence's first cue; that source, else None."""
    if s.keys[hit.first] not in s.lex.topic_participles or hit.first - 1 <= first \
            or s.tokens[hit.first - 1].text not in COMMAS:
        return None
    right = right_source(s, first + 1, hit.first - 1)
    return right if right is not None and right[1] + 2 == hit.first else None


def _dash_aside_open(s: Sentence, cue: int, participle: int) -> int | None:
    """English: the opening dash of an aside opened by 'who' or 'which' that holds the cue at token `cue` and closes
    with a dash before the participle at token `participle`, else None."""
    open_ = next((k for k in range(cue - 1, max(s.a, cue - 6) - 1, -1) if s.tokens[k].text in _LONG_DASHES), None)
    if open_ is None or open_ <= s.a or s.keys[open_ + 1] not in ("who", "which", "who's", "who’s"):
        return None
    close = next((k for k in range(cue + 1, participle) if s.tokens[k].text in _LONG_DASHES), None)
    return open_ if close is not None and close == participle - 1 else None


def _source_after(s: Sentence, cue: int) -> bool:
    """'…, said a source close to the probe, adding …': the cue's source follows it (inverted); not a clause ('…,
    said the border would close, adding …': a finite auxiliary or a form of 'be' in it)."""
    right = right_source(s, cue + 1, s.b)
    return right is not None and ends_after(s, right[1] + 1) and not any(
        s.keys[k] in s.lex.be_forms_or_finite_auxiliaries for k in range(right[0], right[1] + 1))


def _quoted_as_saying(s: Sentence, hit: CueHit) -> list[Draft] | None:
    """'other media quoted the agency head, X, as saying …', '"…," papers quote Salinas as saying.': the one
    quoted is the source, whoever quotes is the conduit."""
    if s.keys[hit.first] != "as":
        return None
    quoting = s.lex.quoting_verbs
    verb = next((j for j in range(hit.first - 1, max(s.a - 1, hit.first - 16), -1) if s.keys[j] in quoting), None)
    if verb is None or verb + 1 >= hit.first:
        return None
    first, last = verb + 1, hit.first - 1
    if s.keys[first] == "by" and verb - 1 > s.a and s.keys[verb - 1] in s.lex.be_forms:
        return _quoted_by_as_saying(s, hit, verb)
    while first <= last and s.tokens[first].text in COMMAS:
        first += 1
    while last >= first and s.tokens[last].text in COMMAS:
        last -= 1
    if last < first:
        return None
    quoter = left_subject(s, verb)
    conduits = _region(s, quoter[0], quoter[1]) if quoter else None
    opener = find_opener(s, _past_statement_phrase(s, hit.last + 1), hit.introducer, 5)
    start = opener if opener is not None else hit.last + 1
    if _rest_is_adverbial(s, start):  # the words come before: '"…," papers quote X as saying.'
        content = content_before(s, quoter[0] if quoter else verb)
    else:
        content = _content_from(s, start)
    return _maybe(_draft(content, hit, (first, last), s, conduits))


def _quoted_by_as_saying(s: Sentence, hit: CueHit, verb: int) -> list[Draft]:
    """'The group's leader was quoted by local media as saying …': the passive's subject is quoted, and so is the
    source; the phrase after 'by' is the conduit."""
    speaker = left_subject(s, verb - 1)
    if speaker is None and s.tokens[verb - 2].text in COMMAS:
        speaker = _appositive_subject(s, verb - 1)  # ('The group's leader, Omar Farouk, was quoted …')
    if speaker is None:
        return []
    conduits = _region(s, verb, hit.first - 1) if verb + 2 < hit.first else None  # from the marker 'quoted by'
    # on, which tells an outlet described ('local media') from the words that follow it
    opener = find_opener(s, _past_statement_phrase(s, hit.last + 1), hit.introducer, 5)
    content = _content_from(s, opener if opener is not None else hit.last + 1)
    return _maybe(_draft(content, hit, speaker, s, conduits))


def _document_before(s: Sentence, hit: CueHit) -> tuple[int, int] | None:
    """English: a participle right after a document noun ('a statement saying', 'a television ad saying')
    reports that document, from its article on; not after a verb of issuing ('The mayor issued a statement
    calling …': the mayor)."""
    noun = hit.first - 1
    end = noun
    if not s.verb_first and noun >= s.a and s.keys[noun] not in s.lex.documents and s.tokens[noun].is_word \
            and s.keys[noun] not in s.lex.prepositions:  # (not 'the results of their check by announcing …')
        prep = next((k for k in range(noun - 1, max(s.a, noun - 5) - 1, -1)
                     if s.keys[k] in ("from", "by", "of") or not s.tokens[k].is_word or k in s.cue_tokens), None)
        if prep is not None and prep > s.a and s.keys[prep] in ("from", "by", "of") \
                and s.keys[prep - 1] in s.lex.documents:
            noun = prep - 1  # 'a letter from her doctor stating …': the document and whom it is from
    if s.verb_first or noun < s.a or s.keys[noun] not in s.lex.documents:
        return None
    first = noun
    words = s.lex.words
    while first - 1 >= s.a and noun - first < 4 and s.tokens[first - 1].is_word and first - 1 not in s.cue_tokens \
            and not any(s.keys[first - 1] in words[w] for w in ("source_stops", "subject_stops", "content_blockers")):
        first -= 1
        if s.keys[first] in s.lex.determiners:
            break
    verb = first - 1
    if verb >= s.a and s.keys[verb] in s.lex.issuing_verbs and s.tokens[verb].text.islower() \
            and s.keys[first] in ("a", "an"):
        return None  # 'The mayor issued a statement calling …': the one who issued it speaks in it
    return (first, end) if s.keys[first] in s.lex.determiners else (noun, end)


def relay_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """'ونقلت رويترز عن مسؤول قوله إن …': the outlet before عن is a conduit, the source follows it."""
    to = hit.introducer or "عن"  # "نقلت X عن Y", "نسبت X إلى Y"
    report = _report_about(s, hit, to)
    if report is not None:  # "ونقلت الصحيفة تقريرا عن خطة …": a report about a topic, not the words of a speaker
        subject = right_source(s, skip_adverbs(s, hit.last + 1), report)  # after 'عن'; the report opens the content
        if subject:
            subject = with_apposition(s, subject, report)
        return _maybe(_draft(_object_content(s, report), hit, subject, s, None))
    an = next((j for j in range(hit.last + 1, min(s.b, hit.last + 14)) if s.keys[j] == to
               and not (to == "عن" and j - 1 > hit.last and s.keys[j - 1] in s.lex.issued_by)), None)
    # ("ونقل بيان صادر عن الرئاسة عن المتحدث باسمها قوله إن …": the issuer is the statement's, the speaker
    # follows the second 'عن')
    if an is not None and any(_is_complementizer(s, j) for j in range(hit.last + 1, an)):
        an = None  # "وعلمت الصحيفة أن الوزير سيلتقي عددا من النواب": the 'من' is inside what it learned
    relayed = _relayed_from_pronoun(s, hit) if an is None and to == "عن" else None
    if relayed is not None:
        return relayed
    if an is None:
        opener = find_opener(s, hit.last + 1, hit.introducer, OPENER_REACH.get(s.lex.lang, 12))
        reported = opener is not None and (_is_complementizer(s, opener) or s.quote_at(opener))
        if not reported and not any(s.keys[j] == to for j in range(hit.last + 1, s.b)):
            return []  # "ونقلت زوجته إلى المستشفى": carried, not reported
        return verb_claims(s, hit)
    noun = next((j for j in range(an + 1, min(s.b, an + 16)) if s.tokens[j].text in ENDERS or
                 (j in s.cue_tokens and j not in s.according_starts) or _is_complementizer(s, j)), None)
    limit: int | None
    if noun is not None and s.tokens[noun].text not in ENDERS and not _is_complementizer(s, noun):
        # "… عن مصدر عسكري قوله إن …" (a cue after the source's own 'أن' is another report's: "عن مسؤولين أن …،
        # فيما قال مصدر إن …")
        opener = find_opener(s, noun + 1, "", 4) or (noun + 1 if noun + 1 < s.b else None)
        limit = noun
    else:
        opener = find_opener(s, an + 1, "", OPENER_REACH.get(s.lex.lang, 12))
        limit = opener
    if opener is None or limit is None:
        return []
    source = right_source(s, an + 1, limit)
    if source and source[1] > source[0] and s.keys[source[1]] in s.lex.speech_masdars and (
            source[1] + 1 == limit or (source[1] + 2 == limit and s.keys[source[1] + 1] in s.lex.prepositions)):
        source = source[0], source[1] - 1  # "نقلت الوكالة عن وزير النفط تأكيده أن …", "عن مسؤولين تحذيرهم من أن":
        # his words, not his name
    if source:  # "نقلت الصحيفة عن وزير الصحة، سالم البدوي، تأكيده أن …": the name between commas is his
        source = with_apposition(s, source, limit)
    region = _region(s, hit.last + 1, an - 1)
    if an == hit.last + 1 and s.verb_first:
        left = left_subject(s, hit.first)  # "وكانت وكالة بلومبرغ قد نقلت عن …": the outlet written before the verb
        region = _region(s, left[0], left[1]) if left else None
        if region is None:  # "أما صحيفة لوفيغارو، فنقلت عن …": the topic before the comma is the outlet
            topic = _topic(s, hit, comma_before_verb=True)
            region = _region(s, topic[0], topic[1]) if topic else None
    return _maybe(_draft(_content_from(s, opener), hit, source, s, region))


def _report_about(s: Sentence, hit: CueHit, to: str) -> int | None:
    """Arabic: the token of a noun naming a report or a claim in the accusative (claim_objects.txt: 'تقريرا',
    'زعما') right before the relaying verb's 'عن', the subject between them ('ونقلت صحيفة الأيام تقريرا عن …'):
    what is relayed is the report about a topic. None when a complementizer, a cue or the sentence's end
    comes first."""
    if not s.verb_first or to != "عن":
        return None
    for j in range(hit.last + 2, min(s.b, hit.last + 30)):
        if s.keys[j] == to:
            k = j - 1 - (s.keys[j - 1].endswith("ا") and s.keys[j - 2] in s.lex.claim_objects)  # ('تقريرا مطولا عن')
            return k if k > hit.last + 1 and k not in s.protected and s.keys[k].endswith("ا") \
                and s.keys[k] in s.lex.claim_objects else None
        if s.tokens[j].text in ENDERS or j in s.cue_tokens or _is_complementizer(s, j):
            return None
    return None


def _relayed_from_pronoun(s: Sentence, hit: CueHit) -> list[Draft] | None:
    """Arabic: 'ونقلت وكالة الأنباء الأردنية عنه قوله إن …': 'عن' glued to a pronoun, then the verbal noun of
    saying; the speaker is the one the pronoun refers back to (written nowhere here), the outlet its conduit.
    None when the words after the verb are not so."""
    at = next((j for j in range(hit.last + 1, min(s.b, hit.last + 10)) if s.keys[j] in _FROM_PRONOUNS
               or j in s.cue_tokens or _is_complementizer(s, j)), None)
    if at is None or s.keys[at] not in _FROM_PRONOUNS or at + 1 not in s.cue_tokens:
        return None
    opener = find_opener(s, at + 2, "", 4)
    if opener is None:
        return None
    region = _region(s, hit.last + 1, at - 1) if at > hit.last + 1 else None
    return _maybe(_draft(_content_from(s, opener), hit, None, s, region))


_FROM_PRONOUNS: Final = frozenset({"عنه", "عنها", "عنهم", "عنهما", "عنهن"})


def _opening_subject_then_present(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a present tense right after the definite noun phrase a sentence opens with (behind a time stamp or
    a dash at most: '13:55 - الحكومة تنفي …'), then an object: a report with the subject first."""
    if s.keys[hit.first][:1] not in ("ي", "ت") or hit.last + 1 >= s.b or not s.tokens[hit.last + 1].is_word \
            or (s.is_stop(hit.last + 1) and s.keys[hit.last + 1] != "ما"):
        return False
    left = left_subject(s, hit.first)
    if left is None or left[1] + 1 != hit.first or not (s.keys[left[0]].startswith("ال") or left[0] in s.protected):
        return False
    return all(not s.tokens[k].is_word or s.tokens[k].text.isdigit() for k in range(s.a, left[0]))


def _object_then_joined_that(s: Sentence, hit: CueHit) -> bool:
    """Arabic: within reach of the cue, before any other cue, comma or the sentence end, words then 'وأن' (not
    'وإن', which goes on with a speech verb's earlier 'إن': 'قالت إنها تتابع الوضع، وإنها …')."""
    for j in range(hit.last + 2, min(s.b, hit.last + 1 + OPENER_REACH.get(s.lex.lang, 12))):
        if j in s.cue_tokens or _is_complementizer(s, j) or (s.tokens[j].text in ENDERS and s.is_end(j)) \
                or s.tokens[j].text in COMMAS:
            return False
        if joined_complementizer(s, j):
            return s.tokens[j].text[1:2] != "إ"
    return False


def _failed_to(s: Sentence, hit: CueHit) -> bool:
    """English 'was unable to independently confirm the figure', 'failed to explain the delay': a verb of failing
    (failing_verbs, with 'unable') and 'to' before the cue, one adverb at most between them: nothing said."""
    k = hit.first - 1
    if k > s.a and s.tokens[k].text.islower() and s.keys[k].endswith("ly") and s.keys[k - 1] == "to":
        k -= 1
    return k - 1 >= s.a and s.keys[k] == "to" and s.keys[k - 1] in s.lex.failing_verbs


def _denied_ability(s: Sentence, hit: CueHit) -> bool:
    """English 'could not prove that …', 'cannot know whether …': a negated modal of ability before the cue
    (lexicon inability_modals), or a verb of failing and 'to' ('failed to show that …'), says what no one can
    show, no report."""
    k = hit.first - 1
    if s.lex.lang != "en" or k < s.a:
        return False
    modals = s.lex.inability_modals
    if s.keys[k] == "to" and k - 1 >= s.a and s.keys[k - 1] in s.lex.failing_verbs:
        return True  # 'the state had failed to show that …': what was not shown
    if s.keys[k] in modals:
        return s.keys[k].endswith(("not", "n't"))  # 'cannot', "couldn't" ('could prove that': a report)
    return s.keys[k] in s.lex.negations and k - 1 >= s.a and s.keys[k - 1] in modals


def _quotation_inside_object(s: Sentence, hit: CueHit, opener: int) -> bool:
    """Arabic: a quotation opening after words that are neither the verb's subject nor where or to whom it was
    said ('أبدت إيران استعدادها لمناقشة "قيود مؤقتة"', 'الحكومة تأمل في الحصول على الدفعة "قبل نهاية
    العام"'): a quoted fragment inside the verb's object, which a verb that needs an opener does not report."""
    if not (s.verb_first and s.quote_at(opener) and opener > hit.last + 1 and s.tokens[opener - 1].is_word):
        return False
    left = left_subject(s, hit.first)
    fronted = bool(left and _adjacent_subject(s, hit, left))
    subject = None if fronted else _object_free_subject(s, hit)
    k = subject[1] + 1 if subject else hit.last + 1
    for _ in range(3):
        k = past_whom_told(s, _past_addressee(s, _past_statement_phrase(s, skip_adverbs(s, k)), opener), opener)
    if k >= opener or not s.tokens[k].is_word or k in s.protected or _is_occasion(s, k):
        return False
    accusative = any((_accusative_noun(s, j) or (s.keys[j].endswith("نا") and len(s.keys[j]) > 5
                                                 and not s.keys[j].startswith("ال") and not _first_name(s, j)))
                     and s.keys[j] not in s.lex.adverbs and s.tokens[j - 1].is_word
                     for j in range(k, opener)) and not any(s.tokens[j].text in COMMAS for j in range(k, opener))
    if not s.is_stop(k) or accusative:
        return True  # a noun opening the object ('استعدادها', 'أهمية'), or an indefinite one after a preposition
    # after a subject written before the verb, a preposition and three words or more before the quotation
    # ('في الحصول على الدفعة'): the verb's complement (after a subject written after it, the words may be
    # where the speaker works: 'أستاذ العلوم السياسية في جامعة بغداد')
    return fronted and opener - k > 3 and not _is_occasion(s, k + 1) \
        and not any(s.tokens[j].text in COMMAS or not s.tokens[j].is_word for j in range(k, opener))


def _object_then_infinitive(s: Sentence, i: int) -> bool:
    """English 'the bank to raise rates', 'Clinton to win', 'them to stay': from token i, an object of up to five
    words (no punctuation, cue, complementizer or subject pronoun) and then 'to' with a lower-case verb."""
    words = s.lex.words
    for k in range(i, min(s.b - 1, i + 6)):
        if s.keys[k] == "to":
            return k > i and s.tokens[k + 1].is_word and s.tokens[k + 1].text.islower() \
                and s.keys[k + 1] not in s.lex.determiners_or_prepositions
        if not s.tokens[k].is_word or k in s.cue_tokens or s.inside_quote(k) or (
                s.keys[k] in s.lex.clause_subjects and s.keys[k] != "it") or any(
                s.keys[k] in words[w] for w in ("complementizers", "finite_auxiliaries", "prepositions", "wh_words")):
            return False
    return False


def _report_noun_then_that(s: Sentence, i: int) -> bool:
    """English 'dismissed reports that …', 'dismissed the claims that …', 'dismissed media reports that …': from
    token i, a determiner (no possessive) and one lower-case word at most, a noun naming a report or a claim
    (documents, report_nouns) and 'that' (or a noun of hearsay found as a cue with its description: 'dismissed a
    rumour circulating online that …'): the object, a report the verb answers, is what the verb reports on."""
    if s.verb_first:
        return False
    k = i
    if k < s.b and s.keys[k] in s.lex.determiners:
        if s.keys[k] in s.lex.possessives_or_pronouns:
            return False  # ('repeated his claim that …': his own report, read as the possessor's)
        k += 1
    elif k < s.b and s.tokens[k].text[:1].isupper() and s.keys[k].endswith(("'s", "’s")):
        k += 1  # ("dismissed Amnesty's allegation that …": another's report, the object)
    elif k + 1 < s.b and s.tokens[k].text[:1].isupper() and s.keys[k].endswith("s") and s.keys[k + 1] == "'" \
            and s.tokens[k].end == s.tokens[k + 1].start:
        k += 2  # ("dismissed Reuters' report that …": a bare apostrophe after a name in -s)
    for _ in range(2):
        if k + 1 < s.b and s.tokens[k].is_word and s.tokens[k].text.islower() and s.keys[k + 1] == "that" \
                and (s.keys[k] in s.lex.report_nouns or s.keys[k] in s.lex.documents):
            return True
        if k < s.b and s.keys[k] in s.lex.hearsay_nouns and k in s.cue_tokens:
            return True  # ('dismissed a rumour, spread online, that …': hearsay read with its description)
        if k >= s.b or not s.tokens[k].is_word or not s.tokens[k].text.islower() or k in s.cue_tokens:
            return False
        k += 1
    return False


def _question_asked(s: Sentence, hit: CueHit, nxt: int) -> bool:
    """English 'They ask whether …', 'Residents ask why the road is still closed': the base form 'ask' right
    before 'whether', 'if' or a wh-word and a lower-case word, after a subject: a question put, reported as
    'asked whether …' is ('ask for help', 'ask the court to …' stay no report); so is the question after a
    stance adjective's 'about' ('Residents are concerned about whether the water is safe')."""
    if not s.verb_first and hit.last > hit.first and s.keys[hit.last] == "about" \
            and s.keys[hit.last - 1] in s.lex.stance_adjectives and nxt < s.b and s.keys[nxt] in s.lex.wh_words:
        return True  # 'Parents are worried about how the loans …': the question they worry about (the cue's hit)
    return not s.verb_first and hit.first == hit.last and hit.first > s.a and s.keys[hit.first] == "ask" \
        and nxt + 1 < s.b and (s.keys[nxt] in ("whether", "if") or s.keys[nxt] in s.lex.wh_words) \
        and s.tokens[nxt + 1].text.islower() and s.tokens[nxt + 1].is_word \
        and left_subject(s, hit.first) is not None


def verb_that_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """Verbs that report only with a complementizer ('found that', 'know that'), never on their own."""
    if _denied_ability(s, hit) or _clause_going_on_after_aside(s, hit.first):
        return []
    if _report_noun_then_that(s, hit.last + 1):
        return verb_claims(s, hit)  # 'The minister dismissed reports that …': what is dismissed, as with 'denied'
    if s.verb_first and s.strip_clitic(s.keys[hit.first]) in s.lex.document_cues and not document_speaks(s, hit.first):
        return []  # "حكما غيابيا يقضي بإعدام …": a sentence ruling, not a text providing for what follows
    named = named_report(s.tokens, hit.first, s.a, s.b, s.lex) if not s.verb_first and hit.first == hit.last \
        else None
    if named is not None:
        return _maybe(_draft(_content_from(s, named[2]), hit, (named[0], named[1]), s))
    opener = find_opener(s, hit.last + 1, hit.introducer, OPENER_REACH.get(s.lex.lang, 12))
    if opener is not None and s.verb_first and _subject_after_complementizer(s, hit, opener):
        return []  # "أن نقص الأدوية يهدد حياة آلاف المرضى المصابين بأمراض …": the verb's subject stands before it
    resumed = _resumed_clause(s, hit, opener) if s.verb_first else None
    if resumed is not None:
        return resumed
    nxt = hit.last + 1
    zero_that = nxt < s.b and ((s.keys[nxt] in s.lex.clause_subjects
                                and (s.verb_first or (nxt + 1 < s.b and s.tokens[nxt + 1].is_word
                                                      and s.keys[nxt + 1] not in s.lex.content_blockers)))
                               # (not 'read it.', 'means it as a compliment')
                               or (not s.verb_first and s.tokens[nxt].text[:1].isdigit())
                               or (not s.verb_first and _name_then_cue(s, nxt))
                               or (not s.verb_first and _noun_clause_after(s, nxt))
                               or (not s.verb_first and s.keys[hit.last] in s.lex.stance_adjectives
                                   and _past_clause_after(s, nxt))
                               or (not s.verb_first and _document_subject(s, hit)))
    if opener is None and not s.verb_first and hit.first > s.a + 1 and s.tokens[hit.first - 1].text in QUOTE_MARKS \
            and s.quote_ending(hit.first - 1) and s.keys[hit.last] in s.lex.inverting_verbs:
        return verb_claims(s, hit)  # '"…," reported Reuters.': a quotation before an inverted cue reports
    if opener is None and not s.verb_first and hit.first > s.a + 1 and s.tokens[hit.first - 1].text in COMMAS \
            and s.keys[hit.last] in s.lex.inverting_verbs and _inverted_name_to_the_end(s, hit):
        inverted = verb_claims(s, hit)  # '…, reported the Jakarta Post.': the clause before, by the name after
        return [d for d in inverted if d.source is not None and d.source[0] > s.tokens[hit.last].start]
    if opener is None and not s.verb_first and hit.first > s.a \
            and (_rest_is_adverbial(s, nxt) or _citing_after(s, hit) is not None) \
            and s.tokens[hit.first].text[:1].islower():
        subject = left_subject(s, hit.first)  # '…, newly released files show.': the clause before reports
        if subject and _plain_subject_after_comma(s, subject, hit):
            return verb_claims(s, hit)
    if opener is None and s.verb_first and _quotation_before_verb(s, hit) is not None:
        return verb_claims(s, hit)  # '"لا نعرف إلى متى سنصمد"، تقول فاطمة': the quotation is what she says
    if opener is None and _introducer_right_after(s, hit, True):
        return verb_claims(s, hit)  # "لكنه أقر بوجود تحديات": the introducer glued to the word after the verb
    if opener is None and s.verb_first and _opening_subject_then_present(s, hit):
        return verb_claims(s, hit)  # "الحكومة تنفي ما وصفته بالشائعات": a present tense after its subject, an object
    if opener is None and s.verb_first and _written_rule_then_object(s, hit):
        return verb_claims(s, hit)  # "وتضمنت الإجراءات ضرورة …": a written rule states what it contains
    shown = _document_then_object(s, hit) if opener is None and s.verb_first else None
    if shown is not None:  # "أظهرت بيانات رسمية صادرة عن …، الأحد، تراجع التضخم": figures show their object
        last = shown - 1
        while last > hit.last + 1 and (s.tokens[last].text in COMMAS or s.keys[last] in s.lex.adverbs):
            last -= 1  # (not the day it came out)
        return _maybe(_draft(_object_content(s, shown), hit, (hit.last + 1, last), s))
    if opener is None and s.verb_first and _object_then_joined_that(s, hit):
        return verb_claims(s, hit)  # "وأظهر الكشف عدم وجود شبهة وأن سببها …": an object, then its second clause
    if opener is None and not s.verb_first and _object_as_quotation(s, nxt):
        return verb_claims(s, hit)  # 'remembered him as "the most generous player …"'
    if opener is None and _question_asked(s, hit, nxt):
        return verb_claims(s, hit)  # 'Many parents ask whether the schools are safe': the question they put
    if opener is None and not s.verb_first and s.keys[hit.last] in s.lex.expecting_verbs \
            and _object_then_infinitive(s, nxt):
        return verb_claims(s, hit)  # 'Analysts expect the bank to raise rates'

    if opener is None and not s.verb_first and s.keys[hit.last] in s.lex.regarding_verbs \
            and _object_as_phrase(s, nxt):
        return verb_claims(s, hit)  # 'Critics see the program as an easy way in'
    told = _told_then_clause(s, hit) if opener is None or s.keys[opener] in s.lex.clause_subjects else None
    if told is not None:  # 'The chief reminded the crowd he was the only candidate'
        if hit.first > s.a and s.keys[hit.first - 1] == "to":
            return _infinitive_claims(s, hit, told)
        source, conduits = _split_conduit(s, left_subject(s, hit.first))
        return _maybe(_draft(_content_from(s, told), hit, source, s, conduits))
    if zero_that and opener is None:  # 'they fear they will be jailed'
        subject = left_subject(s, hit.first)
        if subject is None and not s.verb_first and hit.first > s.a and _conjunction_before(s, hit.first) is not None:
            return verb_claims(s, hit)  # 'The Fed held rates but signaled it expects …': the first verb's subject
        if subject is None and not s.verb_first and hit.first - 1 > s.a and s.tokens[hit.first - 1].text in COMMAS \
                and _aside_before_comma(s, hit.first - 1):
            return verb_claims(s, hit)  # 'Reuters, citing sources, reported the deal was off': the subject before
            # the aside, as with 'that'
        if subject and not s.verb_first and subject[0] == s.a and s.keys[s.a] in s.lex.content_blockers:
            return []  # 'In one briefing note she was warned that …': a noun ending a phrase, no subject
        if subject and _own_report_inside(s, subject):
            return []  # 'Ryan said he was confident a deal …': the speaker going on inside his own report
        source, conduits = _split_conduit(s, subject)
        content = _content_from(s, hit.last + 1)
        if content is not None and not s.verb_first:
            content = _finding_end(s, hit, _without_closing_relative(s, hit.last + 1, content))  # 'Polls show a
            # close race in the state, where …'
        return _maybe(_draft(content, hit, source, s, conduits))
    if opener is None and not s.verb_first:
        commented = _as_reported(s, hit)
        if commented:
            return commented  # '…, as the Herald reported last week.', '…, as first reported by the Herald.'
    if opener is None or (not s.verb_first and s.keys[opener] not in s.lex.complementizers
                          and not (s.quote_at(opener) and (s.tokens[opener - 1].text in ":：,"
                                                           or (opener == hit.last + 1 and _quoted_object(s, hit))))) \
            or _quote_in_later_clause(s, hit, opener) or _quotation_inside_object(s, hit, opener) \
            or _quote_going_on_an_earlier_report(s, hit, opener):
        return []  # ('The Times reports: "…"', 'Trump boasted, "…"': a quotation after a colon or a comma is
        # reported too; "أبدت اهتماما بالسوق، على غرار شركتي «…»": a name in quotation marks opens nothing)
    if not s.verb_first and hit.first > s.a and s.keys[hit.first - 1] == "to":
        return _infinitive_claims(s, hit, opener)
    if not s.verb_first and opener > hit.last + 1 and s.keys[opener - 1] in ("and", "but") \
            and any(j < hit.first for j in s.cue_tokens):
        return []  # ('replied that he had met ministers in the Baltic states and that they understood': the 'that'
        # after 'and' opens the earlier verb's second clause)
    if s.verb_first and opener == hit.last + 1 and left_subject(s, hit.first) is None \
            and s.keys[hit.first][:1] == "و" and verb_first_subject(s, hit.first) is None \
            and ((s.keys[hit.first][1:2] in ("ي", "ت") and (s.keys[hit.first][1:] in s.lex.impersonal_verbs
                                                           or _opens_paragraph(s, hit)))
                 or s.quote_at(opener)):
        return []  # "ويتوقع أن …": an impersonal present tense reports no one ("ولفت إلى أن": he pointed out;
        # 'وبين "الغازات السامة" و…': between)
    return verb_claims(s, hit)


def _inverted_name_to_the_end(s: Sentence, hit: CueHit) -> bool:
    """English '…, reported the Jakarta Post.', '…, reported Reuters.': after the cue, a capitalised name (an
    article at most before it) runs to the end of the sentence."""
    k = hit.last + 1
    if k < s.b and s.tokens[k].text == "the":
        k += 1
    if k >= s.b or not s.tokens[k].text[:1].isupper():
        return False
    while k < s.b and s.tokens[k].is_word and (s.tokens[k].text[:1].isupper() or s.keys[k] in s.lex.name_connectors):
        k += 1
    return k >= s.b or s.is_end(k)


def _subject_after_complementizer(s: Sentence, hit: CueHit, opener: int) -> bool:
    """Arabic: a cue verb inside a reported clause whose subject stands between the complementizer and the verb
    ('أن نقص الأدوية يهدد …': 'أن' takes its subject first), and a glued introducer more than one word after the
    verb ('… يهدد حياة آلاف المرضى المصابين بأمراض'): the words after the verb are its object, the introducer
    belongs to them, and the verb reports nothing ('أن الرئيس يهدد بفرض رسوم' keeps its introducer at once)."""
    if opener <= hit.last + 1 or s.quote_at(opener) or _is_complementizer(s, opener) or hit.first - 1 <= s.a \
            or len(hit.introducer) != 1 or len(s.keys[opener]) <= 1:
        return False  # (a preposition written apart, 'تدعو جميع الأطراف إلى', takes the verb's object between)
    k = hit.first - 1
    while k > s.a and hit.first - k <= 3 and s.tokens[k].is_word and not s.is_stop(k) \
            and not _is_complementizer(s, k) and k not in s.cue_tokens:
        k -= 1
    return k < hit.first - 1 and _is_complementizer(s, k) and s.keys[k] in ("ان", "بان", "لان")


def _aside_before_comma(s: Sentence, comma: int) -> bool:
    """English: the comma at token `comma` closes an aside opened by 'citing' or 'quoting' after an earlier comma
    ('Reuters, citing sources, reported …'); a cue right after it has its subject before the aside."""
    opening = next((k for k in range(comma - 1, max(s.a, comma - MAX_SOURCE_TOKENS) - 1, -1)
                    if s.tokens[k].text in COMMAS), None)
    return opening is not None and opening > s.a and opening + 1 < comma \
        and s.keys[opening + 1] in s.lex.quoting_verbs and s.keys[opening + 1].endswith("ing")


def _told_then_clause(s: Sentence, hit: CueHit) -> int | None:
    """English 'reminded the crowd he was …', 'informed voters they would …': a verb of telling that reports only
    with a complementizer, its addressee (three words at most, no pronoun subject among them) and a clause
    opening with a subject pronoun and a finite verb right after it, 'that' left out: the clause's first token."""
    if s.verb_first or s.keys[hit.last] not in s.lex.addressee_verbs:
        return None
    j = hit.last + 1
    while j < s.b and j - hit.last <= 3 and s.tokens[j].is_word and \
            s.keys[j] not in s.lex.clause_subjects_or_complementizers_or_wh_words:
        j += 1
    return j if j > hit.last + 1 and _pronoun_then_finite(s, j) else None


def _document_then_object(s: Sentence, hit: CueHit) -> int | None:
    """Arabic: a verb of showing ('أظهرت', listed in finding_verbs) right before a document or figures, definite
    or not ('بيانات رسمية صادرة عن …'), then, within the sentence, a noun with a definite genitive after it
    (its object, 'تراجع معدل التضخم'): where that object starts; the document shows it, no complementizer
    needed. The object follows the document's word and its adjective, or a comma."""
    subject = hit.last + 1
    if subject + 1 >= s.b or subject in s.protected \
            or s.strip_clitic(s.keys[hit.last]) not in s.lex.finding_verbs:
        return None
    key = s.keys[subject]
    if not (key in s.lex.documents or key[2:] in s.lex.documents or _is_document(s, subject)):
        return None
    first = subject + 1 if key.startswith("ال") else subject + 2  # ('تقرير لجنة …': the report's genitive)
    while first < min(s.b - 1, subject + 5) and s.keys[first].startswith("ال") and not s.is_stop(first) \
            and first not in s.protected and first not in s.cue_tokens:
        first += 1  # ('تقرير لجنة التحقيق وجود ثغرات': the genitive's own definite genitive, then the object)
    return next((k for k in range(first, min(s.b - 1, subject + 16))
                 if (k == first or s.tokens[k - 1].text in COMMAS) and _plain_word(s, k)
                 and not s.keys[k].startswith("ال") and s.keys[k] not in s.lex.issued_by
                 and s.tokens[k + 1].is_word and not s.is_stop(k + 1) and k + 1 not in s.cue_tokens
                 and (s.keys[k + 1].startswith("ال") or _plain_word(s, k + 1))), None)


def _written_rule_then_object(s: Sentence, hit: CueHit) -> bool:
    """Arabic: a verb right before one definite word naming a document or a rule ('الإجراءات', 'التعليمات',
    'البيان') and a bare noun, its object ('وتضمنت الإجراءات ضرورة …'): the text states its object, no
    complementizer needed (not 'وندد البيان بالهجوم': a preposition opens no object)."""
    subject, obj = hit.last + 1, hit.last + 2
    if obj >= s.b or not s.keys[subject].startswith("ال") or subject in s.protected:
        return False
    bare = s.keys[subject][2:]
    written = s.keys[subject] in s.lex.norms or _is_document(s, subject) or bare in s.lex.documents
    return written and s.tokens[obj].is_word and not s.is_stop(obj) and obj not in s.cue_tokens \
        and s.keys[obj][:1] not in ("ب", "ل") and not s.keys[obj].startswith("ال") and not _is_complementizer(s, obj)


def _noun_clause_after(s: Sentence, nxt: int) -> bool:
    """English 'a panel found the United States was in breach', 'experts suspect those losses were …', 'police
    suspect the leak came from …': an article (or a capitalised name, `_past_clause_after`) opening a short noun
    phrase and then a finite auxiliary or a past tense (after a word at least), with no comma, relative pronoun
    or 'to' between: a clause with its 'that' left out, what was found or believed."""
    if nxt >= s.b:
        return False
    if not (s.keys[nxt] in s.lex.determiners and s.keys[nxt] not in ("that", "no", "any", "such")):
        return False
    joined = False
    end = nxt + 6
    for k in range(nxt + 1, s.b):
        if k >= end:
            return False
        key = s.keys[k]
        if s.tokens[k].text in CURRENCY_SIGNS and k + 1 < s.b and s.tokens[k + 1].text[:1].isdigit():
            end += 1  # ('found the $2 billion program had failed': a sum in the noun phrase, its sign no word)
            continue
        if not s.tokens[k].is_word or k in s.cue_tokens or key in ("who", "which", "that", "to", "whose", "whom") \
                or key in s.lex.complementizers_or_prepositions:
            return False
        if key in s.lex.finite_auxiliaries and k > nxt + 1:
            return k + 1 < s.b and s.tokens[k + 1].is_word
        joined = joined or key in ("and", "or", "but")  # ('saw the tweet and removed …': the verb's second verb,
        # not a clause's; 'knew this hatred and foul talk were wrong' has its auxiliary)
        if k > nxt + 1 and not joined and (key in s.lex.irregular_pasts or (s.tokens[k].text.islower()
                                                                            and _regular_past(key))):
            return k + 1 < s.b and s.tokens[k + 1].is_word and (key in s.lex.irregular_pasts or (
                s.keys[k + 1] not in s.lex.prepositions and not s.keys[k - 1].endswith("ly")
                and s.keys[k - 1] not in s.lex.determiners))
            # ('suspect the leak came from a staffer'; not 'found the man injured near the river', 'assumed a
            # newly created role': participles)
    return False


_ED_NOT_PAST: Final[frozenset[str]] = frozenset({
    "shred", "bred", "red", "bed", "hundred", "embed", "naked", "wicked", "sacred", "beloved", "rugged"})


def _regular_past(key: str) -> bool:
    """A lower-case word in '-ed' read as a past tense ('raided', 'died'), not 'shred', 'speed', 'hundred'."""
    return len(key) > 3 and key.endswith("ed") and not key.endswith("eed") and key not in _ED_NOT_PAST


def _past_clause_after(s: Sentence, nxt: int) -> bool:
    """English 'she was sure Trump would win', 'Aides were confident Ruiz had the votes': after an adjective of
    belief or feeling, a capitalised name and a finite auxiliary or a past tense (`bare_clause_at`), within the
    sentence, the verb no cue of its own (after a verb, 'Battleground state Florida is …', 'does not mean
    Muslims are …', a capitalised word is too often no clause's subject)."""
    if s.keys[nxt] in s.lex.clause_subjects or not bare_clause_at(s.tokens, nxt, s.lex):
        return False
    for k in range(nxt + 1, min(s.b, nxt + 6)):
        if k in s.cue_tokens:
            return False
        key = s.keys[k]
        if key in s.lex.finite_auxiliaries or key in s.lex.irregular_pasts \
                or (s.tokens[k].text.islower() and _regular_past(key)):
            return k + 1 < s.b
    return False


def _quoted_object(s: Sentence, hit: CueHit) -> bool:
    """English 'the department reported "2,521 shooting incidents"', 'the study found "a clear rise …"': a
    verb of reporting or finding reports the quotation right after it (not 'saw "The Big Short"', a title; not
    'the firm had shown "a shocking disregard …"', a perfect participle after no document: what it did)."""
    key = s.keys[hit.last]
    return key in s.lex.inverting_verbs or (key in s.lex.finding_verbs and (
        key != "shown" or _document_subject(s, hit)))


def _opens_paragraph(s: Sentence, hit: CueHit) -> bool:
    """The cue is the first word of its paragraph, with no one quoted before it to go on for."""
    return s.text.rfind("\n", 0, s.tokens[hit.first].start) + 1 == s.tokens[hit.first].start \
        and not s.text[:s.tokens[hit.first].start].strip()


def _object_as_quotation(s: Sentence, i: int) -> bool:
    """English 'remembered him as "…"', 'recalled her as "…"', 'dismissed the island as a "lost cause"', 'rated
    the claim as being "mostly false"': a short object (up to five words), 'as', up to three lower-case words
    that open no clause (an article, 'being') and a quotation after them."""
    for j in range(i, min(s.b - 1, i + 6)):
        if s.keys[j] == "as":
            if j == i:
                return False
            k = j + 1
            while k < min(s.b - 1, j + 4) and s.quote_at(k) is None and s.tokens[k].is_word \
                    and s.tokens[k].text.islower() and k not in s.cue_tokens \
                    and s.keys[k] not in s.lex.clause_subjects_or_finite_auxiliaries:
                k += 1
            return s.quote_at(k) is not None or _one_word_quotation_at(s, k)
        if not s.tokens[j].is_word or j in s.cue_tokens:
            return False
    return False


def _one_word_quotation_at(s: Sentence, k: int) -> bool:
    """English 'dismissed the mayor as "greedy"': a quotation of one word opening at token k (`quote_at` reads one
    as a scare quote, no one's words; after 'as' and an object it is what the speaker called the object)."""
    if s.tokens[k].is_word:
        return False
    pos = s.tokens[k].start
    j = search_left(s.quote_starts, pos)
    return j < len(s.quotes) and s.quotes[j][0] == pos


def _object_as_phrase(s: Sentence, i: int) -> bool:
    """English 'see the program as an easy way in', 'viewed him as a fighter': an object of a few words (no verb,
    no comma), then 'as' and a phrase, not a clause ('saw the tower as it fell') nor a fixed 'as' ('as well',
    'as soon as')."""
    for j in range(i, min(s.b - 1, i + 8)):
        if s.keys[j] == "as":
            nxt = s.keys[j + 1]
            return j > i and s.tokens[j + 1].is_word and nxt not in s.lex.clause_subjects \
                and nxt not in ("if", "though", "well", "soon", "long", "much", "many", "far", "such", "usual") \
                and not (j + 2 < s.b and s.keys[j + 2] in s.lex.finite_auxiliaries)
        if not s.tokens[j].is_word or j in s.cue_tokens or s.keys[j] in s.lex.be_forms_or_finite_auxiliaries \
                or s.inside_quote(j):
            return False
    return False


def _document_subject(s: Sentence, hit: CueHit) -> bool:
    """'A new poll found Clinton ahead', 'Polls show a close race': a written source or a finding (poll, study,
    data) reports what it found or shows without a complementizer."""
    if s.keys[hit.last] not in s.lex.finding_verbs:
        return False
    subject = left_subject(s, hit.first)
    if subject is None:
        return False
    first, last = subject
    return _is_document(s, last) or any(_is_document(s, j) and (
        s.keys[j + 1] in ("of", "from", "by", "being", "in")
        or (s.tokens[j + 1].text.islower() and s.keys[j + 1].endswith("ed") and len(s.keys[j + 1]) > 4))
        for j in range(first, last))  # 'research conducted by …', 'a report released last year found …'


def masdar_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """'حديث الوزير عن أن …', 'تعهد الحكومة بخفض …': a verbal noun, its speaker in the genitive right after
    it, then the content's opener; never a subject before it."""
    opener = find_opener(s, hit.last + 1, hit.introducer, OPENER_REACH.get(s.lex.lang, 12))
    if opener is None and s.verb_first and s.strip_clitic(s.keys[hit.first]).startswith("تبن"):
        return _claimed_attack(s, hit)
    if opener is None:
        return []
    source = right_source(s, hit.last + 1, opener)
    if source is None and s.verb_first and hit.first > s.a + 1:
        source = verb_first_subject(s, hit.first)  # "وسارع المعهد على تويتر بنفي أنه …": the clause's subject
    content = _content_from(s, opener, hit.introducer)
    if content is not None and s.verb_first and hit.first > s.a and s.tokens[hit.first - 1].is_word:
        content = _before_predicate_after_quote(s, content)  # "ويعد حديث الوزير عن أن "…" تطورا مثيرا للقلق"
        content = _before_verdict(s, hit, content)
    return _maybe(_draft(content, hit, source, s))


def _claimed_attack(s: Sentence, hit: CueHit) -> list[Draft]:
    """Arabic 'بعد تبني التنظيم، الأحد، الهجوم على الحاجز، شددت …': a verbal noun of claiming after a time
    preposition (the cue finder has seen a noun of an attack after it): its genitive, up to a comma or the attack
    noun, claims; what it claims is the attack noun and what follows it up to the next comma."""
    source_end = attack = opening = None
    k = hit.last + 1
    while k < min(s.b, hit.last + 12) and attack is None:
        if s.tokens[k].text in COMMAS:
            source_end = k - 1 if source_end is None else source_end
            k += 3 if k + 2 < s.b and s.keys[k + 1] in s.lex.adverbs and s.tokens[k + 2].text in COMMAS else 1
            opening = k  # ('، الأحد،': a day set off by commas; the object opens after it)
            continue
        if not s.tokens[k].is_word:
            return []
        if s.keys[k] in s.lex.attack_nouns or _phrase_at(s, k, "attack_nouns"):
            attack = k
        k += 1
    if attack is None:
        return []
    if opening is None:  # ('بعد تبني التنظيم عملية التفجير': an indefinite noun in construct with the attack opens it)
        opening = attack - 1 if attack - 1 > hit.last + 1 and not s.keys[attack - 1].startswith("ال") \
            and attack - 1 not in s.protected else attack
        source_end = opening - 1
    if source_end is None or source_end < hit.last + 1 or opening > attack:
        return []
    end = next((j for j in range(attack + 1, s.b) if s.tokens[j].text in CLAUSE_PUNCT or s.is_end(j)), s.b)
    return _maybe(_draft(_span(s, opening, end - 1), hit, (hit.last + 1, source_end), s))


def _before_verdict(s: Sentence, hit: CueHit, content: Range) -> Range:
    """Arabic: a verbal noun right after a verb of judging or stirring (verdict_verbs: 'ويعد حديث الوزير عن أن
    الجلسة ستعقد تحولا لافتا', 'وأثار حديث المدير عن أن … جدلا واسعا') is that verb's subject; the verb's
    predicate or object closes its clause, the writer's verdict on the speech: the last run of indefinite words in
    the accusative ('تحولا لافتا') before the first comma, outside quotations, a word at least after the reported
    clause's first two, where the content ends."""
    verb = s.keys[hit.first - 1]
    if verb not in s.lex.verdict_verbs and not (verb[:1] == "و" and verb[1:] in s.lex.verdict_verbs):
        return content
    inside = [j for j in range(hit.last + 1, s.b) if s.tokens[j].start >= content[0] and s.tokens[j].end <= content[1]]
    comma = next((n for n, j in enumerate(inside) if s.tokens[j].text in COMMAS and not s.inside_quote(j)), None)
    inside = inside[:comma]  # ('… تطورا مثيرا للقلق، ويأتي في الوقت الذي يصل فيه 440 جنديا': the verdict's clause)
    runs = [j for n, j in enumerate(inside[2:], 2) if _indefinite_accusative(s, j)
            and not _indefinite_accusative(s, inside[n - 1]) and s.tokens[inside[n - 1]].is_word]
    if not runs:
        return content
    return content[0], s.tokens[runs[-1] - 1].end


_NOT_ACCUSATIVE_ENDINGS: Final = ("ها", "نا", "وا")  # a final alef of a pronoun or a plural verb


def _indefinite_accusative(s: Sentence, j: int) -> bool:
    """Arabic: token j is an indefinite word in the accusative, written with its final alef ('تطورا', 'جدلا'),
    outside quotations and known names, no adverb ('كثيرا'), no pronoun suffix ('موعدها', 'بلادنا') and no verb
    of a plural ('قالوا')."""
    key = s.keys[j]
    return len(key) >= 4 and key.endswith("ا") and not key.endswith(_NOT_ACCUSATIVE_ENDINGS) \
        and not key.startswith("ال") and s.tokens[j].is_word \
        and j not in s.protected and not s.inside_quote(j) and not _phrase_at(s, j, "adverbs")


def _before_predicate_after_quote(s: Sentence, content: Range) -> Range:
    """Arabic: the content of a verbal noun that is part of the clause of a verb before it ('ويعد حديث الوزير عن
    أن "…" تطورا مثيرا للقلق', 'وأثار تأكيد الوزارة أن "…" جدلا واسعا'): a closing quotation mark followed by an
    indefinite word in the accusative ends it; that word is the verb's predicate or object, the writer's."""
    for j in range(s.a, s.b - 1):
        tok = s.tokens[j]
        if tok.start < content[0] or tok.end > content[1]:
            continue
        nxt = s.keys[j + 1]
        if tok.text in QUOTE_MARKS and s.quote_ending(j) and s.tokens[j + 1].end <= content[1] \
                and s.tokens[j + 1].is_word and len(nxt) >= 4 and nxt.endswith("ا") and not nxt.startswith("ال") \
                and j + 1 not in s.protected and not _phrase_at(s, j + 1, "adverbs"):
            return content[0], tok.end
    return content


def noun_source_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """'وسط أنباء عن …', 'في ظل تقارير عن …', 'reports that …': a noun that is at once the cue and its own
    (unnamed) source, with the content opened right after it."""
    nxt = hit.last + 1
    if nxt >= s.b or not (_matches_introducer(s, nxt, hit.introducer) or _is_complementizer(s, nxt)):
        return []
    return _maybe(_draft(_content_from(s, nxt, hit.introducer), hit, (hit.first, hit.last), s))


def _person_noun(s: Sentence, i: int) -> bool:
    """A noun naming a person by role ('doctor', 'official', 'spokesman')."""
    return s.keys[i] in s.lex.anonymous_or_titles


_ISSUED_SOURCE_WORDS: Final = 12


def _document_then_past_participle(s: Sentence, first: int, blocker: int) -> bool:
    """English 'a study published in …', 'a report released Tuesday by …': among the words first..blocker - 1, a
    document noun (documents: 'study', 'report', 'survey') right after the phrase's opening and then a lower-case
    past participle describing it."""
    return any(_is_document(s, j) and s.tokens[j + 1].text.islower() and s.keys[j + 1].endswith("ed")
               for j in range(first, min(blocker - 1, first + 3)))


def _plain_subject_after_comma(s: Sentence, subject: tuple[int, int], hit: CueHit) -> bool:
    """A short noun phrase set off by a comma, without a preposition ('for the Cook Political Report') unless
    after a noun of people by role ('researchers at …'), and not a noun with an article ('a bedrock promise': a
    base form after 'a' is a noun, not a verb); a document or poll
    may carry a longer name ('…, an ABC News/Washington Post poll found.': two outlets joined by a slash), and so
    may a person named by a noun ('…, the Democratic candidate's longtime family doctor maintains.')."""
    first, last = subject
    quoted = first - 1 > s.a and s.tokens[first - 1].text in QUOTE_MARKS and s.quote_ending(first - 1) is not None \
        and s.text[s.tokens[first - 1].start - 1:s.tokens[first - 1].start] in COMMAS  # ('"…," the study found.')
    if first <= s.a or (s.tokens[first - 1].text not in COMMAS and not quoted):
        return False
    blocker = next((j for j in range(first, last + 1) if s.keys[j] in s.lex.content_blockers), None)
    of_people = blocker is not None and blocker > first and _person_noun(s, blocker - 1)  # ('…, researchers at
    # the University of Leeds reported.': people by role, and where they work)
    document = _is_document(s, last) or (blocker is not None and blocker > first and _is_document(s, blocker - 1)
                                         and s.keys[blocker] in ("of", "from", "by")
                                         and (s.keys[first] in s.lex.determiners or blocker - 1 == first))
    # ('…, a statement from the families read.', '…, data from the statistics office showed.': a written source,
    # and whose it is; not '…, un-redacted copy of the agency's investigative report.', a noun)
    described = blocker is not None and blocker - 1 > first and blocker - 1 in s.cue_tokens \
        and modifying_participle(s, blocker - 1)  # ('"…," the notice posted at the crossing read.': a noun
    # and a participle describing it)
    issued = blocker is not None and not document and _document_then_past_participle(s, first, blocker)
    document = document or issued  # ('…, a study published in the Lancet found.', '…, a report released Tuesday by
    # the housing agency found.': a written source, and where or by whom it came out)
    words = last - first
    if words > 3 and s.tokens[last].text == ")" and s.tokens[last - 2].text == "(" and s.tokens[last - 1].is_word \
            and s.tokens[last - 1].text.isupper():
        words -= 3  # ('…, the United States Geological Survey (USGS) reported.': the acronym adds no length)
    opening = first + (s.keys[first] == "the")
    named = opening < first + words and is_capitalised(s.tokens[first + words].text) and all(
        is_capitalised(s.tokens[j].text) or (s.keys[j] in s.lex.name_connectors and s.tokens[j].text.islower())
        for j in range(opening, first + words + 1))  # ('…, the National Oceanic and Atmospheric Administration
    # reported.': one capitalised name)
    if words > (_ISSUED_SOURCE_WORDS if issued else 7 if document or described or named or _person_noun(s, last)
                or of_people else 4):
        return False
    if blocker is not None and not of_people and not document and not described and not named:
        return False
    return document or not (s.keys[first] in ("a", "an") and s.keys[hit.last] + "s" in s.lex.cues)


def _infinitive_claims(s: Sentence, hit: CueHit, opener: int) -> list[Draft]:
    """'officials have tried to assure parents that …': the subject of the verb 'to' depends on;
    'it took little for the doctors to realize that …': the one after 'for'."""
    to = hit.first - 1
    for_ = next((j for j in range(to - 1, max(s.a - 1, to - 9), -1) if s.keys[j] == "for"), None)
    if for_ is not None and for_ + 1 < to:
        subject: tuple[int, int] | None = (for_ + 1, to - 1)
    elif (took := taking_verb(s.tokens, to)) is not None:
        subject = left_subject(s, took)  # 'The senator took to the floor to warn that …'
    elif (went := _going_verb(s, to)) is not None:
        # 'He went on to say that …', '…, Sanders said, going on to say that …', 'going so far as to say': who went
        earlier = [j for j in s.cue_tokens if j < went]
        subject = (_main_cue_subject(s, CueHit(went, went, s.tokens[went].start, s.tokens[went].end, "participle",
                                               "")) if earlier and s.tokens[went - 1].text in COMMAS else None) \
            or left_subject(s, went)
    else:  # the subject of the verb before 'to' ('officials have tried to …'), or its object ('forced him to …')
        to = _before_time_phrase(s, to)  # ('tried on Monday to argue …': Monday is when, not who)
        taken = chance_taken_before(s, to + 1)  # ('took the opportunity to remind …': who took it)
        subject = (left_subject(s, taken) if taken is not None else None) or _gapped_subject_before_to(s, to) \
            or _object_before_to(s, to) or left_subject(s, to - 1) or sentence_subject(s, to)
    source, conduits = _split_conduit(s, subject)
    return _maybe(_draft(_content_from(s, opener), hit, source, s, conduits))


def _gapped_subject_before_to(s: Sentence, to: int) -> tuple[int, int] | None:
    """English 'promised a veto and attempted to make the case that …', 'criticized the plan and sought to argue
    that …': 'and' and a lower-case past verb right before 'to' share the subject of the verb before them (a cue
    or a lower-case past, no comma between): that verb's subject, not its object."""
    past = to - 1
    if past - 1 <= s.a or s.keys[past - 1] != "and" or not s.tokens[past].text.islower() \
            or not (s.keys[past].endswith("ed") or s.keys[past] in s.lex.irregular_pasts):
        return None
    for k in range(past - 2, max(s.a, past - 10), -1):
        if not s.tokens[k].is_word or s.inside_quote(k):
            return None
        if s.tokens[k].text.islower() and (k in s.cue_tokens or (s.keys[k].endswith("ed") and len(s.keys[k]) > 4)):
            while k - 1 > s.a and k - 1 in s.cue_tokens:
                k -= 1
            return left_subject(s, k)
    return None


def _before_time_phrase(s: Sentence, i: int) -> int:
    """English 'tried on Monday to …', 'agreed last week to …': the token where a time phrase ('on', 'in',
    'last', 'this', 'earlier' and a word of `time_words` or `months`) right before token i opens, else i."""
    if i - 2 > s.a and (s.keys[i - 1] in s.lex.months_or_time_words) \
            and s.keys[i - 2] in ("on", "in", "last", "this", "earlier"):
        return i - 2
    return i


def _going_verb(s: Sentence, to: int) -> int | None:
    """English 'went on to', 'going so far as to', 'went as far as to': the verb of going before this 'to'."""
    go = ("go", "goes", "going", "went", "gone")
    if to - 2 > s.a and s.keys[to - 1] == "on" and s.keys[to - 2] in go:
        return to - 2
    if to - 4 > s.a and s.keys[to - 1] == "as" and s.keys[to - 2] == "far" and s.keys[to - 3] in ("so", "as") \
            and s.keys[to - 4] in go:
        return to - 4
    return None


def _relative_aside_opening(s: Sentence, close: int) -> int | None:
    """English: the comma opening a 'who'/'which' aside that the comma at token `close` closes ('Stumpf, who was
    under questioning, to …'), within twenty tokens and with no other comma, quotation or cue in it."""
    if close <= s.a or s.tokens[close].text not in COMMAS or s.inside_quote(close):
        return None
    for k in range(close - 1, max(s.a, close - 20), -1):
        if s.inside_quote(k) or k in s.cue_tokens:
            return None
        if s.tokens[k].text in COMMAS:
            return k if k + 1 < close and s.keys[k + 1] in ("who", "which") else None
    return None


def _object_before_to(s: Sentence, to: int) -> tuple[int, int] | None:
    """'forced the banker to admit …', 'led Dainis Ivans to fear …': the object right before 'to' (a name, an
    object pronoun or a noun phrase with an article) is the one who speaks."""
    last = to - 1
    opening = _relative_aside_opening(s, last)
    if opening is not None:
        return _object_before_to(s, opening)  # 'forced Stumpf, who was under questioning, to admit …': Stumpf
    if last <= s.a or not s.tokens[last].is_word:
        return None
    if s.keys[last] in ("him", "her", "them", "us", "me"):
        return last, last
    first = last
    while first - 1 > s.a and s.tokens[first - 1].is_word and last - first < 5 and first - 1 not in s.cue_tokens \
            and s.keys[first - 1] not in s.lex.auxiliaries and (s.tokens[first - 1].text[:1].isupper()
                                                                  or s.tokens[first].text[:1].islower()):
        if s.keys[first - 1] in s.lex.determiners:
            return first - 1, last
        first -= 1
    capitalised = all(s.tokens[k].text[:1].isupper() for k in range(first, last + 1))
    return (first, last) if capitalised and first > s.a else None


def _name_then_cue(s: Sentence, i: int) -> bool:
    """'papers show Mrs Thatcher warned …': a capitalised name and, right after it, another cue."""
    if not s.tokens[i].text[:1].isupper() or s.keys[i] in s.lex.determiners:
        return False
    for j in range(i + 1, min(s.b, i + 5)):
        if j in s.cue_tokens:
            return True
        if not s.tokens[j].text[:1].isupper():
            return False
    return False


def passive_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'she was warned that …', 'it was reported by the BBC that …': the content from the complementizer;
    the source is the agent after 'by' if there is one, else unnamed (the subject was told, it did not speak)."""
    opener = next((j for j in range(hit.last + 1, s.b) if _is_complementizer(s, j)
                   or (s.keys[hit.last + 1] == "by" and j > hit.last + 2 and s.keys[j] == "to")), None)
    if hit.last + 1 < s.b and s.keys[hit.last + 1] == "to" and s.keys[hit.first - 1] in s.lex.negations:
        return _maybe(_draft(_content_from(s, hit.last + 1), hit, None, s))  # 'was not believed to be …'
    if opener is None:
        return []  # ('was advised by the unit to postpone …': the advice from 'to', the agent's)
    agent = None
    if s.keys[hit.last + 1] == "by" and opener > hit.last + 2:
        agent = _before_time(s, (hit.last + 2, opener - 1))
    return _maybe(_draft(_content_from(s, opener), hit, agent or _opening_document(s, hit.first), s))


def _opening_document(s: Sentence, before: int) -> tuple[int, int] | None:
    """'In one briefing note she was warned that …', 'In a letter, residents were told that …': the document a
    sentence opens with ('in' and a noun phrase ending with a document noun) is where the words were written."""
    if s.keys[s.a] != "in":
        return None
    for j in range(s.a + 1, min(before, s.a + 6)):
        if not s.tokens[j].is_word:
            return None
        if s.keys[j] in s.lex.documents:
            while j + 1 < before and s.keys[j + 1] in s.lex.documents:
                j += 1  # 'briefing note'
            return s.a + 1, j
    return None


def _before_time(s: Sentence, agent: tuple[int, int]) -> tuple[int, int] | None:
    """'told by aides on Monday that', 'warned by regulators last year that': the agent ends before a time
    phrase or a preposition."""
    first, last = agent
    for j in range(first + 1, last + 1):
        if s.keys[j] in s.lex.content_blockers:
            last = j - 1
            break
    return first, _before_time_words(s, first, last)


def backed_by_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'The governor has been endorsed by three unions', 'The mayor, meanwhile, is supported by fewer
    groups': a passive of backing ('endorsed by', after a form of 'be') — the agent after 'by' backs the subject,
    which is what is attributed to it."""
    be = hit.first - 1
    while be > s.a and s.keys[be] not in s.lex.be_forms and (
            s.keys[be] in s.lex.adverbs or s.tokens[be].key.endswith("ly")):
        be -= 1  # ('is strongly supported by')
    if be <= s.a or s.keys[be] not in s.lex.be_forms:
        return []
    first = be
    while first - 1 > s.a and s.keys[first - 1] in s.lex.auxiliaries:
        first -= 1  # ('has been')
    if first - 3 > s.a and s.tokens[first - 1].text in COMMAS and s.tokens[first - 3].text in COMMAS \
            and s.keys[first - 2] in s.lex.subject_stops:
        first -= 3  # ('The mayor, meanwhile, is …')
    subject = left_subject(s, first)
    last = hit.last + 1
    while last + 1 < s.b and s.tokens[last + 1].is_word and (
            s.keys[last + 1] == "of" or s.keys[last + 1] not in s.lex.content_blockers):
        last += 1  # ('by a coalition of mayors', not 'by a grant from …' nor 'by the board on Monday')
    if subject is None or last <= hit.last or not _backers(s, hit.last + 1, last):
        return []
    agent = hit.last + 1, _before_time_words(s, hit.last + 1, last)
    return _maybe(_draft(_span(s, subject[0], subject[1]), hit, agent, s))


def agent_passive_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'His death was confirmed by police on Sunday', 'His views were echoed by a number of economists': a
    passive of agent_passives (see cues._agent_passive) with people or bodies after 'by' reports its subject for
    them, as the active verb reports its object (not after a relative or a pronoun: 'which was reported by …')."""
    be = hit.first - 1
    while be > s.a and s.keys[be] not in s.lex.be_forms:
        be -= 1
    while be - 1 > s.a and s.keys[be - 1] in s.lex.auxiliaries_or_negations:
        be -= 1  # ('has been', 'will not be')
    subject = left_subject(s, be)
    if subject is None or s.inside_quote(hit.first) or s.keys[subject[0]] in ("who", "which", "that", "what") \
            or (subject[0] == subject[1] and s.keys[subject[0]] in s.lex.pronouns_or_relatives):
        return []
    first = hit.last + 2
    last = hit.last + 1
    while last + 1 < s.b and ((s.tokens[last + 1].is_word and (
            s.keys[last + 1] == "of" or s.keys[last + 1] not in s.lex.content_blockers
            or (s.keys[last], s.keys[last + 1]) in _AGENT_LINKS) and not _next_predicate(s, last + 1))
            or (s.tokens[last + 1].text == "." and last + 2 < s.b and s.keys[last] + "." in s.lex.abbreviations)):
        last += 1  # ('by a number of tax experts', 'by Mr. Osei', 'by people familiar with …'; not 'by the
        # council in 2015', nor '… by the Associated Press and confirmed by …')
    if last < first or not _backers(s, first, last) or _reported_elsewhere(s, hit, subject[0], last):
        return []
    agent = first, _before_time_words(s, first, last)
    return _maybe(_draft(_span(s, subject[0], subject[1]), hit, agent, s))


_AGENT_LINKS: Final = frozenset({("familiar", "with"), ("close", "to")})


def _next_predicate(s: Sentence, conj: int) -> bool:
    """English: token conj is 'and', 'or' or 'but' before a lower-case '-ed' word, a finite auxiliary or a cue
    ('… by the agency and confirmed by …'): the clause's next predicate, not more of the phrase before it."""
    nxt = conj + 1
    return s.keys[conj] in ("and", "or", "but") and nxt < s.b and s.tokens[nxt].text.islower() and (
        s.keys[nxt].endswith("ed") or s.keys[nxt] in s.lex.finite_auxiliaries or nxt in s.cue_tokens)


def _reported_elsewhere(s: Sentence, hit: CueHit, first: int, last: int) -> bool:
    """Another cue of the sentence before token first or after token last ('Officials said the firm was accused
    of …', 'Workers were praised for their bravery, the mayor said'): it reports the clause of a passive found
    between them, which is then no record of its own."""
    return any(j in s.cue_tokens and j != hit.first and not first <= j <= last for j in range(s.a, s.b))


_BACKER_HEADS: Final = ("anonymous", "titles", "organizations", "government", "outlet_nouns", "referring_heads")


def _backers(s: Sentence, first: int, last: int) -> bool:
    """Tokens first..last name people or bodies that can back someone: a name, a share of those polled ('42
    percent') or a head of people or bodies ('voters', 'unions', 'a coalition of …'); not evidence, cables or
    funds ('supported by steel cables')."""
    for k in range(first, last + 1):
        key = s.keys[k]
        if s.tokens[k].text[:1].isupper() or key in ("percent", "%"):
            return True
        if any(key in s.lex.words[n] or key[:-1] in s.lex.words[n] for n in _BACKER_HEADS):
            return True
    return False


def _hearsay_claim(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'dismissed a rumor circulating online that the bridge would close': the clause from the 'that'
    after the hit, its source the noun of hearsay with its article ('a rumor'), someone not named; not inside a
    quotation."""
    content = _content_from(s, hit.last + 1)
    if content is None or s.inside_quote(hit.first):
        return []
    first = hit.first - 1 if hit.first - 1 >= s.a and s.keys[hit.first - 1] in ("a", "an", "the") else hit.first
    return _maybe(_draft(content, hit, (first, hit.first), s))


def possessed_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'Politifact seized on Trump's claim that …': the clause after 'that', said by the possessor (or by
    the agent after 'from'/'by': 'ignored warnings from his lawyer that …')."""
    if hit.last > hit.first and s.keys[hit.first + 1] in AGENT_PREPOSITIONS:
        return _agented_claim(s, hit)
    if s.keys[hit.first] in s.lex.hearsay_nouns:
        return _hearsay_claim(s, hit)
    owner = possessor(s.tokens, hit.first, s.a, s.lex)
    content = _content_from(s, hit.last + 1 + time_gap(s.tokens, hit.last + 1, s.lex))  # ('a pledge on Monday that')
    if owner is None:
        if content is None or hit.first != hit.last or s.inside_quote(hit.first) \
                or s.keys[hit.first] not in s.lex.unowned_report_nouns \
                or any(j != hit.first and j not in s.according_starts and not _in_relative_aside(s, hit.first, j)
                       for j in s.cue_tokens):
            return []  # (another cue in the sentence reports its words: 'send a clear message that …, he said')
        fronted = hit.first - s.a <= 4  # ('Amid fears that the bank would fail, investors sold …')
        content = _to_first_comma(s, hit, content) if fronted else content
        voiced = _voicing_verb_before(s, hit.first)
        holder = left_subject(s, voiced) if voiced is not None else None
        if holder is not None:  # ('Democrats raised concerns that …': who raised them)
            return _maybe(_draft(content, hit, holder, s))
        return [Draft(content, cue_range(hit), None, None, "passive", s.keys[hit.first])]
        # ('amid growing concerns that …': held by someone not named, no speaker resolved)
    if content is None:
        return []
    written = owner  # (the possessor as written: 'its' in 'repeated its warning that …')
    owner = _voicer_of_own_report(s, hit, owner)
    main = passive_after_clause(s.tokens, hit.last + 2, s.lex) \
        if owner[0] <= s.tokens[s.a].start and hit.first == hit.last else None  # (not after a copula)
    if main is not None and main > hit.last + 2:  # "The mayor's claim that crime had fallen was disputed by
        content = content[0], min(content[1], s.tokens[main - 1].end)  # police": the clause ends at the main verb
        return [Draft(content, cue_range(hit), owner, None, hit.frame, s.keys[hit.first])]
    first = hit.first - 1  # (the possessor's first word: before one lower-case adjective at most)
    while first > s.a and s.tokens[first].start > written[0]:
        first -= 1
    if hit.first > s.a + 1 and not s.tokens[hit.first - 1].text[:1].isupper() \
            and not (hit.first - 2 > s.a and s.tokens[hit.first - 2].text[:1].isupper()) \
            and not _body_possessor(s, hit.first - 1) \
            and any(j in s.cue_tokens and s.tokens[j].end <= written[0] for j in (first - 1, first - 2)):
        return []  # 'Trump highlighted his message that …', 'said in its monthly report that …': the verb before
        # reports it, its subject speaks ("denied Greenpeace's claim that …": a named possessor, the one who claims,
        # says it in a report of its own)
    commas = [j for j in range(hit.last + 2, s.b) if s.tokens[j].text in COMMAS and s.tokens[j].start < content[1]
              and (not s.inside_quote(j) or _closing_mark_after(s, j) is not None)]
    fronted = hit.last + 2 < s.b and _is_complementizer(s, hit.last + 1) \
        and (s.keys[hit.last + 2] == "to" or s.keys[hit.last + 2] in s.lex.subordinators)
    if fronted and commas:  # 'her admission that to pay for it, she must raise taxes': the first comma closes
        commas = commas[1:]  # the clause set before the subject, not the content
        if not commas:
            return [Draft(content, cue_range(hit), owner, None, hit.frame, s.keys[hit.first])]
    comma = commas[0] if commas else None
    if comma is not None and hit.last == hit.first:
        # 'Contrary to his claim that …, there would be …': the noun phrase ends at a comma (not after a copula:
        # 'His bet is that as prices rise, …' runs to the sentence's end)
        close = _closing_mark_after(s, comma)
        content = (content[0], s.tokens[comma - 1 if close is None else close].end)
    return [Draft(content, cue_range(hit), owner, None, hit.frame, s.keys[hit.first])]


def _agented_claim(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'despite warnings from his lawyer that the case was lost, …': the clause after 'that' (to the first
    comma after it, or to a passive main verb: 'The claim by the union that … was rejected by …'), said by the
    agent, tokens hit.first + 2 … hit.last."""
    that = agent_that(s.tokens, hit.last)  # ('by the chairman, Colm Reddy, that …': after the name's comma)
    content = _content_from(s, that)
    if content is None:
        return []
    main = passive_after_clause(s.tokens, that + 1, s.lex)
    if main is not None and main > that + 1:
        content = content[0], min(content[1], s.tokens[main - 1].end)
    else:
        comma = next((j for j in range(that + 1, s.b - 1) if s.tokens[j].text in COMMAS
                      and s.tokens[j].start < content[1] and not s.inside_quote(j)
                      and s.tokens[j + 1].start > s.tokens[j].end), None)  # (not '$117,000')
        if comma is not None:
            content = content[0], s.tokens[comma - 1].end
    agent = (s.tokens[hit.first + 2].start, s.tokens[hit.last].end)
    return [Draft(content, cue_range(hit), agent, None, hit.frame, s.keys[hit.first])]


def _in_relative_aside(s: Sentence, noun: int, j: int) -> bool:
    """English 'made a pledge that she would block the bill, which she called a giveaway': the cue at token j,
    after the report noun, sits in a relative clause opened by a comma and 'which' or 'who' (no other comma
    between) that closes the sentence, a remark after the content; it does not report the noun's words."""
    if j <= noun:
        return False
    for k in range(j - 1, noun, -1):
        if s.tokens[k].text in COMMAS:
            return k + 1 < j and s.keys[k + 1] in ("which", "who") \
                and not any(s.tokens[m].text in COMMAS for m in range(j + 1, s.b))  # (closing the sentence)
    return False


def _voicer_of_own_report(s: Sentence, hit: CueHit, owner: tuple[int, int]) -> tuple[int, int]:
    """English 'The union repeated its warnings that …', 'Tenants renewed their complaint that …': 'its' or 'their'
    right after a verb of voicing (voicing_verbs) stands for that verb's subject, who holds the report: the
    subject is the source, not the pronoun (a body is never what 'its' resolves to; 'his' and 'her' stay, and
    resolve to the named subject)."""
    k = hit.first - 1 if s.tokens[hit.first - 1].start == owner[0] else hit.first - 2
    if k <= s.a or s.tokens[k].start != owner[0] or s.keys[k] not in ("its", "their") \
            or s.keys[k - 1] not in s.lex.voicing_verbs or not s.tokens[k - 1].text.islower():
        return owner
    holder = left_subject(s, k - 1)
    if holder is None or holder[1] >= k - 1:
        return owner
    return s.tokens[holder[0]].start, s.tokens[holder[1]].end


def _body_possessor(s: Sentence, k: int) -> bool:
    """English "the newspaper's report", "the agency's claim": a possessive outlet or body noun after an article
    names its own holder, who reports in it (not 'his message')."""
    text = s.tokens[k].text.lower()
    if not text.endswith(("'s", "’s")) or k - 1 < s.a or s.keys[k - 1] not in ("the", "a", "an"):
        return False
    noun = text[:-2]
    return noun in s.lex.outlet_nouns or noun in s.lex.organizations


def _voicing_verb_before(s: Sentence, noun: int) -> int | None:
    """English 'raised concerns that', 'carried a tacit acknowledgment that', 'persisted in arguments that': the
    verb of voicing (voicing_verbs) before the noun's phrase — a determiner, one lower-case word or 'in' at most
    between them — or before a first object joined to it by 'and'; its index."""
    j, reach = noun - 1, 3
    while reach > 0 and j > s.a:
        if s.keys[j] == "and" and reach < 3:  # ('carried a more personal tone, and a tacit acknowledgment that …':
            j -= 2 if s.tokens[j - 1].text in COMMAS else 1  # a second object of the same verb)
            reach = 6
            continue
        if not s.tokens[j].is_word:
            return None
        if s.keys[j] in s.lex.voicing_verbs and s.tokens[j].text.islower():
            if j - 1 > s.a and s.keys[j - 1] in s.lex.voicing_verbs and s.tokens[j - 1].text.islower():
                return j - 1  # ('made repeated claims that …': the first is the verb, the second its object's word)
            return j
        j -= 1
        reach -= 1
    return None


def _to_first_comma(s: Sentence, hit: CueHit, content: Range) -> Range:
    """A report noun's clause ends at its first comma outside a quotation ('Amid concerns that the bank would
    fail, investors sold …')."""
    comma = next((j for j in range(hit.last + 2, s.b) if s.tokens[j].text in COMMAS
                  and s.tokens[j].start < content[1] and not s.inside_quote(j)), None)
    if comma is None or comma - 1 <= hit.last + 1:
        return content
    return content[0], s.tokens[comma - 1].end


def _closing_mark_after(s: Sentence, j: int) -> int | None:
    """The token closing a quotation right after token j ('nothing,"', "nothing,''"), if one does."""
    k = j + 1
    while k < s.b and s.tokens[k].text in QUOTE_MARKS:
        if s.quote_ending(k) is not None:
            return k
        k += 1
    return None


def after_quote_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """Arabic '"…"، هذا ما قاله رئيس النقابة': a verb with its object pronoun reports the quotation the sentence
    opens with; elsewhere ('ما قاله النائب عن الفساد') it reports nothing of its own."""
    hit = replace(hit, frame="verb")
    return verb_claims(s, hit) if _quotation_before_verb(s, hit) is not None else []


def charge_participle_claims(s: Sentence, hit: CueHit) -> list[Draft]:
    """English 'A lawsuit accusing the city of racial bias was dismissed …': a participle of charging
    (of charging_verbs) inside its subject reports its object and what it is charged with; the finite verb after them
    is the main clause's, no part of the charge."""
    drafts = participle_claims(s, hit)
    key = s.keys[hit.last]
    if not drafts or s.verb_first or s.lex.lang != "en" or not key.endswith("ing") \
            or key[:-3] + "ed" not in s.lex.charging_verbs:
        return drafts  # ('accusing', 'blaming': the -ing forms of the list's 'accused', 'blamed')
    end = _charge_end(s, hit)
    if end is None:
        return drafts
    return [replace(d, content=(d.content[0], end)) if d.content[0] < end < d.content[1] else d for d in drafts]


def _charge_end(s: Sentence, hit: CueHit) -> int | None:
    """Where the charge after a participle of charging ends: before the first lower-case finite verb after its
    'of' or 'for' phrase ('accusing X of defrauding students can go …'), when no clause opens between them."""
    of = next((k for k in range(hit.last + 1, min(s.b, hit.last + 9)) if s.keys[k] in ("of", "for")), None)
    if of is None:
        return None
    for m in range(of + 1, min(s.b, of + 16)):
        tok = s.tokens[m]
        if s.inside_quote(m) or not tok.is_word or m in s.cue_tokens or s.keys[m] in s.lex.complementizers \
                or s.keys[m] in s.lex.clause_subjects:
            return None
        if tok.text.islower() and s.keys[m] in s.lex.be_forms_or_finite_auxiliaries and m > of + 1:
            return s.tokens[m - 1].end
    return None


FRAMES: Final[dict[str, Callable[[Sentence, CueHit], list[Draft]]]] = {
    "verb": verb_claims,
    "verb_that": verb_that_claims,
    "verb_pl": verb_claims,
    "according": according_claims,
    "according_weak": according_claims,
    "according_poll": poll_claims,
    "according_estimate": poll_claims,  # ('…, by one estimate.': read as a poll phrase)
    "according_view": view_claims,
    "noun_colon": colon_noun_claims,
    "adverb_report": adverb_claims,
    "according_relay": according_claims,
    "participle": charge_participle_claims,
    "noun": participle_claims,
    "relay": relay_claims,
    "masdar": masdar_claims,
    "noun_source": noun_source_claims,
    "passive": passive_claims,  # (never listed: a verb's frame once it is read as a passive participle)
    "possessed": possessed_claims,  # (never listed: a report noun after its possessor, found by its own rule)
    "verb_after_quote": after_quote_claims,
    "verb_share": share_claims,
    "backed_by": backed_by_claims,
    "passive_charge": passive_charge_claims,  # (never listed: a verb of charging read as a passive participle)
    "agent_passive": agent_passive_claims,  # (never listed: a participle of agent_passives before 'by')
}


def _keeps_adjuncts(s: Sentence, key: str) -> bool:
    """A verb whose content keeps a trailing time or reason clause ('felt betrayed when …', 'video shows him …
    before he was shot'): the adjunct belongs to what is reported."""
    return key in s.lex.addressee_verbs_or_clause_verbs_or_inverting_verbs
