package com.casedesk.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.system.CaseDeskProperties;

/** Mails the intake could not process: {@code cd_intake_quarantine}, the raw mail under {@code <data-dir>/quarantine}. */
@Component
class QuarantineStore {

    enum Status {
        QUARANTINED, RETRIED
    }

    /** One quarantined mail, as {@code GET /api/intake/quarantine} shows it. */
    record Entry(long id, String messageKey, String from, String subject, long sizeBytes, String reason, Status status,
            String caseNumber, Instant quarantinedAt, Instant retriedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CaseDeskProperties properties;
    private final Clock clock;

    QuarantineStore(JdbcTemplate jdbc, CaseDeskProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param raw the mail, or null when it was not downloaded (too large): then only its size is known */
    @Transactional(propagation = Propagation.MANDATORY)
    long add(String messageKey, String from, String subject, byte[] raw, long size, String reason) {
        String relative = raw == null ? null
                : "quarantine/" + MailParser.sha256(messageKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".eml";
        if (raw != null) {
            Path file = properties.dataDir().resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, raw);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write quarantined mail to " + file, e);
            }
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO cd_intake_quarantine (message_key, from_address, subject, size_bytes, reason, raw_path,
                      status, quarantined_at) VALUES (?, ?, ?, ?, ?, ?, 'QUARANTINED', ?)""", new String[] { "id" });
            statement.setString(1, messageKey);
            statement.setString(2, IntakeLog.cut(from, 320));
            statement.setString(3, IntakeLog.cut(subject, 1000));
            statement.setLong(4, size);
            statement.setString(5, IntakeLog.cut(reason, 2000));
            statement.setString(6, relative);
            statement.setTimestamp(7, Timestamp.from(clock.instant()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** False for a mail quarantined without being downloaded: it is only in the mailbox's quarantine folder. */
    boolean downloaded(long id) {
        return jdbc.queryForObject("SELECT raw_path FROM cd_intake_quarantine WHERE id = ?", String.class, id) != null;
    }

    List<Entry> list(Status status) {
        return status == null
                ? jdbc.query(SELECT + " ORDER BY id", QuarantineStore::entry)
                : jdbc.query(SELECT + " WHERE status = ? ORDER BY id", QuarantineStore::entry, status.name());
    }

    Optional<Entry> find(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", QuarantineStore::entry, id).stream().findFirst();
    }

    Optional<Entry> findByKey(String messageKey) {
        return jdbc.query(SELECT + " WHERE message_key = ?", QuarantineStore::entry, messageKey).stream().findFirst();
    }

    byte[] raw(long id) {
        String relative = jdbc.queryForObject("SELECT raw_path FROM cd_intake_quarantine WHERE id = ?", String.class, id);
        try {
            return Files.readAllBytes(properties.dataDir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("quarantined mail " + id + ": cannot read " + relative, e);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void retried(long id, String caseNumber) {
        jdbc.update("UPDATE cd_intake_quarantine SET status = 'RETRIED', case_number = ?, retried_at = ? WHERE id = ?",
                caseNumber, Timestamp.from(clock.instant()), id);
    }

    @Transactional
    void failedAgain(long id, String reason) {
        jdbc.update("UPDATE cd_intake_quarantine SET reason = ?, retried_at = ? WHERE id = ?",
                IntakeLog.cut(reason, 2000), Timestamp.from(clock.instant()), id);
    }

    private static final String SELECT = "SELECT id, message_key, from_address, subject, size_bytes, reason, status,"
            + " case_number, quarantined_at, retried_at FROM cd_intake_quarantine";

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp retried = rs.getTimestamp(10);
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), Status.valueOf(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant(),
                retried == null ? null : retried.toInstant());
    }
}
