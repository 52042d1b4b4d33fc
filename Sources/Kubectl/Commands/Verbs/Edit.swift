import ClusterSim

extension KubectlVerbs {
  static let edit = Verb(
    name: "edit", summary: "Edit a resource on the server",
    description: """
      Open an object's YAML in your editor ($KUBE_EDITOR, $EDITOR, or vi) and save the changes \
      you make back to the cluster. Fields that cannot change are refused with an error.
      """,
    usage: "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
    examples: [("Edit the web service", "kubectl edit svc web")],
    flags: [outputFlag, FlagSpec("filename", "f", .stringArray, "Edit the object named in this file."),
      FlagSpec("validate", nil, .string, default: "strict", "How to check fields.")],
    run: { runEdit(&$0) })

  /// kubetutor's header of an edit buffer (kubectl writes a similar comment).
  static let editHeader = """
    # Please edit the object below. Lines beginning with a '#' will be ignored,
    # and an empty file will abort the edit. If an error occurs while saving this file will be
    # reopened with the relevant failures.
    #

    """

  static func runEdit(_ invocation: inout Invocation) -> Int32 {
    guard let objects = targets(invocation.arguments, invocation: &invocation), let object = objects.first else { return 1 }
    let program = invocation.shell.variables["KUBE_EDITOR"] ?? invocation.shell.variables["EDITOR"] ?? "vi"
    guard let editor = invocation.shell.editor else {
      invocation.errorLine("error: there was a problem with the editor \"\(program)\"")
      invocation.errorLine(
        Notes.noEditor(language: invocation.language, resource: "\(type(of: object).kind.plural) \(object.name)", file: "\(object.name).yaml"))
      return 1
    }
    let original = ObjectText.yaml(ObjectText.served(object))
    let path = ".kubectl-edit-\(object.name).yaml"
    let kind = type(of: object).kind
    // As kubectl does: a buffer that fails to parse or to save is opened again with the
    // failures on top; saving it again unchanged gives up and keeps a copy.
    var content = original
    var failure: [String] = []
    for _ in 0..<20 {
      let comments = failure.isEmpty ? "" : failure.map { "# " + $0 }.joined(separator: "\n") + "\n#\n"
      do { try invocation.shell.workspace.write(path, editHeader + comments + content, append: false) } catch {
        invocation.errorLine("error: open /tmp/\(path): permission denied")
        return 1
      }
      guard editor(program, path) else {
        invocation.errorLine("error: there was a problem with the editor \"\(program)\"")
        return 1
      }
      let edited = ((try? invocation.shell.workspace.read(path)) ?? "")
      try? invocation.shell.workspace.remove(path)
      let kept = edited.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
      let trimmed = kept.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty || (failure.isEmpty && trimmed == original.trimmingCharacters(in: .whitespacesAndNewlines)) {
        invocation.errorLine("Edit cancelled, no changes made.")
        return 0
      }
      if !failure.isEmpty && trimmed == content.trimmingCharacters(in: .whitespacesAndNewlines) {
        // kubectl picks a random number; a stable one keeps transcripts reproducible.
        let number = (object.name + (object.metadata.resourceVersion ?? "")).unicodeScalars
          .reduce(UInt64(1_469_598_103)) { ($0 &* 1_099_511_628_211) ^ UInt64($1.value) } % 1_000_000_000
        let copy = "kubectl-edit-\(number).yaml"
        try? invocation.shell.workspace.write(copy, kept, append: false)
        invocation.errorLine("A copy of your changes has been stored to \"~/\(copy)\"")
        invocation.errorLine("error: Edit cancelled, no valid changes were saved.")
        return 1
      }
      content = kept
      do {
        guard let document = try ManifestText.documents(kept).first else { return 0 }
        let typed = try ManifestFiles.decode(
          ManifestObject(source: path, kind: kind, document: document), namespace: object.namespace)
        if typed.name != object.name {
          throw APIError.invalid(kind: kind.kind, qualifiedKind: kind.qualifiedKind, name: object.name,
            causes: [FieldError(field: "metadata.name", kind: .invalid(value: FieldError.quoted(typed.name)), detail: "field is immutable")])
        }
        func open<T: APIObject>(_ value: T) throws(APIError) -> Bool {
          try invocation.cluster.state.update(value).unchanged
        }
        if try open(typed) {
          invocation.errorLine("Edit cancelled, no changes made.")
        } else {
          invocation.line("\(ObjectText.name(object)) edited")
        }
        return 0
      } catch let error as APIError {
        if case .invalid(_, _, _, let causes) = error {
          failure = ["\(kind.qualifiedPlural) \"\(object.name)\" was not valid:"] + causes.map { "* " + $0.message }
        } else {
          failure = [KubectlErrors.text(error)]
        }
      } catch let error as ManifestText.Failure {
        failure = ["The edited file had a syntax error: \(error.message)"]
      } catch {
        return 1
      }
    }
    invocation.errorLine("error: Edit cancelled, no valid changes were saved.")
    return 1
  }
}

extension Notes {
  /// What to do instead of `kubectl edit` where no editor can run; `resource` is what to get
  /// (`services web`), `file` where to keep it.
  static func noEditor(language: Language, resource: String = "services web", file: String = "web.yaml") -> String {
    switch language {
    case .en:
      return "kubetutor: no terminal to run an editor in. Write the YAML instead: kubectl get \(resource) -o yaml > \(file), change it (sed -i, or cat > \(file) <<EOF ... EOF), then kubectl apply -f \(file)."
    case .ko:
      return "kubetutor: 편집기를 띄울 터미널이 없습니다. 대신 YAML로 작업하세요: kubectl get \(resource) -o yaml > \(file) 로 저장하고, sed -i 나 cat > \(file) <<EOF ... EOF 로 고친 뒤 kubectl apply -f \(file) 을 실행합니다."
    }
  }
}
