import GRDB

/// The database's schema, one migration per change; a data folder from an older version is
/// brought up to date when the server opens it.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, rosters, students, answers") { db in
            try db.execute(
                sql: """
                    CREATE TABLE classSession(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        title TEXT NOT NULL,
                        form TEXT NOT NULL,
                        joinCode TEXT NOT NULL UNIQUE,
                        createdAt DATETIME NOT NULL,
                        closedAt DATETIME);
                    CREATE TABLE rosterStudent(
                        sessionId INTEGER NOT NULL REFERENCES classSession(id) ON DELETE CASCADE,
                        studentId TEXT NOT NULL,
                        given TEXT NOT NULL,
                        family TEXT NOT NULL,
                        PRIMARY KEY(sessionId, studentId)) WITHOUT ROWID;
                    CREATE TABLE student(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        sessionId INTEGER NOT NULL REFERENCES classSession(id) ON DELETE CASCADE,
                        studentId TEXT NOT NULL,
                        tokenHash TEXT NOT NULL UNIQUE,
                        resumeCode TEXT NOT NULL UNIQUE,
                        language TEXT NOT NULL,
                        startedAt DATETIME NOT NULL,
                        finishedAt DATETIME,
                        page INTEGER NOT NULL DEFAULT 0,
                        UNIQUE(sessionId, studentId));
                    CREATE TABLE answer(
                        studentRowId INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
                        questionId TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY(studentRowId, questionId)) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
