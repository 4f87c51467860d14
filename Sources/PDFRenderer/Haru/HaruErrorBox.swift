internal import CHaru

/// The last error libharu reported for one document, written by ``haruErrorHandler``.
///
/// libharu calls the handler with this box as `user_data`; the box lives as long as the
/// ``HaruDocument`` that owns it.
final class HaruErrorBox {
    /// The `HPDF_STATUS` error code, 0 when nothing failed since the last reset.
    var status: HPDF_STATUS = 0
    /// libharu's detail code for `status`.
    var detail: HPDF_STATUS = 0

    /// Forgets the recorded error.
    func reset() {
        status = 0
        detail = 0
    }
}

/// Records libharu's error in the ``HaruErrorBox`` passed as `user_data`; captures nothing.
let haruErrorHandler: HPDF_Error_Handler = { status, detail, userData in
    guard let userData else { return }
    let box = Unmanaged<HaruErrorBox>.fromOpaque(userData).takeUnretainedValue()
    box.status = status
    box.detail = detail
}
