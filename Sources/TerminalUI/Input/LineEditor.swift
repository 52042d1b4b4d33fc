/// The text being typed at the prompt and the cursor in it, with the editing keys of bash's
/// emacs mode.
///
/// The cursor moves by whole characters (a Hangul syllable is one), and its screen column is
/// the display width of the text before it (a syllable counts two).
///
/// ```swift
/// var editor = LineEditor()
/// editor.insert("echo 안녕")
/// editor.cursorColumn     // 9
/// editor.apply(.backspace) // "echo 안"
/// ```
public struct LineEditor: Equatable, Sendable {
  public private(set) var characters: [Character] = []
  /// Index into `characters`: 0 is before the first one.
  public private(set) var cursor = 0
  /// What Ctrl-K, Ctrl-U and Ctrl-W removed last, for Ctrl-Y.
  public private(set) var killed = ""

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// Columns from the start of the text to the cursor.
  public var cursorColumn: Int { TextWidth.of(String(characters[..<cursor])) }

  /// Inserts `text` at the cursor. A combining mark or conjoining vowel joins the character
  /// before it, so that Backspace removes the whole syllable.
  public mutating func insert(_ text: String) {
    for character in text {
      if cursor > 0 {
        let merged = String(characters[cursor - 1]) + String(character)
        if merged.count == 1 {
          characters[cursor - 1] = Character(merged)
          continue
        }
      }
      characters.insert(character, at: cursor)
      cursor += 1
    }
  }

  /// Replaces the whole text and puts the cursor at `cursor` (default: the end).
  public mutating func set(_ text: String, cursor: Int? = nil) {
    characters = Array(text)
    self.cursor = min(characters.count, max(0, cursor ?? characters.count))
  }

  public mutating func clear() { set("") }

  /// Applies an editing key. Returns false when `key` is not one this editor handles.
  @discardableResult
  public mutating func apply(_ key: Key) -> Bool {
    switch key {
    case .character(let character): insert(String(character))
    case .left, .control("b"): cursor = max(0, cursor - 1)
    case .right, .control("f"): cursor = min(characters.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = characters.count
    case .backspace:
      guard cursor > 0 else { return true }
      cursor -= 1
      characters.remove(at: cursor)
    case .delete:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .control("k"):
      killed = String(characters[cursor...])
      characters.removeSubrange(cursor...)
    case .control("u"):
      killed = String(characters[..<cursor])
      characters.removeSubrange(..<cursor)
      cursor = 0
    case .control("w"):
      var start = cursor
      while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
      while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
      killed = String(characters[start..<cursor])
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .control("y"):
      insert(killed)
    default:
      return false
    }
    return true
  }

  /// Replaces the characters in `range` (character offsets) by `text`, cursor after it.
  public mutating func replace(_ range: Range<Int>, with text: String) {
    let lower = min(max(0, range.lowerBound), characters.count)
    let upper = min(max(lower, range.upperBound), characters.count)
    characters.replaceSubrange(lower..<upper, with: Array(text))
    cursor = lower + text.count
  }
}
