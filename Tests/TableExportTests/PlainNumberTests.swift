import Testing
@testable import TableExport

@Suite("Numbers as text: shortest round-trip digits, '.' as decimal point")
struct PlainNumberTests {
    @Test(arguments: [
        (1.0, "1"), (0.1, "0.1"), (-2.5, "-2.5"), (82.5, "82.5"), (0.1 + 0.2, "0.30000000000000004"),
        (123456.789, "123456.789"), (1e15, "1000000000000000"), (9007199254740992, "9007199254740992"),
        (1e20, "100000000000000000000"), (1e21, "1e+21"), (1.5e300, "1.5e+300"), (0.000001, "0.000001"),
        (0.0000012, "0.0000012"), (1e-7, "1e-7"), (-1.25e-10, "-1.25e-10"), (0.0, "0"), (-0.0, "0"),
        (Double.leastNonzeroMagnitude, "5e-324"), (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ])
    func layout(value: Double, text: String) {
        #expect(PlainNumber.text(value) == text)
    }

    @Test func nonFiniteHasNoText() {
        #expect(PlainNumber.text(.nan) == nil)
        #expect(PlainNumber.text(.infinity) == nil)
        #expect(PlainNumber.text(-.infinity) == nil)
    }

    @Test func everyTextReadsBackAsTheSameDouble() {
        // setup: a fixed spread of bit patterns over all exponents (a seeded sequence, so reproducible)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [Double] = []
        while values.count < 20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state)
            if value.isFinite { values.append(value) }
        }
        for value in values {
            // MUT
            let text = PlainNumber.text(value)!
            // validate
            #expect(Double(text) == value, "\(text)")
            #expect(!text.contains(","))
        }
    }

    @Test func theFastPathAgreesWithTheGeneralLayout() {
        // setup: values on both sides of where Swift's description switches to exponents, and ordinary ones
        var values: [Double] = [82.5, 68.25, 0.30000000000000004, 123456.789, 1e15, 9007199254740992, 9007199254740994]
        for exponent in -8...22 {
            for mantissa in [1.0, 1.5, 2.0, 9.999, 3.14159] { values += [mantissa * pow10(exponent), -mantissa * pow10(exponent)] }
        }
        for value in values {
            // MUT / validate
            #expect(PlainNumber.text(value) == PlainNumber.laidOut(value.description), "\(value)")
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        Double("1e\(exponent)")!
    }
}
