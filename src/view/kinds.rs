//! How each kind of claim looks in the view: a background colour, an
//! underline style and a short label, so that a reader who cannot tell the
//! colours apart still tells the kinds apart (by the label after the
//! number and the underline's pattern). One row per kind; the view's CSS
//! rules for kinds are generated from this table.

use crate::extract::Kind;

/// The look of one kind.
pub struct KindStyle {
    pub kind: Kind,
    /// Shown small after every claim of the kind and in the legend.
    pub label: &'static str,
    /// Background of the claim (light, so black text stays readable).
    pub background: &'static str,
    /// Colour of the underline (dark, the same hue).
    pub line: &'static str,
    /// CSS `text-decoration-style` of the underline.
    pub pattern: &'static str,
}

const fn style(
    kind: Kind,
    label: &'static str,
    background: &'static str,
    line: &'static str,
    pattern: &'static str,
) -> KindStyle {
    KindStyle {
        kind,
        label,
        background,
        line,
        pattern,
    }
}

/// Every kind, in the ledger's order of kinds.
pub const KIND_STYLES: [KindStyle; 13] = [
    style(Kind::Percent, "%", "#ffe28a", "#8a6d00", "solid"),
    style(Kind::PercentagePoint, "pp", "#ffc99a", "#9a4a00", "double"),
    style(Kind::Money, "money", "#b4ebb0", "#1f6b1a", "solid"),
    style(Kind::Area, "area", "#b3e5ea", "#13656e", "dashed"),
    style(Kind::Length, "len", "#bcd3fb", "#1d4f9e", "dotted"),
    style(Kind::Mass, "mass", "#dccbf7", "#5a2d9e", "dashed"),
    style(Kind::Volume, "vol", "#a7e3d4", "#11624f", "dotted"),
    style(Kind::Energy, "energy", "#ffbdbd", "#a01c1c", "double"),
    style(Kind::Power, "power", "#f8c0e6", "#8e1e6b", "dashed"),
    style(Kind::Concentration, "conc", "#b9cad6", "#35505c", "dotted"),
    style(Kind::Duration, "time", "#ead9ad", "#6e5312", "double"),
    style(Kind::Multiple, "×", "#d2e9b6", "#47661d", "solid"),
    style(Kind::Count, "n", "#e4e4e4", "#4a4a4a", "dotted"),
];

/// The CSS rules of the kinds: colour, underline and label of each, and
/// the dimming of other kinds while a kind filter is set.
pub fn css() -> String {
    let mut css = String::new();
    for s in &KIND_STYLES {
        let name = s.kind.as_str();
        css.push_str(&format!(
            ".k-{name}{{background:{bg};text-decoration-color:{line};text-decoration-style:{pattern}}}\n\
             .labels .claim.k-{name}::after{{content:\"{label}\"}}\n\
             .swatch.k-{name}::after{{content:\"{label}\"}}\n\
             .text[data-only=\"{name}\"] .claim.k-{name}{{background:{bg};opacity:1}}\n",
            bg = s.background,
            line = s.line,
            pattern = s.pattern,
            label = s.label,
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::units::ALL_KINDS;

    #[test]
    fn every_kind_has_one_style_with_a_distinct_label() {
        for kind in ALL_KINDS {
            assert_eq!(KIND_STYLES.iter().filter(|s| s.kind == kind).count(), 1);
        }
        let mut labels: Vec<_> = KIND_STYLES.iter().map(|s| s.label).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), KIND_STYLES.len());
    }

    #[test]
    fn css_styles_and_labels_every_kind() {
        let css = css();
        for s in &KIND_STYLES {
            let rule = format!(
                ".labels .claim.k-{}::after{{content:\"{}\"}}",
                s.kind.as_str(),
                s.label
            );
            assert!(css.contains(&rule), "{rule}");
        }
    }
}
