import ClusterSim

/// busybox wget: `wget -qO- URL`, `wget -O- URL`, `wget URL`, `--spider`, `-T`.
enum WgetTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    var quiet = false, spider = false
    var output: String?
    var timeout: Double?
    var urls: [String] = []
    var arguments = context.arguments[...]
    while let argument = arguments.popFirst() {
      switch argument {
      case "-q": quiet = true
      case "-O": output = arguments.popFirst()
      case "-qO-", "-qO", "-O-":
        quiet = quiet || argument.hasPrefix("-q")
        output = argument.hasSuffix("-") ? "-" : arguments.popFirst()
      case "--spider", "-s": spider = true
      case "-T", "--timeout": timeout = arguments.popFirst().flatMap(Double.init)
      default:
        if argument.hasPrefix("-O") {
          output = String(argument.dropFirst(2))
        } else if argument.hasPrefix("--timeout=") {
          timeout = Double(argument.dropFirst("--timeout=".count))
        } else if argument.hasPrefix("-T") {
          timeout = Double(argument.dropFirst(2))
        } else if argument.hasPrefix("-") {
          context.output.errorLine("wget: unrecognized option '\(argument)'")
          context.output.errorLine("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
          return 1
        } else {
          urls.append(argument)
        }
      }
    }
    guard let url = urls.first else {
      context.output.errorLine("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
      context.output.errorLine("")
      context.output.errorLine("Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]")
      return 1
    }
    let request = HTTPRequest(url: url, method: spider ? "HEAD" : "GET", userAgent: "Wget")
    guard let parts = request.parts else {
      context.output.errorLine("wget: bad address '\(url)'")
      return 1
    }
    let exchange = shell.cluster.state.http(request, from: shell.host)
    let address = exchange.address ?? parts.host
    if !quiet, exchange.failure == nil || exchange.address != nil {
      context.output.errorLine("Connecting to \(parts.host)\(parts.port == 80 ? "" : ":\(parts.port)") (\(address):\(parts.port))")
    }
    // busybox's own TLS does not check certificates at all, and says so.
    if parts.scheme == "https", exchange.status != 0 || exchange.failure == .tlsNameMismatch(host: parts.host.lowercased()) {
      context.output.errorLine("wget: note: TLS certificate validation not implemented")
    }
    if let failure = exchange.failure, !(exchange.status != 0 && failure == .tlsNameMismatch(host: parts.host.lowercased())) {
      switch failure {
      case .unresolved(let host), .dnsTimeout(let host):
        if case .dnsTimeout = failure { shell.wait(timeout ?? 10) }
        context.output.errorLine("wget: bad address '\(host)'")
      case .refused:
        context.output.errorLine("wget: can't connect to remote host (\(address)): Connection refused")
      case .noRoute:
        shell.wait(3)
        context.output.errorLine("wget: can't connect to remote host (\(address)): No route to host")
      case .timedOut:
        if let timeout {
          shell.wait(timeout)
          context.output.errorLine("wget: download timed out")
        } else {
          shell.wait(130)
          context.output.errorLine("wget: can't connect to remote host (\(address)): Connection timed out")
        }
      case .emptyReply, .notHTTP:
        context.output.errorLine("wget: error getting response: Connection reset by peer")
      case .tlsWrongVersion, .tlsUntrusted, .tlsNameMismatch:
        context.output.errorLine("wget: error getting response: Connection reset by peer")
      case .badURL:
        context.output.errorLine("wget: bad address '\(url)'")
      }
      return 1
    }
    guard exchange.status < 400 else {
      context.output.errorLine("wget: server returned error: HTTP/1.1 \(exchange.status) \(exchange.reason)")
      return 1
    }
    if spider {
      if !quiet { context.output.errorLine("remote file exists") }
      return 0
    }
    let size = exchange.body.utf8.count
    let bar = "100% |********************************| \(String(repeating: " ", count: max(0, 5 - String(size).count)))\(size)  0:00:00 ETA"
    if output == "-" {
      if !quiet { context.output.errorLine("writing to stdout") }
      context.output.out(exchange.body)
      if !quiet {
        context.output.errorLine("-                    \(bar)")
        context.output.errorLine("written to stdout")
      }
      return 0
    }
    let name = output ?? {
      let last = parts.path.split(separator: "/").last.map(String.init) ?? ""
      return last.isEmpty ? "index.html" : last
    }()
    if !quiet { context.output.errorLine("saving to '\(name)'") }
    if let path = shell.resolvePath(name) {
      if output == nil, shell.files.isDirectory(path) == false {
        context.output.errorLine("wget: can't open '\(name)': File exists")
        return 1
      }
      try? shell.files.write(path, exchange.body, append: false)
    }
    if !quiet {
      context.output.errorLine(name.padding(toLength: 21, withPad: " ", startingAt: 0) + bar)
      context.output.errorLine("'\(name)' saved")
    }
    return 0
  }
}
