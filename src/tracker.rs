//! From the library to a tracker: the corrected records of the library's entries as the
//! sources of [`accord_core::group`], the analyst's split and join decisions, and the date
//! each group is placed at on the timeline. Pure functions; the view is
//! `components::tracker`, and in the web app the grouping itself runs in a worker
//! (`services::grouping`, [`crate::job::GroupCache`]).

use std::rc::Rc;

use accord_core::group::{group, Decision, DecisionKind, Grouping, Source, SourceRef};
use accord_core::PartialDate;

use crate::model::Entry;

/// The entries in grouping order: oldest analysis first (so that a group keeps its name,
/// the id of its first source, as articles are added).
pub fn in_order<'a>(entries: &[&'a Rc<Entry>]) -> Vec<&'a Rc<Entry>> {
    let mut list: Vec<&Rc<Entry>> = entries.to_vec();
    accord_core::sort::by(&mut list, |a, b| {
        a.analyzed_at.cmp(&b.analyzed_at).then(a.id.cmp(&b.id))
    });
    list
}

/// An entry's corrected record as a source of the grouping.
pub fn source(e: &Entry) -> Source {
    let analysis = e.record();
    Source {
        id: e.id.clone(),
        title: Some(e.display_title()),
        outlet: None,
        file_name: e.file_name.clone(),
        date: e
            .reference_date
            .as_deref()
            .and_then(|d| d.parse::<PartialDate>().ok())
            .or(analysis.published),
        analysis,
    }
}

/// The sources of a grouping: every entry's corrected record, in grouping order.
pub fn sources(entries: &[&Rc<Entry>]) -> Vec<Source> {
    in_order(entries).into_iter().map(|e| source(e)).collect()
}

/// The grouping of `entries` with the analyst's `decisions`.
pub fn grouping(entries: &[&Rc<Entry>], decisions: &[Decision]) -> Grouping {
    group(&sources(entries), decisions)
}

/// The decision that takes one agreement out of its group.
pub fn split(member: SourceRef) -> Decision {
    Decision {
        kind: DecisionKind::Split,
        members: vec![member],
    }
}

/// The decision that joins the groups holding these agreements (one of each group).
pub fn join(members: Vec<SourceRef>) -> Decision {
    Decision {
        kind: DecisionKind::Join,
        members,
    }
}

/// The date a group is placed at: its signing date, else the first article's date; and
/// whether it is the signing date.
pub fn group_date(g: &accord_core::group::Group) -> Option<(PartialDate, bool)> {
    g.signed_on
        .map(|d| (d, true))
        .or(g.first_reported.map(|d| (d, false)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::entry_at;

    #[test]
    fn one_agreement_in_three_articles_is_one_group_that_splits_and_joins() {
        let (a, b, c) = (
            entry_at("a", "3", "Dakar"),
            entry_at("b", "1", "Dakar"),
            entry_at("c", "2", "Thiès"),
        );
        let list = [&a, &b, &c];
        let g = grouping(&list, &[]);
        assert_eq!(g.groups.len(), 1);
        let only = &g.groups[0];
        assert_eq!(only.id, "b#0", "named after the oldest analysis");
        assert_eq!(
            only.sources
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["b", "c", "a"]
        );
        assert_eq!(
            only.location.as_deref(),
            Some("Dakar"),
            "the corrected records"
        );
        assert!(only.disagreements.iter().any(|d| d.field == "location"));
        let member = |id: &str| SourceRef {
            id: id.into(),
            agreement: 0,
        };
        let split_c = split(member("c"));
        let g2 = grouping(&list, std::slice::from_ref(&split_c));
        assert_eq!(g2.groups.len(), 2);
        let g3 = grouping(&list, &[split_c, join(vec![member("a"), member("c")])]);
        assert_eq!(g3.groups.len(), 1);
        assert_eq!(
            group_date(&g3.groups[0]).map(|(d, s)| (d.to_string(), s)),
            Some(("2025-03-03".into(), true))
        );
    }
}
