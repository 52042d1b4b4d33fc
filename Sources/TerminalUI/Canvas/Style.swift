/// One of the eight basic terminal colours.
public enum Color: UInt8, CaseIterable, Hashable, Sendable {
  case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
  /// Text attributes that every terminal, colour or not, can show.
  public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let underline = Attributes(rawValue: 8)
  }

  public var foreground: Color?
  public var attributes: Attributes

  public init(foreground: Color? = nil, attributes: Attributes = []) {
    self.foreground = foreground
    self.attributes = attributes
  }

  public static let plain = Style()
  public static let bold = Style(attributes: .bold)
  public static let reverse = Style(attributes: .reverse)
  public static let dim = Style(attributes: .dim)

  /// This style with `attributes` added.
  public func adding(_ attributes: Attributes) -> Style {
    Style(foreground: foreground, attributes: self.attributes.union(attributes))
  }
}

/// One cell of the screen: a character (with its combining marks) and its style.
///
/// A wide character fills two cells: the first holds it (`width` 2), the second is a
/// continuation (`width` 0, empty text) that backends skip.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var width: UInt8
  public var style: Style

  public init(_ text: String, width: UInt8 = 1, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  public static let blank = Cell(" ")
  static let continuation = Cell("", width: 0)

  /// True for the right half of a wide character.
  public var isContinuation: Bool { width == 0 }
}
