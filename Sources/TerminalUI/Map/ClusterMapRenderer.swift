import ClusterSim

/// Draws the cluster map: the laptop outside, each node as a box with its IP, its NodePorts
/// and its pods, each Service with its type, address and ports and a line to each endpoint,
/// and the path of the last connection highlighted.
///
/// ```
/// ┌ laptop 192.168.1.10 ┐ last: http://192.168.1.3:31475/  ✓ answered 200
/// │ outside the cluster │ laptop → node01:31475 → svc/web → web-6dc5-q8dsv:80
/// └─────────────────────┘
/// Services                    ┌ node01 192.168.1.3 :31475 ──────┐
/// web NodePort ──────────┬───►│ ● web-6dc5-hpfh8 10.244.1.4     │
///  10.97.47.31 80:31475→80└──►│ ● web-6dc5-q8dsv 10.244.1.6     │
/// ```
struct ClusterMapRenderer {
  let model: ClusterMapModel
  let theme: Theme
  let glyphs: Glyphs
  let labels: LabelBook

  /// Columns of the parts, left to right: Services, the lanes of their lines, the nodes.
  private struct Columns {
    var services: Int
    var servicesWidth: Int
    /// Services that get a lane, by index, and the lane's column.
    var lanes: [Int: Int]
    var boxes: Int
  }

  private var pathRole: Role {
    model.connection?.verdict == .answered ? .pathAnswered : .pathStopped
  }

  func draw(in rect: Rect, on canvas: inout Canvas) {
    guard rect.width >= 24, rect.height >= 5 else { return }
    let servicesWidth = min(30, max(22, rect.width * 34 / 100))
    let laptopWidth = min(servicesWidth, 26)
    drawLaptop(in: rect, width: laptopWidth, on: &canvas)
    drawPath(
      in: Rect(
        row: rect.row, column: rect.column + laptopWidth + 1, width: rect.width - laptopWidth - 1,
        height: 3), on: &canvas)
    let top = rect.row + 3
    guard top < rect.bottom else { return }
    // One lane (a vertical line) per Service with endpoints, as many as leave room for nodes.
    let linked = model.services.indices.filter { !model.services[$0].endpoints.isEmpty }
    let laned = Array(linked.prefix(max(0, (rect.width - servicesWidth - 28) / 2)))
    var lanes: [Int: Int] = [:]
    for (position, service) in laned.enumerated() {
      lanes[service] = rect.column + servicesWidth + 1 + 2 * (laned.count - 1 - position)
    }
    let columns = Columns(
      services: rect.column, servicesWidth: servicesWidth, lanes: lanes,
      boxes: rect.column + servicesWidth + (laned.isEmpty ? 2 : 2 * laned.count + 3))
    let body = Rect(row: top, column: rect.column, width: rect.width, height: rect.bottom - top)
    let podRows = drawNodes(
      Rect(row: top, column: columns.boxes, width: rect.right - columns.boxes, height: body.height),
      on: &canvas)
    let end = drawServices(in: body, columns, podRows: podRows, on: &canvas)
    let note = TextWrapper.wrapped(labels[.mapHidden], toWidth: servicesWidth - 1)
    if end + note.count < rect.bottom {
      for (offset, line) in note.enumerated() {
        canvas.put(
          line, at: Position(row: rect.bottom - note.count + offset, column: rect.column),
          style: theme.style(.disabled), limit: servicesWidth - 1)
      }
    }
  }

  /// The Services, under a heading, with a line from each to each of its endpoints' rows.
  /// Returns the first row left free.
  private func drawServices(
    in body: Rect, _ columns: Columns, podRows: [String: Int], on canvas: inout Canvas
  ) -> Int {
    let width = columns.servicesWidth - 1
    canvas.put(
      labels[.mapServices], at: Position(row: body.row, column: body.column),
      style: theme.style(.heading), limit: width)
    var grid = LineGrid(
      rect: Rect(
        row: body.row, column: body.column, width: columns.boxes - body.column, height: body.height)
    )
    var row = body.row + 1
    if model.services.isEmpty {
      for (index, text) in TextWrapper.wrapped(labels[.mapNoServices], toWidth: width).prefix(3).enumerated()
      where row + index < body.bottom {
        canvas.put(
          text, at: Position(row: row + index, column: body.column), style: theme.style(.disabled),
          limit: width)
      }
    }
    for (index, service) in model.services.enumerated() {
      // Keep a row for "+N more" when Services follow that would not fit.
      let more = index < model.services.count - 1 ? 1 : 0
      if row + rows(for: service) + more > body.bottom {
        let count = labels.text(.mapMore, ["count": String(model.services.count - index)])
        canvas.put(
          count, at: Position(row: row, column: body.column), style: theme.style(.disabled),
          limit: width)
        break
      }
      let textEnd = drawService(
        service, at: Position(row: row, column: body.column), width: width, on: &canvas)
      if let lane = columns.lanes[index] {
        connect(
          service, index, row: row, from: textEnd + 1, lane: lane, boxes: columns.boxes,
          podRows: podRows, grid: &grid, on: &canvas)
      }
      row += rows(for: service)
    }
    grid.draw(on: &canvas, glyphs: glyphs, style: theme.style(.border))
    return row
  }

