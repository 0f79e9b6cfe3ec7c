import Testing
@testable import OptionMath
