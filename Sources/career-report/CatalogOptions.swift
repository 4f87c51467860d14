import ArgumentParser

/// Which career catalog to assess against; shared by every command that assesses.
struct CatalogOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A catalog file (JSON, as `catalog import-onet` writes) to use instead of the built-in one.",
            valueName: "file"))
    var catalog: String?
}
