import Foundation
import Testing

@testable import Archive

@Suite struct JSONTextTests {
    @Test func escapesQuotesBackslashesControlsAndHTML() {
        #expect(JSONText.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONText.string("line\nbreak\r\ttab\u{01}") == #""line\nbreak\r\ttab\u0001""#)
        #expect(JSONText.string("</script>&") == #""\u003c/script\u003e\u0026""#)
        #expect(JSONText.string("é ✓ \u{2028}") == "\"é ✓ \\u2028\"")
    }

    @Test func hostileTextRoundTripsThroughFoundation() throws {
        let encoded = JSONText.array([JSONText.string(hostileText), JSONText.string("")])
        let decoded = try JSONDecoder().decode([String].self, from: Data(encoded.utf8))
        #expect(decoded == [hostileText, ""])
    }

    @Test func buildsObjectsInTheGivenKeyOrder() {
        #expect(JSONText.object([("z", "1"), ("a", "null")]) == #"{"z":1,"a":null}"#)
        #expect(JSONText.array([]) == "[]")
    }
}

@Suite struct CSVFieldTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(CSVField.quoted("plain text") == "plain text")
        #expect(CSVField.quoted("") == "")
        #expect(CSVField.quoted("a,b") == "\"a,b\"")
        #expect(CSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.quoted("cr\rhere") == "\"cr\rhere\"")
    }
}
