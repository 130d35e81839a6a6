// Fixture for the lint's self-test (tests/lint/CMakeLists.txt): one allowed splice, two value splices.
void example(const QString &email, qint64 id)
{
    execSql(db, QStringLiteral("SELECT id FROM handoff WHERE email = '%1'").arg(email));
    execSql(db, QStringLiteral("DELETE FROM handoff WHERE id = ") + QString::number(id));
    execSql(db, QStringLiteral("SELECT %1 FROM handoff").arg(Handoff::columns().join(u',')));
    execSql(db, QStringLiteral("SELECT id FROM handoff WHERE email = ?"), { email });
}
