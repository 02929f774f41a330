//! Turning the bytes of a file into text: UTF-8, UTF-16 with a byte order mark, or
//! Windows-1252 (Latin-1) text, and a clear refusal for everything that is not text.
//!
//! Front ends read files; the engine takes `&str`. This module sits between them so that a
//! saved PDF, a Word document or a picture gets a message a person can act on ("this is a
//! PDF file, not text: …") instead of a page of mojibake. It guesses only between the
//! encodings news articles are actually saved in, with a hand-written Windows-1252 table;
//! it is not a general charset detector and it never reads `<meta charset>` declarations.

use std::fmt;

/// Text decoded from bytes, and the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The encoding the bytes were read as: `"utf-8"`, `"utf-8 (invalid bytes replaced)"`,
    /// `"utf-16le"`, `"utf-16be"` or `"windows-1252"`.
    pub encoding: &'static str,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
}

/// The kinds of [`DecodeError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// A file of a known binary format, recognised by its first bytes.
    Binary(BinaryFormat),
    /// Binary data of no known format: NUL bytes or many control bytes.
    NotText,
    /// A UTF-16 byte order mark followed by bytes that are not UTF-16.
    BadUtf16,
}

/// The binary formats recognised by their magic numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BinaryFormat {
    /// `%PDF`.
    Pdf,
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
    /// GIF image.
    Gif,
    /// WebP image (RIFF container).
    Webp,
    /// ZIP archive, which includes .docx, .xlsx, .odt and .epub files.
    Zip,
    /// Legacy Microsoft Office file (.doc, .xls), an OLE2 compound file.
    Ole2,
    /// gzip-compressed data.
    Gzip,
    /// ELF executable.
    Elf,
}

impl BinaryFormat {
    /// How the format is named in messages, with its article.
    pub fn description(self) -> &'static str {
        match self {
            BinaryFormat::Pdf => "a PDF file",
            BinaryFormat::Png => "a PNG image",
            BinaryFormat::Jpeg => "a JPEG image",
            BinaryFormat::Gif => "a GIF image",
            BinaryFormat::Webp => "a WebP image",
            BinaryFormat::Zip => "a ZIP archive or an Office document (.docx, .odt)",
            BinaryFormat::Ole2 => "a Microsoft Office document (.doc)",
            BinaryFormat::Gzip => "a gzip-compressed file",
            BinaryFormat::Elf => "a program (ELF executable)",
        }
    }

    /// The format whose magic number `bytes` start with, if any.
    pub fn sniff(bytes: &[u8]) -> Option<BinaryFormat> {
        const MAGIC: &[(&[u8], BinaryFormat)] = &[
            (b"%PDF", BinaryFormat::Pdf),
            (b"\x89PNG\r\n\x1a\n", BinaryFormat::Png),
            (b"\xff\xd8\xff", BinaryFormat::Jpeg),
            (b"GIF87a", BinaryFormat::Gif),
            (b"GIF89a", BinaryFormat::Gif),
            (b"PK\x03\x04", BinaryFormat::Zip),
            (b"PK\x05\x06", BinaryFormat::Zip),
            (b"PK\x07\x08", BinaryFormat::Zip),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", BinaryFormat::Ole2),
            (b"\x1f\x8b", BinaryFormat::Gzip),
            (b"\x7fELF", BinaryFormat::Elf),
        ];
        if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
            return Some(BinaryFormat::Webp);
        }
        MAGIC
            .iter()
            .find(|(magic, _)| bytes.starts_with(magic))
            .map(|&(_, format)| format)
    }
}

