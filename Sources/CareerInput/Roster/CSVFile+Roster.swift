extension CSVFile {
    /// Opens the CSV at `path` for a batch: a file that can't be read stops the batch.
    static func forBatch(path: String, known: (encoding: TextEncoding, fingerprint: UInt64)? = nil) throws(RosterError)
        -> CSVFile
    {
        do {
            return try CSVFile(path: path, known: known)
        } catch {
            throw RosterError(error)
        }
    }

    /// The index of each column name, for a batch (see ``columnIndex()``).
    func batchColumnIndex() throws(RosterError) -> [String: Int] {
        do {
            return try columnIndex()
        } catch {
            throw RosterError(error)
        }
    }
}
