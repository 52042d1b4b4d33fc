import Foundation

/// How a command from a lesson is set in the lesson pane: its first line after `$ `, the lines
/// that continue it (after a trailing backslash, or a here-document's body) indented under it.
///
/// A command line that is too wide breaks at a space where it can (inside a long word
/// where it cannot), and the rows that continue it are indented further, so a 90-column
/// command stays readable in a half-screen pane. A here-document's body (YAML, mostly) and its
/// end marker are never wrapped: they are clipped at the pane's edge as diagrams are, because
/// a wrapped YAML line would read as a different indentation.
///
/// ```swift
/// CommandLayout.rows(of: "kubectl expose deployment web --port=80 --type=NodePort", width: 30)
/// // ["$ kubectl expose deployment", "    web --port=80", "    --type=NodePort"]
/// ```
enum CommandLayout {
  /// Columns of `$ ` before the first line, and of the indent of the lines that continue it.
  static let promptWidth = 2
  /// Extra columns of indent on rows that continue a wrapped line.
  static let wrapIndent = 2

  /// One row of a laid-out command: its text and whether it may be clipped (not wrapped).
  struct Row: Equatable {
    var text: String
    var prefix: String
    var clipped: Bool
  }

  /// The rows of `command` at `width` columns, prefixes included.
  static func layout(of command: String, width: Int) -> [Row] {
    var rows: [Row] = []
    for (index, line) in lines(of: command).enumerated() {
      let prefix = index == 0 ? "$ " : String(repeating: " ", count: promptWidth)
      if line.verbatim {
        rows.append(Row(text: line.text, prefix: prefix, clipped: true))
        continue
      }
      let leading = line.text.prefix { $0 == " " }.count
      let indent = String(repeating: " ", count: promptWidth + leading + wrapIndent)
      let pieces = wrapped(line.text, first: width - promptWidth, rest: width - indent.count)
      for (number, piece) in pieces.enumerated() {
        rows.append(
          number == 0
            ? Row(text: piece, prefix: prefix, clipped: false)
            : Row(text: piece, prefix: indent, clipped: false))
      }
    }
    return rows
  }

  /// The rows as plain text (tests, and the shape of what is drawn).
  static func rows(of command: String, width: Int) -> [String] {
    layout(of: command, width: width).map { $0.prefix + $0.text }
  }

  /// The physical lines of a command, each marked verbatim when it belongs to a
  /// here-document's body or is its end marker.
  static func lines(of command: String) -> [(text: String, verbatim: Bool)] {
    var result: [(text: String, verbatim: Bool)] = []
    var markers: [String] = []
    for raw in command.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if let end = markers.first {
        result.append((line, true))
        if line.trimmingCharacters(in: .whitespaces) == end { markers.removeFirst() }
        continue
      }
      result.append((line, false))
      markers = hereDocumentMarkers(in: line)
    }
    return result
  }

  /// The end words of the here-documents a line opens (`<<EOF`, `<<-EOF`, `<< 'EOF'`,
  /// `<<"EOF"`), outside quotes; `<<<` (a here-string) opens none.
  static func hereDocumentMarkers(in line: String) -> [String] {
    let characters = Array(line)
    var words: [String] = []
    var quote: Character?
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == open { quote = nil }
        index += 1
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
        index += 1
        continue
      }
      if character == "\\" {
        index += 2
        continue
      }
      guard character == "<", index + 1 < characters.count, characters[index + 1] == "<" else {
        index += 1
        continue
      }
      if index + 2 < characters.count && characters[index + 2] == "<" {
        index += 3
        continue
      }
      var cursor = index + 2
      if cursor < characters.count && characters[cursor] == "-" { cursor += 1 }
      while cursor < characters.count && characters[cursor] == " " { cursor += 1 }
      var word = ""
      while cursor < characters.count {
        let next = characters[cursor]
        if next == "'" || next == "\"" {
          cursor += 1
          continue
        }
        if next == " " || next == ";" || next == "|" || next == "&" || next == ">" || next == "<"
          || next == ")"
        {
          break
        }
        word.append(next)
        cursor += 1
      }
      if !word.isEmpty { words.append(word) }
      index = cursor
    }
    return words
  }

  /// `text` broken into rows: the first at most `first` columns, the others at most `rest`.
  /// Breaks fall on a space where one fits (the space is dropped); a word wider than a row is
  /// broken where the row ends. Nothing else changes: runs of spaces and quotes stay as typed.
  static func wrapped(_ text: String, first: Int, rest: Int) -> [String] {
    var rows: [String] = []
    var remaining = Substring(text)
    var width = max(1, first)
    while TextWidth.of(remaining) > width {
      var used = 0
      var index = remaining.startIndex
      var lastSpace: Substring.Index?
      var sawText = false
      while index < remaining.endIndex {
        let character = remaining[index]
        let columns = TextWidth.of(character)
        if used + columns > width { break }
        if character == " " && sawText { lastSpace = index }
        if character != " " { sawText = true }
        used += columns
        index = remaining.index(after: index)
      }
      if index < remaining.endIndex && remaining[index] == " " && sawText { lastSpace = index }
      if let space = lastSpace {
        rows.append(String(remaining[..<space]))
        remaining = remaining[remaining.index(after: space)...]
      } else {
        let end = index == remaining.startIndex ? remaining.index(after: index) : index
        rows.append(String(remaining[..<end]))
        remaining = remaining[end...]
      }
      width = max(1, rest)
    }
    rows.append(String(remaining))
    return rows
  }
}
