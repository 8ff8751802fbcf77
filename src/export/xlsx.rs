//! `guanxi.xlsx`: the tables as one workbook, for Excel, WPS and LibreOffice.
//!
//! Sheets, in order: **About** (what each sheet holds, what each column means and how
//! to find a row's source), then People, Positions, Organizations, Events,
//! Participants, Signings and Mentions, with the columns of the CSV files of the same
//! names (Positions adds `date_iso`). On every data sheet the header row is frozen and
//! has an autofilter, columns are as wide as their content (within limits), numbers are
//! number cells, `repeated` is a TRUE/FALSE cell, and ISO dates (`date_iso`,
//! `first_date`, `last_date`) are real date cells, so a filter offers years and months;
//! the date as written (`10月12日`) stays text in its own column.
//!
//! Every text cell goes through [`super::cell::neutralize`] and is written as a string
//! cell, never a formula. Excel's limits are kept: a cell longer than 32,767 characters
//! is cut (it ends with `…`, the CSV has it whole) and a sheet that reaches 1,048,576
//! rows goes on in a new sheet `Mentions (2)` (added at the end of the workbook).
//!
//! ## Memory
//!
//! Data sheets use rust_xlsxwriter's constant-memory mode: each row goes to a temporary
//! file (an unnamed one in the output folder) as soon as the next row is started, so
//! memory does not grow with the corpus. Rows are written one document at a time as
//! the documents are analyzed; People and Organizations, which need the whole corpus,
//! are written at the end. The workbook is then written to a temporary name in the
//! output folder and renamed into place ([`super::AtomicFile`]).

use super::AtomicFile;
use super::cell::{display_width, neutralize};
use super::orgs::ORGANIZATIONS_HEADER;
use super::relations::{
    EVENTS_HEADER, PARTICIPANTS_HEADER, PEOPLE_HEADER, POSITIONS_HEADER, SIGNINGS_HEADER,
};
use super::tables::MENTIONS_HEADER;
use anyhow::Result;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet,
};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// Excel's rows per sheet, header included.
pub const MAX_ROWS: u32 = 1_048_576;
/// Excel's characters per cell (UTF-16 code units).
pub const MAX_CELL: usize = 32_767;
/// Widest column, in characters.
const MAX_WIDTH: usize = 60;

/// What a column's cells are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Number,
    /// `YYYY-MM-DD` → a date cell; anything else stays text.
    Date,
    /// `true` / `false` → a boolean cell.
    Bool,
}

/// One column of a sheet: its header, its kind and what it means (for the About sheet).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub meaning: &'static str,
}

const fn col(name: &'static str, kind: Kind, meaning: &'static str) -> Column {
    Column {
        name,
        kind,
        meaning,
    }
}

/// One data sheet: its name, what a row is, how to get to the source, its columns.
#[derive(Debug, Clone, Copy)]
pub struct SheetSpec {
    pub name: &'static str,
    pub row: &'static str,
    pub source: &'static str,
    pub columns: &'static [Column],
}

