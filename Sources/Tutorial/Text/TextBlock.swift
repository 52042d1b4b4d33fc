import Foundation

/// A piece of a line of lesson text: plain words, inline `code` or **bold**.
public enum TextSpan: Equatable, Hashable, Sendable {
  /// Plain words.
  case plain(String)
  /// Inline code, written between backticks: a command, a name, an address.
  case code(String)
  /// Emphasis, written between double asterisks.
  case bold(String)

  /// The words, without markup.
  public var text: String {
    switch self {
    case .plain(let text), .code(let text), .bold(let text): return text
    }
  }
}

/// One block of lesson text, as a front end lays it out.
///
/// Lesson text is Markdown-ish: paragraphs separated by blank lines, `- ` list items,
/// inline `` `code` `` and `**bold**`, and fenced blocks (```` ``` ````) kept verbatim, line for
/// line, for commands and ASCII diagrams.
public enum TextBlock: Equatable, Hashable, Sendable {
  /// A paragraph: its lines joined into one, to be wrapped by the front end.
  case paragraph([TextSpan])
  /// A bulleted list, one array of spans per item.
  case list([[TextSpan]])
  /// A fenced block, verbatim: never wrapped or restyled.
  case fenced(lines: [String], info: String)
}

extension TextBlock {
  /// Parses Markdown-ish text into blocks.
  ///
  /// ```swift
  /// TextBlock.parse("Run `kubectl get pods`.\n\n```\nlaptop ──► node\n```")
  /// // [.paragraph([.plain("Run "), .code("kubectl get pods"), .plain(".")]),
  /// //  .fenced(lines: ["laptop ──► node"], info: "")]
  /// ```
  /// The "12. " that starts a numbered list item, if `line` starts with one.
  public static func numberPrefix(_ line: String) -> String? {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
    return String(digits) + ". "
  }

  public static func parse(_ text: String) -> [TextBlock] {
    var blocks: [TextBlock] = []
    var paragraph: [String] = []
    var items: [[String]] = []
    var fence: (info: String, lines: [String], marker: String)?

    func flush() {
      if !paragraph.isEmpty {
        blocks.append(.paragraph(spans(paragraph.joined(separator: " "))))
        paragraph = []
      }
      if !items.isEmpty {
        blocks.append(.list(items.map { spans($0.joined(separator: " ")) }))
        items = []
      }
    }

    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      let trimmed = line.trimmingWhitespace
      if var open = fence {
        if trimmed.hasPrefix(open.marker) && trimmed.allSatisfy({ $0 == open.marker.first }) {
          blocks.append(.fenced(lines: open.lines, info: open.info))
          fence = nil
        } else {
          open.lines.append(line)
          fence = open
        }
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        flush()
        let marker = String(trimmed.prefix(3))
        fence = (String(trimmed.dropFirst(3)).trimmingWhitespace, [], marker)
        continue
      }
      if trimmed.isEmpty {
        flush()
        continue
      }
      if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || TextBlock.numberPrefix(trimmed) != nil {
        if !paragraph.isEmpty {
          blocks.append(.paragraph(spans(paragraph.joined(separator: " "))))
          paragraph = []
        }
        // A numbered item keeps its number ("1. ...") and is drawn without a bullet.
        let item = TextBlock.numberPrefix(trimmed) != nil ? trimmed : String(trimmed.dropFirst(2))
        items.append([item.trimmingWhitespace])
        continue
      }
      if !items.isEmpty, line.first == " " {
        items[items.count - 1].append(trimmed)
        continue
      }
      if !items.isEmpty { flush() }
      paragraph.append(trimmed)
    }
    if let open = fence { blocks.append(.fenced(lines: open.lines, info: open.info)) }
    flush()
    return blocks
  }

  /// Splits one line into plain, `code` and **bold** spans. An unclosed marker is plain text.
  public static func spans(_ line: String) -> [TextSpan] {
    var result: [TextSpan] = []
    var plain = ""
    var rest = Substring(line)
    func emitPlain() {
      if !plain.isEmpty { result.append(.plain(plain)) }
      plain = ""
    }
    while let first = rest.first {
      if first == "`", let close = rest.dropFirst().firstIndex(of: "`") {
        emitPlain()
        result.append(.code(String(rest[rest.index(after: rest.startIndex)..<close])))
        rest = rest[rest.index(after: close)...]
      } else if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") {
        emitPlain()
        result.append(
          .bold(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound])))
        rest = rest[close.upperBound...]
      } else {
        plain.append(first)
        rest = rest.dropFirst()
      }
    }
    emitPlain()
    return result
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingWhitespace: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" || last == "\r" {
      slice = slice.dropLast()
    }
    return String(slice)
  }
}
