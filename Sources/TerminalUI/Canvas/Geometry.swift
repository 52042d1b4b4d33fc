/// The size of a terminal or of a part of it, in columns and rows.
public struct TerminalSize: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var description: String { "\(width)x\(height)" }
}

/// A cell position: row from the top, column from the left, both from 0.
public struct Position: Equatable, Hashable, Sendable {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// A rectangle of cells.
public struct Rect: Equatable, Hashable, Sendable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int

  public init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var bottom: Int { row + height }
  public var right: Int { column + width }
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// This rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    Rect(
      row: row + amount, column: column + amount, width: width - 2 * amount,
      height: height - 2 * amount)
  }
}
