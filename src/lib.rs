//! guanxi: who was there. Reads Chinese government news and finds officials, their
//! titles, organizations and places, with offsets into the text as given.
//!
//! The pipeline, one module per stage (see `model` for the types they pass on):
//!
//! - [`ingest`]: read files, folders, JSON Lines and stdin; decode; clean up the text
//!   with an offset map; split a page into articles and find bylines.
//! - [`lexicon`]: the dictionaries (embedded, plus the user's own) in one automaton.
//! - [`recognize`]: persons, titles, organizations and places.
//! - [`relate`]: holds (person, title, org) and, later, events.
//! - [`corpus`]: persons resolved across documents, and the graph of persons,
//!   organizations, places and events.
//! - [`export`]: JSON Lines, CSV and GraphViz.
//! - [`eval`]: the scorer behind `guanxi eval`.

pub mod corpus;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod parallel;
pub mod pipeline;
pub mod recognize;
pub mod relate;

pub use model::{Analysis, Document};
pub use pipeline::Pipeline;