impl SheetSpec {
    pub fn header(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

use Kind::{Bool, Date, Number, Text};

const DOC_ID: &str = "the document: a .txt file's path as given, or a JSON line's id";
const EVENT_ID: &str = "the event: doc_id#eN, the N-th event of the document";

pub const PEOPLE: SheetSpec = SheetSpec {
    name: "People",
    row: "person, told apart across documents (one name can be several people)",
    source: "filter Participants or Positions by the name; events lists event ids",
    columns: &[
        col("name", Text, "the name as first written"),
        col(
            "titles",
            Text,
            "titles held, in order of first appearance, joined with ; ",
        ),
        col(
            "organizations",
            Text,
            "organizations of those titles, joined with ; ",
        ),
        col(
            "events",
            Text,
            "events attended (event ids), joined with ; ",
        ),
        col(
            "first_date",
            Date,
            "earliest full date among the person's documents and events",
        ),
        col(
            "last_date",
            Date,
            "latest full date among the person's documents and events",
        ),
    ],
};

pub const POSITIONS: SheetSpec = SheetSpec {
    name: "Positions",
    row: "person holding a title (and the organization written before it), per document",
    source: "doc_id; find the name in Mentions for its offsets",
    columns: &[
        col("person", Text, "the person's name as written"),
        col("title", Text, "the title (副市长, 党委书记, ...)"),
        col(
            "org",
            Text,
            "the organization written before the title, if any",
        ),
        col("doc_id", Text, DOC_ID),
        col("date", Text, "the document's date field as written"),
        col(
            "date_iso",
            Date,
            "that date as a date cell, when it is a full date",
        ),
    ],
};

pub const ORGANIZATIONS: SheetSpec = SheetSpec {
    name: "Organizations",
    row: "organization across the corpus (Traditional and Simplified spellings together)",
    source: "first_doc_id and first_offset: where it is first mentioned; all mentions in Mentions",
    columns: &[
        col("name", Text, "the name as first written"),
        col("kind", Text, "government, company or institution"),
        col(
            "mentions",
            Number,
            "mentions, not counting paragraphs the page repeats",
        ),
        col("documents", Number, "documents that mention it"),
        col("first_doc_id", Text, "the first document that mentions it"),
        col(
            "first_offset",
            Number,
            "offset of the first mention in that document",
        ),
        col(
            "people",
            Text,
            "who holds a post there: name (titles), joined with ; ",
        ),
        col(
            "events",
            Text,
            "events it signed as a party (event ids), joined with ; ",
        ),
    ],
};

pub const EVENTS: SheetSpec = SheetSpec {
    name: "Events",
    row: "event: a signing, meeting, visit or ceremony with someone named in it",
    source: "doc_id and article; the trigger word is in the article's text",
    columns: &[
        col("event_id", Text, EVENT_ID),
        col("doc_id", Text, DOC_ID),
        col(
            "article",
            Number,
            "the article on the page, counting from 0",
        ),
        col("type", Text, "signing, meeting, visit or ceremony"),
        col(
            "trigger",
            Text,
            "the word that names the event (签约, 会议, ...)",
        ),
        col("date", Text, "the date as written (10月12日)"),
        col(
            "date_iso",
            Date,
            "the date as a date cell, when the year is known (see --year)",
        ),
        col("place", Text, "where, when written"),
        col("headline", Text, "the article's headline"),
    ],
};

pub const PARTICIPANTS: SheetSpec = SheetSpec {
    name: "Participants",
    row: "person taking part in an event",
    source: "event_id (see Events for the document and article)",
    columns: &[
        col("event_id", Text, EVENT_ID),
        col("person", Text, "the name as written"),
        col("role", Text, "host, speaker or attendee"),
        col("title", Text, "the person's first title in that document"),
    ],
};

pub const SIGNINGS: SheetSpec = SheetSpec {
    name: "Signings",
    row: "party to a signing (an organization or place)",
    source: "event_id (see Events for the document and article)",
    columns: &[
        col("event_id", Text, EVENT_ID),
        col("party", Text, "the organization or place, as written"),
    ],
};

pub const MENTIONS: SheetSpec = SheetSpec {
    name: "Mentions",
    row: "mention of a person, title, organization or place",
    source: "doc_id, start and end: the characters start..end of the document's text",
    columns: &[
        col("doc_id", Text, DOC_ID),
        col("type", Text, "person, title, org or place"),
        col(
            "kind",
            Text,
            "for an org: government, company or institution",
        ),
        col("text", Text, "the text (a line break inside it removed)"),
        col(
            "start",
            Number,
            "offset of the first character (code points, from 0)",
        ),
        col("end", Number, "offset just after the last character"),
        col(
            "article",
            Number,
            "the article on the page, counting from 0",
        ),
        col(
            "repeated",
            Bool,
            "TRUE in a paragraph the page prints twice (not counted)",
        ),
        col("evidence", Text, "the list or pattern that found it"),
    ],
};

/// The data sheets, in workbook order (after About).
pub const SHEETS: [&SheetSpec; 7] = [
    &PEOPLE,
    &POSITIONS,
    &ORGANIZATIONS,
    &EVENTS,
    &PARTICIPANTS,
    &SIGNINGS,
    &MENTIONS,
];

/// A data sheet, by its place in [`SHEETS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    People = 0,
    Positions,
    Organizations,
    Events,
    Participants,
    Signings,
    Mentions,
}

/// The CSV header each sheet mirrors (Positions adds `date_iso`).
pub fn csv_header(s: Sheet) -> &'static [&'static str] {
    match s {
        Sheet::People => &PEOPLE_HEADER,
        Sheet::Positions => &POSITIONS_HEADER,
        Sheet::Organizations => &ORGANIZATIONS_HEADER,
        Sheet::Events => &EVENTS_HEADER,
        Sheet::Participants => &PARTICIPANTS_HEADER,
        Sheet::Signings => &SIGNINGS_HEADER,
        Sheet::Mentions => &MENTIONS_HEADER,
    }
}

