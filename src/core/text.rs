//! Text folding for search and German collation.
//!
//! Search must find "Düsseldorf" for "dusseldorf" and "Lübeck" for both
//! "lubeck" and "luebeck", so every name is folded two ways: to base letters
//! (ü → u) and to the German transliteration (ü → ue). A query is folded to
//! base letters only and matched against both.

/// Folds `s` to lower-case base letters: diacritics dropped, ß → ss, every
/// run of punctuation or white space turned into one space.
pub fn fold_base(s: &str) -> String {
    fold(s, false)
}

/// Like [`fold_base`], but with the German transliteration of umlauts
/// (ä → ae, ö → oe, ü → ue).
pub fn fold_transliterated(s: &str) -> String {
    fold(s, true)
}

/// A key that sorts names as German dictionaries do (DIN 5007-1): umlauts
/// sort with their base letter, ß as ss, case and punctuation second.
pub fn collation_key(s: &str) -> (String, String) {
    (fold_base(s), s.chars().map(lower).collect())
}

/// The lower-case letter of `c` for the scripts of European place names:
/// Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic. Other
/// characters stay as they are. A short rule in place of the standard
/// library's full Unicode table (11 KB in the widget's WebAssembly).
pub fn lower(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            n + 0x20
        }
        0x400..=0x40F => n + 0x50,
        // İ: "i̇" in full Unicode, plain i here.
        0x130 => 0x69,
        // Latin Extended-A: most capitals are followed by their small
        // letter; from Ĺ to Ň and from Ź to Ž the pairs start on odd points.
        0x100..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x178 => 0xFF,
        // Cyrillic Ѡ to Ҁ and Ҋ to ӿ: pairs on even points.
        0x460..=0x480 | 0x48A..=0x4BF if n % 2 == 0 => n + 1,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

fn fold(s: &str, transliterate: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            push_folded(&mut out, c, transliterate);
        } else {
            pending_space = true;
        }
    }
    out
}

fn push_folded(out: &mut String, c: char, transliterate: bool) {
    let umlaut = match c {
        'ä' | 'Ä' => Some(('a', "ae")),
        'ö' | 'Ö' => Some(('o', "oe")),
        'ü' | 'Ü' => Some(('u', "ue")),
        _ => None,
    };
    if let Some((base, long)) = umlaut {
        if transliterate {
            out.push_str(long);
        } else {
            out.push(base);
        }
        return;
    }
    match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        _ => match strip_accent(c) {
            Some(base) => out.push(base),
            None => out.push(lower(c)),
        },
    }
}

/// Base letter of an accented Latin letter (Latin-1 and Latin Extended-A),
/// which covers the place names of Germany and its neighbours.
fn strip_accent(c: char) -> Option<char> {
    const TABLE: &[(&str, char)] = &[
        ("àáâãåāăąÀÁÂÃÅĀĂĄ", 'a'),
        ("çćĉċčÇĆĈĊČ", 'c'),
        ("ďĎ", 'd'),
        ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", 'e'),
        ("ĝğġģĜĞĠĢ", 'g'),
        ("ĥħĤĦ", 'h'),
        ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", 'i'),
        ("ĵĴ", 'j'),
        ("ķĶ", 'k'),
        ("ĺļľŀĹĻĽĿ", 'l'),
        ("ñńņňÑŃŅŇ", 'n'),
        ("òóôõōŏőÒÓÔÕŌŎŐ", 'o'),
        ("ŕŗřŔŖŘ", 'r'),
        ("śŝşšŚŜŞŠ", 's'),
        ("ţťŧŢŤŦ", 't'),
        ("ùúûũūŭůűųÙÚÛŨŪŬŮŰŲ", 'u'),
        ("ŵŴ", 'w'),
        ("ýÿŷÝŶŸ", 'y'),
        ("źżžŹŻŽ", 'z'),
    ];
    if c.is_ascii() {
        return None;
    }
    TABLE
        .iter()
        .find(|(accented, _)| accented.contains(c))
        .map(|&(_, base)| base)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, base: &str, transliterated: &str) {
        assert_eq!(fold_base(input), base, "base fold of {input:?}");
        assert_eq!(
            fold_transliterated(input),
            transliterated,
            "transliteration of {input:?}"
        );
    }

    #[test]
    fn folding() {
        check("Düsseldorf", "dusseldorf", "duesseldorf");
        check("Lübeck", "lubeck", "luebeck");
        check("Frankfurt a.M.", "frankfurt a m", "frankfurt a m");
        check("  Straße -- Nord ", "strasse nord", "strasse nord");
        check("ÖSTERREICH", "osterreich", "oesterreich");
        check("Besançon", "besancon", "besancon");
        check("Łódź", "lodz", "lodz");
        check("Kreis Lippe", "kreis lippe", "kreis lippe");
        check("<img src=x>", "img src x", "img src x");
        check("", "", "");
        check("1.000 Städte", "1 000 stadte", "1 000 staedte");
    }

    #[test]
    fn collation_puts_umlauts_with_base_letter() {
        let mut names = vec![
            "Zwickau",
            "Öhringen",
            "Offenbach",
            "Aachen",
            "Ärzte",
            "Augsburg",
        ];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(
            names,
            [
                "Aachen",
                "Ärzte",
                "Augsburg",
                "Offenbach",
                "Öhringen",
                "Zwickau"
            ]
        );
    }

    #[test]
    fn lower_agrees_with_the_standard_library_where_it_applies() {
        let ranges = [0x20..0x250u32, 0x370..0x400, 0x400..0x500];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let ours = lower(c);
            let std: Vec<char> = c.to_lowercase().collect();
            if c == 'İ' {
                assert_eq!(ours, 'i');
            } else if ours != c {
                assert_eq!(std, [ours], "{c:?}");
            } else if std != [c] && (c as u32) < 0x180 {
                panic!("{c:?} should become {std:?}");
            }
        }
        assert_eq!(lower('Ä'), 'ä');
        assert_eq!(lower('Ő'), 'ő');
        assert_eq!(lower('Ж'), 'ж');
        assert_eq!(lower('Ω'), 'ω');
        assert_eq!(lower('ß'), 'ß');
        assert_eq!(lower('7'), '7');
    }
}
