/// `$(( ... ))`: whole-number arithmetic with shell variables, as bash evaluates it
/// (`+ - * / %`, comparisons, parentheses, unary minus and `!`).
struct Arithmetic {
  enum Failure: Error, Equatable {
    case syntax(token: String)
    case divisionByZero
  }

  private let characters: [Character]
  private var index = 0
  private let lookup: (String) -> String

  /// Evaluates `expression`; `lookup` gives a variable's value (empty or not a number is 0).
  static func evaluate(_ expression: String, lookup: @escaping (String) -> String) throws(Failure) -> Int {
    var parser = Arithmetic(characters: Array(expression), lookup: lookup)
    let value = try parser.comparison()
    parser.skipSpaces()
    guard parser.index == parser.characters.count else {
      throw .syntax(token: String(parser.characters[parser.index...]).trimmingCharacters(in: .whitespaces))
    }
    return value
  }

  private init(characters: [Character], lookup: @escaping (String) -> String) {
    self.characters = characters
    self.lookup = lookup
  }

  private mutating func skipSpaces() {
    while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
  }

  private mutating func take(_ operators: [String]) -> String? {
    skipSpaces()
    for op in operators.sorted(by: { $0.count > $1.count }) {
      let end = index + op.count
      if end <= characters.count, String(characters[index..<end]) == op {
        index = end
        return op
      }
    }
    return nil
  }

  private mutating func comparison() throws(Failure) -> Int {
    var value = try sum()
    while let op = take(["==", "!=", "<=", ">=", "<", ">"]) {
      let right = try sum()
      switch op {
      case "==": value = value == right ? 1 : 0
      case "!=": value = value != right ? 1 : 0
      case "<=": value = value <= right ? 1 : 0
      case ">=": value = value >= right ? 1 : 0
      case "<": value = value < right ? 1 : 0
      default: value = value > right ? 1 : 0
      }
    }
    return value
  }

  private mutating func sum() throws(Failure) -> Int {
    var value = try product()
    while let op = take(["+", "-"]) {
      let right = try product()
      value = op == "+" ? value &+ right : value &- right
    }
    return value
  }

  private mutating func product() throws(Failure) -> Int {
    var value = try unary()
    while let op = take(["*", "/", "%"]) {
      let right = try unary()
      if op == "*" {
        value = value &* right
      } else {
        guard right != 0 else { throw .divisionByZero }
        value = op == "/" ? value / right : value % right
      }
    }
    return value
  }

  private mutating func unary() throws(Failure) -> Int {
    if take(["-"]) != nil { return 0 &- (try unary()) }
    if take(["+"]) != nil { return try unary() }
    if take(["!"]) != nil { return try unary() == 0 ? 1 : 0 }
    return try primary()
  }

  private mutating func primary() throws(Failure) -> Int {
    skipSpaces()
    guard index < characters.count else { throw .syntax(token: "") }
    if characters[index] == "(" {
      index += 1
      let value = try comparison()
      guard take([")"]) != nil else { throw .syntax(token: index < characters.count ? String(characters[index...]) : "") }
      return value
    }
    if characters[index].isNumber {
      var digits = ""
      while index < characters.count, characters[index].isNumber { digits.append(characters[index]); index += 1 }
      guard let value = Int(digits) else { throw .syntax(token: digits) }
      return value
    }
    if characters[index] == "$" { index += 1 }
    var name = ""
    while index < characters.count, characters[index].isASCII,
      characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
    {
      name.append(characters[index])
      index += 1
    }
    guard !name.isEmpty else { throw .syntax(token: String(characters[index...])) }
    let text = lookup(name).trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return 0 }
    guard let value = Int(text) else { throw .syntax(token: text) }
    return value
  }
}
