import ClusterSim

/// ssh from the laptop or a node to a node (as root, keys already set up, as in lab VMs).
enum SshTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    let arguments = context.arguments.filter { !$0.hasPrefix("-") }
    guard let destination = arguments.first else {
      context.output.errorLine("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]")
      context.output.errorLine("           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]")
      context.output.errorLine("           destination [command [argument ...]]")
      return 255
    }
    let target = destination.split(separator: "@").last.map(String.init) ?? destination
    let address: IPv4Address
    switch shell.cluster.state.resolve(target, from: shell.host) {
    case .addresses(_, _, let addresses) where !addresses.isEmpty: address = addresses[0]
    default:
      context.output.errorLine("ssh: Could not resolve hostname \(target): Name or service not known")
      return 255
    }
    switch shell.cluster.state.connectTCP(from: shell.host, to: address, port: 22) {
    case .connected(.node(let name, _), _, let seen):
      let remote = Array(arguments.dropFirst())
      if !remote.isEmpty {
        let saved = shell.location
        let savedStack = shell.sessionStack
        let savedVariables = shell.variables
        let savedVariableStack = shell.variableStack
        shell.location = .node(name)
        shell.variables = shell.startingVariables(for: .node(name))
        var output = Output()
        let code = shell.execute(remote.joined(separator: " "), into: &output)
        shell.location = saved
        shell.sessionStack = savedStack
        shell.variables = savedVariables
        shell.variableStack = savedVariableStack
        context.output.append(output)
        return code
      }
      context.output.line("Welcome to Ubuntu 22.04.5 LTS (GNU/Linux \(Node.kernelVersion) x86_64)")
      context.output.line("")
      context.output.line("Last login: \(Shell.dateText(shell.cluster.state.now.adding(-300)).replacingOccurrences(of: " UTC", with: "")) from \(seen)")
      shell.enter(.node(name))
      return 0
    case .connected:
      context.output.errorLine("ssh: connect to host \(target) port 22: Connection refused")
      return 255
    case .refused:
      context.output.errorLine("ssh: connect to host \(target) port 22: Connection refused")
      return 255
    case .timedOut(_, _, let noRoute):
      shell.wait(noRoute ? 3 : 130)
      context.output.errorLine("ssh: connect to host \(target) port 22: \(noRoute ? "No route to host" : "Connection timed out")")
      return 255
    }
  }
}
