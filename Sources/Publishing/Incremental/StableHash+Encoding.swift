import Foundation
import Strategy

extension StableHash {
    /// Mixes in the stable encoding of `value`: JSON with sorted keys and every number exact
    /// (records ignore their export precision, see ``RecordEncoding/exact``; NaN and infinities as text).
    mutating func combine(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        let data = try RecordEncoding.$exact.withValue(true) { try encoder.encode(value) }
        data.withUnsafeBytes { combine(buffer: $0) }
    }
}
