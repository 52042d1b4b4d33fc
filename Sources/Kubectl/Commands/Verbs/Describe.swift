import ClusterSim

extension KubectlVerbs {
  static let describe = Verb(
    name: "describe", summary: "Show details of a resource or group of resources",
    description: """
      Show a readable summary of one or more objects, with related information such as a \
      Service's endpoints and the events that happened to the object.

      A name that matches no object exactly describes every object whose name starts with it.
      """,
    usage: "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
    examples: [
      ("A service: its type, IPs, ports and endpoints", "kubectl describe svc web"),
      ("Every pod whose name starts with web", "kubectl describe pods web"),
      ("A node", "kubectl describe node node01"),
    ],
    flags: [
      FlagSpec("all-namespaces", "A", .bool, "Describe objects in every namespace."),
      FlagSpec("selector", "l", .string, "Label selector to filter on."),
      FlagSpec("filename", "f", .stringArray, "Describe the objects named in these files."),
      FlagSpec("show-events", nil, .bool, default: "true", "Show the events of each object."),
      FlagSpec("chunk-size", nil, .int, default: "500", "Return large lists in chunks.", hidden: true),
      FlagSpec("recursive", "R", .bool, "Process the directory given with -f recursively."),
    ],
    run: { runDescribe(&$0) })

  static func runDescribe(_ invocation: inout Invocation) -> Int32 {
    let files = invocation.flags.list("filename")
    if invocation.arguments.isEmpty && files.isEmpty {
      invocation.errorLine(
        "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
      return 1
    }
    let request: ResourceRequest
    do {
      request = files.isEmpty
        ? try ResourceArguments.parse(invocation.arguments, language: invocation.language)
        : try ManifestFiles.request(files, invocation: &invocation)
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let allNamespaces = invocation.flags.bool("all-namespaces")
    let query: ObjectQuery
    do { query = try ObjectQuery(invocation: invocation, allNamespaces: allNamespaces) } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let state = invocation.cluster.state
    var found: [any APIObject] = []
    var errors: [String] = []
    for kind in request.kinds { found += query.list(kind, in: state) }
    for (kind, name, explicit) in request.objects {
      let namespace = explicit ?? invocation.namespace
      if let object = state.store.object(ObjectKey(kind, namespace: namespace, name: name)) {
        found.append(object)
        continue
      }
      let prefixed = state.store.list(kind, in: kind.isNamespaced ? namespace : nil).filter {
        $0.name.hasPrefix(name)
      }
      if prefixed.isEmpty {
        errors.append("Error from server (NotFound): \(kind.qualifiedPlural) \"\(name)\" not found")
      }
      found += prefixed
    }
    if found.isEmpty && errors.isEmpty {
      let scoped = request.kinds.allSatisfy(\.isNamespaced) && !allNamespaces
      invocation.errorLine(scoped ? "No resources found in \(invocation.namespace) namespace." : "No resources found")
      return 0
    }
    var texts = found.map { Describer.describe($0, state: state) }
    if invocation.flags.isSet("show-events") && !invocation.flags.bool("show-events") {
      texts = texts.map { text in
        guard let range = text.range(of: "\nEvents:", options: .backwards) else { return text }
        return String(text[..<range.lowerBound]) + "\n"
      }
    }
    invocation.out(texts.joined(separator: "\n\n"))
    for error in errors { invocation.errorLine(error) }
    return errors.isEmpty ? 0 : 1
  }
}

import Foundation
