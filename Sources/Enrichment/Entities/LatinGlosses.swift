import ArabicText

/// Arabic text glosses a foreign name or term in Latin letters right after it: `لوكربي Lockerbie`,
/// `مايكروسوفت (بالإنجليزية: Microsoft)`, `الكالوتايب (بالإنجليزية: calotype)`. The gloss tells two things:
/// - written in small letters only, it is a common term, so the Arabic word before it is no name;
/// - capitalized, it is the Arabic name's other spelling, not another entity: the article's mentions of it count
///   for the Arabic name. A gloss introduced by a language (`بالإنجليزية`, `بالفرنسية`) is one whatever it
///   says (`الأمم المتحدة (بالإنجليزية: United Nations)`); one in brackets or right after the name only when its
///   consonants are the name's (`LatinConsonants`), since a song may follow its singer (`بافاروتي Nessun Dorma`).
enum LatinGlosses {
    struct Gloss: Equatable {
        /// The Arabic name's span, as token positions.
        var name: ClosedRange<Int>
        /// The gloss's Latin words.
        var latin: ClosedRange<Int>
        var isCommonTerm: Bool
    }

    private static let fillers: Set<Substring> = ["(", ":", "[", "-", "،", ","]
    private static let languagePrefix = MatchingKey.of("بال")
    private static let shortestTerm = 3

    /// The glosses after the names tagged in one sentence.
    static func glosses(tags: [String], words: [Substring], keys: [String]) -> [Gloss] {
        var glosses: [Gloss] = []
        var index = 0
        while index < tags.count {
            defer { index += 1 }
            guard tags[index].hasPrefix("B-") else { continue }
            var end = index
            let inside = "I-" + tags[index].dropFirst(2)
            while end + 1 < tags.count, tags[end + 1] == inside { end += 1 }
            defer { index = end }
            guard WritingScript.of(word: words[end]) == .arabic else { continue }
            var position = end + 1
            var isIntroduced = false
            while position < words.count, position <= end + 3 {
                if isLanguage(keys[position]) { isIntroduced = true } else if !fillers.contains(words[position]) { break }
                position += 1
            }
            guard position < words.count, WritingScript.of(word: words[position]) == .latin else { continue }
            var latinEnd = position
            while latinEnd + 1 < words.count, WritingScript.of(word: words[latinEnd + 1]) == .latin { latinEnd += 1 }
            let latin = words[position ... latinEnd]
            if latin.allSatisfy({ $0.allSatisfy(\.isLowercase) }) {
                if latin.reduce(0, { $0 + $1.count }) >= shortestTerm {
                    glosses.append(Gloss(name: index ... end, latin: position ... latinEnd, isCommonTerm: true))
                }
            } else if ForeignNameSpans.isCapitalizedLatin(words[position]),
                      isIntroduced || LatinConsonants.agree(latin: Array(latin), arabicKeys: Array(keys[index ... end])) {
                glosses.append(Gloss(name: index ... end, latin: position ... latinEnd, isCommonTerm: false))
            }
        }
        return glosses
    }

    /// `بالإنجليزية`, `بالفرنسية`, `بالأنجليزية`: a preposition, the article and an adjective of relation.
    private static func isLanguage(_ key: String) -> Bool {
        key.hasPrefix(languagePrefix) && (key.hasSuffix("يه") || key.hasSuffix("يا")) && key.count >= 8
    }
}

/// The consonants of a foreign name in Latin and in Arabic letters, by sound class (`b`/`p` and `ب`; `k`, `q`,
/// hard `c` and `ك ق خ` …), vowels, `h` and the Arabic long vowels left out: `Microsoft` and `مايكروسوفت` both
/// give M K R S F T. Writers transliterate freely, so one class may differ in a longer name.
enum LatinConsonants {
    static func agree(latin: [Substring], arabicKeys: [String]) -> Bool {
        let foreign = latin.flatMap { classes(ofLatin: $0.lowercased()) }
        guard !foreign.isEmpty else { return false }
        // The Arabic span may open with words the gloss leaves out (`شركة مايكروسوفت (Microsoft)`).
        return arabicKeys.indices.contains { start in
            let arabic = collapsed(arabicKeys[start...].flatMap { classes(ofArabic: $0) })
            return !arabic.isEmpty && distance(collapsed(foreign), arabic) <= (max(foreign.count, arabic.count) >= 4 ? 1 : 0)
        }
    }

    private static func classes(ofLatin word: String) -> [Character] {
        let letters = Array(word)
        var classes: [Character] = []
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            index += 1
            switch (letter, next) {
            case ("s", "h"), ("c", "h"): classes.append("S"); index += 1
            case ("t", "h"): classes.append("T"); index += 1
            case ("p", "h"): classes.append("F"); index += 1
            case ("k", "h"), ("c", "k"): classes.append("K"); index += 1
            case ("g", "h"): classes.append("G"); index += 1
            case ("c", "e"), ("c", "i"), ("c", "y"): classes.append("S")
            case ("x", _): classes += ["K", "S"]
            default:
                switch letter {
                case "b", "p": classes.append("B")
                case "t": classes.append("T")
                case "d": classes.append("D")
                case "f", "v": classes.append("F")
                case "k", "q", "c": classes.append("K")
                case "g", "j": classes.append("G")
                case "s", "z": classes.append("S")
                case "l": classes.append("L")
                case "m": classes.append("M")
                case "n": classes.append("N")
                case "r": classes.append("R")
                default: break   // vowels, h, w, y and anything else
                }
            }
        }
        return classes
    }

    private static func classes(ofArabic key: String) -> [Character] {
        key.unicodeScalars.compactMap { scalar in
            switch scalar {
            case "ب", "پ": "B"
            case "ت", "ط", "ث": "T"
            case "د", "ض", "ذ", "ظ": "D"
            case "ف", "ڤ": "F"
            case "ك", "ق", "خ": "K"
            case "ج", "غ", "گ": "G"
            case "س", "ص", "ز", "ش": "S"
            case "ل": "L"
            case "م": "M"
            case "ن": "N"
            case "ر": "R"
            default: nil   // long vowels, hamza, ه ح ع
            }
        }
    }

    private static func collapsed(_ classes: [Character]) -> [Character] {
        classes.reduce(into: []) { result, next in if result.last != next { result.append(next) } }
    }

    /// Levenshtein distance.
    private static func distance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        var previous = Array(0 ... rhs.count)
        for (row, left) in lhs.enumerated() {
            var current = [row + 1]
            for (column, right) in rhs.enumerated() {
                current.append(min(previous[column + 1] + 1, current[column] + 1, previous[column] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
