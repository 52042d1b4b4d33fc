import ClusterSim

extension JSONPath {
  /// Applies parsed nodes to a value the way kubectl's engine does, `range` blocks included.
  ///
  /// `{range}` and `{end}` are plain nodes in the flat top-level list: a range runs the nodes
  /// after it once per result until an `{end}` closes the iteration, then resumes after that
  /// `{end}`. The counters below keep kubectl's bookkeeping, so unbalanced templates behave
  /// as they do there (a range without `{end}` runs its body again for the outer value).
  struct Evaluator {
    let nodes: [Node]
    let allowMissingKeys: Bool
    private var rangesOpening = 0
    private var rangesOpen = 0
    private var rangesEnding = 0
    private var lastEnd: Int?

    init(nodes: [Node], allowMissingKeys: Bool) {
      self.nodes = nodes
      self.allowMissingKeys = allowMissingKeys
    }

    /// The results of one top-level node, printed as one run of space-separated values.
    struct Group: Equatable {
      /// Literal text outside braces, rather than the result of an action.
      var isLiteral: Bool
      var values: [JSONValue]
    }

    /// The results of the top-level nodes from `start` on, one group per node printed.
    mutating func results(
      for value: JSONValue, from start: Int
    ) throws(Failure) -> [Group] {
      var groups: [Group] = []
      var index = start
      while index < nodes.count {
        let found = try walk([value], nodes[index])
        if rangesEnding > 0 && rangesEnding <= rangesOpen {
          rangesEnding -= 1
          lastEnd = index
          break
        }
        guard rangesOpening > 0 else {
          var isLiteral = false
          if case .text = nodes[index] { isLiteral = true }
          groups.append(Group(isLiteral: isLiteral, values: found))
          index += 1
          continue
        }
        rangesOpening -= 1
        rangesOpen += 1
        if found.isEmpty {
          // NB: an empty range still walks its body (output discarded) to find its `{end}`.
          _ = try results(for: .null, from: index + 1)
        }
        for item in found { groups += try results(for: item, from: index + 1) }
        rangesOpen -= 1
        if let end = lastEnd, end > index { index = end }
        index += 1
      }
      return groups
    }

    // MARK: Nodes

    private mutating func walk(_ input: [JSONValue], _ node: Node) throws(Failure) -> [JSONValue] {
      switch node {
      case .list(let nodes): return try walk(input, nodes)
      case .text(let text): return [.string(text)]
      case .field(let name): return try field(name, of: input)
      case .slice(let slice): return try subscripted(input, by: slice)
      case .filter(let left, let op, let right):
        return try filtered(input, left: left, op: op, right: right)
      case .integer(let number): return input.map { _ in .int(Int64(number)) }
      case .float(let number): return input.map { _ in .double(number) }
      case .boolean(let flag): return input.map { _ in .bool(flag) }
      case .wildcard: return input.flatMap { Self.children(of: $0) }
      case .recursive: return Self.descendants(of: input)
      case .union(let lists):
        var results: [JSONValue] = []
        for list in lists { results += try walk(input, list) }
        return results
      case .identifier(let word): return try identifier(word, input: input)
      }
    }

    private mutating func walk(
      _ input: [JSONValue], _ nodes: [Node]
    ) throws(Failure) -> [JSONValue] {
      var current = input
      for node in nodes { current = try walk(current, node) }
      return current
    }

    private mutating func identifier(
      _ word: String, input: [JSONValue]
    ) throws(Failure) -> [JSONValue] {
      switch word {
      case "range":
        rangesOpening += 1
        return input
      case "end":
        guard rangesOpen > 0 else { throw Failure("not in range, nothing to end") }
        rangesEnding += 1
        return []
      default:
        throw Failure("unrecognized identifier \(word)")
      }
    }

    private func field(_ name: String, of input: [JSONValue]) throws(Failure) -> [JSONValue] {
      if input.isEmpty { return [] }
      let found = input.compactMap { $0[name] }
      if found.isEmpty && !allowMissingKeys { throw Failure("\(name) is not found") }
      return found
    }

