/// Safe path segments for output files.
public enum Slug {
    /// A lowercase ASCII slug of `text`: letters and digits kept, every other run of characters
    /// becomes one hyphen, no leading or trailing hyphen; `item` when nothing is left.
    public static func make(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "item" : result
    }
}
