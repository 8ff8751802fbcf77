//! Ingest: from bytes on disk or stdin to documents, and from a document to clean text
//! and its layout.
//!
//! - `read`: files, folders, JSON Lines and stdin, in a stable order;
//! - `decode`: UTF-8, GB18030/GBK, Big5 and UTF-16 detected per file;
//! - `normalize`: the clean text with its offset map back to the original;
//! - `articles`: articles, bylines and repeated paragraphs of a page.

pub mod articles;
pub mod decode;
pub mod normalize;
pub mod read;
