import Dispatch
import Foundation
import Synchronization

/// Catches SIGINT (Ctrl-C) and SIGTERM so a batch can stop cleanly: no new report is started,
/// the ones in flight are finished (each written atomically), and the manifest is written.
public final class StopRequest: Sendable {
    private let signalNumber = Atomic<Int32>(0)
    /// Kept alive as long as the request; only touched in `init`.
    nonisolated(unsafe) private let sources: [any DispatchSourceSignal]

    /// Creates a request nothing has triggered yet. With `catchingSignals`, SIGINT and SIGTERM
    /// from now on trigger it instead of ending the process.
    public init(catchingSignals: Bool) {
        let numbers = catchingSignals ? [SIGINT, SIGTERM] : []
        sources = numbers.map { number in
            signal(number, SIG_IGN)
            return DispatchSource.makeSignalSource(signal: number, queue: .global())
        }
        for (source, number) in zip(sources, numbers) {
            source.setEventHandler { [weak self] in self?.signalNumber.store(number, ordering: .relaxed) }
            source.resume()
        }
    }

    /// Asks the batch to stop as if signal `number` had arrived.
    public func request(signal number: Int32) {
        signalNumber.store(number, ordering: .relaxed)
    }

    /// The signal that asked to stop, or `nil` while none has.
    public var receivedSignal: Int32? {
        let number = signalNumber.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
