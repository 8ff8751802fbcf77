//! Relations between the entities of one document.
//!
//! - `holds`: who holds which title, with the organization written in front of it.
//! - `events`: signings, meetings, visits and ceremonies, with dates, participants and
//!   their roles, and signing parties.

pub mod events;
pub mod holds;
