import ClusterSim
import Kubectl

/// Tab completion for the learner's shell: commands, kubectl verbs, resource types, live
/// object names, flags and their values, and workspace files.
///
/// ```swift
/// let completer = ShellCompleter(shell: shell, sessionCommands: ["quit", "map"])
/// completer.completions(for: "kubectl get po", cursor: 14).candidates   // ["pods", "po"]
/// ```
public struct ShellCompleter {
  public let shell: Shell
  /// Words the session or the screen answers (`quit`, `map`, `hint`), offered as commands.
  public var sessionCommands: [String]

  public init(shell: Shell, sessionCommands: [String] = []) {
    self.shell = shell
    self.sessionCommands = sessionCommands
  }

  public func completions(for line: String, cursor: Int) -> Completion {
    let characters = Array(line.prefix(max(0, cursor)))
    var words: [String] = []
    var current = ""
    var start = 0
    var quote: Character?
    for (index, character) in characters.enumerated() {
      if let open = quote {
        if character == open { quote = nil }
        current.append(character)
      } else if character == "'" || character == "\"" {
        quote = character
        current.append(character)
      } else if character == " " || character == "\t" {
        if !current.isEmpty { words.append(current) }
        current = ""
        start = index + 1
      } else if "|;&()".contains(character) {
        words = []
        current = ""
        start = index + 1
      } else {
        current.append(character)
      }
    }
    while let first = words.first, first.contains("="), first.first?.isLetter == true {
      words.removeFirst()
    }
    let range = start..<characters.count
    func offer(_ candidates: [String], prefix: String = current) -> Completion {
      Completion(range: range, candidates: candidates.filter { $0.hasPrefix(prefix) })
    }
    if let last = words.last, [">", ">>", "<", "2>"].contains(last) {
      return offer(files(matching: current))
    }
    guard let first = words.first else {
      return offer(CompletionCatalogue.commands + Array(shell.aliases.keys) + sessionCommands)
    }
    let command =
      shell.aliases[first].flatMap { $0.split(separator: " ").first.map(String.init) } ?? first
    switch command {
    case "kubectl":
      return offer(kubectl(Array(words.dropFirst()), current: current))
    case "ssh":
      return offer(shell.cluster.state.nodes.map(\.name))
    case "lang":
      return offer(["en", "ko"])
    default:
      return offer(files(matching: current))
    }
  }

  // MARK: kubectl

  func kubectl(_ arguments: [String], current: String) -> [String] {
    let previous = arguments.last ?? ""
    let namespace = namespaceArgument(arguments)
    if current.hasPrefix("-") {
      if let equals = current.firstIndex(of: "=") {
        let flag = String(current[..<equals])
        return values(forFlag: flag, namespace: namespace).map { flag + "=" + $0 }
      }
      return CompletionCatalogue.flags
    }
    if CompletionCatalogue.valueFlags.contains(previous) {
      return values(forFlag: previous, namespace: namespace)
    }
    var positional: [String] = []
    var skipNext = false
    for argument in arguments {
      if skipNext {
        skipNext = false
        continue
      }
      if argument.hasPrefix("-") {
        skipNext = CompletionCatalogue.valueFlags.contains(argument)
        continue
      }
      positional.append(argument)
    }
    guard let verb = positional.first else { return CompletionCatalogue.verbs }
    let rest = Array(positional.dropFirst())
    if let subcommands = CompletionCatalogue.subcommands[verb] {
      if rest.isEmpty { return subcommands }
      if verb == "create" && rest == ["service"] { return CompletionCatalogue.serviceTypes }
      if verb == "rollout" || verb == "set" {
        return typedNames(rest.dropFirst(), current: current, namespace: namespace)
      }
      return []
    }
    if CompletionCatalogue.podVerbs.contains(verb) {
      guard rest.isEmpty else { return [] }
      if current.contains("/") { return slashNames(current, namespace: namespace) }
      return names(.pod, namespace: namespace)
    }
    if CompletionCatalogue.typedVerbs.contains(verb) {
      if verb == "explain" { return rest.isEmpty ? CompletionCatalogue.resourceTypes : [] }
      return typedNames(rest[...], current: current, namespace: namespace)
    }
    return []
  }

  /// After a verb like get: a resource type, then names of that type.
  func typedNames(_ rest: ArraySlice<String>, current: String, namespace: String) -> [String] {
    guard let type = rest.first else {
      if current.contains("/") { return slashNames(current, namespace: namespace) }
      return CompletionCatalogue.resourceTypes
    }
    guard !type.contains("/"),
      let kind = ResourceKind.named(type.split(separator: ",").first.map(String.init) ?? type)
    else { return [] }
    return names(kind, namespace: namespace)
  }

  /// `type/name` forms for a word that already has the slash.
  func slashNames(_ current: String, namespace: String) -> [String] {
    let type = String(current.prefix { $0 != "/" })
    guard let kind = ResourceKind.named(type) else { return [] }
    return names(kind, namespace: namespace).map { type + "/" + $0 }
  }

  func names(_ kind: ResourceKind, namespace: String) -> [String] {
    shell.cluster.state.store.list(kind, in: kind.isNamespaced ? namespace : nil).map(\.name)
  }

  func values(forFlag flag: String, namespace: String) -> [String] {
    switch flag {
    case "-n", "--namespace": return names(.namespace, namespace: "")
    case "-o", "--output": return CompletionCatalogue.outputFormats
    case "-f", "--filename": return files(matching: "")
    case "--type": return CompletionCatalogue.serviceTypeValues
    case "-c", "--container": return []
    default: return []
    }
  }

  func namespaceArgument(_ arguments: [String]) -> String {
    for (index, argument) in arguments.enumerated() {
      if argument == "-n" || argument == "--namespace", index + 1 < arguments.count {
        return arguments[index + 1]
      }
      if argument.hasPrefix("--namespace=") {
        return String(argument.dropFirst("--namespace=".count))
      }
    }
    return "default"
  }

  // MARK: Files

  /// Workspace entries matching `word` (a path relative to the shell's folder); folders end
  /// in `/`. Files starting with a dot only when the word does.
  func files(matching word: String) -> [String] {
    guard case .laptop = shell.location else { return [] }
    let slash = word.lastIndex(of: "/")
    let folder = slash.map { String(word[...$0]) } ?? ""
    let stem = slash.map { String(word[word.index(after: $0)...]) } ?? word
    guard let base = Self.resolved(folder, cwd: shell.cwd),
      let entries = try? shell.workspace.list(base)
    else { return [] }
    return entries.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.map
    { name in
      let path = base.isEmpty ? name : base + "/" + name
      return folder + name + (shell.workspace.isDirectory(path) == true ? "/" : "")
    }
  }

  /// A folder typed by the learner as a workspace path; nil outside the home folder.
  static func resolved(_ folder: String, cwd: String) -> String? {
    var text = folder
    var parts = cwd.split(separator: "/").map(String.init)
    if text.hasPrefix("~/") || text == "~" {
      text = String(text.dropFirst(text == "~" ? 1 : 2))
      parts = []
    } else if text.hasPrefix("/home/user") {
      text = String(text.dropFirst("/home/user".count))
      parts = []
    } else if text.hasPrefix("/") {
      return nil
    }
    for part in text.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
