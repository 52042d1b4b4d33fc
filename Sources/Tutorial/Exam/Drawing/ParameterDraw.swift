import ClusterSim

/// Draws parameter values from a seed, keeping `unique` values apart across the tasks of one
/// exam (two tasks never get the same namespace or nodePort).
///
/// ```swift
/// var draw = ParameterDraw(seed: 42)
/// let values = draw.values(for: template, number: 3)   // ["ns": "billing", "task": "3", ...]
/// ```
public struct ParameterDraw {
  var random: SeededRandom
  /// Values of `unique` parameters handed out so far.
  var taken: Set<String> = []

  /// A draw for the exam of `seed`.
  public init(seed: UInt64) {
    random = SeededRandom.stream(seed: seed, purpose: "exam-parameters")
  }

  /// Values for every parameter of `template`, for the task numbered `number`. A record's
  /// fields come as `name.field`; `task` is the number.
  public mutating func values(for template: ExamTemplate, number: Int) -> [String: String] {
    var values: [String: String] = [ExamParameter.taskNumber: String(number)]
    for parameter in template.parameters {
      switch parameter.generator {
      case .pick(let choices):
        let free = parameter.unique ? choices.filter { !isTaken($0, parameter.name) } : choices
        let chosen: ParameterValue
        if free.isEmpty {
          // NB: every choice is taken by other tasks; a suffix keeps the value apart.
          chosen = suffixed(choices[below(choices.count)], number)
        } else {
          chosen = free[below(free.count)]
        }
        switch chosen {
        case .text(let text):
          values[parameter.name] = text
          if parameter.unique { taken.insert(text) }
        case .record(let fields):
          for (key, value) in fields { values[parameter.name + "." + key] = value }
          if parameter.unique { taken.insert(Self.key(fields, parameter.name)) }
        }
      case .range(let low, let high):
        var value = low + below(high - low + 1)
        if parameter.unique {
          for _ in 0..<(high - low + 1) where taken.contains(String(value)) {
            value = value == high ? low : value + 1
          }
          taken.insert(String(value))
        }
        values[parameter.name] = String(value)
      case .token(let length):
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var token = String((0..<length).map { _ in alphabet[below(alphabet.count)] })
        while parameter.unique && taken.contains(token) { token += String(alphabet[below(32)]) }
        if parameter.unique { taken.insert(token) }
        values[parameter.name] = token
      case .derived(let text):
        values[parameter.name] = ParameterText.substituted(text, values)
        if parameter.unique, let value = values[parameter.name] { taken.insert(value) }
      }
    }
    return values
  }

  func isTaken(_ value: ParameterValue, _ name: String) -> Bool {
    switch value {
    case .text(let text): return taken.contains(text)
    case .record(let fields): return taken.contains(Self.key(fields, name))
    }
  }

  static func key(_ fields: [String: String], _ name: String) -> String {
    name + ":"
      + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
        separator: ",")
  }

  func suffixed(_ value: ParameterValue, _ number: Int) -> ParameterValue {
    switch value {
    case .text(let text): return .text("\(text)-\(number)")
    case .record: return value
    }
  }

  /// A whole number from 0 to `count - 1`.
  mutating func below(_ count: Int) -> Int {
    guard count > 1 else { return 0 }
    return Int(random.next() % UInt64(count))
  }
}
