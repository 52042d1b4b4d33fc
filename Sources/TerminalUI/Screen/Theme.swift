import Kubectl

/// What a piece of the screen is, for choosing its style.
enum Role: Hashable {
  case prompt(Location)
  case input
  case output
  case error
  case notice
  case border
  case title
  case keyName
  case keyLabel
  case disabled
  case heading
  case bold
  case emphasis
  case code
  case value
  case success
  case warning
  case hint
  case selection
  case ready
  case progressing
  case failing
  case pathAnswered
  case pathStopped
  case serviceName
}

/// Styles for roles, in colour or without (NO_COLOR, monochrome terminals).
///
/// Without colour, what colour says is said with attributes: errors bold, the path reversed,
/// so nothing relies on colour alone.
struct Theme: Equatable {
  var color: Bool

  func style(_ role: Role) -> Style {
    color ? colored(role) : monochrome(role)
  }

  private func colored(_ role: Role) -> Style {
    switch role {
    case .prompt(let location):
      switch location {
      case .laptop: return Style(foreground: .green, attributes: .bold)
      case .node: return Style(foreground: .yellow, attributes: .bold)
      case .container: return Style(foreground: .magenta, attributes: .bold)
      }
    case .input, .output, .border: return .plain
    case .error: return Style(foreground: .red)
    case .notice: return Style(foreground: .cyan)
    case .title: return .bold
    case .keyName: return .reverse
    case .keyLabel: return .plain
    case .disabled: return .dim
    case .heading: return Style(foreground: .cyan, attributes: .bold)
    case .bold: return .bold
    case .emphasis: return Style(attributes: .underline)
    case .code: return Style(foreground: .yellow)
    case .value: return Style(foreground: .cyan, attributes: .bold)
    case .success: return Style(foreground: .green, attributes: .bold)
    case .hint: return Style(foreground: .yellow)
    case .warning: return Style(foreground: .yellow)
    case .selection: return .reverse
    case .ready: return Style(foreground: .green)
    case .progressing: return Style(foreground: .yellow)
    case .failing: return Style(foreground: .red, attributes: .bold)
    case .pathAnswered: return Style(foreground: .green, attributes: .bold)
    case .pathStopped: return Style(foreground: .red, attributes: .bold)
    case .serviceName: return .bold
    }
  }

  private func monochrome(_ role: Role) -> Style {
    switch role {
    case .prompt, .title, .heading, .bold, .success, .serviceName, .failing, .error: return .bold
    case .keyName, .selection, .pathAnswered, .pathStopped: return .reverse
    case .emphasis, .value, .code: return Style(attributes: .underline)
    case .disabled: return .dim
    default: return .plain
    }
  }
}
