//! Telling people apart: which mentions of one name, across documents, are one person.
//!
//! The input is, for one folded name, what each document says about the person of that
//! name (a [`Profile`]: the titles and organizations of its `holds` rows, folded). Within
//! one document a name is one person. Across documents, organizations tell people apart
//! and titles link them:
//!
//! 1. **Profiles with an organization** are taken in document order. One joins an
//!    existing person when they share an organization or a title **and** their
//!    organizations do not conflict (both have organizations and none is shared); among
//!    several it joins the one with the most shared evidence (an organization counts
//!    twice, a title once), the earliest on a tie. Otherwise it starts a new person.
//!    A person accumulates the titles and organizations of every profile that joined it.
//! 2. **Profiles with titles only** join the person of step 1 that shares the most
//!    titles with them, when exactly one does best, or, on a tie, when one of the tied
//!    is *dominant*: it rests on at least 5 documents and on 4 times as many as the
//!    others together (a leader named with posts in hundreds of stories, against an old
//!    post or a namesake in a few).
//! 3. **The rest** (titles shared with nobody, or a bare name: a participant or a
//!    mention with no designation) join the name's person when there is exactly one
//!    candidate, or a dominant one. Otherwise they are all one node together, the
//!    name's unresolved mentions: when there is no candidate nothing tells them apart,
//!    and when there are several namesakes of like weight none is guessed. (One node
//!    per unresolved mention would be no better: a leader named bare in hundreds of
//!    documents would become hundreds of rows.)
//!
//! So `张伟` of `市开发区` and `张伟` of `县教育局` are two people (so are two `局长`
//! of two different bureaus), `张伟 副市长` in two documents is one, and a name that is
//! never written with an organization is one person. The price: someone who holds posts
//! in several organizations, none of them named together in one document, is split
//! into several rows; a wrong merge would put words in someone's mouth, a missed one
//! only splits a row.

use std::collections::BTreeSet;

/// What one document says about the person of one name: folded titles and organizations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub titles: BTreeSet<String>,
    /// The organizations of the person's own posts.
    pub orgs: BTreeSet<String>,
    /// Side bodies the person sits on or leads (`领导小组`, `指挥部`): evidence when
    /// shared, never a conflict.
    pub side: BTreeSet<String>,
}

impl Profile {
    /// Has the document said anything about this person beyond the name?
    pub fn informative(&self) -> bool {
        !self.titles.is_empty() || !self.orgs.is_empty() || !self.side.is_empty()
    }

    /// Both name organizations and none of them is shared.
    pub fn conflicts(&self, other: &Profile) -> bool {
        !self.orgs.is_empty() && !other.orgs.is_empty() && self.orgs.is_disjoint(&other.orgs)
    }

    /// How much positive evidence two profiles share: 2 per organization (own post or
    /// side body), 1 per title.
    pub fn shared(&self, other: &Profile) -> usize {
        2 * (self.orgs.intersection(&other.orgs).count()
            + self.side.intersection(&other.side).count())
            + self.titles.intersection(&other.titles).count()
    }

    fn absorb(&mut self, other: &Profile) {
        self.titles.extend(other.titles.iter().cloned());
        self.orgs.extend(other.orgs.iter().cloned());
        self.side.extend(other.side.iter().cloned());
    }
}

