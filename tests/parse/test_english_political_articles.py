"""Whole political news articles written for the project: speakers carried over by pronouns, titles and
surnames across sentences, two speakers alternating, documents as sources, quotations going on
across paragraphs, page furniture. Each record is (kind, source as written, resolved source, the
content's first 30 characters)."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold

MAYOR_AND_COUNCIL: str = (
    "Mayor, council clash over police budget\n"
    "\n"
    "Mayor Robert Finley and City Council President Janet Oduya traded barbs Wednesday over the "
    "city's police budget.\n"
    "\n"
    'Finley said the department needed 50 more officers to keep up with rising calls. "We are '
    'stretched thin," he said.\n'
    "\n"
    'Oduya said the money would be better spent on mental health services. "More officers is not the '
    'answer," she said.\n'
    "\n"
    "The mayor argued that response times had doubled in three years.\n"
    "\n"
    "The council president countered that crime had fallen over the same period.\n"
    "\n"
    "He said he would veto any budget that cut police funding. She said the council had enough votes "
    "to override him.\n"
    "\n"
    "Finley believes the public is on his side. Oduya thinks the voters will back the council.\n"
)

ADVISER_AND_SENATOR: str = (
    "Trump adviser defends travel ban\n"
    "\n"
    "Stephen Miller, a senior adviser to President Trump, defended the administration's travel ban "
    "on Sunday.\n"
    "\n"
    "Miller said the courts had no authority to second-guess the president on national security.\n"
    "\n"
    '"The powers of the president to protect our country are very substantial and will not be '
    'questioned," he said on "Face the Nation."\n'
    "\n"
    "Critics disagree. Sen. Dianne Feinstein said the ban was unconstitutional and un-American.\n"
    "\n"
    '"This is not who we are," she said. "We are a nation of immigrants."\n'
    "\n"
    "Miller insisted the ban was temporary. Feinstein countered that it had already caused chaos at "
    "airports.\n"
    "\n"
    "The adviser also said the White House was considering a new executive order. The senator said "
    "she would fight any new ban.\n"
    "\n"
    "Many legal scholars think the ban will eventually reach the Supreme Court.\n"
)

HEARING: str = (
    "Lawmakers question FBI director\n"
    "\n"
    "FBI Director James Comey told lawmakers on Thursday that the bureau had found no evidence of "
    "criminal intent in the email case.\n"
    "\n"
    "Rep. Jason Chaffetz, the chairman of the House Oversight Committee, pressed Comey on why no "
    "charges were filed.\n"
    "\n"
    '"It seems to me there is a double standard," the chairman said.\n'
    "\n"
    "Comey replied that prosecutors had never brought a case on similar facts.\n"
    "\n"
    '"I know this is frustrating to many people," the director said. "But we followed the facts."\n'
    "\n"
    "Chaffetz said he would ask the bureau to turn over its notes. Chaffetz also said he planned to "
    "hold more hearings.\n"
    "\n"
    "Comey said the investigation had been conducted by career professionals.\n"
)

QUOTE_OVER_PARAGRAPHS: str = (
    "Pelosi: Democrats will fight tax bill\n"
    "\n"
    'House Democratic leader Nancy Pelosi vowed Tuesday to fight the Republican tax plan "every step '
    'of the way."\n'
    "\n"
    '"This bill is a scam," Pelosi said at a news conference. "It gives huge tax breaks to '
    "corporations and the wealthy, and it sticks the middle class with the bill.\n"
    "\n"
    '"Working families will pay more. Their children will inherit the debt."\n'
    "\n"
    'She continued, "We will not let this happen without a fight."\n'
    "\n"
    'House Majority Leader Kevin McCarthy said Democrats were "stuck in the past." He argued that '
    "the cuts would bring jobs back from overseas.\n"
    "\n"
    "Pelosi believes the bill will become a liability for Republicans in the midterm elections. Her "
    "aides say internal polling supports that view.\n"
    "\n"
    "(Photo by Chip Somodevilla/Getty Images)\n"
    "\n"
    "Read more: The winners and losers in the GOP tax plan\n"
)

MEMO_AND_LAWSUIT: str = (
    "Memo reveals internal doubts over hospital plan\n"
    "\n"
    "An internal memo obtained by The Associated Press shows that health officials warned the "
    "governor's office about staffing shortages months before the hospital closed.\n"
    "\n"
    "The memo says the facility lacked enough nurses to keep its emergency room open overnight.\n"
    "\n"
    "According to court documents filed Monday, the state ignored repeated warnings from "
    "inspectors.\n"
    "\n"
    "The lawsuit alleges that administrators falsified staffing records to pass inspections.\n"
    "\n"
    "A spokeswoman for the governor, Linda Park, said the administration had acted on every "
    "recommendation it received.\n"
    "\n"
    '"The governor has always put patient safety first," Park said in a statement.\n'
    "\n"
    "The spokeswoman declined to comment on the lawsuit.\n"
    "\n"
    "Attorneys for the families argue that the closure left rural residents without emergency care. "
    "In their view, the state put budget savings ahead of lives.\n"
)

LEAKED_MEMO: str = (
    "Leaked memo shows GOP worries over Senate map\n"
    "\n"
    "WASHINGTON — A confidential memo circulated among Republican donors warns that the party could "
    "lose control of the Senate in November.\n"
    "\n"
    "The memo, written by a senior strategist at the National Republican Senatorial Committee, says "
    "that at least five incumbents are in serious danger.\n"
    "\n"
    '"Our majority is at real risk," the memo states. "Donors must act now."\n'
    "\n"
    "The document was first reported by The New York Times.\n"
    "\n"
    "A spokesman for the committee, Andrea Bozek, declined to comment on the memo but said the party "
    "remained confident.\n"
    "\n"
    "Democrats seized on the document. Sen. Jon Tester of Montana, who leads the Democratic campaign "
    "arm, said the memo confirmed what his party had been saying for months.\n"
    "\n"
    '"They know they are in trouble," Tester said. "And they should be."\n'
    "\n"
    "Share this article\n"
    "Follow us on Facebook\n"
)


ARTICLES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    (
        MAYOR_AND_COUNCIL,
        [
            ("indirect", "Finley", "Robert Finley", "the department needed 50 more "),
            ("direct", "he", "Robert Finley", '"We are stretched thin,"'),
            ("indirect", "Oduya", "Janet Oduya", "the money would be better spen"),
            ("direct", "she", "Janet Oduya", '"More officers is not the answ'),
            ("indirect", "The mayor", "Robert Finley", "that response times had double"),
            (
                "indirect",
                "The council president",
                "Janet Oduya",
                "that crime had fallen over the",
            ),
            ("indirect", "He", "Robert Finley", "he would veto any budget that "),
            ("indirect", "She", "Janet Oduya", "the council had enough votes t"),
            ("indirect", "Finley", "Robert Finley", "the public is on his side"),
            ("indirect", "Oduya", "Janet Oduya", "the voters will back the counc"),
        ],
    ),
    (
        ADVISER_AND_SENATOR,
        [
            ("indirect", "Stephen Miller", "Stephen Miller", "the administration's travel ba"),
            ("indirect", "Miller", "Stephen Miller", "the courts had no authority to"),
            ("direct", "he", "Stephen Miller", '"The powers of the president t'),
            ("indirect", "Sen. Dianne Feinstein", "Dianne Feinstein", "the ban was unconstitutional a"),
            ("direct", "she", "Dianne Feinstein", '"This is not who we are,"'),
            ("direct", "she", "Dianne Feinstein", '"We are a nation of immigrants'),
            ("indirect", "Miller", "Stephen Miller", "the ban was temporary"),
            ("indirect", "Feinstein", "Dianne Feinstein", "that it had already caused cha"),
            ("indirect", "The adviser", "Stephen Miller", "the White House was considerin"),
            ("indirect", "The senator", "Dianne Feinstein", "she would fight any new ban"),
            ("indirect", "Many legal scholars", "Many legal scholars", "the ban will eventually reach "),
        ],
    ),
    (
        HEARING,
        [
            ("indirect", "FBI Director James Comey", "James Comey", "that the bureau had found no e"),
            ("direct", "the chairman", "Jason Chaffetz", '"It seems to me there is a dou'),
            ("indirect", "Comey", "James Comey", "that prosecutors had never bro"),
            ("direct", "the director", "James Comey", '"I know this is frustrating to'),
            ("direct", "the director", "James Comey", '"But we followed the facts."'),
            ("indirect", "Chaffetz", "Jason Chaffetz", "he would ask the bureau to tur"),
            ("indirect", "Chaffetz", "Jason Chaffetz", "he planned to hold more hearin"),
            ("indirect", "Comey", "James Comey", "the investigation had been con"),
        ],
    ),
    (
        QUOTE_OVER_PARAGRAPHS,
        [
            ("indirect", "Pelosi", "Pelosi", "Democrats will fight tax bill"),
            (
                "mixed",
                "House Democratic leader Nancy Pelosi",
                "Nancy Pelosi",
                "to fight the Republican tax pl",
            ),
            ("direct", "Pelosi", "Nancy Pelosi", '"This bill is a scam,"'),
            ("direct", "Pelosi", "Nancy Pelosi", '"It gives huge tax breaks to c'),
            ("direct", "Pelosi", "Nancy Pelosi", '"Working families will pay mor'),
            ("direct", "She", "Nancy Pelosi", '"We will not let this happen w'),
            (
                "mixed",
                "House Majority Leader Kevin McCarthy",
                "Kevin McCarthy",
                'Democrats were "stuck in the p',
            ),
            ("indirect", "He", "Kevin McCarthy", "that the cuts would bring jobs"),
            ("indirect", "Pelosi", "Nancy Pelosi", "the bill will become a liabili"),
            ("indirect", "Her aides", "Her aides", "internal polling supports that"),
        ],
    ),
    (
        MEMO_AND_LAWSUIT,
        [
            ("indirect", "An internal memo", "An internal memo", "that health officials warned t"),
            ("indirect", "health officials", "health officials", "the governor's office about st"),
            ("indirect", "The memo", "An internal memo", "the facility lacked enough nur"),
            (
                "indirect",
                "court documents filed Monday",
                "court documents filed Monday",
                "the state ignored repeated war",
            ),
            ("indirect", "The lawsuit", "The lawsuit", "that administrators falsified "),
            ("indirect", "Linda Park", "Linda Park", "the administration had acted o"),
            ("direct", "Park", "Linda Park", '"The governor has always put p'),
            ("indirect", "Attorneys for the families", "Attorneys for the families", "that the closure left rural re"),
            ("indirect", "their", "Attorneys for the families", "the state put budget savings a"),
        ],
    ),
    (
        LEAKED_MEMO,
        [
            (
                "indirect",
                "A confidential memo circulated among Republican donors",
                "A confidential memo circulated among Republican donors",
                "that the party could lose cont",
            ),
            (
                "indirect",
                "The memo",
                "A confidential memo circulated among Republican donors",
                "that at least five incumbents ",
            ),
            (
                "direct",
                "the memo",
                "A confidential memo circulated among Republican donors",
                '"Our majority is at real risk,',
            ),
            ("direct", "the memo", "A confidential memo circulated among Republican donors", '"Donors must act now."'),
            ("indirect", "The New York Times", "The New York Times", "The document"),
            ("indirect", "Andrea Bozek", "Andrea Bozek", "the party remained confident"),
            ("indirect", "Sen. Jon Tester of Montana", "Jon Tester", "the memo confirmed what his pa"),
            (
                "indirect",
                "the memo",
                "A confidential memo circulated among Republican donors",
                "what his party had been saying",
            ),
            ("direct", "Tester", "Jon Tester", '"They know they are in trouble'),
            ("direct", "Tester", "Jon Tester", '"And they should be."'),
        ],
    ),
]


@pytest.mark.parametrize(("text", "records"), ARTICLES)
def test_a_whole_political_article_gives_its_records(text: str, records: list[tuple[str, str, str, str]]) -> None:
    result = parse(text, "en")
    assert offsets_hold(result)
    assert [(a.kind, a.source_text, a.source_canonical, a.content.text[:30]) for a in result.attributions] == records
