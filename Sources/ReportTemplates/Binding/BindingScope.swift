import ReportDocument

/// The contexts a path is resolved against while binding: the root data, then every record
/// entered by `each` and `with`, innermost last; and the position in the innermost `each`.
struct BindingScope {
    /// The contexts, outermost (the root) first.
    private var contexts: [ReportValue]
    /// The innermost `each`'s position, nil outside any `each`.
    private var loop: (index: Int, count: Int)?

    /// The scope at the top of a template: only the root data.
    init(root: ReportValue) {
        contexts = [root]
    }

    /// This scope with `value` as the innermost context.
    func entering(_ value: ReportValue) -> BindingScope {
        var scope = self
        scope.contexts.append(value)
        return scope
    }

    /// This scope inside an `each`, at item `index` of `count`.
    func iterating(_ item: ReportValue, index: Int, count: Int) -> BindingScope {
        var scope = entering(item)
        scope.loop = (index, count)
        return scope
    }

    /// The value at `path`, or nil when it does not resolve.
    ///
    /// Mustache-style: the path's first key is looked up in the innermost context, then outward
    /// to the root; the first context that has it is where the rest of the path is followed.
    func resolve(_ path: TemplatePath) -> ReportValue? {
        switch path.target {
        case .current:
            return contexts.last
        case .loopVariable(let variable):
            guard let loop else { return nil }
            switch variable {
            case .index: return .number(Double(loop.index))
            case .number: return .number(Double(loop.index + 1))
            case .first: return .bool(loop.index == 0)
            case .last: return .bool(loop.index == loop.count - 1)
            }
        case .keys(let first, let rest):
            for context in contexts.reversed() {
                if let found = context.child(first) {
                    return rest.isEmpty ? found : found.lookup(keys: rest)
                }
            }
            return nil
        }
    }
}

extension BindingScope {
    /// `; did you mean 'student.name'?` when the key where `path` stops resolving is close to a
    /// key that exists at that step (a typo or a change of case), else empty.
    func suggestion(for path: TemplatePath) -> String {
        guard case .keys(let first, let rest) = path.target else { return "" }
        let keys = [first] + rest
        var resolved: [String] = []
        var candidates = contexts.flatMap(Self.keys(of:))
        if var current = contexts.last(where: { $0.child(first) != nil }) {
            for key in keys {
                guard let next = current.child(key) else { break }
                resolved.append(key)
                current = next
            }
            candidates = Self.keys(of: current)
        }
        guard resolved.count < keys.count else { return "" }
        let missing = keys[resolved.count]
        guard let best = Spelling.closest(to: missing, in: candidates) else { return "" }
        let corrected = resolved + [best] + keys.dropFirst(resolved.count + 1)
        return "; did you mean '\(corrected.joined(separator: "."))'?"
    }

    private static func keys(of value: ReportValue) -> [String] {
        if case .record(let fields) = value { return fields.keys.sorted() }
        return []
    }

}
