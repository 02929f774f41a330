//! The network of parties: one node per party (sized by its number of agreements), one
//! edge per pair of parties that are in an agreement together (as wide as their number of
//! agreements), on a circle: the busiest party first at the top, then clockwise by number
//! of agreements and name. Deterministic; the largest parties are kept when there are too
//! many to draw, and the number left out is given.

use accord_core::PartyKind;

/// A party as an agreement names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyRef {
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: PartyKind,
    /// Its home state (ISO code).
    pub country: Option<String>,
}

/// One party.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The name shown.
    pub name: String,
    /// Its kind (the colour).
    pub kind: PartyKind,
    /// Its home state.
    pub country: Option<String>,
    /// The agreements it is in (caller's indices).
    pub groups: Vec<usize>,
    /// Centre.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// Radius.
    pub r: f64,
}

/// Two parties in agreements together.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Index of one node.
    pub a: usize,
    /// Index of the other.
    pub b: usize,
    /// The agreements between them.
    pub groups: Vec<usize>,
    /// Stroke width.
    pub width: f64,
}

/// The drawing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// Width and height of the square drawing.
    pub size: f64,
    /// Nodes, busiest first.
    pub nodes: Vec<Node>,
    /// Edges.
    pub edges: Vec<Edge>,
    /// Parties left out of the drawing (too many).
    pub hidden: usize,
}

/// The key under which two mentions are one party: a state by its code, else the name
/// without case.
fn key(p: &PartyRef) -> String {
    match (&p.kind, &p.country) {
        (PartyKind::Country, Some(c)) => format!("state:{c}"),
        _ => crate::text::lowercase(p.name.trim()),
    }
}

/// Lays out the parties of `agreements` (each a list of its parties) in a square of
/// `size`, keeping at most `max_nodes` parties.
pub fn layout(agreements: &[Vec<PartyRef>], size: f64, max_nodes: usize) -> Network {
    // A sorted map from key to node.
    let mut index: Vec<(String, usize)> = Vec::new();
    let mut nodes: Vec<Node> = Vec::new();
    // `(a, b, agreement)` for each pair of parties `a < b` of an agreement.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (g, parties) in agreements.iter().enumerate() {
        let mut ids: Vec<usize> = Vec::new();
        for p in parties {
            let n = *accord_core::sort::entry(&mut index, key(p), || {
                nodes.push(Node {
                    name: p.name.clone(),
                    kind: p.kind,
                    country: p.country.clone(),
                    groups: Vec::new(),
                    x: 0.0,
                    y: 0.0,
                    r: 0.0,
                });
                nodes.len() - 1
            });
            if !ids.contains(&n) {
                ids.push(n);
                nodes[n].groups.push(g);
            }
        }
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                pairs.push(((*a).min(*b), (*a).max(*b), g));
            }
        }
    }
    // Busiest first, then by name; keep the first `max_nodes`.
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    accord_core::sort::by(&mut order, |a, b| {
        nodes[*b]
            .groups
            .len()
            .cmp(&nodes[*a].groups.len())
            .then_with(|| nodes[*a].name.cmp(&nodes[*b].name))
    });
    let hidden = order.len().saturating_sub(max_nodes);
    order.truncate(max_nodes);
    let mut new_index = vec![usize::MAX; nodes.len()];
    for (new, old) in order.iter().enumerate() {
        new_index[*old] = new;
    }
    let n = order.len();
    let centre = size / 2.0;
    let ring = (size / 2.0 - 60.0).max(10.0);
    let mut placed: Vec<Node> = order
        .iter()
        .enumerate()
        .map(|(i, old)| {
            let mut node = nodes[*old].clone();
            let angle = if n == 1 {
                0.0
            } else {
                std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2
            };
            let radius = if n == 1 { 0.0 } else { ring };
            node.x = centre + radius * super::math::cos(angle);
            node.y = centre + radius * super::math::sin(angle);
            node.r = (5.0 + 3.0 * (node.groups.len() as f64).sqrt()).min(26.0);
            node
        })
        .collect();
    placed.iter_mut().for_each(|p| {
        p.x = (p.x * 10.0).round() / 10.0;
        p.y = (p.y * 10.0).round() / 10.0;
    });
    accord_core::sort::all(&mut pairs);
    let mut grouped: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    for (a, b, g) in pairs {
        match grouped.last_mut() {
            Some((ab, groups)) if *ab == (a, b) => groups.push(g),
            _ => grouped.push(((a, b), vec![g])),
        }
    }
    let edges = grouped
        .into_iter()
        .filter_map(|((a, b), groups)| {
            let (a, b) = (new_index[a], new_index[b]);
            (a != usize::MAX && b != usize::MAX).then(|| Edge {
                a: a.min(b),
                b: a.max(b),
                width: (1.0 + super::math::ln(groups.len() as f64) * 2.0).min(10.0),
                groups,
            })
        })
        .collect();
    Network {
        size,
        nodes: placed,
        edges,
        hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str, kind: PartyKind, country: Option<&str>) -> PartyRef {
        PartyRef {
            name: name.into(),
            kind,
            country: country.map(str::to_string),
        }
    }

    #[test]
    fn nodes_are_sized_by_agreements_and_edges_join_partners() {
        let harbor = p("Harbor Digital", PartyKind::Company, None);
        let rnca = p("RNCA", PartyKind::Government, Some("RU"));
        let lune = p("Lunaria", PartyKind::Country, Some("LU"));
        let agreements = vec![
            vec![harbor.clone(), rnca.clone()],
            vec![p("harbor digital", PartyKind::Company, None), lune.clone()],
            vec![
                p("Republic of Lunaria", PartyKind::Country, Some("LU")),
                rnca.clone(),
                harbor.clone(),
            ],
        ];
        let net = layout(&agreements, 400.0, 50);
        assert_eq!(
            net.nodes.len(),
            3,
            "a name without case and a state by its code are one party"
        );
        assert_eq!(net.nodes[0].name, "Harbor Digital");
        assert_eq!(net.nodes[0].groups, vec![0, 1, 2]);
        assert!(net.nodes[0].r > net.nodes[2].r);
        assert_eq!(
            (net.nodes[0].x, net.nodes[0].y),
            (200.0, 60.0),
            "the busiest at the top"
        );
        assert_eq!(net.edges.len(), 3);
        let harbor_rnca = net
            .edges
            .iter()
            .find(|e| net.nodes[e.a].name == "Harbor Digital" && net.nodes[e.b].name == "RNCA")
            .unwrap();
        assert_eq!(harbor_rnca.groups, vec![0, 2]);
        assert!(harbor_rnca.width > 1.0);
        assert_eq!(net.hidden, 0);
        assert_eq!(net, layout(&agreements, 400.0, 50), "deterministic");
        let small = layout(&agreements, 400.0, 2);
        assert_eq!(
            (small.nodes.len(), small.hidden, small.edges.len()),
            (2, 1, 1)
        );
        assert!(layout(&[], 400.0, 10).nodes.is_empty());
    }
}
