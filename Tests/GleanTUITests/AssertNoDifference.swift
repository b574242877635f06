import CustomDump
import XCTest

/// Fails unless `actual` equals `expected`, showing CustomDump's diff of the two, field by field, with what was
/// expected marked − and what came marked +.
func assertNoDifference<Value: Equatable>(
    _ actual: Value, _ expected: Value, _ message: @autoclosure () -> String = "", file: StaticString = #filePath,
    line: UInt = #line
) {
    guard actual != expected else { return }
    let context = message()
    XCTFail(
        "\(context.isEmpty ? "" : context + ": ")expected (−), got (+):\n\(diff(expected, actual) ?? "")",
        file: file, line: line)
}
