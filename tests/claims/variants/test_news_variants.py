"""End-to-end variants of real BBC articles (see news/README.md), with small fact tables
written from the articles, and unrelated articles checked against the seed's table.

Variants are plain string replacements; every replaced string must occur in the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.checker import check_claims
from summarize.facts import load_facts, parse_facts

NEWS = Path(__file__).resolve().parent / "news"
ROOT = Path(__file__).resolve().parents[3]
SEED_FACTS = load_facts(str(ROOT / "seeds" / "facts.yaml"))

ARTICLES = {
    "dome": "bbc-politics-006-dome.txt",
    "yukos": "bbc-business-003-yukos.txt",
    "maternity": "bbc-politics-001-maternity.txt",
}


def article(name: str) -> str:
    return (NEWS / ARTICLES[name]).read_text(encoding="utf-8")


def table(name: str):
    return load_facts(str(NEWS / f"{name}.yaml"))


def variant(name: str, *replacements: tuple[str, str]) -> str:
    text = article(name)
    for old, new in replacements:
        assert old in text, f"variant replaces text the article does not have: {old!r}"
        text = text.replace(old, new)
    return text


def statuses(report) -> dict[str, str]:
    return {f.id: f.status for f in report.facts}


def expect(name: str, default: str = "supported", **changed: str) -> dict[str, str]:
    out = {f.id: default for f in table(name).facts}
    for key, status in changed.items():
        fid = key.replace("_", "-")
        assert fid in out, fid
        out[fid] = status
    return out


# (id, article, replacements, expected statuses, key claims: fact -> [(text, status)])
NEWS_VARIANTS = [
    # --- Millennium Dome: number, place, people, organization
    (
        "dome-as-published",
        "dome",
        [],
        expect("dome", watchdog="not-mentioned"),
        {
            "upkeep-cost": [("£28.7m", "supported")],
            "dome-site": [("Greenwich, London", "supported")],
        },
    ),
    (
        "dome-other-cost",
        "dome",
        [("£28.7m", "£32.5m")],
        expect("dome", watchdog="not-mentioned", upkeep_cost="contradicted"),
        {"upkeep-cost": [("£32.5m", "contradicted")]},
    ),
    (
        "dome-other-site",
        "dome",
        [("in Greenwich, London", "in Sheffield")],
        expect("dome", watchdog="not-mentioned", dome_site="contradicted"),
        {"dome-site": [("Sheffield", "contradicted")]},
    ),
    (
        "dome-misspelt-minister",
        "dome",
        [("Minister John Prescott", "Minister John Prescot")],
        expect("dome", watchdog="not-mentioned"),
        {"deputy-prime-minister": [("John Prescot", "supported")]},
    ),
    (
        "dome-other-minister",
        "dome",
        [("Minister John Prescott", "Minister Gordon Brown")],
        expect("dome", watchdog="not-mentioned", deputy_prime_minister="contradicted"),
        {"deputy-prime-minister": [("Gordon Brown", "contradicted")]},
    ),
    (
        "dome-organization-named",
        "dome",
        [("finance watchdog says.", "finance watchdog, the National Audit Office, says.")],
        expect("dome"),
        {"watchdog": [("National Audit Office", "supported")]},
    ),
    (
        "dome-organization-by-alias",
        "dome",
        [("finance watchdog says.", "finance watchdog, the NAO, says.")],
        expect("dome"),
        {"watchdog": [("NAO", "supported")]},
    ),
    (
        "dome-other-organization",
        "dome",
        [("finance watchdog says.", "finance watchdog, the Audit Commission, says.")],
        expect("dome", watchdog="contradicted"),
        {"watchdog": [("Audit Commission", "contradicted")]},
    ),
    (
        "dome-person-not-mentioned",
        "dome",
        [("NAO head Sir John Bourn", "Its head")],
        expect("dome", watchdog="not-mentioned", nao_head="not-mentioned"),
        {},
    ),
    # --- Yukos: numbers with scales and currencies, a month without a year, people, company
    (
        "yukos-as-published",
        "yukos",
        [],
        expect("yukos"),
        {"yugansk-price": [("$9.3bn", "supported")], "sale-month": [("December", "supported")]},
    ),
    (
        "yukos-other-price",
        "yukos",
        [("$9.3bn", "$7.3bn")],
        expect("yukos", yugansk_price="contradicted"),
        {"yugansk-price": [("$7.3bn", "contradicted")]},
    ),
    (
        "yukos-other-loan-other-currency-not-held",
        "yukos",
        [("$900m (£479m)", "$800m (£426m)")],
        expect("yukos", loan="contradicted"),
        {"loan": [("$800m", "contradicted")]},
    ),
    (
        "yukos-sale-in-other-month",
        "yukos",
        [("in December", "in November")],
        expect("yukos", sale_month="contradicted"),
        {"sale-month": [("November", "contradicted")]},
    ),
    (
        "yukos-sale-on-a-day-of-the-month",
        "yukos",
        [("in December", "on 19 December")],
        expect("yukos"),
        {"sale-month": [("19 December", "supported")]},
    ),
    (
        "yukos-misspelt-founder",
        "yukos",
        [("Khodorkovsky", "Khodorkovski")],
        expect("yukos"),
        {"founder": [("Mikhail Khodorkovski", "supported")]},
    ),
    (
        "yukos-other-director",
        "yukos",
        [("director Tim Osborne", "director Platon Lebedev")],
        expect("yukos", menatep_director="contradicted"),
        {},
    ),
    (
        "yukos-other-buyer",
        "yukos",
        [("State-owned Rosneft", "State-owned Gazprom")],
        expect("yukos", buyer="contradicted"),
        {"buyer": [("Gazprom", "contradicted")]},
    ),
    # --- Maternity pay: currency amount, a year, a minister
    (
        "maternity-as-published",
        "maternity",
        [],
        expect("maternity"),
        {"pay-rise": [("£1,400", "supported")], "nine-months-by": [("2007", "supported")]},
    ),
    (
        "maternity-other-amount",
        "maternity",
        [("rise by £1,400", "rise by £1,200")],
        expect("maternity", pay_rise="contradicted"),
        {"pay-rise": [("£1,200", "contradicted")]},
    ),
    (
        "maternity-other-year",
        "maternity",
        [("by 2007", "by 2008")],
        expect("maternity", nine_months_by="contradicted"),
        {},
    ),
    (
        "maternity-other-minister",
        "maternity",
        [("Patricia Hewitt", "Tessa Jowell")],
        expect("maternity", minister="contradicted"),
        {},
    ),
    (
        "maternity-misspelt-minister",
        "maternity",
        [("Secretary Patricia Hewitt", "Secretary Patricia Hewit")],
        expect("maternity"),
        {"minister": [("Patricia Hewit", "supported")]},
    ),
]


@pytest.mark.parametrize(
    ("name", "replacements", "expected", "key_claims"),
    [pytest.param(n, r, s, k, id=i) for i, n, r, s, k in NEWS_VARIANTS],
)
def test_news_variant(name, replacements, expected, key_claims):
    report = check_claims(variant(name, *replacements), table(name))
    assert statuses(report) == expected
    for fact_id, claims in key_claims.items():
        got = [(c.text, c.status) for c in report.claims if c.fact == fact_id]
        for claim in claims:
            assert claim in got, (fact_id, got)
    assert report.flagged() is ("contradicted" in expected.values())


def test_number_within_the_fact_tolerance_is_supported():
    text = (
        (NEWS / "yukos.yaml")
        .read_text(encoding="utf-8")
        .replace("    value: 900\n", "    value: 900\n    tolerance: 50\n")
    )
    tolerant = parse_facts(text, "yukos.yaml")
    near = check_claims(variant("yukos", ("$900m (£479m)", "$920m (£490m)")), tolerant)
    far = check_claims(variant("yukos", ("$900m (£479m)", "$960m (£511m)")), tolerant)
    assert statuses(near)["loan"] == "supported"
    assert statuses(far)["loan"] == "contradicted"


def test_other_currency_amount_is_not_held_against_the_fact():
    report = check_claims(article("yukos"), table("yukos"), include_unchecked=True)
    pounds = [c for c in report.claims if c.text == "£479m"]
    assert [(c.fact, c.status) for c in pounds] == [(None, "unchecked")]


UNRELATED = [
    "bbc-sport-001-claxton.txt",
    "bbc-tech-001-ink.txt",
    "bbc-entertainment-001-tree.txt",
    "bbc-business-002-g7-meeting.txt",
    "bbc-politics-006-dome.txt",
    "bbc-business-003-yukos.txt",
    "bbc-politics-001-maternity.txt",
    "cnn-001732b374-vasilyev-excerpt.txt",
]


@pytest.mark.parametrize("filename", UNRELATED)
def test_unrelated_article_leaves_every_seed_fact_not_mentioned(filename):
    report = check_claims((NEWS / filename).read_text(encoding="utf-8"), SEED_FACTS)
    assert set(statuses(report).values()) == {"not-mentioned"}
    assert report.claims == ()
    assert not report.flagged()
    assert report.flagged("not-mentioned")


def test_seed_article_leaves_an_unrelated_table_not_mentioned():
    seed = (ROOT / "seeds" / "nato-ukraine-2024-04-03.txt").read_text(encoding="utf-8")
    report = check_claims(seed, table("dome"))
    assert set(statuses(report).values()) == {"not-mentioned"}
    assert not report.flagged()