impl DecodeError {
    /// An error of this kind.
    pub fn new(kind: DecodeErrorKind) -> Self {
        DecodeError { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> DecodeErrorKind {
        self.kind
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            DecodeErrorKind::Binary(format) => write!(
                f,
                "this is {}, not text: save the article as text or HTML first",
                format.description()
            ),
            DecodeErrorKind::NotText => f.write_str(
                "this is binary data, not text (it has NUL or control bytes): \
                 save the article as text or HTML first",
            ),
            DecodeErrorKind::BadUtf16 => f.write_str(
                "this starts like UTF-16 text but is not valid UTF-16: \
                 save the article again as UTF-8",
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes the bytes of a text file.
///
/// UTF-8 is tried first (a byte order mark is dropped); UTF-16 is read only with its byte
/// order mark; bytes that are not UTF-8 but read as Windows-1252 prose (the usual "ANSI" or
/// Latin-1 file) are decoded with that table. Mostly-UTF-8 bytes with a few invalid ones
/// keep their UTF-8 and get U+FFFD for the invalid bytes.
///
/// ```
/// use accord_core::decode::decode;
///
/// let latin1 = b"Caf\xe9 d\xe9j\xe0 sign\xe9";
/// let decoded = decode(latin1).unwrap();
/// assert_eq!(decoded.text, "Café déjà signé");
/// assert_eq!(decoded.encoding, "windows-1252");
/// assert!(decode(b"%PDF-1.7\n...").unwrap_err().to_string().contains("PDF"));
/// ```
///
/// # Errors
/// [`DecodeErrorKind::Binary`] for a known binary format, [`DecodeErrorKind::NotText`] for
/// other binary data, [`DecodeErrorKind::BadUtf16`] for a broken UTF-16 file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let fail = |kind| Err(DecodeError::new(kind));
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return checked(text.to_string(), "utf-8");
        }
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return decode_utf16(rest, u16::from_le_bytes, "utf-16le");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return decode_utf16(rest, u16::from_be_bytes, "utf-16be");
    }
    if let Some(format) = BinaryFormat::sniff(bytes) {
        return fail(DecodeErrorKind::Binary(format));
    }
    if bytes.contains(&0) {
        return fail(DecodeErrorKind::NotText);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_string(), "utf-8");
    }
    let (valid_multibyte, invalid) = utf8_census(bytes);
    if valid_multibyte > invalid {
        let text = String::from_utf8_lossy(bytes).into_owned();
        return checked(text, "utf-8 (invalid bytes replaced)");
    }
    let text: String = bytes.iter().map(|&b| windows_1252_char(b)).collect();
    if !reads_as_prose(&text) {
        return Err(DecodeError::new(DecodeErrorKind::NotText));
    }
    checked(text, "windows-1252")
}

/// Whether a guessed decoding reads as prose: at least 85% of its characters are letters,
/// digits, spaces or common punctuation.
fn reads_as_prose(text: &str) -> bool {
    let (mut total, mut plausible) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_alphanumeric()
            || c.is_whitespace()
            || c.is_ascii_punctuation()
            || "«»‘’“”–—…€°".contains(c)
        {
            plausible += 1;
        }
    }
    plausible * 100 >= total * 85
}

/// Decodes UTF-16 code units read with `unit` (after the byte order mark).
fn decode_utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    encoding: &'static str,
) -> Result<Decoded, DecodeError> {
    let bad = || DecodeError::new(DecodeErrorKind::BadUtf16);
    if bytes.len() % 2 != 0 {
        return Err(bad());
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let text = char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| bad())?;
    checked(text, encoding)
}

/// Accepts decoded text unless it is mostly control characters (binary in disguise).
fn checked(text: String, encoding: &'static str) -> Result<Decoded, DecodeError> {
    if looks_like_text(&text) {
        Ok(Decoded { text, encoding })
    } else {
        Err(DecodeError::new(DecodeErrorKind::NotText))
    }
}

/// Whether text reads as prose: no NUL, and control characters (other than tab, line feed,
/// carriage return and form feed) under 2% of the characters.
fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return false;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            control += 1;
        }
    }
    control * 50 <= total
}

/// Counts the valid multi-byte UTF-8 sequences and the bytes that are not part of any valid
/// sequence.
fn utf8_census(mut bytes: &[u8]) -> (usize, usize) {
    let (mut valid_multibyte, mut invalid) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                valid_multibyte += text.chars().filter(|c| c.len_utf8() > 1).count();
                return (valid_multibyte, invalid);
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                let good = std::str::from_utf8(good).unwrap_or_default();
                valid_multibyte += good.chars().filter(|c| c.len_utf8() > 1).count();
                let skip = e.error_len().unwrap_or(rest.len());
                invalid += skip;
                bytes = &rest[skip..];
            }
        }
    }
}

