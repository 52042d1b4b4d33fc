/// The field trees behind `kubectl explain`, one static type per schema type of the API.
///
/// The names, types, required markers and enum values follow the Kubernetes v1.32 API; every
/// description is written for kubetutor.
enum ExplainSchemas {
  /// `apiVersion`, common to every kind.
  static let apiVersionField = ExplainField.string(
    "apiVersion",
    """
    The schema version of this object, such as v1 or apps/v1. Together with kind it tells \
    the API server how to read the rest of the object; servers convert known older versions \
    to the current one.
    """)

  /// `kind`, common to every kind.
  static let kindField = ExplainField.string(
    "kind",
    """
    The type of object, written in CamelCase (Pod, Service, Deployment). Clients may leave it \
    out when the URL already names the resource, and it cannot be changed afterwards.
    """)

  /// `metadata` of a top-level object.
  static let metadataField = ExplainField.object(
    "metadata", objectMeta,
    """
    Standard object metadata: the name, namespace, labels, annotations and the bookkeeping \
    fields that the API server fills in.
    """)

  /// A size or amount of a resource, such as `500m` CPU or `128Mi` of memory.
  static let quantity = ExplainType(
    "Quantity",
    """
    Quantity is a fixed-point number written as a string with an optional suffix, such as \
    "500m", "2", "128Mi" or "1G". Binary suffixes (Ki, Mi, Gi, Ti, Pi, Ei) count in powers of \
    1024, decimal suffixes (m, k, M, G, T, P, E) in powers of 1000, and "m" means thousandths, \
    so 250m CPU is a quarter of a core. A plain number such as 1.5 or 1e3 is also accepted, and \
    the API stores every quantity in a canonical form.
    """)

  /// A value that is either a number or a string, such as a port or a percentage.
  static let intOrString = ExplainType(
    "IntOrString",
    """
    IntOrString holds either a whole number or a string. A port can be given as a number or as \
    the name of a container port; a surge or budget can be a count such as 1 or a percentage \
    such as "25%".
    """)

  /// A timestamp, printed as `string`.
  static let time = ExplainType(
    "string",
    """
    A timestamp in RFC 3339 form, such as 2024-05-01T12:00:00Z, stored with a precision of \
    whole seconds.
    """)

  /// A timestamp with microseconds, printed as `string`.
  static let microTime = ExplainType(
    "string",
    """
    A timestamp in RFC 3339 form with microsecond precision, such as \
    2024-05-01T12:00:00.123456Z.
    """)

  /// The opaque set of fields a manager owns.
  static let fieldsV1 = ExplainType(
    "FieldsV1",
    """
    FieldsV1 is a compact JSON encoding of a set of field paths, used by server-side apply to \
    record which manager owns which fields. It is not meant to be edited by hand.
    """)
}
