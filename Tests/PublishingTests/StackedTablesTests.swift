import Testing

@testable import Publishing

@Suite("Wide tables stack on a phone")
struct StackedTablesTests {
    private func marked(_ html: String) -> String {
        String(decoding: StackedTables.marked(Array(html.utf8)), as: UTF8.self)
    }

    @Test("a table of four columns gets the class and a label on every cell after the first")
    func wideTable() {
        let html = """
            <p>x</p>
            <table>
            <thead>
            <tr>
            <th>Leg</th>
            <th style="text-align: right">Model price (<em>index</em> points)</th>
            <th>IV</th>
            <th>Say &quot;hi&quot; &amp; go</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Long put</td>
            <td style="text-align: right">11.38</td>
            <td>37.3 %</td>
            <td>a</td>
            </tr>
            </tbody>
            </table>
            <table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
            """
        #expect(
            marked(html) == """
                <p>x</p>
                <table class="stacked">
                <thead>
                <tr>
                <th>Leg</th>
                <th style="text-align: right">Model price (<em>index</em> points)</th>
                <th>IV</th>
                <th>Say &quot;hi&quot; &amp; go</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>Long put</td>
                <td data-label="Model price (index points)" style="text-align: right">11.38</td>
                <td data-label="IV">37.3 %</td>
                <td data-label="Say &quot;hi&quot; &amp; go">a</td>
                </tr>
                </tbody>
                </table>
                <table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
                """)
    }

    @Test("a class already on the table is kept; row headers are titles, not labelled")
    func classAndRowHeaders() {
        let html = """
            <table class="metrics"><thead><tr><th>M</th><th>S</th><th>P</th><th>T</th></tr></thead>\
            <tbody><tr><th scope="row">CAGR</th><td>1</td><td>2</td><td>3</td></tr></tbody></table>
            """
        #expect(
            marked(html) == """
                <table class="stacked metrics"><thead><tr><th>M</th><th>S</th><th>P</th><th>T</th></tr></thead>\
                <tbody><tr><th scope="row">CAGR</th><td data-label="S">1</td><td data-label="P">2</td>\
                <td data-label="T">3</td></tr></tbody></table>
                """)
    }

    @Test("a page without tables, or with a table without a header, is returned unchanged")
    func unchanged() {
        for html in ["<p>no tables</p>", "", "<table><tbody><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></tbody></table>"] {
            #expect(marked(html) == html)
        }
    }
}
