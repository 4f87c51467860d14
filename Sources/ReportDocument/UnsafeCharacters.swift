extension Unicode.Scalar {
    /// True for the bidirectional embedding, override and isolate controls
    /// (U+202A-202E, U+2066-2069), which can make text read differently from what it says.
    public var isBidiControl: Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// True for C0 and C1 control characters other than tab, line feed and carriage return;
    /// HTML forbids them and plain text has no use for them.
    public var isDisallowedControl: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
