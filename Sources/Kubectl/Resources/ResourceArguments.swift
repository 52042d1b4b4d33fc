import ClusterSim

/// What a command's resource arguments name: kinds to list, or specific objects.
struct ResourceRequest {
  /// Kinds with no names given (list them), in the order typed.
  var kinds: [ResourceKind] = []
  /// Specific objects, in the order typed.
  var objects: [(kind: ResourceKind, name: String, namespace: String?)] = []
  /// True for `all`.
  var all = false
  /// How the kind was written, for `No resources found` and errors.
  var typedNames: [ResourceKind: String] = [:]
}

enum ResourceArguments {
  /// The kinds `kubectl get all` shows, in its order.
  static let allKinds: [ResourceKind] = [.pod, .service, .daemonSet, .deployment, .replicaSet]

  /// Resolves one type name; throws the text kubectl (or kubetutor) prints.
  static func kind(_ text: String, language: Language) throws(SelectorParsing.Failure) -> ResourceKind {
    if let kind = ResourceKind.named(text) { return kind }
    let base = text.split(separator: ".").first.map { String($0).lowercased() } ?? text
    if let plural = Notes.unsimulatedResources[base] {
      throw SelectorParsing.Failure(message: Notes.unsimulatedKind(plural, language: language))
    }
    throw SelectorParsing.Failure(message: "error: the server doesn't have a resource type \"\(text)\"")
  }

  /// Parses `TYPE[,TYPE...] [NAME...]` or `TYPE/NAME...`.
  static func parse(_ arguments: [String], language: Language) throws(SelectorParsing.Failure)
    -> ResourceRequest
  {
    var request = ResourceRequest()
    guard let first = arguments.first else { return request }
    if first.contains("/") {
      for argument in arguments {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          if !argument.contains("/") {
            throw SelectorParsing.Failure(
              message:
                "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
            )
          }
          throw SelectorParsing.Failure(message: "error: arguments in resource/name form must have a single resource and name")
        }
        let kind = try kind(parts[0], language: language)
        request.objects.append((kind, parts[1], nil))
        request.typedNames[kind] = parts[0]
      }
      return request
    }
    var kinds: [ResourceKind] = []
    for text in first.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
      if text == "all" {
        request.all = true
        for kind in allKinds where !kinds.contains(kind) { kinds.append(kind) }
        continue
      }
      guard !text.isEmpty else {
        throw SelectorParsing.Failure(message: "error: the server doesn't have a resource type \"\"")
      }
      let kind = try kind(text, language: language)
      request.typedNames[kind] = text
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    let names = arguments.dropFirst()
    if names.contains(where: { $0.contains("/") }) {
      throw SelectorParsing.Failure(
        message:
          "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
      )
    }
    if names.isEmpty {
      request.kinds = kinds
    } else {
      for kind in kinds { for name in names { request.objects.append((kind, name, nil)) } }
    }
    return request
  }
}
