import Testing
@testable import CondorPressCLI