/// Counts for the About sheet.
#[derive(Debug, Clone, Default)]
pub struct AboutInfo {
    pub documents: usize,
    pub events: usize,
}

/// One data sheet being written: the worksheets it takes (more than one past Excel's
/// row limit) and the widest cell of each column.
struct SheetState {
    spec: &'static SheetSpec,
    /// (worksheet index, rows written including the header).
    parts: Vec<(usize, u32)>,
    widths: Vec<usize>,
}

/// The workbook being written.
pub struct XlsxWriter {
    wb: Workbook,
    file: AtomicFile,
    sheets: Vec<SheetState>,
    header: Format,
    date: Format,
    /// Rows per worksheet (Excel's limit; smaller in tests).
    max_rows: u32,
    /// Cells cut to Excel's limit.
    cut: usize,
}

fn xerr(path: &Path) -> impl Fn(rust_xlsxwriter::XlsxError) -> anyhow::Error + '_ {
    move |e| anyhow::anyhow!("{}: cannot write the workbook: {e}", path.display())
}

impl XlsxWriter {
    /// Start `path` (the file is created under a temporary name in its folder now, so
    /// an unwritable folder fails before any work). Constant-memory sheets keep their
    /// rows in unnamed temporary files in the same folder.
    pub fn create(path: &Path) -> Result<XlsxWriter> {
        Self::with_max_rows(path, MAX_ROWS)
    }

