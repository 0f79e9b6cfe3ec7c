import Testing

@testable import CondorPressCLI

@Suite("price refuses impossible values and values that are clearly percents")
struct PriceCommandTests {
    /// The message `price` refuses `arguments` with (appended to a valid call), or nil when accepted.
    private func refusal(_ arguments: [String]) -> String? {
        let base = ["--type", "call", "--spot", "100", "--strike", "100", "--days", "30", "--vol", "0.2"]
        do {
            _ = try PriceCommand.parse(base + arguments)
            return nil
        } catch {
            return PriceCommand.message(for: error)
        }
    }

    @Test("a volatility above 5 or a rate or yield beyond ±1 is refused with the decimal to pass")
    func percents() {
        #expect(refusal(["--vol", "38.4"]) == "--vol 38.4 looks like a percent; pass 0.384 for 38.4 %")
        #expect(refusal(["--vol", "20"]) == "--vol 20 looks like a percent; pass 0.2 for 20 %")
        #expect(refusal(["--rate", "5"]) == "--rate 5 looks like a percent; pass 0.05 for 5 %")
        #expect(refusal(["--rate", "-1.5"]) == "--rate -1.5 looks like a percent; pass -0.015 for -1.5 %")
        #expect(refusal(["--dividend", "1.5"]) == "--dividend 1.5 looks like a percent; pass 0.015 for 1.5 %")
    }

    @Test("the limits themselves are accepted: vol 5 (500 %), rate and yield ±1")
    func limits() {
        #expect(refusal(["--vol", "5"]) == nil)
        #expect(refusal(["--vol", "1.2", "--rate", "-1", "--dividend", "1"]) == nil)
        #expect(refusal(["--days", "0"]) == nil)
    }

    @Test("impossible values get plain messages")
    func impossible() {
        #expect(refusal(["--vol", "-0.2"]) == "--vol must be a positive decimal (0.2 = 20 %), got -0.2")
        #expect(refusal(["--vol", "0"]) == "--vol must be a positive decimal (0.2 = 20 %), got 0")
        #expect(refusal(["--vol", "nan"]) == "--vol must be a positive decimal (0.2 = 20 %), got nan")
        #expect(refusal(["--vol", "inf"]) == "--vol must be a positive decimal (0.2 = 20 %), got inf")
        #expect(refusal(["--spot", "0"]) == "--spot must be a positive number, got 0")
        #expect(refusal(["--strike", "-5"]) == "--strike must be a positive number, got -5")
        #expect(refusal(["--days", "-3"]) == "--days must be zero or a positive number of calendar days, got -3")
        #expect(refusal(["--rate", "nan"]) == "--rate must be a finite decimal (0.05 = 5 %), got nan")
        #expect(refusal(["--dividend", "-inf"]) == "--dividend must be a finite decimal (0.015 = 1.5 %), got -inf")
    }
}
