import ClusterSim

/// A `kubectl get` table of one kind of object.
struct TablePrinter {
  var kind: ResourceKind
  var wide = false
  var allNamespaces = false
  var kindPrefix = false
  var showLabels = false
  var labelColumns: [String] = []
  var noHeaders = false

  func render(_ objects: [any APIObject], now: Instant) -> String {
    var writer = TabWriter.table()
    var headers = TableColumns.headers(kind, wide: wide)
    if allNamespaces && kind.isNamespaced { headers.insert("NAMESPACE", at: 0) }
    headers += labelColumns.map { $0.uppercased() }
    if showLabels { headers.append("LABELS") }
    if !noHeaders { writer.row(headers) }
    for object in objects {
      var cells = TableColumns.cells(object, wide: wide, now: now)
      if kindPrefix && kind != .event { cells[0] = "\(kind.qualifiedSingular)/\(cells[0])" }
      if allNamespaces && kind.isNamespaced { cells.insert(object.metadata.namespace ?? "", at: 0) }
      for key in labelColumns { cells.append(object.metadata.labels[key] ?? "") }
      if showLabels {
        let labels = object.metadata.labels
        cells.append(labels.isEmpty ? "<none>" : selectorText(labels))
      }
      writer.row(cells)
    }
    return writer.rendered()
  }
}
