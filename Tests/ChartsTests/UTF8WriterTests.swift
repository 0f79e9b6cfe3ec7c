import Testing

@testable import Charts

@Suite struct UTF8WriterTests {
    @Test func growsPastItsCapacityAndKeepsEveryByte() {
        var writer = UTF8Writer(capacity: 1)
        var expected = ""
        for index in 0..<400 {
            let piece = index % 7 == 0 ? "−\(index) & é" : String(repeating: "x", count: index % 40)
            writer.append(piece)
            writer.append(ascii: UInt8(ascii: ";"))
            writer.appendCoordinate(Double(index) / 8 - 20)
            writer.appendSpaces(index % 3)
            expected += piece + ";" + ChartNumberFormat.coordinate(Double(index) / 8 - 20)
                + String(repeating: " ", count: index % 3)
        }
        #expect(writer.string == expected)
        #expect(writer.count == expected.utf8.count)
    }

    @Test func escapesAsXMLEscapingDoes() {
        var writer = UTF8Writer(capacity: 8)
        writer.appendEscaped(#"a<b>"c"&'d'"#, quotes: true)
        writer.appendEscaped(#"a<b>"c"&'d'"#, quotes: false)
        #expect(writer.string == "a&lt;b&gt;&quot;c&quot;&amp;&apos;d&apos;" + #"a&lt;b&gt;"c"&amp;'d'"#)
    }
}
