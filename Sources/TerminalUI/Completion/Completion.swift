/// What Tab can put in place of the word before the cursor.
public struct Completion: Equatable, Sendable {
  /// The word being completed, as character offsets into the line.
  public var range: Range<Int>
  /// Whole words that may replace it, sorted, without duplicates.
  public var candidates: [String]

  public init(range: Range<Int>, candidates: [String]) {
    self.range = range
    var seen = Set<String>()
    self.candidates = candidates.filter { seen.insert($0).inserted }.sorted()
  }

  public static let none = Completion(range: 0..<0, candidates: [])

  /// The longest text that every candidate starts with.
  public var commonPrefix: String {
    guard var prefix = candidates.first.map(Array.init) else { return "" }
    for candidate in candidates.dropFirst() {
      let characters = Array(candidate)
      var length = 0
      while length < min(prefix.count, characters.count) && prefix[length] == characters[length] {
        length += 1
      }
      prefix = Array(prefix[..<length])
    }
    return String(prefix)
  }
}
