import Diagnostics
import Foundation
import ReportPipeline

/// Why the server can't start, as the pipeline's one error type: a data folder it can't use, an
/// address it can't listen on.
public enum ServeFailure {
    /// The data folder at `path` can't be used because of `error`.
    static func dataFolder(_ path: String, _ error: any Error) -> PipelineError {
        .input(.dataFolderUnusable(path: path, reason: systemReason(error)), at: Location(field: "--data"))
    }

    /// Listening on `address` failed with `error`.
    public static func listening(on address: String, _ error: any Error) -> PipelineError {
        let text = "\(error)"
        let problem: Problem =
            if text.contains("Address already in use") {
                .addressInUse(address: address)
            } else if text.contains("Permission denied") {
                .listeningNotAllowed(address: address)
            } else {
                .cannotListen(address: address, reason: text)
            }
        return .usage(problem, option: "--listen")
    }

    /// The system's own short reason for `error` ("File exists", "Permission denied").
    static func systemReason(_ error: any Error) -> String {
        var error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error { error = underlying as NSError }
        return error.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(error.code))) : "\(error)"
    }
}
