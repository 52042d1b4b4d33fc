@testable import TerminalUI

/// A small terminal emulator for tests: enough of xterm to replay what ncurses writes for
/// `xterm-256color` and what the line modes print, into a grid of cells read back as text.
///
/// It knows printing with the pending wrap at the right margin (wide characters take two
/// cells and wrap whole), CR, LF, BS, TAB, the scroll region, the alternate screen (1049),
/// insert mode, and the CSI commands ncurses uses to move, erase, insert, delete, scroll and
/// repeat (`H f A B C D E F G d J K r L M @ P X S T b s u`); colours and modes it does not
/// need are read and ignored. An unknown CSI command is kept in ``unknown`` so a test can
/// see that nothing was missed.
struct VirtualTerminal {
  private(set) var width: Int
  private(set) var height: Int
  private var main: [[String]]
  private var alternate: [[String]]?
  private(set) var row = 0
  private(set) var column = 0
  private var pendingWrap = false
  private var top = 0
  private var bottom: Int
  private var saved = (row: 0, column: 0)
  private var insertMode = false
  private var last: Character = " "
  /// CSI finals (and private modes) seen that this model does not implement.
  private(set) var unknown: Set<String> = []
  private var state = ParserState.ground
  private var parameters = ""

  private enum ParserState { case ground, escape, csi, osc, oscEscape, charset }

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    bottom = height - 1
    main = Array(repeating: Array(repeating: " ", count: width), count: height)
  }

  /// The visible rows, a wide character once (as ``MemoryBackend/row(_:)`` gives them).
  var rows: [String] { screen.map { $0.joined() } }

  private var screen: [[String]] {
    get { alternate ?? main }
    set {
      if alternate != nil { alternate = newValue } else { main = newValue }
    }
  }

  mutating func resize(width: Int, height: Int) {
    let blank = Array(repeating: " ", count: width)
    func fitted(_ grid: [[String]]) -> [[String]] {
      (0..<height).map { index in
        guard index < grid.count else { return blank }
        let old = grid[index]
        return (0..<width).map { $0 < old.count ? old[$0] : " " }
      }
    }
    self.width = width
    self.height = height
    main = fitted(main)
    alternate = alternate.map(fitted)
    top = 0
    bottom = height - 1
    row = min(row, height - 1)
    column = min(column, width - 1)
  }

  mutating func feed(_ text: String) {
    for character in text { feed(character) }
  }

  private mutating func feed(_ character: Character) {
    switch state {
    case .ground: ground(character)
    case .escape: escape(character)
    case .csi:
      if let ascii = character.asciiValue, (0x40...0x7E).contains(ascii) {
        state = .ground
        csi(character)
      } else {
        parameters.append(character)
      }
    case .osc:
      if character == "\u{7}" {
        state = .ground
      } else if character == "\u{1B}" {
        state = .oscEscape
      }
    case .oscEscape:
      state = character == "\\" ? .ground : .osc
    case .charset:
      state = .ground
    }
  }

  private mutating func ground(_ character: Character) {
    switch character {
    case "\u{1B}": state = .escape
    case "\r":
      column = 0
      pendingWrap = false
    case "\n":
      lineFeed()
      pendingWrap = false
    case "\r\n":
      column = 0
      lineFeed()
      pendingWrap = false
    case "\u{8}":
      pendingWrap = false
      column = max(0, column - 1)
    case "\t":
      pendingWrap = false
      column = min(width - 1, (column / 8 + 1) * 8)
    case "\u{7}", "\u{0}", "\u{E}", "\u{F}": break
    default: put(character)
    }
  }

  private mutating func escape(_ character: Character) {
    state = .ground
    switch character {
    case "[":
      state = .csi
      parameters = ""
    case "]": state = .osc
    case "(", ")", "*", "+": state = .charset
    case "7": saved = (row, column)
    case "8":
      (row, column) = saved
      pendingWrap = false
    case "M": reverseIndex()
    case "D": lineFeed()
    case "E":
      column = 0
      lineFeed()
    case "c": self = VirtualTerminal(width: width, height: height)
    case "=", ">": break
    default: unknown.insert("ESC " + String(character))
    }
  }

  private mutating func csi(_ final: Character) {
    let isPrivate = parameters.hasPrefix("?")
    let numbers = parameters.drop { $0 == "?" || $0 == ">" }.split(
      separator: ";", omittingEmptySubsequences: false
    ).map { Int($0) }
    func number(_ index: Int, _ fallback: Int) -> Int {
      index < numbers.count ? (numbers[index].flatMap { $0 == 0 ? nil : $0 } ?? fallback) : fallback
    }
    func raw(_ index: Int) -> Int { index < numbers.count ? (numbers[index] ?? 0) : 0 }
    pendingWrap = false
    switch final {
    case "H", "f":
      row = min(height - 1, number(0, 1) - 1)
      column = min(width - 1, number(1, 1) - 1)
    case "A": row = max(0, row - number(0, 1))
    case "B": row = min(height - 1, row + number(0, 1))
    case "C": column = min(width - 1, column + number(0, 1))
    case "D": column = max(0, column - number(0, 1))
    case "E":
      row = min(height - 1, row + number(0, 1))
      column = 0
    case "F":
      row = max(0, row - number(0, 1))
      column = 0
    case "G": column = min(width - 1, number(0, 1) - 1)
    case "d": row = min(height - 1, number(0, 1) - 1)
    case "J": eraseDisplay(raw(0))
    case "K": eraseLine(raw(0))
    case "r":
      top = number(0, 1) - 1
      bottom = min(height - 1, number(1, height) - 1)
      row = 0
      column = 0
    case "L": insertLines(number(0, 1))
    case "M": deleteLines(number(0, 1))
    case "@": insertCharacters(number(0, 1))
    case "P": deleteCharacters(number(0, 1))
    case "X":
      for offset in 0..<number(0, 1) where column + offset < width {
        screen[row][column + offset] = " "
      }
    case "S": for _ in 0..<number(0, 1) { scrollUp() }
    case "T": for _ in 0..<number(0, 1) { scrollDown() }
    case "b": for _ in 0..<number(0, 1) { put(last) }
    case "s": saved = (row, column)
    case "u": (row, column) = saved
    case "h", "l":
      let on = final == "h"
      for mode in numbers.compactMap({ $0 }) {
        if isPrivate && mode == 1049 {
          if on {
            saved = (row, column)
            alternate = Array(
              repeating: Array(repeating: " ", count: width), count: height)
          } else {
            alternate = nil
            (row, column) = saved
          }
        } else if !isPrivate && mode == 4 {
          insertMode = on
        }
      }
    case "m", "t", "n", "c", "q": break
    default: unknown.insert("CSI \(parameters)\(final)")
    }
  }

  private mutating func put(_ character: Character) {
    let cells = TextWidth.of(character)
    if cells == 0 {
      // A combining mark joins the character before it.
      if column > 0 { screen[row][column - 1] += String(character) }
      return
    }
    if pendingWrap || column + cells > width {
      column = 0
      lineFeed()
      pendingWrap = false
    }
    if insertMode { insertCharacters(cells) }
    clearWide(at: column)
    screen[row][column] = String(character)
    if cells == 2 && column + 1 < width {
      clearWide(at: column + 1)
      screen[row][column + 1] = ""
    }
    last = character
    column += cells
    if column >= width {
      column = width - 1
      pendingWrap = true
    }
  }

  /// Writing over half of a wide character blanks its other half.
  private mutating func clearWide(at index: Int) {
    guard index < width else { return }
    if screen[row][index] == "", index > 0 { screen[row][index - 1] = " " }
    if index + 1 < width, screen[row][index + 1] == "", TextWidth.of(screen[row][index]) == 2 {
      screen[row][index + 1] = " "
    }
  }

  private mutating func lineFeed() {
    if row == bottom {
      scrollUp()
    } else if row < height - 1 {
      row += 1
    }
  }

  private mutating func reverseIndex() {
    if row == top { scrollDown() } else if row > 0 { row -= 1 }
  }

  private var blankRow: [String] { Array(repeating: " ", count: width) }

  private mutating func scrollUp() {
    screen.remove(at: top)
    screen.insert(blankRow, at: bottom)
  }

  private mutating func scrollDown() {
    screen.remove(at: bottom)
    screen.insert(blankRow, at: top)
  }

  private mutating func insertLines(_ count: Int) {
    guard row >= top && row <= bottom else { return }
    for _ in 0..<min(count, bottom - row + 1) {
      screen.remove(at: bottom)
      screen.insert(blankRow, at: row)
    }
    column = 0
  }

  private mutating func deleteLines(_ count: Int) {
    guard row >= top && row <= bottom else { return }
    for _ in 0..<min(count, bottom - row + 1) {
      screen.remove(at: row)
      screen.insert(blankRow, at: bottom)
    }
    column = 0
  }

  private mutating func insertCharacters(_ count: Int) {
    for _ in 0..<min(count, width - column) {
      screen[row].insert(" ", at: column)
      screen[row].removeLast()
    }
  }

  private mutating func deleteCharacters(_ count: Int) {
    for _ in 0..<min(count, width - column) {
      screen[row].remove(at: column)
      screen[row].append(" ")
    }
  }

  private mutating func eraseDisplay(_ mode: Int) {
    switch mode {
    case 0:
      eraseLine(0)
      for index in (row + 1)..<height { screen[index] = blankRow }
    case 1:
      eraseLine(1)
      for index in 0..<row { screen[index] = blankRow }
    default:
      screen = Array(repeating: blankRow, count: height)
    }
  }

  private mutating func eraseLine(_ mode: Int) {
    let range: Range<Int>
    switch mode {
    case 0: range = column..<width
    case 1: range = 0..<min(width, column + 1)
    default: range = 0..<width
    }
    for index in range { screen[row][index] = " " }
  }
}
