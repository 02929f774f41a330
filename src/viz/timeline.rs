//! The timeline of agreements: one point per day (or per month when the agreements span
//! more than a year), placed by date along a horizontal axis and sized by the number of
//! agreements there. Deterministic: the same items give the same drawing.

use accord_core::{Date, PartialDate};

/// One agreement to place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Its index (in the caller's list of groups).
    pub group: usize,
    /// Its date.
    pub date: PartialDate,
    /// Whether the date is the signing date (else the article's date).
    pub signed: bool,
}

/// One point: the agreements of one day or month.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Centre, in SVG units.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// Radius.
    pub r: f64,
    /// The day (`YYYY-MM-DD`) or month (`YYYY-MM`) it stands for.
    pub key: String,
    /// The agreements there (caller's indices), in the caller's order.
    pub groups: Vec<usize>,
    /// How many of them are placed by their signing date.
    pub signed: usize,
}

/// A label on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position.
    pub x: f64,
    /// Text (`YYYY` or `YYYY-MM`).
    pub label: String,
}

/// The drawing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing.
    pub height: f64,
    /// Height of the axis line.
    pub axis_y: f64,
    /// Points, in date order.
    pub points: Vec<Point>,
    /// Axis labels, in date order.
    pub ticks: Vec<Tick>,
    /// Whether points stand for months (else days).
    pub by_month: bool,
}

const MARGIN: f64 = 40.0;
const HEIGHT: f64 = 160.0;

fn days(d: PartialDate) -> i64 {
    match d {
        PartialDate::Day(day) => day.to_days(),
        PartialDate::Month { year, month } => Date::new(year, month, 15).map_or(0, Date::to_days),
    }
}

fn month_index(d: PartialDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
}

