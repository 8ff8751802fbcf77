//! `--render svg|png`: draw `graph.dot` with GraphViz's `dot` into `graph.svg` or
//! `graph.png` beside it. `dot` writes to a pipe, and guanxi writes its output under a
//! temporary name and renames it when complete, like every other output.

use super::AtomicFile;
use anyhow::{Result, bail};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What to draw the graph as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum RenderFormat {
    /// graph.svg: a vector image any browser opens; Chinese labels use the viewer's
    /// fonts.
    Svg,
    /// graph.png: a picture; Chinese labels need a CJK font where dot runs.
    Png,
}

impl RenderFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            RenderFormat::Svg => "svg",
            RenderFormat::Png => "png",
        }
    }
}

/// What to install to get `dot`, and a CJK font for PNG labels.
pub const INSTALL_HINT: &str = "install GraphViz: Debian/Ubuntu `sudo apt-get install graphviz`, \
     Fedora `sudo dnf install graphviz`, macOS `brew install graphviz`; for Chinese labels in PNG also a CJK font (Debian/Ubuntu \
     `fonts-noto-cjk`)";

/// True when GraphViz's `dot` runs.
pub fn dot_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// True when fontconfig knows a font with Chinese glyphs; `None` when that cannot be
/// told (no `fc-list`).
pub fn cjk_font_available() -> Option<bool> {
    let o = Command::new("fc-list")
        .arg(":lang=zh")
        .arg("family")
        .output()
        .ok()?;
    o.status
        .success()
        .then(|| !String::from_utf8_lossy(&o.stdout).trim().is_empty())
}

/// Run `dot -T{format}` on `dot_file` and write the picture beside it
/// (`graph.svg`/`graph.png`); returns its path. Errors say what to install when `dot`
/// is missing, and show dot's message when it fails.
pub fn render(dot_file: &Path, format: RenderFormat) -> Result<PathBuf> {
    let out_path = dot_file.with_extension(format.as_str());
    let output = match Command::new("dot")
        .arg(format!("-T{}", format.as_str()))
        .arg(dot_file)
        .output()
    {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "--render {}: GraphViz's `dot` was not found, so {} was not drawn ({} is written); {INSTALL_HINT}",
            format.as_str(),
            out_path.display(),
            dot_file.display()
        ),
        Err(e) => bail!("--render {}: cannot run `dot`: {e}", format.as_str()),
    };
    if !output.status.success() || output.stdout.is_empty() {
        bail!(
            "--render {}: `dot -T{} {}` failed: {}",
            format.as_str(),
            format.as_str(),
            dot_file.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let mut f = AtomicFile::create(&out_path)?;
    f.write_all(&output.stdout)?;
    f.commit()?;
    Ok(out_path)
}