/// Group the profiles of one name (in document order) into persons. Returns, for each
/// profile, its person's number; persons are numbered 0, 1, ... in order of first
/// appearance, so the result depends only on the input order.
pub fn group(profiles: &[Profile]) -> Vec<usize> {
    let mut persons: Vec<Profile> = Vec::new();
    // How many documents each person rests on so far.
    let mut docs: Vec<usize> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; profiles.len()];
    // 1. Profiles with an organization.
    for (i, p) in profiles.iter().enumerate() {
        if p.orgs.is_empty() {
            continue;
        }
        let best = best_match(&persons, &docs, p, false);
        let j = best.unwrap_or_else(|| {
            persons.push(Profile::default());
            docs.push(0);
            persons.len() - 1
        });
        persons[j].absorb(p);
        docs[j] += 1;
        of[i] = Some(j);
    }
    // 1b. Persons whose organizations came to overlap only later are one: the order
    //     of the documents decides which profile comes first (李强 of 上海市委, then of
    //     国务院, then of both), not who the person is.
    merge_overlapping(&mut persons, &mut docs, &mut of);
    // 2. Profiles with titles (and side bodies) only: the one person that shares the
    //    most with them.
    let step1 = docs.clone();
    for (i, p) in profiles.iter().enumerate() {
        if p.orgs.is_empty() && (!p.titles.is_empty() || !p.side.is_empty()) {
            of[i] = best_match(&persons, &step1, p, true);
            if let Some(j) = of[i] {
                docs[j] += 1;
            }
        }
    }
    // 3. The rest: the one candidate, or the dominant one, or together as the name's
    //    unresolved mentions.
    // (persons merged away in 1b are empty and count for nothing)
    let live: Vec<usize> = (0..persons.len())
        .filter(|&j| persons[j].informative())
        .collect();
    let sole = match live.as_slice() {
        [j] => Some(*j),
        [] => None,
        _ => dominant(&docs, live.iter().copied()),
    };
    let mut unresolved: Option<usize> = None;
    for (i, p) in profiles.iter().enumerate() {
        if of[i].is_some() {
            continue;
        }
        let j = match sole {
            Some(j) => j,
            None => *unresolved.get_or_insert_with(|| {
                persons.push(Profile::default());
                persons.len() - 1
            }),
        };
        persons[j].absorb(p);
        of[i] = Some(j);
    }
    // Renumber in order of first appearance.
    let mut renumber: Vec<Option<usize>> = vec![None; persons.len()];
    let mut next = 0;
    of.into_iter()
        .map(|j| {
            let j = j.unwrap_or(0);
            *renumber[j].get_or_insert_with(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Merge persons that share an organization into the earlier one, until none do.
/// Profiles are mapped through `of`; merged-away persons are left empty with no
/// documents and no profile (the renumbering skips them).
fn merge_overlapping(persons: &mut [Profile], docs: &mut [usize], of: &mut [Option<usize>]) {
    loop {
        let mut pair = None;
        'find: for a in 0..persons.len() {
            for b in a + 1..persons.len() {
                if !persons[a].orgs.is_disjoint(&persons[b].orgs) {
                    pair = Some((a, b));
                    break 'find;
                }
            }
        }
        let Some((a, b)) = pair else {
            return;
        };
        let moved = std::mem::take(&mut persons[b]);
        persons[a].absorb(&moved);
        docs[a] += std::mem::take(&mut docs[b]);
        for j in of.iter_mut() {
            if *j == Some(b) {
                *j = Some(a);
            }
        }
    }
}

/// The person sharing the most evidence with `p` and not conflicting with it, if any
/// shares some; the earliest on a tie, or, when `unique`, the dominant one among the
/// tied (see [`dominant`]) or none.
fn best_match(persons: &[Profile], docs: &[usize], p: &Profile, unique: bool) -> Option<usize> {
    let mut best_score = 0;
    let mut tied: Vec<usize> = Vec::new();
    for (j, q) in persons.iter().enumerate() {
        let score = q.shared(p);
        if score == 0 || q.conflicts(p) || score < best_score {
            continue;
        }
        if score > best_score {
            best_score = score;
            tied.clear();
        }
        tied.push(j);
    }
    match tied.as_slice() {
        [] => None,
        [j] => Some(*j),
        [first, ..] if !unique => Some(*first),
        _ => dominant(docs, tied.iter().copied()),
    }
}

/// Among namesakes, the one a mention that cannot tell them apart goes to: the person
/// resting on at least [`DOMINANT_MIN_DOCS`] documents and on [`DOMINANT_RATIO`] times as
/// many as all the others together. A leader named with posts in hundreds of national
/// news stories, and a namesake (or an old post, `福州市委`) in a few, is whom a bare
/// `习近平` or `国家主席习近平` means; two namesakes with a handful of documents each
/// are not guessed between.
fn dominant(docs: &[usize], candidates: impl Iterator<Item = usize>) -> Option<usize> {
    let mut top: Option<usize> = None;
    let mut total = 0;
    for j in candidates {
        let d = docs.get(j).copied().unwrap_or(0);
        total += d;
        if top.is_none_or(|t| d > docs.get(t).copied().unwrap_or(0)) {
            top = Some(j);
        }
    }
    let t = top?;
    let d = docs.get(t).copied().unwrap_or(0);
    (d >= DOMINANT_MIN_DOCS && d >= DOMINANT_RATIO * (total - d)).then_some(t)
}

/// See [`dominant`].
const DOMINANT_MIN_DOCS: usize = 5;
const DOMINANT_RATIO: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(titles: &[&str], orgs: &[&str]) -> Profile {
        Profile {
            titles: titles.iter().map(|s| s.to_string()).collect(),
            orgs: orgs.iter().map(|s| s.to_string()).collect(),
            side: BTreeSet::new(),
        }
    }

    #[test]
    fn a_side_body_alone_links_but_does_not_split() {
        let side = |titles: &[&str], side: &[&str]| Profile {
            titles: titles.iter().map(|s| s.to_string()).collect(),
            side: side.iter().map(|s| s.to_string()).collect(),
            ..Profile::default()
        };
        let ps = [
            profile(&["副总理"], &["国务院"]),
            profile(&["副总理"], &["国务院"]),
            side(&["组长"], &["长三角一体化发展领导小组"]),
            profile(&["组长", "副总理"], &["国务院"]),
        ];
        // the leading group's 组长 is the one person with that title, not a namesake
        assert_eq!(group(&ps), vec![0, 0, 0, 0]);
    }

    #[test]
    fn persons_bridged_by_a_later_profile_are_one() {
        // 上海市委 first, 国务院 next (disjoint: two persons for now), then a document
        // naming both: one person, whatever the order
        let ps = [
            profile(&["书记"], &["上海市委"]),
            profile(&["总理"], &["国务院"]),
            profile(&["总理"], &["上海市委", "国务院"]),
            profile(&["总理"], &[]),
        ];
        assert_eq!(group(&ps), vec![0, 0, 0, 0]);
        // without the bridge they stay two, and the bare title goes to neither
        // (one document each: no dominant one)
        assert_eq!(group(&ps[..2]), vec![0, 1]);
    }

    #[test]
    fn shared_title_merges_conflicting_orgs_split() {
        let ps = [
            profile(&["副主任"], &["市开发区"]),
            profile(&["局长"], &["县教育局"]),
            profile(&["副主任"], &[]),
        ];
        assert_eq!(group(&ps), vec![0, 1, 0]);
    }

    #[test]
    fn same_title_different_orgs_stay_apart() {
        let ps = [
            profile(&["局长"], &["市教育局"]),
            profile(&["局长"], &["县教育局"]),
        ];
        assert_eq!(group(&ps), vec![0, 1]);
    }

    #[test]
    fn bare_names_attach_only_when_unambiguous() {
        let one = [
            profile(&[], &[]),
            profile(&["副市长"], &[]),
            profile(&[], &[]),
        ];
        assert_eq!(group(&one), vec![0, 0, 0]);
        let none = [profile(&[], &[]), profile(&[], &[])];
        assert_eq!(group(&none), vec![0, 0]);
        let two = [
            profile(&["局长"], &["市教育局"]),
            profile(&[], &[]),
            profile(&["局长"], &["县教育局"]),
            profile(&[], &[]),
        ];
        assert_eq!(group(&two), vec![0, 1, 2, 1]);
    }

    #[test]
    fn a_dominant_namesake_takes_what_cannot_be_told_apart() {
        // Six documents name the leader with a post, one an old post: a title both
        // share, and a bare name, go to the leader.
        let mut ps: Vec<Profile> = (0..6).map(|_| profile(&["书记"], &["中共中央"])).collect();
        ps.push(profile(&["书记"], &["福州市委"]));
        ps.push(profile(&["书记"], &[]));
        ps.push(profile(&[], &[]));
        let got = group(&ps);
        assert_eq!(got[6], 1, "the old post stays apart");
        assert_eq!(&got[7..], &[0, 0]);
        // Four against one is not yet dominant (fewer than five documents).
        let mut ps: Vec<Profile> = (0..4).map(|_| profile(&["书记"], &["中共中央"])).collect();
        ps.push(profile(&["书记"], &["福州市委"]));
        ps.push(profile(&["书记"], &[]));
        assert_eq!(group(&ps), vec![0, 0, 0, 0, 1, 2]);
    }

    #[test]
    fn titles_only_join_the_one_candidate() {
        // Never written with an organization: nothing tells them apart.
        let ps = [profile(&["副市长"], &[]), profile(&["市长"], &[])];
        assert_eq!(group(&ps), vec![0, 0]);
        // A title shared with one of two namesakes links to that one.
        let ps = [
            profile(&["局长"], &["市教育局"]),
            profile(&["副主任"], &["市开发区"]),
            profile(&["副主任"], &[]),
            profile(&["副市长"], &[]),
        ];
        assert_eq!(group(&ps), vec![0, 1, 1, 2]);
        // A title shared with both namesakes alike is not guessed.
        let ps = [
            profile(&["局长"], &["市教育局"]),
            profile(&["局长"], &["县教育局"]),
            profile(&["局长"], &[]),
        ];
        assert_eq!(group(&ps), vec![0, 1, 2]);
    }
}
