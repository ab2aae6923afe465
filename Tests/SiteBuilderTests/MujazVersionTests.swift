import Testing
@testable import SiteBuilder

@Suite struct MujazVersionTests {
    @Test func versionIsSemantic() {
        #expect(MujazVersion.current.split(separator: ".").count == 3)
    }
}