    /// [`XlsxWriter::create`] with fewer rows per worksheet (to test continuation
    /// sheets without a million rows).
    pub fn with_max_rows(path: &Path, max_rows: u32) -> Result<XlsxWriter> {
        let file = AtomicFile::create(path)?;
        let e = xerr(path);
        let mut wb = Workbook::new();
        // The same input gives the same file, byte for byte: the document properties
        // carry a fixed creation time instead of the clock's.
        let epoch = ExcelDateTime::from_ymd(2000, 1, 1).map_err(&e)?;
        wb.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            wb.set_tempdir(dir).map_err(&e)?;
        }
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xDDEBF7))
            .set_border_bottom(FormatBorder::Thin);
        let date = Format::new().set_num_format("yyyy-mm-dd");
        wb.add_worksheet().set_name("About").map_err(&e)?;
        let mut w = XlsxWriter {
            wb,
            file,
            sheets: Vec::new(),
            header,
            date,
            max_rows: max_rows.max(2),
            cut: 0,
        };
        for spec in SHEETS {
            let index = w.add_part(spec, spec.name)?;
            w.sheets.push(SheetState {
                spec,
                parts: vec![(index, 1)],
                // the header's filter button takes two more
                widths: spec
                    .columns
                    .iter()
                    .map(|c| display_width(c.name) + 2)
                    .collect(),
            });
        }
        Ok(w)
    }

    fn path(&self) -> PathBuf {
        self.file.path().to_path_buf()
    }

    /// Add a constant-memory worksheet with the sheet's header row; its index.
    fn add_part(&mut self, spec: &SheetSpec, name: &str) -> Result<usize> {
        let path = self.path();
        let e = xerr(&path);
        let ws = self.wb.add_worksheet_with_constant_memory().map_err(&e)?;
        ws.set_name(name).map_err(&e)?;
        for (c, column) in spec.columns.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, column.name, &self.header)
                .map_err(&e)?;
        }
        ws.set_freeze_panes(1, 0).map_err(&e)?;
        // Printed or saved as PDF: landscape, one page wide, the header on every page.
        ws.set_landscape().set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0).map_err(&e)?;
        Ok(self.wb.worksheets().len() - 1)
    }

    /// Append one row to a sheet; cells are strings as in the CSV files, turned into
    /// numbers, dates and booleans by the column's [`Kind`].
    pub fn write_row<S: AsRef<str>>(&mut self, sheet: Sheet, row: &[S]) -> Result<()> {
        let path = self.path();
        guarded(&path, || self.write_row_unguarded(sheet, row))
    }

    fn write_row_unguarded<S: AsRef<str>>(&mut self, sheet: Sheet, row: &[S]) -> Result<()> {
        let path = self.path();
        let e = xerr(&path);
        let s = sheet as usize;
        let full = self.sheets[s]
            .parts
            .last()
            .is_none_or(|(_, rows)| *rows >= self.max_rows);
        if full {
            let spec = self.sheets[s].spec;
            let name = format!("{} ({})", spec.name, self.sheets[s].parts.len() + 1);
            let index = self.add_part(spec, &name)?;
            self.sheets[s].parts.push((index, 1));
        }
        let XlsxWriter {
            wb,
            sheets,
            date,
            cut,
            ..
        } = self;
        let state = &mut sheets[s];
        let Some((index, rows)) = state.parts.last_mut() else {
            return Ok(());
        };
        let ws = wb.worksheet_from_index(*index).map_err(&e)?;
        let r = *rows;
        for (c, (value, column)) in row.iter().zip(state.spec.columns).enumerate() {
            let value = value.as_ref();
            let width = write_cell(ws, r, c as u16, value, column.kind, date, cut).map_err(&e)?;
            if let Some(w) = state.widths.get_mut(c) {
                *w = (*w).max(width.min(MAX_WIDTH));
            }
        }
        *rows += 1;
        Ok(())
    }

    /// Append rows to a sheet.
    pub fn write_rows<S: AsRef<str>, const N: usize>(
        &mut self,
        sheet: Sheet,
        rows: &[[S; N]],
    ) -> Result<()> {
        // One guard for the rows of a call, not one per row: swapping the panic hook
        // takes a global lock.
        let path = self.path();
        guarded(&path, || {
            rows.iter()
                .try_for_each(|r| self.write_row_unguarded(sheet, r))
        })
    }

    /// Set widths and autofilters, write the About sheet, save under the temporary
    /// name and rename into place. Returns notes for the user (cells cut to Excel's
    /// limit, sheets continued).
    pub fn finish(mut self, info: &AboutInfo) -> Result<Vec<String>> {
        let path = self.path();
        let e = xerr(&path);
        let mut notes = Vec::new();
        for state in &self.sheets {
            let last_col = state.spec.columns.len().saturating_sub(1) as u16;
            for (index, rows) in &state.parts {
                let ws = self.wb.worksheet_from_index(*index).map_err(&e)?;
                for (c, w) in state.widths.iter().enumerate() {
                    ws.set_column_width(c as u16, (*w + 2) as f64).map_err(&e)?;
                }
                ws.autofilter(0, 0, rows.saturating_sub(1).max(1), last_col)
                    .map_err(&e)?;
            }
            if state.parts.len() > 1 {
                notes.push(format!(
                    "{}: sheet {} has more rows than Excel allows on one sheet; it goes on in {} more sheets at the end of the workbook",
                    path.display(),
                    state.spec.name,
                    state.parts.len() - 1
                ));
            }
        }
        if self.cut > 0 {
            notes.push(format!(
                "{}: {} cells longer than Excel's 32,767 characters were cut (they end with …); the CSV files have them whole",
                path.display(),
                self.cut
            ));
        }
        let continued: Vec<String> = self
            .sheets
            .iter()
            .flat_map(|s| s.parts.iter().skip(1).map(|_| s.spec.name.to_string()))
            .collect();
        let about = self.wb.worksheet_from_index(0).map_err(&e)?;
        write_about(about, info, &continued).map_err(&e)?;
        let XlsxWriter { wb, file, .. } = &mut self;
        guarded(&path, || wb.save_to_writer(&mut *file).map_err(&e))?;
        self.file.commit()?;
        Ok(notes)
    }
}

