/// Which fortnights an export covers.
public enum ExportScope: Equatable, Sendable {
    /// One fortnight, by number.
    case fortnight(Int)
    /// The fortnights from the first number to the last, both included.
    case range(ClosedRange<Int>)
    /// Every fortnight of the programme, from 1 to the latest.
    case all

    /// The fortnight numbers covered in `project`, in order.
    func numbers(in project: Project) -> [Int] {
        switch self {
        case .fortnight(let number): return [number]
        case .range(let range): return Array(range)
        case .all: return project.fortnightNumbers
        }
    }

    /// Whether the scope names one fortnight.
    var isSingleFortnight: Bool {
        if case .fortnight = self { return true }
        return false
    }
}
