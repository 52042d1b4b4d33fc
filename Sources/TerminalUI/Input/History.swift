import Foundation

/// The lines entered before, browsed with Up and Down and searched with Ctrl-R.
///
/// While browsing, the line being typed is kept as a draft and comes back after the newest
/// entry, as in bash.
public struct History: Equatable, Sendable {
  public private(set) var entries: [String]
  /// How many entries are kept (the oldest go first).
  public let limit: Int
  /// The entry shown while browsing; nil when at the draft.
  public private(set) var position: Int?
  private var draft = ""

  public init(entries: [String] = [], limit: Int = 1000) {
    self.limit = max(1, limit)
    self.entries = Array(entries.suffix(self.limit))
  }

  /// Adds an entered line (not empty lines, nor a repeat of the last entry) and ends browsing.
  public mutating func add(_ line: String) {
    position = nil
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, entries.last != line else { return }
    entries.append(line)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
  }

  /// The entry before the one shown (Up); `current` is kept as the draft when browsing starts.
  public mutating func previous(current: String) -> String? {
    guard !entries.isEmpty else { return nil }
    if let position {
      guard position > 0 else { return nil }
      self.position = position - 1
    } else {
      draft = current
      position = entries.count - 1
    }
    return entries[position!]
  }

  /// The entry after the one shown (Down), then the draft.
  public mutating func next() -> String? {
    guard let position else { return nil }
    if position + 1 < entries.count {
      self.position = position + 1
      return entries[position + 1]
    }
    self.position = nil
    return draft
  }

  /// Stops browsing (the line was edited, run or cancelled).
  public mutating func endBrowsing() { position = nil }

  /// The newest entry at or before `index` that contains `query`.
  public func search(_ query: String, from index: Int? = nil) -> Int? {
    guard !entries.isEmpty else { return nil }
    var candidate = min(index ?? entries.count - 1, entries.count - 1)
    while candidate >= 0 {
      if query.isEmpty || entries[candidate].contains(query) { return candidate }
      candidate -= 1
    }
    return nil
  }
}

/// Ctrl-R: the query typed so far and the entry it matches.
public struct ReverseSearch: Equatable, Sendable {
  public var query = ""
  /// Index of the matching history entry; nil when nothing matches.
  public var match: Int?
  /// The line that was being typed when the search began (restored on Ctrl-C).
  public var original: String

  public init(original: String) { self.original = original }
}
