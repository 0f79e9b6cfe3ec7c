import Charts
import Foundation

/// The site's `style.css`: the templates folder's stylesheet followed by the charts' rules.
struct Stylesheet {
    /// The templates folder.
    let templates: String

    /// The stylesheet's file.
    /// - Throws: `PublishingError` when `style.css` is missing from the templates folder.
    func file() throws -> (path: String, contents: Data) {
        let css = URL(fileURLWithPath: templates).appendingPathComponent("style.css")
        guard let stylesheet = FileManager.default.contents(atPath: css.path) else {
            throw PublishingError(
                file: css.path, message: "the stylesheet style.css is missing from the templates folder")
        }
        return (
            path: "style.css",
            contents: stylesheet + Data(("\n/* Charts (from the Charts module). */\n" + ChartStylesheet.css).utf8)
        )
    }
}
