import Foundation

/// ls, rm, cp, mv, mkdir, touch, pwd, cd over the learner's workspace.
enum FileTools {
  static func ls(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    if let error = options.error { context.fail(error); return 2 }
    let shell = context.shell
    let targets = options.operands.isEmpty ? ["."] : options.operands
    var code: Int32 = 0
    var files: [String] = []
    var directories: [(String, [String])] = []
    for target in targets {
      guard let path = shell.resolvePath(target), let isDirectory = shell.files.isDirectory(path)
      else {
        context.fail("cannot access '\(target)': No such file or directory")
        code = 2
        continue
      }
      if isDirectory {
        var names = (try? shell.files.list(path)) ?? []
        if options.flags.contains("a") { names = [".", ".."] + names }
        directories.append((target, names.map { path.isEmpty ? $0 : path + "/" + $0 }))
      } else {
        files.append(path)
      }
    }
    let long = options.flags.contains("l")
    let onePerLine = options.flags.contains("1") || !context.toTerminal
    func render(_ paths: [String], relativeTo base: String) -> [String] {
      paths.map { path in
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard long else { return name }
        let isDirectory = shell.files.isDirectory(path) == true || name == "." || name == ".."
        let size = isDirectory ? 4096 : shell.files.size(path)
        return "\(isDirectory ? "drwxr-xr-x 2" : "-rw-r--r-- 1") user user \(String(repeating: " ", count: max(0, 5 - String(size).count)))\(size) Nov 26 09:00 \(name)"
      }
    }
    func emit(_ names: [String]) {
      guard !names.isEmpty else { return }
      if long || onePerLine {
        context.output.out(joinedLines(names))
      } else {
        context.output.line(names.joined(separator: "  "))
      }
    }
    emit(render(files, relativeTo: ""))
    for (index, directory) in directories.enumerated() {
      if targets.count > 1 {
        context.output.out((index > 0 || !files.isEmpty ? "\n" : "") + "\(directory.0):\n")
      }
      if long {
        let total = directory.1.reduce(0) { $0 + (shell.files.size($1) + 4095) / 4096 * 4 }
        context.output.line("total \(total)")
      }
      emit(render(directory.1, relativeTo: directory.0))
    }
    return code
  }

  static func rm(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    guard !options.operands.isEmpty else {
      if options.flags.contains("f") { return 0 }
      context.fail("missing operand")
      context.output.errorLine("Try 'rm --help' for more information.")
      return 1
    }
    var code: Int32 = 0
    for target in options.operands {
      guard let path = context.shell.resolvePath(target) else { continue }
      do {
        if context.shell.files.isDirectory(path) == true, options.flags.contains("r") || options.flags.contains("R") {
          for name in (try? context.shell.files.list(path)) ?? [] {
            try? context.shell.files.remove(path + "/" + name)
          }
          continue
        }
        try context.shell.files.remove(path)
      } catch {
        if error == .notFound && options.flags.contains("f") { continue }
        context.fail("cannot remove '\(target)': \(error.text)")
        code = 1
      }
    }
    return code
  }

  static func copy(_ context: inout ToolContext, move: Bool) -> Int32 {
    let options = Options(context.arguments)
    guard options.operands.count == 2 else {
      context.fail(options.operands.isEmpty ? "missing file operand" : "missing destination file operand after '\(options.operands[0])'")
      return 1
    }
    let shell = context.shell
    guard let source = shell.resolvePath(options.operands[0]),
      var target = shell.resolvePath(options.operands[1])
    else { return 1 }
    if shell.files.isDirectory(target) == true {
      target = (target.isEmpty ? "" : target + "/") + (source.split(separator: "/").last.map(String.init) ?? source)
    }
    do {
      let text = try shell.files.read(source)
      try shell.files.write(target, text, append: false)
      if move { try shell.files.remove(source) }
    } catch {
      let verb = move ? "cannot stat" : "cannot stat"
      context.fail("\(verb) '\(options.operands[0])': \(error.text)")
      return 1
    }
    return 0
  }

  static func mkdir(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    var code: Int32 = 0
    for target in options.operands {
      guard let path = context.shell.resolvePath(target) else {
        // Outside the learner's home a non-root user may not create folders (mkdir -p
        // fails at the first folder it would have to make).
        let parts = target.split(separator: "/").map(String.init)
        let shown = options.flags.contains("p") && parts.count > 1 ? "/" + parts.prefix(2).joined(separator: "/") : target
        context.fail("cannot create directory ‘\(shown)’: Permission denied")
        code = 1
        continue
      }
      if options.flags.contains("p") {
        var built = ""
        for part in path.split(separator: "/") {
          built = built.isEmpty ? String(part) : built + "/" + part
          if context.shell.files.isDirectory(built) == nil { try? context.shell.files.makeDirectory(built) }
        }
        continue
      }
      do { try context.shell.files.makeDirectory(path) } catch {
        context.fail("cannot create directory ‘\(target)’: \(error.text)")
        code = 1
      }
    }
    return code
  }

  static func touch(_ context: inout ToolContext) -> Int32 {
    var code: Int32 = 0
    for target in Options(context.arguments).operands {
      guard let path = context.shell.resolvePath(target) else {
        context.fail("cannot touch '\(target)': Permission denied")
        code = 1
        continue
      }
      if context.shell.files.isDirectory(path) != nil { continue }
      do { try context.shell.files.write(path, "", append: true) } catch {
        context.fail("cannot touch '\(target)': \(error.text)")
        code = 1
      }
    }
    return code
  }

  static func cd(_ context: inout ToolContext) -> Int32 {
    let target = context.arguments.first ?? "~"
    guard let path = context.shell.resolvePath(target),
      context.shell.files.isDirectory(path) == true
    else {
      context.output.errorLine("\(context.shell.location.shellName): cd: \(target): No such file or directory")
      return 1
    }
    context.shell.cwd = path
    return 0
  }
}
