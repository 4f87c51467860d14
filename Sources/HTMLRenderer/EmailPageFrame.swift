/// The markup around a report's content that depends only on the theme: the end of `<head>`
/// with the one `<style>` block, and the page and card tables that open the content column.
/// The card's fixed table layout keeps it as wide as the screen, however wide a data table in
/// it is (the table scrolls in its own box instead of widening the page).
///
/// Made once per theme with ``EmailStyles``, not written out again for every report.
struct EmailPageFrame {
    /// From the `<style>` element to the opening `<body>` tag.
    let headEnd: String
    /// The page table, Outlook's fixed-width table and the card table that hold the content.
    let opening: String

    /// The frame of a content column of `width` px on `palette`'s background.
    init(palette: EmailPalette, width: Int) {
        let table = HTMLWriter.layoutTable
        headEnd = """
            \(EmailStyleSheet.element(contentWidth: width))
            </head>
            <body style="margin:0;padding:0;background-color:\(palette.background);">

            """
        opening = """
            <table \(table) width="100%" bgcolor="\(palette.background)" class="\(EmailClass.page)" \
            style="width:100%;background-color:\(palette.background);">
            <tr><td align="center" class="\(EmailClass.page)" style="padding:24px 0;">
            <!--[if mso]><table \(table) align="center" width="\(width)"><tr><td><![endif]-->
            <div class="\(EmailClass.container)" style="max-width:\(width)px;margin:0 auto;">
            <table \(table) width="100%" bgcolor="\(palette.background)" class="\(EmailClass.card)" \
            style="width:100%;table-layout:fixed;background-color:\(palette.background);">

            """
    }
}
