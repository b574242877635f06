import GleanResources

extension SampleProject {
    /// The bundled sample programme's codebook, keys and colours included.
    public static func codebook() throws -> Codebook {
        try ProjectStore.open(BundledResources.sampleProject).opened.codebook
    }
}
