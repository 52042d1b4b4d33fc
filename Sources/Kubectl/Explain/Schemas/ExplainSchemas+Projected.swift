extension ExplainSchemas {
  /// DownwardAPIVolumeSource.
  static let downwardAPIVolumeSource = ExplainType(
    "DownwardAPIVolumeSource",
    "Writes fields of the pod and its containers' resources into files.",
    [
      .integer(
        "defaultMode", "The permission bits of the files, in octal in YAML (0644, the default)."),
      .objects("items", downwardAPIVolumeFile, "The files to write and what each contains."),
    ])

  /// DownwardAPIVolumeFile.
  static let downwardAPIVolumeFile = ExplainType(
    "DownwardAPIVolumeFile",
    "One file of a downward API volume and the field it holds.",
    [
      .object(
        "fieldRef", objectFieldSelector,
        """
        A field of the pod: metadata.name, metadata.namespace, metadata.uid, \
        metadata.labels or metadata.annotations.
        """),
      .integer("mode", "The permission bits of this file, overriding defaultMode."),
      .string(
        "path",
        "The relative path of the file; it may not be absolute or contain '..'.",
        required: true),
      .object(
        "resourceFieldRef", resourceFieldSelector,
        "A request or limit of a container, such as limits.memory."),
    ])

  /// ProjectedVolumeSource.
  static let projectedVolumeSource = ExplainType(
    "ProjectedVolumeSource",
    "Combines several volume sources into one directory.",
    [
      .integer(
        "defaultMode", "The permission bits of the files, in octal in YAML (0644, the default)."),
      .objects("sources", volumeProjection, "The sources to combine."),
    ])

  /// VolumeProjection: one source of a projected volume.
  static let volumeProjection = ExplainType(
    "VolumeProjection",
    "One source of a projected volume; exactly one field must be set.",
    [
      .object(
        "clusterTrustBundle", clusterTrustBundleProjection,
        "Certificates from ClusterTrustBundle objects, written to one file."),
      .object("configMap", configMapProjection, "Keys of a ConfigMap."),
      .object("downwardAPI", downwardAPIProjection, "Fields of the pod."),
      .object("secret", secretProjection, "Keys of a Secret."),
      .object(
        "serviceAccountToken", serviceAccountTokenProjection,
        "A short-lived token for the pod's service account, renewed by the kubelet."),
    ])

  /// ConfigMapProjection.
  static let configMapProjection = ExplainType(
    "ConfigMapProjection",
    "The keys of a ConfigMap inside a projected volume.",
    [
      .objects("items", keyToPath, "The keys to project; all keys when empty."),
      .string("name", "The name of the ConfigMap, in the pod's namespace."),
      .boolean("optional", "When true, a missing ConfigMap or key is not an error."),
    ])

  /// SecretProjection.
  static let secretProjection = ExplainType(
    "SecretProjection",
    "The keys of a Secret inside a projected volume.",
    [
      .objects("items", keyToPath, "The keys to project; all keys when empty."),
      .string("name", "The name of the Secret, in the pod's namespace."),
      .boolean("optional", "When true, a missing Secret or key is not an error."),
    ])

  /// DownwardAPIProjection.
  static let downwardAPIProjection = ExplainType(
    "DownwardAPIProjection",
    "Pod fields inside a projected volume.",
    [.objects("items", downwardAPIVolumeFile, "The files to write and what each contains.")])

  /// ServiceAccountTokenProjection.
  static let serviceAccountTokenProjection = ExplainType(
    "ServiceAccountTokenProjection",
    """
    A token for the pod's service account, requested from the API server and refreshed by \
    the kubelet before it expires.
    """,
    [
      .string(
        "audience",
        "Who the token is meant for; defaults to the API server's own audience."),
      .integer(
        "expirationSeconds",
        """
        How long the token should be valid. Defaults to one hour and must be at least ten \
        minutes; the kubelet renews it when 80% of the time has passed.
        """),
      .string("path", "The file, relative to the volume, that holds the token.", required: true),
    ])

  /// ClusterTrustBundleProjection.
  static let clusterTrustBundleProjection = ExplainType(
    "ClusterTrustBundleProjection",
    "Certificates from ClusterTrustBundle objects, joined into one file.",
    [
      .object(
        "labelSelector", labelSelector,
        "Picks bundles of signerName by label; all of them when empty."),
      .string("name", "One bundle by name; cannot be combined with signerName."),
      .boolean(
        "optional", "When true, the pod starts even when no matching bundle exists."),
      .string(
        "path", "The file, relative to the volume, that gets the certificates.",
        required: true),
      .string("signerName", "Picks the bundles of this signer."),
    ])

  /// EphemeralVolumeSource.
  static let ephemeralVolumeSource = ExplainType(
    "EphemeralVolumeSource",
    "A volume backed by a PersistentVolumeClaim that exists only as long as the pod.",
    [
      .object(
        "volumeClaimTemplate", persistentVolumeClaimTemplate,
        """
        The claim to create, named <pod name>-<volume name> and owned by the pod, so that it \
        is deleted together with the pod.
        """)
    ])

  /// PersistentVolumeClaimTemplate.
  static let persistentVolumeClaimTemplate = ExplainType(
    "PersistentVolumeClaimTemplate",
    "The blueprint of the PersistentVolumeClaim of an ephemeral volume.",
    [
      .object("metadata", objectMeta, "Labels and annotations copied onto the claim."),
      .object(
        "spec", persistentVolumeClaimSpec, "The spec of the claim, copied unchanged.",
        required: true),
    ])

  /// PersistentVolumeClaimSpec.
  static let persistentVolumeClaimSpec = ExplainType(
    "PersistentVolumeClaimSpec",
    "What storage a claim asks for.",
    [
      .strings(
        "accessModes",
        """
        How the volume may be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or \
        ReadWriteOncePod.
        """),
      .object(
        "dataSource", typedLocalObjectReference,
        "A VolumeSnapshot or another claim to fill the new volume from."),
      .object(
        "dataSourceRef", typedObjectReference,
        "Like dataSource, but also allows custom populators and other namespaces."),
      .object(
        "resources", volumeResourceRequirements, "The minimum size the volume must have."),
      .object("selector", labelSelector, "Limits binding to PersistentVolumes with these labels."),
      .string(
        "storageClassName",
        "The StorageClass to provision from; empty string asks for no class."),
      .string(
        "volumeAttributesClassName",
        "The VolumeAttributesClass to apply; a beta feature that is off by default."),
      .string(
        "volumeMode",
        "Filesystem (the default) for a mounted file system, or Block for a raw device.",
        enum: ["Block", "Filesystem"]),
      .string("volumeName", "A specific PersistentVolume to bind to."),
    ])

  /// VolumeResourceRequirements.
  static let volumeResourceRequirements = ExplainType(
    "VolumeResourceRequirements",
    "The storage a claim needs.",
    [
      .quantities("limits", "The most storage the volume may have."),
      .quantities("requests", "The least storage the volume must have, e.g. storage: 1Gi."),
    ])
}
