//! Telling people apart: which mentions of one name, across documents, are one person.
//!
//! The input is, for one folded name, what each document says about the person of that
//! name (a [`Profile`]: the titles and organizations of its `holds` rows, folded). Within
//! one document a name is one person. Across documents:
//!
//! 1. Profiles with information (a title or an organization) are taken in document
//!    order. A profile joins an existing person when they share an organization or a
//!    title (positive evidence) **and** their organizations do not conflict (both have
//!    organizations and none is shared). Among several such persons it joins the one with
//!    the most shared evidence (an organization counts twice, a title once), the earliest
//!    on a tie. Otherwise it starts a new person. A person accumulates the titles and
//!    organizations of every profile that joined it.
//! 2. Profiles without information (a bare name: a participant or a mention with no
//!    designation) join the name's person when there is exactly one; when there is none,
//!    they are all one person together; when there are several, the mention is
//!    ambiguous and stays a person of its own (one per document), rather than being
//!    guessed into one of them.
//!
//! So `张伟` of `市开发区` and `张伟` of `县教育局` are two people, `张伟 副市长` in two
//! documents is one, and `副市长张伟` and `市长张伟` (no organization, different titles)
//! stay two: a promotion is not told from a namesake without more evidence. The rule
//! errs on the side of keeping people apart, since a wrong merge puts words in
//! someone's mouth while a missed merge only splits a row.

use std::collections::BTreeSet;

/// What one document says about the person of one name: folded titles and organizations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub titles: BTreeSet<String>,
    pub orgs: BTreeSet<String>,
}

impl Profile {
    /// Has the document said anything about this person beyond the name?
    pub fn informative(&self) -> bool {
        !self.titles.is_empty() || !self.orgs.is_empty()
    }

    /// Both name organizations and none of them is shared.
    pub fn conflicts(&self, other: &Profile) -> bool {
        !self.orgs.is_empty() && !other.orgs.is_empty() && self.orgs.is_disjoint(&other.orgs)
    }

    /// How much positive evidence two profiles share: 2 per organization, 1 per title.
    pub fn shared(&self, other: &Profile) -> usize {
        2 * self.orgs.intersection(&other.orgs).count()
            + self.titles.intersection(&other.titles).count()
    }

    fn absorb(&mut self, other: &Profile) {
        self.titles.extend(other.titles.iter().cloned());
        self.orgs.extend(other.orgs.iter().cloned());
    }
}

/// Group the profiles of one name (in document order) into persons. Returns, for each
/// profile, its person's number; persons are numbered 0, 1, ... in order of first
/// appearance, so the result depends only on the input order.
pub fn group(profiles: &[Profile]) -> Vec<usize> {
    let mut persons: Vec<Profile> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; profiles.len()];
    for (i, p) in profiles.iter().enumerate() {
        if !p.informative() {
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for (j, q) in persons.iter().enumerate() {
            let score = q.shared(p);
            if score == 0 || q.conflicts(p) {
                continue;
            }
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((j, score));
            }
        }
        let j = match best {
            Some((j, _)) => j,
            None => {
                persons.push(Profile::default());
                persons.len() - 1
            }
        };
        persons[j].absorb(p);
        of[i] = Some(j);
    }
    let known = persons.len();
    let mut bare_person: Option<usize> = None;
    for (i, p) in profiles.iter().enumerate() {
        if p.informative() {
            continue;
        }
        let j = match known {
            1 => 0,
            0 => *bare_person.get_or_insert_with(|| {
                persons.push(Profile::default());
                persons.len() - 1
            }),
            _ => {
                persons.push(Profile::default());
                persons.len() - 1
            }
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(titles: &[&str], orgs: &[&str]) -> Profile {
        Profile {
            titles: titles.iter().map(|s| s.to_string()).collect(),
            orgs: orgs.iter().map(|s| s.to_string()).collect(),
        }
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
        assert_eq!(group(&two), vec![0, 1, 2, 3]);
    }

    #[test]
    fn different_titles_without_orgs_stay_apart() {
        let ps = [profile(&["副市长"], &[]), profile(&["市长"], &[])];
        assert_eq!(group(&ps), vec![0, 1]);
    }
}
