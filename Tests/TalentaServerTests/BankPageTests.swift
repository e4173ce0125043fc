import Foundation
import Hummingbird
import HummingbirdTesting
import Psychometrics
import Testing
@testable import TalentaServer

@Suite("Item bank pages: statistics and SVG curves")
struct BankPageTests {
    @Test func curvesAreTheModelsCurves() throws {
        let item = try ItemParameters.make(model: .threePL, a: 1.2, b: [0.5], c: 0.2)
        let curve = try #require(CurvePlot.characteristic(item).first)
        let atB = try #require(CurvePlot.thetas.firstIndex { abs($0 - 0.5) < 1e-9 })
        #expect(abs(curve.values[atB] - 0.6) < 1e-9)   // c + (1 − c) / 2
        let grm = try ItemParameters.make(model: .graded, a: 1.3, b: [-2, -1, 0, 1])
        #expect(CurvePlot.characteristic(grm).count == 5)
        let svg = CurvePlot.svg([CurvePlot.information([item, grm])], title: "TIF")
        #expect(svg.hasPrefix("<svg") && svg.contains("<polyline"))
    }

    @Test func bankAndItemPages() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            try await ItemBankStore(database: database).seedDemoBank()
            try await AsStaff.make(database, "asesor", role: .assessor)
            let app = Application(router: buildRouter(database: database))
            try await app.test(.router) { client in
                let client = try await AsStaff.signIn(client, "asesor", password: AsStaff.testPassword)
                try await client.execute(uri: "/bank", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(response.status == .ok)
                    #expect(html.components(separatedBy: "<svg").count - 1 >= 3)
                    #expect(html.contains("/bank/item/KOG-DERET-001"))
                }
                try await client.execute(uri: "/bank/item/KOG-DERET-001", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.components(separatedBy: "<svg").count - 1 == 2)
                    #expect(html.contains("✔"))
                    #expect(html.contains("3PL a="))
                }
                try await client.execute(uri: "/bank/item/LIK-INT-02", method: .get) { response in
                    #expect(String(buffer: response.body).components(separatedBy: "<polyline").count - 1 == 6)
                }
                try await client.execute(uri: "/bank/item/NOPE", method: .get) { response in
                    #expect(response.status == .notFound)
                }
            }
        }
    }
}
