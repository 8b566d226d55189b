package com.casedesk.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code cd_intake_mail}: every mail read, by its unique key. {@link #claim} inserts the row in the transaction
 * that handles the mail: a second node (or this one after a crash) gets a {@code DuplicateKeyException} and skips.
 */
@Component
class IntakeLog {

    enum Outcome {
        PROCESSING, CASE_OPENED, REPLY_DELIVERED, TASK_CREATED, RECORDED, BOUNCE, QUARANTINED
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IntakeLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Throws {@code DuplicateKeyException} when the mail was processed (or is being processed) elsewhere. */
    @Transactional(propagation = Propagation.MANDATORY)
    void claim(String messageKey, String messageId, String contentHash, String from, String subject) {
        jdbc.update("""
                INSERT INTO cd_intake_mail (message_key, message_id, content_hash, from_address, subject, outcome,
                  processed_at) VALUES (?, ?, ?, ?, ?, 'PROCESSING', ?)""", messageKey, messageId, contentHash,
                cut(from, 320), cut(subject, 1000), Timestamp.from(clock.instant()));
    }

    /**
     * Whether the mail already read under {@code messageKey} had this content (true too when it was read before
     * contents were hashed): false means another mail reused its Message-ID.
     */
    boolean sameContent(String messageKey, String contentHash) {
        List<String> hashes = jdbc.queryForList("SELECT content_hash FROM cd_intake_mail WHERE message_key = ?",
                String.class, messageKey);
        return hashes.isEmpty() || hashes.get(0) == null || hashes.get(0).equals(contentHash);
    }

    /** Takes a quarantined mail back for a retry; false when it is not (any longer) in quarantine. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean reclaimQuarantined(String messageKey) {
        return jdbc.update("UPDATE cd_intake_mail SET outcome = 'PROCESSING', quarantine_id = NULL"
                + " WHERE message_key = ? AND outcome = 'QUARANTINED'", messageKey) == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void complete(String messageKey, Outcome outcome, String caseNumber, Long quarantineId) {
        jdbc.update("UPDATE cd_intake_mail SET outcome = ?, case_number = ?, quarantine_id = ?, processed_at = ?"
                + " WHERE message_key = ?", outcome.name(), caseNumber, quarantineId, Timestamp.from(clock.instant()),
                messageKey);
    }

    /** The case an earlier incoming mail with this Message-ID belongs to. */
    Optional<String> caseOfMessage(String messageId) {
        List<String> found = jdbc.queryForList(
                "SELECT case_number FROM cd_intake_mail WHERE message_id = ? AND case_number IS NOT NULL",
                String.class, messageId);
        return found.stream().findFirst();
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
