/// A collection whose own encoding follows its hash order, which changes from one process to the
/// next: ``StableHashEncoder`` writes its entries sorted by their canonical bytes instead.
protocol StableHashUnordered {
    /// Writes the collection's count and its entries' canonical bytes in byte order.
    func writeSorted(into encoder: StableHashEncoder) throws
}

extension Dictionary: StableHashUnordered where Key: Encodable, Value: Encodable {
    /// Writes every entry as its key then its value; keys are unique, so entries sort by key.
    func writeSorted(into encoder: StableHashEncoder) throws {
        let entries = try map { key, value in
            try encoder.isolated {
                try $0.write(key)
                try $0.write(value)
            }
        }
        encoder.writeUnordered(entries.sorted { $0.lexicographicallyPrecedes($1) })
    }
}

extension Set: StableHashUnordered where Element: Encodable {
    /// Writes every element.
    func writeSorted(into encoder: StableHashEncoder) throws {
        let entries = try map { element in try encoder.isolated { try $0.write(element) } }
        encoder.writeUnordered(entries.sorted { $0.lexicographicallyPrecedes($1) })
    }
}
