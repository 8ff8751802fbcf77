//! What goes into a spreadsheet cell: the one place where every CSV and XLSX writer
//! makes text from a page safe to open in Excel, WPS or LibreOffice.
//!
//! A page is written by someone else. A name, a headline or a document id that starts
//! with `=`, `+`, `-` or `@` would be read by a spreadsheet as a formula
//! (`=HYPERLINK("http://…")`, `-2+3+cmd|…`): that is formula injection (CSV injection).
//! A tab or carriage return at the start can hide such a cell. Following the OWASP
//! recommendation, such a cell is written with a single quote `'` in front, so it
//! shows as text and is never evaluated; in the workbook it is also written as a text
//! cell, never as a formula. A lone `-` (the id of a document read from stdin) cannot
//! be a formula and is left as it is.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula (or hide one).
pub const RISKY_FIRST: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// True when `s` would be read as a formula by a spreadsheet (see the module docs).
pub fn is_risky(s: &str) -> bool {
    s.starts_with(RISKY_FIRST) && s != "-"
}

/// `s` made safe for a spreadsheet cell: a risky cell gets `'` in front, anything else
/// is returned as it is.
pub fn neutralize(s: &str) -> Cow<'_, str> {
    if is_risky(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// How many columns `s` takes on screen, roughly: CJK and full-width characters count
/// two. For column widths, so it need not be exact.
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 2,
            0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn risky_cells_get_a_quote() {
        for s in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(neutralize(s), format!("'{s}"));
        }
        for s in ["", "-", "曹升灵", "a=b", " =1", "'=1", "１２"] {
            assert_eq!(neutralize(s), s);
        }
    }

    #[test]
    fn wide_characters_count_two() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("副市长"), 6);
        assert_eq!(display_width("A１"), 3);
    }
}
