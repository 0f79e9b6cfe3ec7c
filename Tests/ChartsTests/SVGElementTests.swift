import Testing

@testable import Charts

@Suite struct SVGElementTests {
    @Test func attributesKeepInsertionOrderAndReplaceInPlace() {
        var line = SVGElement("line", ["x1": .number(1), "y1": .number(2.5), "class": "a"])
        line.set("x1", .number(-0.001))
        line.set("stroke", "currentColor")
        #expect(line.render() == #"<line x1="0" y1="2.5" class="a" stroke="currentColor"/>"#)
    }

    @Test func textOnlyElementsStayOnOneLineAndNestedOnesIndent() {
        let group = SVGElement(
            "g", ["class": "cp-axis"],
            children: [
                .element(SVGElement("text", ["x": .number(3)], text: "P&L <USD>")),
                .element(SVGElement("g", children: [.element(SVGElement("line"))])),
            ])
        #expect(
            group.render() == """
                <g class="cp-axis">
                  <text x="3">P&amp;L &lt;USD&gt;</text>
                  <g>
                    <line/>
                  </g>
                </g>
                """)
    }

    @Test func attributeValuesAreEscaped() {
        let text = SVGElement("text", ["class": #"a"b<c>&"#], text: "x")
        #expect(text.render() == #"<text class="a&quot;b&lt;c&gt;&amp;">x</text>"#)
    }
}
