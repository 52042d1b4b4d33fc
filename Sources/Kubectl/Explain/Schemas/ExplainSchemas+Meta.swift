extension ExplainSchemas {
  /// ObjectMeta: the metadata every stored object carries.
  static let objectMeta = ExplainType(
    "ObjectMeta",
    """
    ObjectMeta is the metadata shared by every persisted object: its identity (name, \
    namespace, uid), its labels and annotations, and bookkeeping that the API server maintains.
    """,
    [
      .stringMap(
        "annotations",
        """
        Free-form key/value pairs for tools and people to attach non-identifying data. Unlike \
        labels they cannot be used in selectors, and values may be long.
        """),
      .time(
        "creationTimestamp",
        """
        When the server created the object. It is set by the system, is read-only, and is \
        empty for objects that have not been stored yet.
        """),
      .integer(
        "deletionGracePeriodSeconds",
        """
        How many seconds the object has to shut down gracefully once deletion has started. \
        Set by the system together with deletionTimestamp and read-only.
        """),
      .time(
        "deletionTimestamp",
        """
        The time after which the object will be removed, set when a deletion is requested. \
        While finalizers remain the object stays visible; for a pod the kubelet stops its \
        containers before this deadline. Read-only.
        """),
      .strings(
        "finalizers",
        """
        Names of cleanup steps that must finish before the object is removed from storage. \
        While the list is non-empty a deleted object only gets a deletionTimestamp; each \
        controller removes its entry when its cleanup is done.
        """),
      .string(
        "generateName",
        """
        A prefix from which the server builds a unique name when name is empty, by appending \
        five random characters (for example web- becomes web-x7k2p). Used by controllers that \
        create pods and replica sets.
        """),
      .integer(
        "generation",
        """
        A counter the server increases whenever the desired state (usually the spec) changes. \
        Controllers report the generation they have acted on as status.observedGeneration. \
        Read-only.
        """),
      .stringMap(
        "labels",
        """
        Identifying key/value pairs used to organise and select objects. Services, replica \
        sets, deployments and kubectl -l all match objects by their labels.
        """),
      .objects(
        "managedFields",
        managedFieldsEntry,
        """
        The record kept by server-side apply of which client (field manager) last set which \
        fields. It is maintained by the server; kubectl get hides it unless you pass \
        --show-managed-fields.
        """),
      .string(
        "name",
        """
        The object's name, unique among objects of the same kind in its namespace. It is \
        needed when creating an object (unless generateName is set) and cannot be changed.
        """),
      .string(
        "namespace",
        """
        The namespace the object lives in. An empty value means the default namespace; kinds \
        such as Node and Namespace are cluster-scoped and leave it empty. Cannot be changed.
        """),
      .objects(
        "ownerReferences",
        ownerReference,
        """
        The objects this one depends on, such as the ReplicaSet that owns a pod. When every \
        owner is deleted the garbage collector removes this object as well; at most one owner \
        may be marked as the managing controller.
        """),
      .string(
        "resourceVersion",
        """
        An opaque version string that changes on every write. Clients send it back on updates \
        for optimistic concurrency, and use it to resume watches. Read-only.
        """),
      .string(
        "selfLink",
        """
        Deprecated and no longer filled in by the API server; kept only for compatibility.
        """),
      .string(
        "uid",
        """
        A value unique across the cluster's lifetime, assigned by the server when the object \
        is created. A new object with the same name gets a new uid. Read-only.
        """),
    ])

  /// OwnerReference: a link from an object to one of its owners.
  static let ownerReference = ExplainType(
    "OwnerReference",
    """
    OwnerReference identifies an object that owns this one, in the same namespace or at \
    cluster scope.
    """,
    [
      .string("apiVersion", "The API version of the owner, e.g. apps/v1.", required: true),
      .boolean(
        "blockOwnerDeletion",
        """
        When true and the owner is deleted with foreground propagation, the owner is not \
        removed until this object has been deleted. Defaults to false.
        """),
      .boolean(
        "controller",
        """
        True when the owner is the controller that manages this object, e.g. the ReplicaSet \
        of a pod. Only one owner reference may set it.
        """),
      .string("kind", "The kind of the owner, e.g. ReplicaSet.", required: true),
      .string("name", "The name of the owner.", required: true),
      .string(
        "uid",
        """
        The uid of the owner. It must match, so a new object that reuses the owner's name is \
        not mistaken for the original.
        """,
        required: true),
    ])

  /// ManagedFieldsEntry: one field manager's claim on a set of fields.
  static let managedFieldsEntry = ExplainType(
    "ManagedFieldsEntry",
    """
    ManagedFieldsEntry records the fields that one manager set with one kind of operation, in \
    one version of the object.
    """,
    [
      .string(
        "apiVersion",
        "The API version the field set is expressed in; needed to read fieldsV1 correctly."),
      .string("fieldsType", "The encoding of the field set. The only value is FieldsV1."),
      .object("fieldsV1", fieldsV1, "The set of fields this entry owns, in FieldsV1 encoding."),
      .string(
        "manager",
        """
        The name of the client that set the fields, such as kubectl-client-side-apply or \
        kube-controller-manager.
        """),
      .string(
        "operation",
        """
        How the fields were written: Apply for server-side apply, Update for every other \
        write.
        """),
      .string(
        "subresource",
        """
        The subresource the write went through, such as status or scale; empty for the main \
        resource.
        """),
      .time(
        "time",
        "When this entry last changed. Writes that change nothing do not update it."),
    ])
}
