/// Splits a command line into words and operators the way bash does: quotes, escapes,
/// `$VAR`, `$(...)`, comments, redirections and here-documents.
struct Lexer {
  enum Token: Equatable {
    case word(Word)
    case op(String)
    case redirect(fd: Int, op: String)
    case newline
  }

  private let characters: [Character]
  private var index = 0
  private(set) var tokens: [Token] = []
  /// Here-documents whose bodies start after the current line: (delimiter, quoted, strip tabs).
  private var pendingHereDocs: [(delimiter: String, quoted: Bool, stripTabs: Bool, tokenIndex: Int)] = []
  /// Bodies of here-documents, by the index of their redirect token.
  private(set) var hereDocBodies: [Int: (body: String, expand: Bool)] = [:]

  init(_ text: String) { characters = Array(text) }

  static func tokenize(_ text: String) throws(SyntaxError) -> (tokens: [Token], bodies: [Int: (body: String, expand: Bool)]) {
    var lexer = Lexer(text)
    try lexer.run()
    return (lexer.tokens, lexer.hereDocBodies)
  }

  private var current: Character? { index < characters.count ? characters[index] : nil }
  private func peek(_ offset: Int = 1) -> Character? {
    index + offset < characters.count ? characters[index + offset] : nil
  }

  static func incomplete(_ message: String) -> SyntaxError {
    SyntaxError(message: message, isIncomplete: true)
  }

  mutating func run() throws(SyntaxError) {
    while let character = current {
      switch character {
      case " ", "\t", "\r":
        index += 1
      case "\n":
        index += 1
        tokens.append(.newline)
        try readHereDocBodies()
      case "#" where atWordStart:
        while let next = current, next != "\n" { index += 1 }
      case "|":
        if peek() == "|" { tokens.append(.op("||")); index += 2 } else { tokens.append(.op("|")); index += 1 }
      case "&":
        if peek() == "&" {
          tokens.append(.op("&&")); index += 2
        } else if peek() == ">" {
          tokens.append(.redirect(fd: -1, op: ">")); index += 2
        } else {
          tokens.append(.op("&")); index += 1
        }
      case ";":
        tokens.append(.op(";")); index += 1
      case "(", ")":
        throw SyntaxError(
          message: "bash: syntax error near unexpected token `\(character)'", isIncomplete: false)
      case "<", ">":
        try readRedirect(fd: character == "<" ? 0 : 1)
      default:
        try readWord()
      }
    }
    if !pendingHereDocs.isEmpty {
      throw Lexer.incomplete(
        "bash: warning: here-document delimited by end-of-file (wanted `\(pendingHereDocs[0].delimiter)')")
    }
  }

  private var atWordStart: Bool {
    index == 0 || [" ", "\t", "\n", ";", "|", "&"].contains(characters[index - 1])
  }

  private mutating func readRedirect(fd: Int) throws(SyntaxError) {
    let character = current!
    if character == ">" {
      if peek() == ">" {
        tokens.append(.redirect(fd: fd, op: ">>")); index += 2
      } else if peek() == "&" {
        index += 2
        var target = ""
        while let next = current, next.isNumber { target.append(next); index += 1 }
        tokens.append(.redirect(fd: fd, op: ">&" + target))
      } else {
        tokens.append(.redirect(fd: fd, op: ">")); index += 1
      }
      return
    }
    if peek() == "<" {
      if peek(2) == "<" {
        tokens.append(.redirect(fd: 0, op: "<<<")); index += 3
        return
      }
      index += 2
      var stripTabs = false
      if current == "-" { stripTabs = true; index += 1 }
      while current == " " || current == "\t" { index += 1 }
      let start = index
      guard current != nil, current != "\n" else {
        throw SyntaxError(message: "bash: syntax error near unexpected token `newline'", isIncomplete: false)
      }
      let word = try lexWord()
      let quoted = word.isQuoted || characters[start..<index].contains("\\")
      tokens.append(.redirect(fd: 0, op: "<<"))
      pendingHereDocs.append((word.rawText, quoted, stripTabs, tokens.count - 1))
      return
    }
    tokens.append(.redirect(fd: fd, op: "<")); index += 1
  }

  private mutating func readHereDocBodies() throws(SyntaxError) {
    guard !pendingHereDocs.isEmpty else { return }
    for document in pendingHereDocs {
      var lines: [String] = []
      var found = false
      while index < characters.count {
        var line = ""
        while let next = current, next != "\n" { line.append(next); index += 1 }
        if current == "\n" { index += 1 }
        var compared = line
        if document.stripTabs { compared = String(compared.drop(while: { $0 == "\t" })) }
        if compared == document.delimiter || compared.trimmingCharacters(in: .init(charactersIn: "\r")) == document.delimiter {
          found = true
          break
        }
        lines.append(document.stripTabs ? compared : line)
      }
      guard found else {
        throw Lexer.incomplete(
          "bash: warning: here-document delimited by end-of-file (wanted `\(document.delimiter)')")
      }
      let body = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
      hereDocBodies[document.tokenIndex] = (body, !document.quoted)
    }
    pendingHereDocs.removeAll()
  }

