/// `<bar-chart title max>`.
struct BarChartTemplate: Sendable {
    /// The chart's title.
    var title: String
    /// The value of a full-width bar.
    var maximum: Double
    /// `<bar>` elements and the binding elements around them.
    var bars: [TemplateFragment<BarTemplate>]
}

/// `<bar value-of highlight-of>` with its `<label>` and optional `<shows>`.
struct BarTemplate: Sendable {
    /// Must resolve to a number.
    var value: TemplatePath
    /// Highlights the bar when the value there is truthy; nil for never.
    var highlight: TemplatePath?
    /// The label, bound to plain text.
    var label: [InlineFragment]
    /// The text at the end of the bar, bound to plain text; nil to show the value itself.
    var shows: [InlineFragment]?
}