  /// Lines from a Service's row to its lane, down or up the lane, and into each endpoint's
  /// row; the branch to the pod the last connection reached is highlighted.
  private func connect(
    _ service: ClusterMapModel.ServiceItem, _ owner: Int, row: Int, from start: Int, lane: Int,
    boxes: Int, podRows: [String: Int], grid: inout LineGrid, on canvas: inout Canvas
  ) {
    let rows = service.endpoints.compactMap { podRows[$0] }
    guard let low = (rows + [row]).min(), let high = (rows + [row]).max(), !rows.isEmpty else {
      return
    }
    let highlight = service.onPath ? theme.style(pathRole) : nil
    grid.horizontal(row: row, from: start, to: lane, owner: owner, style: highlight)
    grid.vertical(column: lane, from: low, to: high, owner: owner)
    for endpointRow in rows {
      grid.horizontal(row: endpointRow, from: lane, to: boxes - 2, owner: owner)
      canvas.put(
        glyphs.arrowHead, at: Position(row: endpointRow, column: boxes - 1),
        style: theme.style(.border), limit: 1)
    }
    guard service.onPath,
      let pathRow = service.endpoints.first(where: { podRows[$0] != nil && isOnPath($0) })
        .flatMap({ podRows[$0] })
    else { return }
    grid.vertical(column: lane, from: row, to: pathRow, owner: owner, style: highlight)
    grid.horizontal(row: pathRow, from: lane, to: boxes - 2, owner: owner, style: highlight)
    canvas.put(
      glyphs.arrowHead, at: Position(row: pathRow, column: boxes - 1),
      style: theme.style(pathRole), limit: 1)
  }

  private func isOnPath(_ podKey: String) -> Bool { model.podsOnPath.contains(podKey) }

  private func drawLaptop(in rect: Rect, width: Int, on canvas: inout Canvas) {
    let box = Rect(row: rect.row, column: rect.column, width: width, height: 3)
    let border = model.laptopOnPath ? theme.style(pathRole) : theme.style(.border)
    // An address is shown whole or not at all: a cut one would be a wrong address.
    let fullTitle = labels[.mapLaptop] + " " + model.laptopAddress
    canvas.box(
      box, glyphs: glyphs, style: border,
      title: TextWidth.of(fullTitle) + 4 <= width ? fullTitle : model.laptopAddress,
      titleStyle: model.laptopOnPath ? theme.style(pathRole) : theme.style(.title))
    canvas.put(
      labels[.mapOutside], at: Position(row: rect.row + 1, column: rect.column + 2),
      style: theme.style(.disabled), limit: width - 4)
  }

