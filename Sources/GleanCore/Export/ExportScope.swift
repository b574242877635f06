/// Which fortnights an export covers.
public enum ExportScope: Equatable, Sendable {
    /// One fortnight, by number.
    case fortnight(Int)
    /// Every fortnight of the programme, from 1 to the latest.
    case all

    /// The fortnight numbers covered in `project`, in order.
    func numbers(in project: Project) -> [Int] {
        switch self {
        case .fortnight(let number): return [number]
        case .all: return project.fortnightNumbers
        }
    }
}
