/// Breaks text into lines no wider than a number of columns.
///
/// Prose (``wrapped(_:toWidth:)``) breaks at spaces, in English and in Korean alike (Korean
/// readers expect whole 어절 per line, as `word-break: keep-all` sets it). Only a word wider
/// than the whole line is broken, between two syllables where it can be, keeping at least two
/// syllables on each side.
/// Terminal output (``hardWrapped(_:toWidth:)``) breaks anywhere, as a terminal does, and never
/// splits a wide character.
///
/// ```swift
/// TextWrapper.wrapped("쿠버네티스 서비스는 안정적인 주소입니다", toWidth: 16)
/// // ["쿠버네티스", "서비스는", "안정적인", "주소입니다"]
/// ```
public enum TextWrapper {
  struct Glyph {
    var character: Character
    var style: Style
    var width: Int
  }

  /// Prose wrapped at word boundaries (and at Hangul syllable boundaries only where a word is
  /// wider than the line). Runs of white space, newlines included, count as one space; spaces
  /// that start the line stay, and indent its following rows too (an indented list).
  public static func wrapped(_ line: StyledLine, toWidth width: Int) -> [StyledLine] {
    let leading = line.plainText.prefix { $0 == " " }.count
    if leading > 0 && leading <= max(1, width) / 3 {
      let indent = StyledRun(String(repeating: " ", count: leading))
      return wordWrapped(line, toWidth: width - leading).map { [indent] + $0 }
    }
    return wordWrapped(line, toWidth: width)
  }

  private static func wordWrapped(_ line: StyledLine, toWidth width: Int) -> [StyledLine] {
    let width = max(1, width)
    var words: [(separator: Style, glyphs: [Glyph])] = []
    var current: [Glyph] = []
    var separator = Style.plain
    for run in line {
      for character in run.text {
        if character.isWhitespace {
          if !current.isEmpty { words.append((separator, current)) }
          current = []
          separator = run.style
        } else {
          current.append(
            Glyph(character: character, style: run.style, width: TextWidth.of(character)))
        }
      }
    }
    if !current.isEmpty { words.append((separator, current)) }

    var lines: [[Glyph]] = []
    var building: [Glyph] = []
    var used = 0
    for (separator, word) in words {
      var rest = word[...]
      while !rest.isEmpty {
        let space = building.isEmpty ? 0 : 1
        let restWidth = rest.reduce(0) { $0 + $1.width }
        if used + space + restWidth <= width {
          if space == 1 { building.append(Glyph(character: " ", style: separator, width: 1)) }
          building += rest
          used += space + restWidth
          break
        }
        // Korean is wrapped at spaces, a whole 어절 at a time, as Korean readers expect;
        // only a word wider than the whole line is broken, between syllables if it can be.
        if !building.isEmpty {
          lines.append(building)
          building = []
          used = 0
          continue
        }
        let cut = syllableCut(rest, fitting: width) ?? prefixEnd(rest, fitting: width)
        lines.append(Array(rest[rest.startIndex..<cut]))
        rest = rest[cut...]
      }
    }
    if !building.isEmpty || lines.isEmpty { lines.append(building) }
    return lines.map(runs)
  }

  /// Plain prose wrapped as ``wrapped(_:toWidth:)`` does.
  public static func wrapped(_ text: String, toWidth width: Int) -> [String] {
    wrapped([StyledRun(text)], toWidth: width).map(\.plainText)
  }

  /// Text broken at exactly `width` columns, as a terminal wraps a long line. A wide
  /// character that does not fit on a row moves to the next one. An empty line stays one
  /// empty row.
  public static func hardWrapped(_ line: StyledLine, toWidth width: Int) -> [StyledLine] {
    let width = max(1, width)
    if line.allSatisfy({ $0.text.utf8.count <= width }) && line.displayWidth <= width {
      return [line]
    }
    var rows: [StyledLine] = []
    var row: StyledLine = []
    var text = ""
    var used = 0
    for run in line {
      for character in run.text {
        let columns = TextWidth.of(character)
        if used + columns > width && used > 0 {
          if !text.isEmpty { row.append(StyledRun(text, run.style)) }
          rows.append(row)
          row = []
          text = ""
          used = 0
        }
        text.append(character)
        used += columns
      }
      if !text.isEmpty { row.append(StyledRun(text, run.style)) }
      text = ""
    }
    rows.append(row)
    return rows
  }

  /// Where to break a word between two Hangul syllables so that its first part fits in
  /// `columns`, with two syllables on each side of the break; nil when there is no such place.
  static func syllableCut(_ word: ArraySlice<Glyph>, fitting columns: Int) -> Int? {
    guard columns > 0 else { return nil }
    func hangul(_ index: Int) -> Bool {
      index >= word.startIndex && index < word.endIndex && TextWidth.isHangul(word[index].character)
    }
    var used = 0
    var best: Int?
    var cut = word.startIndex + 1
    while cut < word.endIndex {
      used += word[cut - 1].width
      if used > columns { break }
      if hangul(cut - 2) && hangul(cut - 1) && hangul(cut) && hangul(cut + 1) { best = cut }
      cut += 1
    }
    return best
  }

  /// The end of the longest prefix that fits in `columns` (at least one glyph).
  static func prefixEnd(_ word: ArraySlice<Glyph>, fitting columns: Int) -> Int {
    var used = 0
    var index = word.startIndex
    while index < word.endIndex, used + word[index].width <= columns {
      used += word[index].width
      index += 1
    }
    return max(index, word.startIndex + 1)
  }

  /// Glyphs merged back into runs of one style.
  static func runs(_ glyphs: [Glyph]) -> StyledLine {
    var line: StyledLine = []
    for glyph in glyphs {
      if let last = line.last, last.style == glyph.style {
        line[line.count - 1].text.append(glyph.character)
      } else {
        line.append(StyledRun(String(glyph.character), glyph.style))
      }
    }
    return line
  }
}
