import ClusterSim

/// glibc's `getent hosts NAME`: a name looked up as the libc resolver does (on a Debian-based
/// image or a node), one line per address: the address padded to 15 columns, then the name.
enum GetentTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let arguments = context.arguments
    guard let database = arguments.first else {
      context.output.errorLine("Usage: getent [OPTION...] database [key ...]")
      context.output.errorLine("Try `getent --help' or `getent --usage' for more information.")
      return 1
    }
    guard ["hosts", "ahosts", "ahostsv4"].contains(database) else {
      context.output.errorLine("Unknown database: \(database)")
      context.output.errorLine("Try `getent --help' or `getent --usage' for more information.")
      return 1
    }
    guard arguments.count > 1 else {
      // Listing the whole database: /etc/hosts as the container's kubelet wrote it.
      context.output.out(HostTools.virtualFile("/etc/hosts", shell: context.shell) ?? "")
      return 0
    }
    var status: Int32 = 0
    for name in arguments.dropFirst() {
      if let address = IPv4Address(name) {
        context.output.line(pad(address.description) + " " + address.description)
        continue
      }
      guard case .addresses(let fqdn, _, let addresses) = context.shell.cluster.state.resolve(name, from: context.shell.host),
        !addresses.isEmpty
      else {
        status = 2
        continue
      }
      for address in addresses {
        if database == "hosts" {
          context.output.line(pad(address.description) + " " + fqdn)
        } else {
          context.output.line(pad(address.description) + " STREAM " + fqdn)
          context.output.line(pad(address.description) + " DGRAM  ")
          context.output.line(pad(address.description) + " RAW    ")
        }
      }
    }
    return status
  }

  static func pad(_ text: String) -> String {
    text.count >= 15 ? text : text + String(repeating: " ", count: 15 - text.count)
  }
}
