extension ExplainSchemas {
  /// Namespace: the kind.
  static let namespace = ExplainType(
    "Namespace",
    """
    Namespace divides a cluster into separately named groups of objects. Names of \
    namespaced objects only need to be unique within their namespace, and deleting a \
    namespace deletes everything in it.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object("spec", namespaceSpec, "The desired state of the namespace."),
      .object("status", namespaceStatus, "Whether the namespace is active or being deleted."),
    ])

  /// NamespaceSpec.
  static let namespaceSpec = ExplainType(
    "NamespaceSpec",
    "NamespaceSpec holds the finalizers of a namespace.",
    [
      .strings(
        "finalizers",
        """
        Cleanup steps that must finish before the namespace is removed, usually just \
        kubernetes, which empties it of objects.
        """)
    ])

  /// NamespaceStatus.
  static let namespaceStatus = ExplainType(
    "NamespaceStatus",
    "NamespaceStatus reports the lifecycle of a namespace.",
    [
      .objects(
        "conditions", namespaceCondition,
        "Details of a deletion in progress, such as content that could not be removed."),
      .string(
        "phase",
        """
        Active while the namespace is in use; Terminating once deletion has started, when no \
        new objects can be created in it.
        """,
        enum: ["Active", "Terminating"]),
    ])

  /// NamespaceCondition.
  static let namespaceCondition = ExplainType(
    "NamespaceCondition",
    "NamespaceCondition reports one aspect of a namespace's state.",
    [
      .time("lastTransitionTime", "When the status last changed."),
      .string("message", "A human-readable explanation of the last transition."),
      .string("reason", "A short CamelCase reason for the last transition."),
      .string("status", "True, False or Unknown.", required: true),
      .string(
        "type", "The kind of condition, e.g. NamespaceDeletionContentFailure.", required: true),
    ])
}
