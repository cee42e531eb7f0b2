//! The English language pack: the words and phrases the English stages
//! read, as tables. One concept, one table; the rules that use them live
//! in the stages.

pub mod calendar;
pub mod qualifier;
pub mod trend;
