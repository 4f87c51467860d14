import Foundation

/// Why the server can't start, in words that say what to do.
public struct ServeError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }

    /// The system's own short reason for `error` ("File exists", "Permission denied").
    static func reason(_ error: any Error) -> String {
        var error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error { error = underlying as NSError }
        return error.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(error.code))) : "\(error)"
    }

    /// The message for a failure to listen on `address`.
    public static func listening(on address: String, _ error: any Error) -> ServeError {
        let text = "\(error)"
        if text.contains("Address already in use") {
            return ServeError(
                "--listen \(address): the address is in use (is another server running?); stop it, or pick another port"
            )
        }
        if text.contains("Permission denied") {
            return ServeError("--listen \(address): not allowed to listen there; ports under 1024 need root, use 8080")
        }
        return ServeError("--listen \(address): the server can't listen there (\(text))")
    }
}
