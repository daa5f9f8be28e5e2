//! Where a notice stands on the reference date. A consultation (TFA
//! Art. 2) is a draft open for comment until a day: after that day it is
//! closed, whatever its front matter still says, and an adopted text is in
//! force from its effective date. Pages and feeds read the phase, so a site
//! built on any day says where each notice stands without an editor
//! touching it.

use jiff::civil::Date;

use super::kinds::{NoticeData, NoticePhase, NoticeStatus};
use crate::timeline::civil_date;

impl NoticeData {
    /// Where the notice stands on `today`, given the page's
    /// `effective` date.
    pub fn phase_on(&self, effective: Option<Date>, today: Date) -> NoticePhase {
        match self.status {
            NoticeStatus::DraftForComment => match civil_date(&self.comment_until) {
                Some(until) if until < today => NoticePhase::CommentClosed,
                _ => NoticePhase::DraftForComment,
            },
            NoticeStatus::Adopted if effective.is_some_and(|e| e <= today) => NoticePhase::InForce,
            NoticeStatus::Adopted => NoticePhase::Adopted,
            NoticeStatus::InForce => NoticePhase::InForce,
            NoticeStatus::Repealed => NoticePhase::Repealed,
            NoticeStatus::Withdrawn => NoticePhase::Withdrawn,
        }
    }

    /// Whether the notice is a consultation: a draft with a comment
    /// deadline, announced as open for comment and never as law.
    pub fn is_consultation(&self) -> bool {
        self.status == NoticeStatus::DraftForComment && self.comment_until.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn notice(front: &str) -> NoticeData {
        toml::from_str(front).unwrap()
    }

    #[test]
    fn a_consultation_closes_after_its_deadline() {
        let draft = notice("status = \"draft-for-comment\"\ncomment_until = 2026-12-31");
        assert!(draft.is_consultation());
        let effective = Some(date(2027, 4, 1));
        assert_eq!(
            draft.phase_on(effective, date(2026, 12, 31)),
            NoticePhase::DraftForComment
        );
        assert_eq!(
            draft.phase_on(effective, date(2027, 1, 1)),
            NoticePhase::CommentClosed
        );
        // A draft is never in force, whatever date it proposes.
        assert_eq!(
            draft.phase_on(effective, date(2027, 5, 1)),
            NoticePhase::CommentClosed
        );
    }

    #[test]
    fn an_adopted_text_is_in_force_from_its_date() {
        let adopted = notice("status = \"adopted\"");
        assert!(!adopted.is_consultation());
        assert_eq!(
            adopted.phase_on(Some(date(2027, 1, 1)), date(2026, 12, 31)),
            NoticePhase::Adopted
        );
        assert_eq!(
            adopted.phase_on(Some(date(2027, 1, 1)), date(2027, 1, 1)),
            NoticePhase::InForce
        );
        let withdrawn = notice("status = \"withdrawn\"\ncomment_until = 2026-12-31");
        assert!(!withdrawn.is_consultation());
        assert_eq!(
            withdrawn.phase_on(None, date(2026, 12, 2)),
            NoticePhase::Withdrawn
        );
    }
}