/// Write one cell; returns its display width.
/// Run a workbook operation that may panic: rust_xlsxwriter's constant-memory mode
/// writes rows to a temporary file and panics when that write fails (a full disk, a
/// file-size limit). The panic becomes an error naming the workbook, and its message is
/// not printed.
fn guarded<T>(path: &Path, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    r.unwrap_or_else(|_| {
        Err(anyhow::anyhow!(
            "{}: write failed (is the disk full, or the file too large?)",
            path.display()
        ))
    })
}

fn write_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    value: &str,
    kind: Kind,
    date: &Format,
    cut: &mut usize,
) -> Result<usize, rust_xlsxwriter::XlsxError> {
    if value.is_empty() {
        return Ok(0);
    }
    match kind {
        Kind::Number => {
            if let Ok(n) = value.parse::<f64>()
                && n.is_finite()
            {
                ws.write_number(r, c, n)?;
                return Ok(value.len());
            }
        }
        Kind::Date => {
            if let Some(d) = ymd(value).and_then(|(y, m, d)| ExcelDateTime::from_ymd(y, m, d).ok())
            {
                ws.write_datetime_with_format(r, c, &d, date)?;
                return Ok(10);
            }
        }
        Kind::Bool => {
            if let Ok(b) = value.parse::<bool>() {
                ws.write_boolean(r, c, b)?;
                return Ok(5);
            }
        }
        Kind::Text => {}
    }
    let text = cut_to_limit(neutralize(value), cut);
    ws.write_string(r, c, text.as_ref())?;
    Ok(display_width(&text))
}

/// `YYYY-MM-DD` (as `corpus::iso_date` writes it) as numbers.
fn ymd(s: &str) -> Option<(u16, u8, u8)> {
    let mut parts = s.split('-');
    let y = parts.next()?;
    let m = parts.next()?;
    let d = parts.next()?;
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}

/// A cell cut to Excel's limit, ending with `…`; counts the cut cells.
fn cut_to_limit<'a>(s: Cow<'a, str>, cut: &mut usize) -> Cow<'a, str> {
    // A UTF-8 string of at most MAX_CELL bytes has at most MAX_CELL UTF-16 units.
    if s.len() <= MAX_CELL || s.encode_utf16().count() <= MAX_CELL {
        return s;
    }
    *cut += 1;
    let mut out = String::new();
    let mut units = 0;
    for ch in s.chars() {
        units += ch.len_utf16();
        if units > MAX_CELL - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    Cow::Owned(out)
}

const NOTES: [&str; 6] = [
    "doc_id is the document: the path of a .txt file as given on the command line, or the id field of a JSON Lines record.",
    "start and end (Mentions) count characters (Unicode code points) from 0 in the document's text as given, end excluded; article counts the articles on a page from 0.",
    "event_id is doc_id#eN, the N-th event of the document: Events, Participants and Signings share it, and People and Organizations list it.",
    "Dates: date is as written (10月12日) and stays text; date_iso, first_date and last_date are date cells (filter by year or month), empty when the year is not known (guanxi extract --year).",
    "A cell that began with = + - @ or a tab is shown with ' in front, so that a spreadsheet never runs text from a page as a formula.",
    "Excel holds 32,767 characters in a cell and 1,048,576 rows in a sheet: a longer cell is cut (it ends with …) and a longer sheet goes on in a sheet named like Mentions (2); the CSV files hold everything.",
];