    private func subscripted(_ input: [JSONValue], by slice: Slice) throws(Failure) -> [JSONValue] {
      var results: [JSONValue] = []
      for value in input where value != .null {
        guard case .array(let items) = value else {
          throw Failure("\(GoFormat.typeName(of: value)) is not array or slice")
        }
        let length = items.count
        var start = slice.start ?? 0
        if start < 0 { start += length }
        var end: Int
        switch slice.end {
        case .open: end = length
        case .given(let given): end = given < 0 ? given + length : given
        case .derived(let derived): end = derived <= 0 ? derived + length : derived
        }
        // NB: an empty selection ends the whole step, dropping later inputs, as kubectl does.
        if start == end { return results }
        if start >= length || start < 0 {
          throw Failure("array index out of bounds: index \(start), length \(length)")
        }
        if end > length || end < 0 {
          throw Failure("array index out of bounds: index \(end - 1), length \(length)")
        }
        if start > end {
          throw Failure("starting index \(start) is greater than ending index \(end)")
        }
        let step = slice.step ?? 1
        if step <= 0 { throw Failure("step must be > 0") }
        results += stride(from: start, to: end, by: step).map { items[$0] }
      }
      return results
    }

    private mutating func filtered(
      _ input: [JSONValue], left: [Node], op: String, right: [Node]
    ) throws(Failure) -> [JSONValue] {
      var results: [JSONValue] = []
      for value in input {
        guard case .array(let items) = value else {
          throw Failure("\(GoFormat.plain(value)) is not array or slice and cannot be filtered")
        }
        for item in items {
          if op == "exists" {
            if let lefts = try? walk([item], left), !lefts.isEmpty { results.append(item) }
            continue
          }
          let lefts = try walk([item], left)
          if lefts.isEmpty { continue }
          guard lefts.count == 1 else { throw Failure("can only compare one element at a time") }
          let rights = try walk([item], right)
          if rights.isEmpty { continue }
          guard rights.count == 1 else { throw Failure("can only compare one element at a time") }
          if try Comparison.holds(op, lefts[0], rights[0]) { results.append(item) }
        }
      }
      return results
    }

    // MARK: Traversal

    /// Members (in sorted key order), elements, or a string's UTF-8 bytes; nothing otherwise.
    private static func children(of value: JSONValue) -> [JSONValue] {
      switch value {
      case .object(let members): return GoFormat.sortedKeys(members.keys).map { members[$0]! }
      case .array(let items): return items
      case .string(let text): return text.utf8.map { .int(Int64($0)) }
      default: return []
      }
    }

    /// Every value with children, each followed by its own descendants (pre-order).
    private static func descendants(of input: [JSONValue]) -> [JSONValue] {
      var results: [JSONValue] = []
      for value in input {
        let below = children(of: value)
        guard !below.isEmpty else { continue }
        results.append(value)
        results += descendants(of: below)
      }
      return results
    }
  }

  /// Filter comparisons with the type rules of Go's `text/template` `eq` and `lt`.
  enum Comparison {
    private enum Kind { case bool, integer, float, string }

    static func holds(_ op: String, _ left: JSONValue, _ right: JSONValue) throws(Failure) -> Bool {
      switch op {
      case "==": return try equal(left, right)
      case "!=": return try !equal(left, right)
      case "<": return try less(left, right)
      case "<=": return try lessOrEqual(left, right)
      case ">": return try !lessOrEqual(left, right)
      case ">=": return try !less(left, right)
      default: throw Failure("unrecognized filter operator \(op)")
      }
    }

    private static func lessOrEqual(_ left: JSONValue, _ right: JSONValue) throws(Failure) -> Bool {
      if try less(left, right) { return true }
      return try equal(left, right)
    }

    private static func kinds(_ left: JSONValue, _ right: JSONValue) throws(Failure) -> Kind {
      let leftKind = try kind(of: left)
      guard leftKind == (try kind(of: right)) else {
        throw Failure("incompatible types for comparison")
      }
      return leftKind
    }

    private static func kind(of value: JSONValue) throws(Failure) -> Kind {
      switch value {
      case .bool: return .bool
      case .int: return .integer
      case .double: return .float
      case .string: return .string
      case .null, .array, .object: throw Failure("invalid type for comparison")
      }
    }

    private static func equal(_ left: JSONValue, _ right: JSONValue) throws(Failure) -> Bool {
      _ = try kinds(left, right)
      switch (left, right) {
      case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
      default: return left == right
      }
    }

    private static func less(_ left: JSONValue, _ right: JSONValue) throws(Failure) -> Bool {
      _ = try kinds(left, right)
      switch (left, right) {
      case (.int(let a), .int(let b)): return a < b
      case (.double(let a), .double(let b)): return a < b
      case (.string(let a), .string(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
      default: throw Failure("invalid type for comparison")
      }
    }
  }
}
