/// Counts written for people: `1 row`, `3,774 rows`.
enum Counting {
    /// The number with a comma between groups of three digits, e.g. `3,880,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    /// The grouped number followed by the singular or plural noun, e.g. `1 date`, `46 dates`.
    static func phrase(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(number)) \(number == 1 ? singular : plural)"
    }
}
