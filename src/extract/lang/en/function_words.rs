//! English function words that several rules read as a class: the modal
//! verbs and the relative pronouns. One table per class.

/// The modal verbs (`to double` after one is a verb, `should more than
/// double to 600 GW`).
pub const MODAL_VERBS: &[&str] = &[
    "will", "would", "should", "could", "can", "may", "might", "must", "shall",
];

/// Relative pronouns that open a clause (`emissions that roughly double`).
pub const RELATIVE_PRONOUNS: &[&str] = &["that", "which", "who"];
