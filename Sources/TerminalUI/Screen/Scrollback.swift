import DequeModule

/// What the terminal pane has shown, oldest line first, bounded so that a long output
/// (5,000 pods) keeps the screen responsive.
///
/// Lines are stored unwrapped, with their roles; they are wrapped to the pane's width only
/// when drawn, and only as many as are visible.
struct Scrollback: Equatable {
  struct Segment: Equatable {
    var text: String
    var role: Role
  }

  struct Line: Equatable {
    var segments: [Segment]
    /// Display columns of the whole line.
    var columns: Int
    /// True when every character is one column wide (row counts are then arithmetic).
    var narrow: Bool
    /// kubetutor's own prose (notices) wraps at words; command output wraps as a terminal does.
    var prose: Bool

    init(_ segments: [Segment]) {
      self.segments = segments
      let text = segments.map(\.text).joined()
      columns = TextWidth.of(text)
      narrow = columns == text.unicodeScalars.count
      prose = segments.allSatisfy { [.notice, .success, .warning].contains($0.role) }
    }

    /// Rows the line takes when wrapped to `width`.
    func rows(width: Int) -> Int {
      guard width > 0 else { return 1 }
      if narrow && !prose { return max(1, (columns + width - 1) / width) }
      return wrapped(Theme(color: false), width: width).count
    }

    /// The line as rows of at most `width` columns.
    func wrapped(_ theme: Theme, width: Int) -> [StyledLine] {
      prose && columns > width
        ? TextWrapper.wrapped(styled(theme), toWidth: width)
        : TextWrapper.hardWrapped(styled(theme), toWidth: width)
    }

    func styled(_ theme: Theme) -> StyledLine {
      segments.map { StyledRun($0.text, theme.style($0.role)) }
    }
  }

  private(set) var lines: Deque<Line> = []
  /// The most lines kept; the oldest go first.
  let limit: Int
  /// The first line shown when not scrolled back: Ctrl-L and `clear` move it to the end.
  private(set) var clearMark = 0
  /// True when the last line has not ended yet (output without a final newline).
  private var open = false

  init(limit: Int = 10_000) { self.limit = max(10, limit) }

  var count: Int { lines.count }

  /// Appends text in one role: newlines start lines, tabs go to the next multiple of 8.
  mutating func append(_ text: String, role: Role) {
    guard !text.isEmpty else { return }
    var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
    let ended = text.hasSuffix("\n")
    if ended { pieces.removeLast() }
    for (index, piece) in pieces.enumerated() {
      if index == 0 && open, var last = lines.popLast() {
        let expanded = Scrollback.expandingTabs(String(piece), startColumn: last.columns)
        last.segments.append(Segment(text: expanded, role: role))
        lines.append(Line(last.segments))
      } else {
        lines.append(
          Line([Segment(text: Scrollback.expandingTabs(String(piece), startColumn: 0), role: role)])
        )
      }
    }
    open = !ended && !pieces.isEmpty
    trim()
  }

  /// Appends one whole line made of segments.
  mutating func appendLine(_ segments: [Segment]) {
    open = false
    lines.append(Line(segments))
    trim()
  }

  /// Ends an unfinished last line, so the next text starts a new one.
  mutating func closeLine() { open = false }

  /// The last line while output has not ended it (`-o jsonpath` prints no newline): a
  /// terminal shows the next prompt right after it.
  var openLine: Line? { open && lines.count > clearMark ? lines.last : nil }

  /// Appends segments to the open last line and ends it, or appends them as a new line.
  mutating func appendToOpenLine(_ segments: [Segment]) {
    guard openLine != nil, let last = lines.popLast() else { return appendLine(segments) }
    lines.append(Line(last.segments + segments))
    open = false
    trim()
  }

  /// Hides everything shown so far (it stays reachable by scrolling back).
  mutating func clear() {
    open = false
    clearMark = lines.count
  }

  private mutating func trim() {
    guard lines.count > limit else { return }
    let excess = lines.count - limit
    lines.removeFirst(excess)
    clearMark = max(0, clearMark - excess)
  }

  /// Rows that all lines from `start` take at `width`.
  func rowCount(width: Int, from start: Int = 0) -> Int {
    var total = 0
    for index in start..<lines.count { total += lines[index].rows(width: width) }
    return total
  }

  /// The last `count` rows at `width`, after skipping `offset` rows from the bottom, starting
  /// no earlier than line `start`. Top row first.
  func rows(
    _ count: Int, skipping offset: Int, width: Int, from start: Int, theme: Theme,
    excludingOpenLine: Bool = false
  ) -> [StyledLine] {
    var result: [StyledLine] = []
    var skip = offset
    var index = lines.count - 1 - (excludingOpenLine && openLine != nil ? 1 : 0)
    while index >= start && result.count < count {
      let line = lines[index]
      var wrapped = line.wrapped(theme, width: width)
      if skip > 0 {
        let dropped = min(skip, wrapped.count)
        wrapped.removeLast(dropped)
        skip -= dropped
      }
      result.insert(contentsOf: wrapped.suffix(count - result.count), at: 0)
      index -= 1
    }
    return result
  }

  /// `text` with tabs replaced by spaces up to the next multiple of 8 columns and carriage
  /// returns dropped.
  static func expandingTabs(_ text: String, startColumn: Int) -> String {
    guard text.contains("\t") || text.contains("\r") else { return text }
    var result = ""
    var column = startColumn
    for character in text {
      if character == "\t" {
        let spaces = 8 - column % 8
        result += String(repeating: " ", count: spaces)
        column += spaces
      } else if character != "\r" {
        result.append(character)
        column += TextWidth.of(character)
      }
    }
    return result
  }
}
