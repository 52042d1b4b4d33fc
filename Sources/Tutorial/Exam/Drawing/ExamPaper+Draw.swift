import ClusterSim

/// Drawing an exam: how many tasks from each topic, which templates, in which order, and
/// the parameters of each, all from the seed.
extension ExamPaper {
  /// Draws `count` tasks (at most one per template) spread over the topics in proportion to
  /// their shares, in a shuffled order, with parameters drawn for each.
  ///
  /// - Complexity: O(templates × count).
  public static func draw(from catalogue: ExamCatalogue, count: Int, seed: UInt64) -> ExamPaper {
    var random = SeededRandom.stream(seed: seed, purpose: "exam-tasks")
    func below(_ bound: Int) -> Int { bound > 1 ? Int(random.next() % UInt64(bound)) : 0 }
    let topics =
      catalogue.topics.isEmpty
      ? Array(Set(catalogue.templates.map(\.topic))).sorted().map {
        ExamTopic(id: $0, title: LocalizedText(en: $0, ko: $0), share: 1)
      } : catalogue.topics
    var pools: [String: [ExamTemplate]] = [:]
    for template in catalogue.templates { pools[template.topic, default: []].append(template) }
    let quotas = quotas(
      for: min(count, catalogue.templates.count),
      topics: topics.map { ($0.id, $0.share, pools[$0.id]?.count ?? 0) })
    var chosen: [ExamTemplate] = []
    for topic in topics {
      var pool = pools[topic.id] ?? []
      for _ in 0..<(quotas[topic.id] ?? 0) where !pool.isEmpty {
        chosen.append(pool.remove(at: below(pool.count)))
      }
    }
    for index in chosen.indices.reversed() where index > 0 {
      chosen.swapAt(index, below(index + 1))
    }
    var parameters = ParameterDraw(seed: seed)
    var tasks: [ExamTask] = []
    for template in chosen {
      let number = tasks.count + 1
      let values = parameters.values(for: template, number: number)
      if let task = ExamInstantiation.task(template, values: values, number: number).0 {
        tasks.append(task)
      }
    }
    return ExamPaper(seed: seed, tasks: tasks, topics: topics)
  }

  /// How many tasks each topic gets: `count` split by share (largest remainder), no topic
  /// getting more than it has templates, the rest going to topics with templates to spare.
  public static func quotas(for count: Int, topics: [(id: String, share: Int, available: Int)])
    -> [String: Int]
  {
    var quotas: [String: Int] = [:]
    var left = count
    var open = topics.filter { $0.available > 0 }
    while left > 0 && !open.isEmpty {
      let total = open.reduce(0) { $0 + $1.share }
      let exact = open.map { Double(left) * Double($0.share) / Double(total) }
      var given = exact.map { Int($0.rounded(.down)) }
      let order = open.indices.sorted {
        let a = exact[$0] - Double(given[$0])
        let b = exact[$1] - Double(given[$1])
        return a != b ? a > b : open[$0].share > open[$1].share
      }
      for index in order.prefix(left - given.reduce(0, +)) { given[index] += 1 }
      for (index, topic) in open.enumerated() {
        let room = topic.available - (quotas[topic.id] ?? 0)
        let taking = min(room, given[index])
        quotas[topic.id, default: 0] += taking
        left -= taking
      }
      open = open.filter { (quotas[$0.id] ?? 0) < $0.available }
    }
    return quotas
  }
}