/// The character of a Windows-1252 byte. Bytes 0x80–0x9F are the typographic characters of
/// that code page (€, ‘ ’ “ ” …); its five undefined bytes map to the C1 controls of the
/// same value, as the WHATWG Encoding Standard does. Other bytes are Latin-1.
pub fn windows_1252_char(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(bytes: &[u8]) -> DecodeErrorKind {
        decode(bytes).unwrap_err().kind()
    }

    #[test]
    fn utf8_passes_and_loses_its_bom() {
        let d = decode("Accord signé à Dakar".as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Accord signé à Dakar", "utf-8")
        );
        let d = decode(b"\xef\xbb\xbfHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert_eq!(decode(b"").unwrap().text, "");
    }

    #[test]
    fn utf16_with_bom_in_both_orders() {
        let text = "Protocole d’accord €";
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(
            decode(&le).unwrap(),
            Decoded {
                text: text.into(),
                encoding: "utf-16le"
            }
        );
        assert_eq!(
            decode(&be).unwrap(),
            Decoded {
                text: text.into(),
                encoding: "utf-16be"
            }
        );
        assert_eq!(kind(&le[..le.len() - 1]), DecodeErrorKind::BadUtf16);
        // An unpaired surrogate.
        assert_eq!(
            kind(&[0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
            DecodeErrorKind::BadUtf16
        );
    }

    #[test]
    fn windows_1252_prose_is_decoded() {
        let d = decode(b"\x93L\x92accord\x94 sign\xe9 \x96 co\xfbt 5\x80").unwrap();
        assert_eq!(d.text, "“L’accord” signé – coût 5€");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn mostly_utf8_keeps_utf8() {
        let mut bytes = "Signé à Genève, réunion élargie".as_bytes().to_vec();
        bytes.push(0xff);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "utf-8 (invalid bytes replaced)");
        assert!(d.text.starts_with("Signé à Genève"));
        assert!(d.text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn binary_formats_are_named() {
        let cases: [(&[u8], BinaryFormat); 9] = [
            (b"%PDF-1.4\n%\xe2\xe3", BinaryFormat::Pdf),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", BinaryFormat::Png),
            (b"\xff\xd8\xff\xe0\0\x10JFIF", BinaryFormat::Jpeg),
            (b"GIF89a\x01\0", BinaryFormat::Gif),
            (b"RIFF\0\0\0\0WEBPVP8 ", BinaryFormat::Webp),
            (b"PK\x03\x04\x14\0\x06\0", BinaryFormat::Zip),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0", BinaryFormat::Ole2),
            (b"\x1f\x8b\x08\0", BinaryFormat::Gzip),
            (b"\x7fELF\x02\x01\x01", BinaryFormat::Elf),
        ];
        for (bytes, format) in cases {
            assert_eq!(kind(bytes), DecodeErrorKind::Binary(format), "{format:?}");
        }
        let message = decode(b"%PDF-1.7").unwrap_err().to_string();
        assert_eq!(
            message,
            "this is a PDF file, not text: save the article as text or HTML first"
        );
    }

    #[test]
    fn unknown_binary_is_refused() {
        assert_eq!(kind(b"text with a \0 NUL"), DecodeErrorKind::NotText);
        let noise: Vec<u8> = (0u32..4096).map(|i| (i * 7919 % 251 + 1) as u8).collect();
        assert_eq!(kind(&noise), DecodeErrorKind::NotText);
        let controls = b"\x01\x02\x03\x04\x05 abc \x06\x07\x08";
        assert_eq!(kind(controls), DecodeErrorKind::NotText);
        // Not UTF-8, no control bytes, but symbols rather than prose.
        let symbols: Vec<u8> = b"\xa4\xa6\xa8\xac\xaf\xb1\xb4\xb6\xb7\xb8".repeat(20);
        assert_eq!(kind(&symbols), DecodeErrorKind::NotText);
        assert!(decode(b"\x01\x02")
            .unwrap_err()
            .to_string()
            .contains("binary"));
    }

    #[test]
    fn table_covers_the_high_half() {
        assert_eq!(windows_1252_char(0x80), '€');
        assert_eq!(windows_1252_char(0x9f), 'Ÿ');
        assert_eq!(windows_1252_char(0x81), '\u{81}');
        assert_eq!(windows_1252_char(0xe9), 'é');
        assert_eq!(windows_1252_char(b'a'), 'a');
    }
}
