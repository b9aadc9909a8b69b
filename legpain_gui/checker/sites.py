"""A finding said of several sites at once, and a site named before its finding (checker.lexicon calls this at
each token, beside its phrase lookups):

- sites joined by 'and', 'or' share the finding: 'swelling of the knees and ankles' is knee and ankle swelling,
  'pain in both hands and feet' hand and foot pain, 'knee and ankle swelling' the same, the site first;
- a bare 'upper', 'lower', 'proximal' or 'distal' shares the next site's noun: 'induration of his right upper
  and left lower limbs' is the upper and the lower limb's, 'weakness of the upper and lower extremities' arm
  and leg weakness;
- a site before a noun it has no phrase with ('calf tenderness', 'left thigh tenderness') is read at the site
  as checker.lexicon.site_noun reads it (a tenderness is the site's pain: pain elicited by pressure).

Each finding is read only where the knowledge base has a term for the noun at that site; a site without one
is passed over, and the span covers every site, so a negation before it reaches them all.
"""
from __future__ import annotations

COORDINATORS = ("and", "or")
MODIFIERS = ("upper", "lower", "proximal", "distal")  # share the next site's noun: 'upper and lower limbs'
FILLERS = ("the", "both", "his", "her", "their", "bilateral", "left", "right", "all", "each", "a", "an", "four")
MAX_SITES = 4


def _one_site(sites: set, tokens: list[str], k: int) -> tuple[int, tuple[str, ...]] | None:
    """(tokens used, site) of the longest run of site words at k, fillers before it skipped."""
    j = k
    while j < len(tokens) and tokens[j] in FILLERS:
        j += 1
    for m in (3, 2, 1):
        site = tuple(tokens[j:j + m])
        if len(site) == m and sites.issuperset(site):
            return j + m - k, site
    return None


def coordinated_sites(sites: set, tokens: list[str], k: int) -> tuple[int, list[tuple[str, ...]]] | None:
    """(tokens used, sites) of two or more sites joined by 'and' / 'or' at k ('the knees and ankles', 'right
    upper and left lower limbs', 'both hands and feet'), a bare modifier given the next site's noun; None if
    fewer than two."""
    found, end = [], k
    while len(found) < MAX_SITES:
        at = _one_site(sites, tokens, end)
        if not at:
            break
        found.append(at[1])
        end += at[0]
        if end + 1 < len(tokens) and tokens[end] in COORDINATORS and _one_site(sites, tokens, end + 1):
            end += 1
            continue
        break
    if len(found) < 2:
        return None
    if found[-1][-1] in MODIFIERS:
        return None  # 'upper and lower' with no noun after them
    noun = found[-1][-1]
    out = [s + (noun,) if s[-1] in MODIFIERS else s for s in found]  # 'upper and lower limbs'
    return end - k, out


def _terms(lexicon, sites: list[tuple[str, ...]], noun: str) -> list[str]:
    out = []
    for site in sites:
        hpo = lexicon.site_noun(site, noun)
        if hpo and hpo not in out:
            out.append(hpo)
    return out


def spread(lexicon, sites: set, links: tuple, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of a finding at several sites, or of a site before its
    finding, at i; None if there is none."""
    # the finding first: 'swelling of the knees and ankles', 'weakness in the upper and lower limbs'
    for n in (2, 1):
        noun = " ".join(tokens[i:i + n])
        j = i + n
        if j >= len(tokens) or tokens[j] not in links or len(tokens[i:i + n]) < n:
            continue
        at = coordinated_sites(sites, tokens, j + 1)
        if at:
            found = _terms(lexicon, at[1], noun)
            if found:
                end = j + 1 + at[0]
                return end - i, [(i, end, hpo, None) for hpo in found]
    # the site first: 'knee and ankle swelling', 'calf tenderness'
    at = coordinated_sites(sites, tokens, i) or _single(sites, tokens, i)
    if not at:
        return None
    j = i + at[0]
    for n in (2, 1):
        if j + n > len(tokens):
            continue
        found = _terms(lexicon, at[1], " ".join(tokens[j:j + n]))
        if found and "" not in found:
            end = j + n
            out = [(i, end, hpo, None) for hpo in found]
            while end + 1 < len(tokens) and tokens[end] in COORDINATORS:  # 'knee and calf pain and swelling'
                more = next(((m, f) for m in (2, 1) for f in [_terms(lexicon, at[1], " ".join(tokens[end + 1:end + 1 + m]))]
                             if f and "" not in f and end + 1 + m <= len(tokens)), None)
                if not more:
                    break
                out += [(end + 1, end + 1 + more[0], hpo, None) for hpo in more[1]]
                end += 1 + more[0]
            return end - i, out
    return None


def _single(sites: set, tokens: list[str], i: int) -> tuple[int, list[tuple[str, ...]]] | None:
    """One site at i (no fillers before it), as coordinated_sites gives several."""
    for m in (3, 2, 1):
        site = tuple(tokens[i:i + m])
        if len(site) == m and sites.issuperset(site) and site[-1] not in MODIFIERS:
            return m, [site]
    return None
