//! Relations between the entities of one document.
//!
//! - `holds`: who holds which title, with the organization written in front of it.

pub mod holds;
