/// One key press, decoded from the terminal by a backend.
public enum Key: Hashable, Sendable {
  /// A printable character, Hangul syllables included.
  case character(Character)
  case enter
  case tab
  case backTab
  case backspace
  case delete
  case left
  case right
  case up
  case down
  case home
  case end
  case pageUp
  case pageDown
  /// Shift with an arrow or page key: scrolls the lesson pane.
  case shiftUp
  case shiftDown
  case shiftPageUp
  case shiftPageDown
  /// F1 to F12.
  case function(Int)
  /// Ctrl with a letter, by its lower-case letter: `.control("a")` is Ctrl-A.
  case control(Character)
  case escape
  /// The mouse wheel, where the terminal reports it.
  case wheelUp
  case wheelDown
  /// Anything else, by its code.
  case unknown(UInt32)

  /// Decodes a character code read in raw mode: control codes become keys.
  ///
  /// 13 and 10 are Enter, 9 Tab, 8 and 127 Backspace, 27 Escape, 1-26 Ctrl-A to Ctrl-Z.
  public init(code: UInt32) {
    switch code {
    case 13, 10: self = .enter
    case 9: self = .tab
    case 8, 127: self = .backspace
    case 27: self = .escape
    case 1...26: self = .control(Character(UnicodeScalar(UInt8(code) + 96)))
    default:
      if code >= 32, let scalar = Unicode.Scalar(code) {
        self = .character(Character(scalar))
      } else {
        self = .unknown(code)
      }
    }
  }
}
