//! A table from characters to small values, for the lookups made once per character
//! of every document (the scan's codes, the Traditional → Simplified fold): an array
//! lookup instead of hashing the char.
//!
//! The values are kept in blocks of 256 code points, and only the blocks that hold a
//! value are stored: `page[c >> 8]` is the block of `c`, block 0 is the shared empty
//! one. The dictionaries' characters fall in about a hundred blocks, a few hundred KB
//! at most; the page index is 17 KB.

/// Values of type `T` by character; `T::default()` where none was set.
pub struct CharTable<T> {
    page: Box<[u32; 0x1100]>,
    blocks: Vec<[T; 256]>,
}

impl<T: Copy + Default> Default for CharTable<T> {
    fn default() -> Self {
        CharTable {
            page: Box::new([0; 0x1100]),
            blocks: vec![[T::default(); 256]],
        }
    }
}

impl<T: Copy + Default> CharTable<T> {
    pub fn insert(&mut self, c: char, value: T) {
        let p = c as usize >> 8;
        if self.page[p] == 0 {
            self.page[p] = self.blocks.len() as u32;
            self.blocks.push([T::default(); 256]);
        }
        self.blocks[self.page[p] as usize][c as usize & 0xFF] = value;
    }

    #[inline]
    pub fn get(&self, c: char) -> T {
        let block = self.page.get(c as usize >> 8).copied().unwrap_or(0) as usize;
        self.blocks
            .get(block)
            .map_or_else(T::default, |b| b[c as usize & 0xFF])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_values_and_defaults_everywhere_else() {
        let mut t: CharTable<u32> = CharTable::default();
        for (c, v) in [('書', 1), ('a', 2), ('\u{10FFFF}', 3), ('𠮷', 4), ('\0', 5)] {
            t.insert(c, v);
        }
        assert_eq!(
            [
                '書',
                'a',
                '\u{10FFFF}',
                '𠮷',
                '\0',
                '书',
                'b',
                '\u{E000}',
                '\u{10FFFE}'
            ]
            .map(|c| t.get(c)),
            [1, 2, 3, 4, 5, 0, 0, 0, 0]
        );
    }
}