fn write_about(
    ws: &mut Worksheet,
    info: &AboutInfo,
    continued: &[String],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin);
    // Columns as wide as their longest entry (no wrapped text: row heights would not
    // follow it everywhere); the notes run on to the right.
    let widest = |texts: &mut dyn Iterator<Item = &str>| {
        texts.map(display_width).max().unwrap_or(10) as f64 + 2.0
    };
    ws.set_column_width(0, widest(&mut SHEETS.iter().map(|s| s.name)).max(14.0))?;
    ws.set_column_width(
        1,
        widest(&mut SHEETS.iter().map(|s| s.row).chain(["One row per"])),
    )?;
    ws.set_column_width(
        2,
        widest(
            &mut SHEETS.iter().map(|s| s.source).chain(
                SHEETS
                    .iter()
                    .flat_map(|s| s.columns.iter().map(|c| c.meaning)),
            ),
        ),
    )?;
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    ws.write_string_with_format(0, 0, "guanxi: who was there", &title)?;
    let documents = match info.documents {
        1 => "1 document".to_string(),
        n => format!("{n} documents"),
    };
    let events = match info.events {
        1 => "1 event".to_string(),
        n => format!("{n} events"),
    };
    ws.write_string(
        1,
        0,
        format!(
            "Made by guanxi {} from {documents} ({events}). One sheet per table; the CSV files of the same names hold the same rows.",
            env!("CARGO_PKG_VERSION"),
        ),
    )?;
    let mut r = 3;
    for (c, h) in ["Sheet", "One row per", "How to find the source"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(r, c as u16, *h, &header)?;
    }
    for spec in SHEETS {
        r += 1;
        ws.write_string_with_format(r, 0, spec.name, &bold)?;
        ws.write_string(r, 1, spec.row)?;
        ws.write_string(r, 2, spec.source)?;
    }
    for name in continued {
        r += 1;
        ws.write_string(r, 0, format!("{name} (2), ..."))?;
        ws.write_string(r, 1, format!("more rows of {name}"))?;
    }
    r += 2;
    ws.write_string_with_format(r, 0, "Notes", &bold)?;
    for note in NOTES {
        ws.write_string(r, 1, note)?;
        r += 1;
    }
    r += 1;
    for (c, h) in ["Sheet", "Column", "Meaning"].iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *h, &header)?;
    }
    for spec in SHEETS {
        for column in spec.columns {
            r += 1;
            ws.write_string(r, 0, spec.name)?;
            ws.write_string_with_format(r, 1, column.name, &bold)?;
            ws.write_string(r, 2, column.meaning)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_mirror_the_csv_headers() {
        for (i, spec) in SHEETS.iter().enumerate() {
            let sheet = [
                Sheet::People,
                Sheet::Positions,
                Sheet::Organizations,
                Sheet::Events,
                Sheet::Participants,
                Sheet::Signings,
                Sheet::Mentions,
            ][i];
            let mut csv: Vec<&str> = csv_header(sheet).to_vec();
            if sheet == Sheet::Positions {
                csv.push("date_iso");
            }
            assert_eq!(spec.header(), csv, "{}", spec.name);
        }
    }

    #[test]
    fn long_cells_are_cut_to_excels_limit() {
        let mut n = 0;
        let long = "长".repeat(MAX_CELL + 10);
        let c = cut_to_limit(Cow::Borrowed(&long), &mut n);
        assert_eq!(n, 1);
        assert!(c.encode_utf16().count() <= MAX_CELL);
        assert!(c.ends_with('…'));
        let short = "长".repeat(100);
        assert_eq!(cut_to_limit(Cow::Borrowed(&short), &mut n), short);
        assert_eq!(n, 1);
    }

    #[test]
    fn iso_dates_only() {
        assert_eq!(ymd("2024-03-15"), Some((2024, 3, 15)));
        assert_eq!(ymd("2024-3-15"), None);
        assert_eq!(ymd("10月12日"), None);
        assert_eq!(ymd(""), None);
    }
}