  /// The last connection: what was asked, whether it worked, and the hops it took.
  private func drawPath(in rect: Rect, on canvas: inout Canvas) {
    guard rect.width > 8 else { return }
    guard let connection = model.connection else {
      let lines = TextWrapper.wrapped(labels[.mapNoConnection], toWidth: rect.width)
      for (index, line) in lines.prefix(2).enumerated() {
        canvas.put(
          line, at: Position(row: rect.row + 1 + index, column: rect.column),
          style: theme.style(.disabled))
      }
      return
    }
    let answered = connection.verdict == .answered
    var verdict =
      answered
      ? glyphs.check + " " + labels[.mapAnswered] : glyphs.failure + " " + labels[.mapStopped]
    if let status = connection.httpStatus { verdict += " \(status)" }
    let head: StyledLine = [
      StyledRun(labels[.mapLastConnection] + ": ", theme.style(.bold)),
      StyledRun(connection.target + "  "),
      StyledRun(verdict, theme.style(pathRole)),
    ]
    canvas.put(head, at: Position(row: rect.row, column: rect.column), limit: rect.width)
    var steps = [connection.source == .laptop ? labels[.mapLaptop] : connection.source.description]
    for hop in connection.hops where hop.kind != .source && hop.kind != .dns {
      steps.append(describe(hop))
    }
    var path = steps.joined(separator: " " + glyphs.arrow + " ")
    if !answered { path += " " + glyphs.failure + " " + connection.reason }
    for (index, line) in TextWrapper.wrapped(path, toWidth: rect.width).prefix(2).enumerated() {
      canvas.put(
        line, at: Position(row: rect.row + 1 + index, column: rect.column),
        style: theme.style(pathRole))
    }
  }

  /// A hop named for a person: `controlplane:30008 → svc/web`, `web-5d8-x:80`.
  private func describe(_ hop: ConnectionHop) -> String {
    let parts = hop.address.split(separator: ":", maxSplits: 1).map(String.init)
    let host = parts.first ?? hop.address
    let port = parts.count > 1 ? ":" + parts[1] : ""
    if let node = model.nodes.first(where: { $0.ip == host }) {
      if hop.kind == .service, let service = model.services.first(where: { $0.onPath }) {
        return node.name + port + " " + glyphs.arrow + " svc/" + service.name
      }
      return node.name + port
    }
    if let service = model.services.first(where: {
      $0.address == host || $0.externalIPs.contains(host)
    }) {
      return "svc/" + service.name + port
    }
    for node in model.nodes {
      if let pod = node.pods.first(where: { $0.ip == host }) { return pod.name + port }
    }
    return hop.address
  }

  /// A Service's rows; returns the column after its first row's text.
  private func drawService(
    _ service: ClusterMapModel.ServiceItem, at position: Position, width: Int,
    on canvas: inout Canvas
  ) -> Int {
    let nameStyle = service.onPath ? theme.style(pathRole) : theme.style(.serviceName)
    let first: StyledLine = [
      StyledRun(service.name, nameStyle), StyledRun(" " + service.type, theme.style(.disabled)),
    ]
    let used = canvas.put(first, at: position, limit: width)
    var second: StyledLine = [StyledRun(" " + service.address)]
    let ports = service.ports.map { $0.replacingOccurrences(of: "→", with: glyphs.arrow) }.joined(
      separator: ",")
    if !ports.isEmpty { second.append(StyledRun(" " + ports, theme.style(.value))) }
    canvas.put(second, at: Position(row: position.row + 1, column: position.column), limit: width)
    var row = position.row + 2
    if !service.externalIPs.isEmpty {
      canvas.put(
        " " + service.externalIPs.joined(separator: ","),
        at: Position(row: row, column: position.column),
        style: theme.style(.value), limit: width)
      row += 1
    }
    if service.endpoints.isEmpty && service.type != "ExternalName" {
      canvas.put(
        " " + glyphs.failure + " " + labels[.mapNoEndpoints],
        at: Position(row: row, column: position.column),
        style: theme.style(.failing), limit: width)
    }
    return position.column + used
  }

  /// Rows a Service takes: name and type, address and ports, then its external IPs and a
  /// warning when it has no endpoints.
  private func rows(for service: ClusterMapModel.ServiceItem) -> Int {
    2 + (service.externalIPs.isEmpty ? 0 : 1)
      + (service.endpoints.isEmpty && service.type != "ExternalName" ? 1 : 0)
  }

