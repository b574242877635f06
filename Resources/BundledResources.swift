import Foundation

/// The files shipped with Glean: the sample programme and the export templates.
public enum BundledResources {
    /// The folder of the bundled sample programme, a complete Glean project.
    public static var sampleProject: URL {
        Bundle.module.resourceURL!.appendingPathComponent("sample", isDirectory: true)
    }

    /// The folder of the export templates.
    public static var templates: URL {
        Bundle.module.resourceURL!.appendingPathComponent("templates", isDirectory: true)
    }
}