  private mutating func readWord() throws(SyntaxError) {
    let start = index
    let word = try lexWord()
    // `2>` and `2>>`: a number directly before a redirection is its file descriptor.
    if let next = current, next == ">" || next == "<",
      case .plain(let digits)? = word.pieces.first, word.pieces.count == 1,
      !digits.isEmpty, digits.allSatisfy(\.isNumber), index - start == digits.count
    {
      try readRedirect(fd: Int(digits) ?? 1)
      return
    }
    tokens.append(.word(word))
  }

  /// Reads one word up to an unquoted metacharacter.
  private mutating func lexWord() throws(SyntaxError) -> Word {
    var pieces: [Word.Piece] = []
    var plain = ""
    func flush() {
      if !plain.isEmpty { pieces.append(.plain(plain)); plain = "" }
    }
    while let character = current {
      if [" ", "\t", "\n", "\r", "|", "&", ";", "<", ">", "(", ")"].contains(character) { break }
      switch character {
      case "\\":
        index += 1
        guard let escaped = current else { flush(); pieces.append(.literal("\\")); break }
        index += 1
        if escaped == "\n" { continue }
        flush()
        pieces.append(.literal(String(escaped)))
      case "'":
        index += 1
        var text = ""
        while let next = current, next != "'" { text.append(next); index += 1 }
        guard current == "'" else {
          throw Lexer.incomplete("bash: unexpected EOF while looking for matching `''")
        }
        index += 1
        flush()
        pieces.append(.literal(text))
      case "\"":
        index += 1
        flush()
        pieces.append(.quoted(try lexDoubleQuoted()))
      case "$":
        flush()
        pieces.append(try lexDollar(inQuotes: false))
      case "`":
        flush()
        pieces.append(.substitution(try lexBackquote()))
      default:
        plain.append(character)
        index += 1
      }
    }
    flush()
    return Word(pieces: pieces)
  }

  private mutating func lexDoubleQuoted() throws(SyntaxError) -> [Word.Piece] {
    var pieces: [Word.Piece] = []
    var text = ""
    func flush() {
      if !text.isEmpty { pieces.append(.literal(text)); text = "" }
    }
    while let character = current {
      switch character {
      case "\"":
        index += 1
        flush()
        return pieces
      case "\\":
        if let next = peek(), ["$", "`", "\"", "\\", "\n"].contains(next) {
          index += 2
          if next != "\n" { text.append(next) }
        } else {
          text.append("\\")
          index += 1
        }
      case "$":
        flush()
        pieces.append(try lexDollar(inQuotes: true))
      case "`":
        flush()
        pieces.append(.substitution(try lexBackquote()))
      default:
        text.append(character)
        index += 1
      }
    }
    throw Lexer.incomplete("bash: unexpected EOF while looking for matching `\"'")
  }

  private mutating func lexBackquote() throws(SyntaxError) -> String {
    index += 1
    var text = ""
    while let next = current, next != "`" { text.append(next); index += 1 }
    guard current == "`" else {
      throw Lexer.incomplete("bash: unexpected EOF while looking for matching ``'")
    }
    index += 1
    return text
  }

  private mutating func lexDollar(inQuotes: Bool) throws(SyntaxError) -> Word.Piece {
    index += 1
    guard let next = current else { return .literal("$") }
    if next == "(" {
      index += 1
      var depth = 1
      var text = ""
      var quote: Character?
      while let character = current {
        index += 1
        if let open = quote {
          if character == open { quote = nil }
          text.append(character)
          continue
        }
        if character == "'" || character == "\"" { quote = character }
        if character == "(" { depth += 1 }
        if character == ")" {
          depth -= 1
          if depth == 0 { return .substitution(text) }
        }
        text.append(character)
      }
      throw Lexer.incomplete("bash: unexpected EOF while looking for matching `)'")
    }
    if next == "{" {
      index += 1
      var name = ""
      while let character = current, character != "}" { name.append(character); index += 1 }
      guard current == "}" else {
        throw Lexer.incomplete("bash: unexpected EOF while looking for matching `}'")
      }
      index += 1
      return .variable(name)
    }
    if next == "?" || next == "$" || next == "#" || next.isNumber {
      index += 1
      return .variable(String(next))
    }
    if next.isLetter || next == "_" {
      var name = ""
      while let character = current, character.isASCII, character.isLetter || character.isNumber || character == "_" {
        name.append(character)
        index += 1
      }
      return .variable(name)
    }
    return .literal("$")
  }
}

import Foundation