/// Lays out `items` on a timeline `width` units wide.
pub fn layout(items: &[Item], width: f64) -> Timeline {
    let width = width.max(2.0 * MARGIN + 10.0);
    let axis_y = HEIGHT - 40.0;
    let (Some(min), Some(max)) = (
        items.iter().map(|i| days(i.date)).min(),
        items.iter().map(|i| days(i.date)).max(),
    ) else {
        return Timeline {
            width,
            height: HEIGHT,
            axis_y,
            ..Timeline::default()
        };
    };
    let by_month = max - min > 366;
    // Buckets, a sorted map: key → (position value, groups, signed count).
    type Bucket = (i64, Vec<usize>, usize);
    let mut buckets: Vec<(String, Bucket)> = Vec::new();
    for item in items {
        let (key, at) = if by_month {
            (
                format!("{:04}-{:02}", item.date.year(), item.date.month()),
                month_index(item.date),
            )
        } else {
            (item.date.to_string(), days(item.date))
        };
        let b = accord_core::sort::entry(&mut buckets, key, || (at, Vec::new(), 0));
        b.1.push(item.group);
        b.2 += usize::from(item.signed);
    }
    let (lo, hi) = if by_month {
        (
            items.iter().map(|i| month_index(i.date)).min().unwrap_or(0),
            items.iter().map(|i| month_index(i.date)).max().unwrap_or(0),
        )
    } else {
        (min, max)
    };
    let span = (width - 2.0 * MARGIN).max(1.0);
    let x_of = |v: i64| {
        if hi == lo {
            width / 2.0
        } else {
            MARGIN + (v - lo) as f64 / (hi - lo) as f64 * span
        }
    };
    let mut points: Vec<Point> = buckets
        .into_iter()
        .map(|(key, (at, groups, signed))| Point {
            x: x_of(at),
            y: axis_y - 30.0,
            r: (4.0 + 2.5 * (groups.len() as f64).sqrt()).min(24.0),
            key,
            groups,
            signed,
        })
        .collect();
    accord_core::sort::by(&mut points, |a, b| {
        a.x.total_cmp(&b.x).then(a.key.cmp(&b.key))
    });
    // Neighbours closer than their radii alternate above and below.
    for i in 1..points.len() {
        let (prev, rest) = points.split_at_mut(i);
        let (p, q) = (&prev[i - 1], &mut rest[0]);
        if q.x - p.x < p.r + q.r && (p.y - q.y).abs() < 1.0 {
            q.y = axis_y - 30.0 - 2.0 * p.r.max(q.r) - 2.0;
        }
    }
    // Axis labels: years, or months when the points are days; at most 12.
    let mut ticks = Vec::new();
    if by_month {
        let (y0, y1) = ((lo / 12) as i32, (hi / 12) as i32);
        let step = ((y1 - y0) / 12 + 1).max(1) as usize;
        for y in (y0..=y1).step_by(step) {
            let at = i64::from(y) * 12;
            if at >= lo - 11 {
                ticks.push(Tick {
                    x: x_of(at.max(lo)),
                    label: y.to_string(),
                });
            }
        }
    } else {
        let first = items.iter().map(|i| i.date).min_by_key(|d| days(*d));
        let last = items.iter().map(|i| i.date).max_by_key(|d| days(*d));
        if let (Some(a), Some(b)) = (first, last) {
            let (m0, m1) = (month_index(a), month_index(b));
            let step = ((m1 - m0) / 12 + 1).max(1) as usize;
            for m in (m0..=m1).step_by(step) {
                let (year, month) = ((m / 12) as i32, (m % 12 + 1) as u8);
                let Some(d) = Date::new(year, month, 1) else {
                    continue;
                };
                ticks.push(Tick {
                    x: x_of(d.to_days().max(min)),
                    label: format!("{year:04}-{month:02}"),
                });
            }
        }
    }
    Timeline {
        width,
        height: HEIGHT,
        axis_y,
        points,
        ticks,
        by_month,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(group: usize, d: &str, signed: bool) -> Item {
        Item {
            group,
            date: d.parse().unwrap(),
            signed,
        }
    }

    #[test]
    fn points_follow_dates_and_merge_the_same_day() {
        let t = layout(
            &[
                item(0, "2024-05-12", true),
                item(1, "2024-03-01", false),
                item(2, "2024-05-12", false),
                item(3, "2024-08", true),
            ],
            640.0,
        );
        assert!(!t.by_month);
        let keys: Vec<&str> = t.points.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["2024-03-01", "2024-05-12", "2024-08"]);
        assert_eq!(t.points[1].groups, vec![0, 2]);
        assert_eq!(t.points[1].signed, 1);
        assert!(
            t.points[1].r > t.points[0].r,
            "two agreements make a bigger point"
        );
        assert_eq!(t.points[0].x, MARGIN);
        assert_eq!(t.points[2].x, 640.0 - MARGIN);
        assert!(t.points.windows(2).all(|w| w[0].x <= w[1].x));
        assert_eq!(t.ticks.first().map(|x| x.label.as_str()), Some("2024-03"));
        assert_eq!(
            t,
            layout(
                &[
                    item(0, "2024-05-12", true),
                    item(1, "2024-03-01", false),
                    item(2, "2024-05-12", false),
                    item(3, "2024-08", true)
                ],
                640.0
            )
        );
    }

    #[test]
    fn long_spans_are_drawn_by_month_and_empty_lists_draw_nothing() {
        let t = layout(
            &[
                item(0, "2019-01-05", true),
                item(1, "2019-01-20", true),
                item(2, "2024-12-31", true),
            ],
            800.0,
        );
        assert!(t.by_month);
        assert_eq!(t.points.len(), 2);
        assert_eq!(t.points[0].key, "2019-01");
        assert_eq!(t.points[0].groups.len(), 2);
        assert_eq!(
            t.ticks.iter().map(|x| x.label.as_str()).collect::<Vec<_>>(),
            ["2019", "2020", "2021", "2022", "2023", "2024"]
        );
        assert!(layout(&[], 800.0).points.is_empty());
        let one = layout(&[item(5, "2024-01-01", true)], 800.0);
        assert_eq!(one.points[0].x, 400.0, "a single date sits in the middle");
    }
}
