/// A piece of template content of one kind (blocks, inlines, list items, table rows or bars),
/// or one of the binding elements that may stand in its place.
///
/// `each`, `if` and `with` have the content model of the place they stand in, so they are
/// generic over it: a list's `each` repeats list items, a paragraph's `each` repeats inlines.
indirect enum TemplateFragment<Content: Sendable>: Sendable {
    /// Ordinary content, written where it stands.
    case content(Content, SourceLocation)
    /// `<each items="path">`: the body once per item of the list at `items`, with the item as
    /// the innermost context.
    case each(items: TemplatePath, body: [TemplateFragment<Content>], location: SourceLocation)
    /// `<if ...>`: `then` when the condition holds, otherwise the `<else>` content.
    case conditional(
        TemplateCondition, then: [TemplateFragment<Content>], otherwise: [TemplateFragment<Content>],
        location: SourceLocation)
    /// `<with path="path">`: the body with the value at `path` as the innermost context.
    case with(path: TemplatePath, body: [TemplateFragment<Content>], location: SourceLocation)
}

/// The test of an `<if>`.
enum TemplateCondition: Sendable, Equatable {
    /// `exists="path"`: the path resolves to a value other than null.
    case exists(TemplatePath)
    /// `empty="path"`: the path does not resolve, or to null, false, "", [] or {}.
    case empty(TemplatePath)
    /// `true="path"`: the path resolves to a value that is not empty (truthy).
    case isTrue(TemplatePath)
    /// `equals="path" value="literal"`: the value, written as text, equals the literal.
    case equals(TemplatePath, String)

    /// The path the condition tests.
    var path: TemplatePath {
        switch self {
        case .exists(let path), .empty(let path), .isTrue(let path), .equals(let path, _): path
        }
    }
}