  /// Node boxes stacked from the top; returns the row of each pod drawn, by namespace/name.
  private func drawNodes(_ rect: Rect, on canvas: inout Canvas) -> [String: Int] {
    var rows: [String: Int] = [:]
    guard rect.width >= 8 else { return rows }
    let unscheduledRows = model.unscheduled.isEmpty ? 0 : 1
    let allowed = allocate(rect.height - unscheduledRows)
    var top = rect.row
    for (node, podRows) in zip(model.nodes, allowed) {
      guard top + 2 + podRows <= rect.bottom else { break }
      let box = Rect(row: top, column: rect.column, width: rect.width, height: podRows + 2)
      canvas.box(
        box, glyphs: glyphs, style: node.onPath ? theme.style(pathRole) : theme.style(.border))
      var title: StyledLine = [
        StyledRun(" \(node.name) \(node.ip)", theme.style(node.onPath ? pathRole : .title))
      ]
      // Node ports are listed while they fit, whole; an ellipsis says there are more.
      var used = TextWidth.of(title[0].text)
      for (index, port) in model.nodePorts.enumerated() {
        let onPath = node.onPath && port == model.pathNodePort
        let text = " :\(port)"
        let last = index == model.nodePorts.count - 1
        if used + text.count + (last ? 1 : 3) > rect.width - 3 {
          title.append(StyledRun(" …", theme.style(.disabled)))
          break
        }
        title.append(StyledRun(text, theme.style(onPath ? pathRole : .value)))
        used += text.count
      }
      title.append(StyledRun(" "))
      canvas.put(title, at: Position(row: top, column: rect.column + 1), limit: rect.width - 3)
      let pods = node.pods
      let shown = pods.count > podRows ? max(0, podRows - 1) : pods.count
      for (index, pod) in pods.prefix(shown).enumerated() {
        let row = top + 1 + index
        drawPod(
          pod, at: Position(row: row, column: rect.column + 2), width: rect.width - 4, on: &canvas)
        rows[pod.key] = row
      }
      if pods.count > shown && podRows > 0 {
        let more = labels.text(.mapMore, ["count": String(pods.count - shown)])
        canvas.put(
          more, at: Position(row: top + 1 + shown, column: rect.column + 2),
          style: theme.style(.disabled), limit: rect.width - 4)
      }
      if pods.isEmpty {
        let note = " " + labels[.mapNoPods] + " "
        canvas.put(
          note, at: Position(row: top + 1, column: rect.right - 2 - TextWidth.of(note)),
          style: theme.style(.disabled))
      }
      top += podRows + 2
    }
    if !model.unscheduled.isEmpty && top < rect.bottom {
      let names = model.unscheduled.map(\.name).joined(separator: " ")
      canvas.put(
        labels[.mapUnscheduled] + ": " + names, at: Position(row: top, column: rect.column),
        style: theme.style(.progressing), limit: rect.width)
    }
    return rows
  }

  /// Rows for the pods of each node: all of them when they fit, otherwise a fair share each.
  private func allocate(_ height: Int) -> [Int] {
    let wanted = model.nodes.map { $0.pods.count }
    var rows = Array(repeating: 0, count: wanted.count)
    var left = height - 2 * wanted.count
    var progress = true
    while left > 0 && progress {
      progress = false
      for index in rows.indices where rows[index] < wanted[index] && left > 0 {
        rows[index] += 1
        left -= 1
        progress = true
      }
    }
    // An empty node box shows "no pods" in a row of its own.
    for index in rows.indices where wanted[index] == 0 && left > 0 {
      rows[index] = 1
      left -= 1
    }
    return rows
  }

  private func drawPod(
    _ pod: ClusterMapModel.PodItem, at position: Position, width: Int, on canvas: inout Canvas
  ) {
    let role: Role
    switch pod.health {
    case .ready: role = .ready
    case .progressing: role = .progressing
    case .failing: role = .failing
    case .terminating: role = .disabled
    }
    let mark = (pod.health == .ready ? glyphs.ready : glyphs.notReady) + " "
    let ip = pod.ip.map { " " + $0 } ?? ""
    let status = pod.status.map { " " + $0 } ?? ""
    // Too narrow: the status goes first, then the name is shortened; the IP stays whole.
    var name = pod.name
    let room = width - TextWidth.of(mark) - ip.count
    var shownStatus = status
    if TextWidth.of(name) + status.count > room {
      shownStatus = ""
      if TextWidth.of(name) > room && room >= 4 {
        name = TextWidth.clipped(name, to: room - 1) + "…"
      }
    }
    var line: StyledLine = [
      StyledRun(mark, theme.style(role)),
      StyledRun(name, pod.onPath ? theme.style(pathRole) : .plain),
    ]
    if !ip.isEmpty && room >= 4 {
      line.append(StyledRun(ip, pod.onPath ? theme.style(pathRole) : .plain))
    }
    if !shownStatus.isEmpty { line.append(StyledRun(shownStatus, theme.style(role))) }
    canvas.put(line, at: position, limit: width)
  }
}
