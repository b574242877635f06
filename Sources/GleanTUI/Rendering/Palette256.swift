/// The fixed part of the xterm 256-colour palette: the 6×6×6 colour cube (16…231) and the grey ramp (232…255).
///
/// Indices 0…15 are left out: terminals let users redefine them, so they are no promise of a colour.
enum Palette256 {
    /// The colour of palette index `index` (16…255).
    static func colour(of index: Int) -> RGB {
        if index >= 232 {
            let level = Double(8 + 10 * (index - 232))
            return RGB(red: level, green: level, blue: level)
        }
        let cube = index - 16
        let level = { (step: Int) -> Double in step == 0 ? 0 : Double(55 + 40 * step) }
        return RGB(red: level(cube / 36), green: level(cube / 6 % 6), blue: level(cube % 6))
    }

    /// Every fixed index, 16…255.
    static let indices = Array(16...255)

    /// The fixed index nearest `rgb` among those `isFree` allows; nil when none is free.
    static func nearest(to rgb: RGB, where isFree: (Int) -> Bool = { _ in true }) -> Int? {
        indices.filter(isFree).min { rgb.distance(to: colour(of: $0)) < rgb.distance(to: colour(of: $1)) }
    }
}
