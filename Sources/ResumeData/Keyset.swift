import ResumePostgres

/// Keyset pagination on (created_at DESC, id DESC): fetch one row more than
/// the page, and if it came, the page's last row is where the next begins.
enum Keyset {
    /// `WHERE` condition after the first parameters, or nothing for a first page.
    static func condition(_ request: PageRequest, firstParameter n: Int) -> (sql: String, parameters: [any PostgresEncodable]) {
        guard let after = request.after else { return ("", []) }
        return (" AND (created_at, id) < ($\(n)::timestamptz, $\(n + 1)::uuid)", [after.createdAt, after.id])
    }

    /// Cuts the extra row off and makes the next token.
    static func page<Item: Sendable>(_ rows: [Item], request: PageRequest, key: (Item) -> PageToken) -> Page<Item> {
        guard rows.count > request.size else { return Page(items: rows, next: nil) }
        let items = Array(rows.prefix(request.size))
        return Page(items: items, next: key(items[items.count - 1]))
    }
}
