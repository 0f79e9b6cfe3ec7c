import Mustache

/// A string as templates see it: swift-mustache renders it through its `MustacheCustomRenderable`
/// fast path instead of `String(describing:)` and the dynamic casts before it, and it behaves
/// like the string itself in sections, inverted sections and transforms.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let renderText: String

    /// Wraps `text`.
    init(_ text: String) { renderText = text }

    /// Never null: an empty string still opens a section, as a `String` does.
    var isNull: Bool { false }

    /// No names inside a string.
    func child(named key: String) -> Any? { nil }

    /// The string's own transforms (`uppercased`, `empty`, ...).
    func transform(_ name: String) -> Any? { renderText.transform(name) }
}
