/// What a walk over template content does at the binding elements: which scopes the body of an
/// `<each>` is walked in, which branches of an `<if>`, and which scope a `<with>` opens.
///
/// The template checker (loop depth), the path checker (data shapes) and the binder (data values)
/// differ only in these answers; ``BindingWalk`` is the one place that recurses through `each`,
/// `if` and `with`, so a new binding element is added in one walk, not three.
protocol BindingRules {
    /// What the walk knows at a point of the template: a loop depth, a shape, a value.
    associatedtype Scope

    /// Calls `body` with each scope the body of `<each items="items">` is walked in: once per
    /// item when binding, once for the item's shape when checking, never when nothing is there.
    func each(_ items: TemplatePath, at location: SourceLocation, in scope: Scope, _ body: (Scope) -> Void)
    /// Which of `<if>`'s branches are walked: both when checking, the one that holds when binding.
    func branches(of condition: TemplateCondition, at location: SourceLocation, in scope: Scope) -> IfBranches
    /// The scope the body of `<with path="path">` is walked in, or nil to leave the body out.
    func with(_ path: TemplatePath, at location: SourceLocation, in scope: Scope) -> Scope?
}

/// The branches of an `<if>` a walk goes through.
enum IfBranches {
    /// The content before `<else>`.
    case then
    /// The `<else>` content.
    case otherwise
    /// Both, one after the other (checking, where the data is not known).
    case both
}

/// The one walk through the binding elements of template content.
enum BindingWalk {
    /// Visits the content of `fragments` in the scope `rules` gives it, in document order.
    static func walk<Content, Rules: BindingRules>(
        _ fragments: [TemplateFragment<Content>], in scope: Rules.Scope, _ rules: Rules,
        _ visit: (Content, SourceLocation, Rules.Scope) -> Void
    ) {
        for fragment in fragments {
            switch fragment {
            case .content(let content, let location):
                visit(content, location, scope)
            case .each(let items, let body, let location):
                rules.each(items, at: location, in: scope) { inner in walk(body, in: inner, rules, visit) }
            case .conditional(let condition, let then, let otherwise, let location):
                let branches = rules.branches(of: condition, at: location, in: scope)
                if branches != .otherwise { walk(then, in: scope, rules, visit) }
                if branches != .then { walk(otherwise, in: scope, rules, visit) }
            case .with(let path, let body, let location):
                if let inner = rules.with(path, at: location, in: scope) { walk(body, in: inner, rules, visit) }
            }
        }
    }
}
