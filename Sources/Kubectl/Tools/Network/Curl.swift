import ClusterSim
import Foundation

/// curl, as Ubuntu's (7.81) on the laptop and nodes, or the image's own in containers.
enum CurlTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    var silent = false, showError = false, verbose = false, head = false, include = false
    var insecure = false, fail = false
    var output: String?
    var writeOut: String?
    var maxTime: Double?
    var method = "GET"
    var urls: [String] = []
    var arguments = context.arguments[...]
    while let argument = arguments.popFirst() {
      func value() -> String? { arguments.popFirst() }
      switch argument {
      case "-s", "--silent": silent = true
      case "-S", "--show-error": showError = true
      case "-sS", "-Ss": silent = true; showError = true
      case "-v", "--verbose": verbose = true
      case "-I", "--head": head = true; method = "HEAD"
      case "-i", "--include": include = true
      case "-k", "--insecure": insecure = true
      case "-f", "--fail": fail = true
      case "-L", "--location", "-N", "--no-buffer", "--compressed": break
      case "-o", "--output": output = value()
      case "-w", "--write-out": writeOut = value()
      case "-m", "--max-time", "--connect-timeout":
        guard let text = value(), let seconds = Double(text) else {
          context.output.errorLine("curl: option \(argument): expected a proper numerical parameter")
          return 2
        }
        maxTime = min(maxTime ?? seconds, seconds)
      case "-X", "--request": method = value() ?? method
      case "-H", "--header", "-d", "--data", "-A", "--user-agent", "-u", "--user", "-e": _ = value()
      case "-V", "--version":
        context.output.line("curl \(shell.curlVersion) (x86_64-pc-linux-gnu) libcurl/\(shell.curlVersion) OpenSSL/3.0.2 zlib/1.2.11")
        context.output.line("Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtsp scp sftp smb smbs smtp smtps telnet tftp")
        return 0
      case "-h", "--help":
        context.output.line("Usage: curl [options...] <url>")
        context.output.line(" -I, --head          Show document info only")
        context.output.line(" -m, --max-time <seconds> Maximum time allowed for transfer")
        context.output.line(" -o, --output <file> Write to file instead of stdout")
        context.output.line(" -s, --silent        Silent mode")
        context.output.line(" -v, --verbose       Make the operation more talkative")
        return 0
      default:
        if argument.hasPrefix("--max-time=") || argument.hasPrefix("--connect-timeout="), let seconds = Double(argument.split(separator: "=")[1]) {
          maxTime = seconds
        } else if argument.hasPrefix("-") && argument.count > 1 && !argument.hasPrefix("--") && argument.dropFirst().allSatisfy({ "sSvIikfL".contains($0) }) {
          for letter in argument.dropFirst() {
            switch letter {
            case "s": silent = true
            case "S": showError = true
            case "v": verbose = true
            case "I": head = true; method = "HEAD"
            case "i": include = true
            case "k": insecure = true
            case "f": fail = true
            default: break
            }
          }
        } else if argument.hasPrefix("-") {
          context.output.errorLine("curl: option \(argument): is unknown")
          context.output.errorLine("curl: try 'curl --help' or 'curl --manual' for more information")
          return 2
        } else {
          urls.append(argument)
        }
      }
    }
    guard !urls.isEmpty else {
      context.output.errorLine("curl: try 'curl --help' or 'curl --manual' for more information")
      return 2
    }
    let version = shell.curlVersion
    let modern = version.hasPrefix("8")
    let meter = !silent && !verbose && !context.toTerminal
    var code: Int32 = 0
    for url in urls {
      let request = HTTPRequest(url: url, method: method, userAgent: "curl/\(version)", insecure: insecure)
      guard let parts = request.parts else {
        if !silent || showError { context.output.errorLine("curl: (3) URL using bad/illegal format or missing URL") }
        code = 3
        continue
      }
      var exchange: HTTPExchange
      if case .laptop = shell.location, parts.host == "localhost" || parts.host == "127.0.0.1",
        let forward = shell.portForward(localPort: parts.port)
      {
        shell.terminalNotes.append("Handling connection for \(parts.port)\n")
        exchange = shell.cluster.state.httpToPod(namespace: forward.namespace, name: forward.pod, port: forward.remotePort, request: request)
      } else if case .laptop = shell.location, parts.host == "localhost" || parts.host == "127.0.0.1" {
        exchange = HTTPExchange(
          record: ConnectionRecord(source: .laptop, sourceAddress: "127.0.0.1", target: url, verdict: .refused, reason: "nothing listens on the laptop's port \(parts.port)"),
          address: "127.0.0.1", port: parts.port, failure: .refused(address: "127.0.0.1", port: parts.port), status: 0, reason: "", headers: [], body: "")
      } else {
        exchange = shell.cluster.state.http(request, from: shell.host)
      }
      let connectTarget = exchange.address ?? parts.host
      if meter { context.output.err(CurlMeter.header) }
      if let failure = exchange.failure {
        let (status, message, seconds) = describe(failure, url: parts, maxTime: maxTime, modern: modern, random: &shell.cluster.state.random.network)
        shell.wait(seconds)
        if verbose {
          if let address = exchange.address { context.output.err("*   Trying \(address):\(parts.port)...\n") }
          switch failure {
          case .refused, .noRoute:
            context.output.err("* connect to \(connectTarget) port \(parts.port) failed: \(failure == .refused(address: connectTarget, port: parts.port) ? (modern ? "Connection refused" : "Connection refused") : "No route to host")\n")
          default: break
          }
        }
        if meter { context.output.err(CurlMeter.line(bytes: 0, complete: false)) }
        if !silent || showError { context.output.errorLine("curl: (\(status)) \(message)") }
        // -w still writes: http_code is 000 when no answer came.
        if let writeOut { context.output.out(CurlTool.writeOut(writeOut, status: 0, remoteIP: exchange.address ?? "", size: 0)) }
        code = status
        continue
      }
      var head = ""
      head += "HTTP/1.1 \(exchange.status) \(exchange.reason)\r\n"
      for header in exchange.headers { head += "\(header.name): \(header.value)\r\n" }
      head += "\r\n"
      if verbose {
        context.output.err("*   Trying \(connectTarget):\(parts.port)...\n")
        context.output.err("* Connected to \(parts.host) (\(connectTarget)) port \(parts.port) (#0)\n")
        context.output.err("> \(method) \(parts.path) HTTP/1.1\r\n> Host: \(parts.host)\(parts.port == 80 ? "" : ":\(parts.port)")\r\n> User-Agent: curl/\(version)\r\n> Accept: */*\r\n> \r\n")
        context.output.err("* Mark bundle as not supporting multiuse\n")
        context.output.err(head.components(separatedBy: "\r\n").dropLast().map { "< " + $0 }.joined(separator: "\r\n") + "\n")
      }
      if fail && exchange.status >= 400 {
        if meter { context.output.err(CurlMeter.line(bytes: 0, complete: false)) }
        if !silent || showError { context.output.errorLine("curl: (22) The requested URL returned error: \(exchange.status)") }
        code = 22
        continue
      }
      var body = exchange.body
      if head.isEmpty == false && (include || method == "HEAD") && !verbose {
        body = (method == "HEAD" ? head : head + body)
      }
      if let output, output != "/dev/null" {
        if let path = shell.resolvePath(output) {
          do { try shell.files.write(path, body, append: false) } catch {
            context.output.errorLine("curl: (23) Failure writing output to destination")
            code = 23
            continue
          }
        }
      } else if output == nil {
        context.output.out(body)
      }
      if meter { context.output.err(CurlMeter.line(bytes: exchange.body.utf8.count, complete: true)) }
      if verbose { context.output.err("* Connection #0 to host \(parts.host) left intact\n") }
      if let writeOut {
        context.output.out(CurlTool.writeOut(writeOut, status: exchange.status, remoteIP: connectTarget, size: exchange.body.utf8.count))
      }
    }
    return code
  }

  /// The text of `-w FORMAT` for one transfer.
  static func writeOut(_ format: String, status: Int, remoteIP: String, size: Int) -> String {
    TextTools.unescape(format)
      .replacingOccurrences(of: "%{http_code}", with: String(format: "%03d", status))
      .replacingOccurrences(of: "%{response_code}", with: String(format: "%03d", status))
      .replacingOccurrences(of: "%{remote_ip}", with: remoteIP)
      .replacingOccurrences(of: "%{size_download}", with: String(size))
      .replacingOccurrences(of: "%{time_total}", with: "0.001234")
  }

  /// curl's exit status and message for a failure, and the seconds it took. curl names the host
  /// as it was typed (`localhost`, `backend`), not the address it tried.
  static func describe(
    _ failure: HTTPFailure, url: (scheme: String, host: String, port: Int32, path: String), maxTime: Double?,
    modern: Bool, random: inout SeededRandom
  ) -> (Int32, String, Double) {
    let refusedText = modern ? "Could not connect to server" : "Connection refused"
    switch failure {
    case .badURL: return (3, "URL using bad/illegal format or missing URL", 0)
    case .unresolved(let host): return (6, "Could not resolve host: \(host)", 0)
    case .dnsTimeout(let host):
      if let maxTime { return (28, "Resolving timed out after \(Int(maxTime * 1000)) milliseconds", maxTime) }
      return (6, "Could not resolve host: \(host)", 10)
    case .refused(let address, let port):
      return (7, "Failed to connect to \(url.host) port \(port) after 0 ms: \(refusedText)", 0)
    case .noRoute(let address, let port):
      if let maxTime, maxTime < 3 { return (28, "Connection timed out after \(Int(maxTime * 1000) + 1) milliseconds", maxTime) }
      let elapsed = 3059 + Int.random(in: 0...40, using: &random)
      return (7, "Failed to connect to \(url.host) port \(port) after \(elapsed) ms: \(modern ? "Could not connect to server" : "No route to host")", Double(elapsed) / 1000)
    case .timedOut(let address, let port):
      if let maxTime { return (28, "Connection timed out after \(Int(maxTime * 1000) + 1) milliseconds", maxTime) }
      let elapsed = 130_000 + Int.random(in: 0...2500, using: &random)
      return (28, "Failed to connect to \(url.host) port \(port) after \(elapsed) ms: \(modern ? "Could not connect to server" : "Connection timed out")", Double(elapsed) / 1000)
    case .tlsWrongVersion:
      return (35, "error:0A00010B:SSL routines::wrong version number", 0)
    case .tlsNameMismatch(let host):
      return (
        60,
        "SSL: no alternative certificate subject name matches target host name '\(host)'\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.",
        0)
    case .tlsUntrusted:
      return (
        60,
        "SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.",
        0)
    case .emptyReply: return (52, "Empty reply from server", 0)
    case .notHTTP: return (1, "Received HTTP/0.9 when not allowed", 0)
    }
  }
}
