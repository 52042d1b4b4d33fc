extension ExplainSchemas {
  /// LabelSelector: matchLabels and matchExpressions.
  static let labelSelector = ExplainType(
    "LabelSelector",
    """
    A label selector picks objects by their labels. Its matchLabels and matchExpressions are \
    combined with AND. An empty selector matches every object, while a missing (null) one \
    matches none.
    """,
    [
      .objects(
        "matchExpressions", labelSelectorRequirement,
        "A list of requirements on labels, all of which must hold."),
      .stringMap(
        "matchLabels",
        """
        Exact key/value pairs the labels must contain. Each pair is the same as a \
        matchExpressions entry with the In operator and a single value.
        """),
    ])

  /// LabelSelectorRequirement: one key, an operator and values.
  static let labelSelectorRequirement = ExplainType(
    "LabelSelectorRequirement",
    """
    A requirement on one label key, made of the key, an operator and a list of values.
    """,
    [
      .string("key", "The label key the requirement applies to.", required: true),
      .string(
        "operator",
        """
        How the label's value is compared with values: In, NotIn, Exists or DoesNotExist.
        """,
        required: true),
      .strings(
        "values",
        """
        The values to compare with. In and NotIn need at least one; Exists and DoesNotExist \
        need the list to be empty.
        """),
    ])

  /// The standard condition of meta/v1, used by Service status.
  static let condition = ExplainType(
    "Condition",
    """
    Condition reports one aspect of an object's current state, in the form used across the \
    API: a type, a status of True, False or Unknown, and why.
    """,
    [
      .time(
        "lastTransitionTime",
        "When the status last changed from one value to another.", required: true),
      .string(
        "message",
        "A human-readable explanation of the transition; may be empty.", required: true),
      .integer(
        "observedGeneration",
        """
        The metadata.generation the condition was computed from. When it is lower than the \
        current generation the condition may be out of date.
        """),
      .string(
        "reason",
        """
        A short CamelCase code for the last transition, meant for programs to match on.
        """,
        required: true),
      .string("status", "True, False or Unknown.", required: true),
      .string("type", "The aspect of state being reported, in CamelCase.", required: true),
    ])

  /// ObjectReference: a pointer to any object, possibly to a field in it.
  static let objectReference = ExplainType(
    "ObjectReference",
    """
    ObjectReference points at another object by kind, namespace and name, optionally with its \
    uid and a path to a field inside it.
    """,
    [
      .string("apiVersion", "The API version of the referenced object."),
      .string(
        "fieldPath",
        """
        When the reference is to part of the object, the path to that part, such as \
        spec.containers{web} for one container of a pod.
        """),
      .string("kind", "The kind of the referenced object, e.g. Pod."),
      .string("name", "The name of the referenced object."),
      .string("namespace", "The namespace of the referenced object."),
      .string(
        "resourceVersion", "The resourceVersion of the object that the reference was made from."),
      .string("uid", "The uid of the referenced object."),
    ])

  /// LocalObjectReference: a name in the same namespace.
  static let localObjectReference = ExplainType(
    "LocalObjectReference",
    """
    LocalObjectReference names another object in the same namespace as the referring one.
    """,
    [
      .string(
        "name",
        """
        The name of the referenced object. Empty is allowed by the schema but almost always a \
        mistake.
        """)
    ])

  /// TypedLocalObjectReference: kind, group and name in the same namespace.
  static let typedLocalObjectReference = ExplainType(
    "TypedLocalObjectReference",
    """
    TypedLocalObjectReference names an object of a given kind and API group in the same \
    namespace.
    """,
    [
      .string(
        "apiGroup",
        "The API group of the referenced kind; leave it empty for the core group."),
      .string("kind", "The kind of the referenced object.", required: true),
      .string("name", "The name of the referenced object.", required: true),
    ])

  /// TypedObjectReference: kind, group, name and optionally another namespace.
  static let typedObjectReference = ExplainType(
    "TypedObjectReference",
    """
    TypedObjectReference names an object of a given kind and API group, optionally in another \
    namespace.
    """,
    [
      .string(
        "apiGroup",
        "The API group of the referenced kind; leave it empty for the core group."),
      .string("kind", "The kind of the referenced object.", required: true),
      .string("name", "The name of the referenced object.", required: true),
      .string(
        "namespace",
        """
        The namespace of the referenced object, when it differs from the referring one. A \
        reference across namespaces needs a ReferenceGrant in the target namespace.
        """),
    ])
}
