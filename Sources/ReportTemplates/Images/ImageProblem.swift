/// Why an image file can't go into a report, in words for the template writer; the loader adds
/// the file's name and the template's line and column.
struct ImageProblem: Error, Equatable {
    /// What is wrong and what to do, starting in lowercase (it follows the file's name).
    var message: String
}
