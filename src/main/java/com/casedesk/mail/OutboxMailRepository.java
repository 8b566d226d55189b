package com.casedesk.mail;

import static com.casedesk.system.TimestampColumns.toColumn;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox table {@code cd_outbox_mail}, in plain SQL: a mail is written once ({@link #save}) and afterwards
 * changes only through the claim updates, each conditional on the state it expects, so two nodes never both win.
 */
@Repository
public class OutboxMailRepository {

    private static final String SELECT = "SELECT * FROM cd_outbox_mail";
    /** A claim written before claim tokens existed has none: its token is the empty string here. */
    private static final String HELD_BY_TOKEN = " WHERE id = :id AND status = 'SENDING' AND COALESCE(claim_token, '') = :token";

    private final NamedParameterJdbcTemplate jdbc;

    OutboxMailRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a new mail and gives it its id. */
    public OutboxMail save(OutboxMail mail) {
        if (mail.getId() != null) {
            throw new IllegalArgumentException("outbox mail " + mail.getId() + " is written already: it changes only"
                    + " through its claim");
        }
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("caseNumber", mail.getCaseNumber())
                .addValue("messageId", mail.getMessageId()).addValue("inReplyTo", mail.getInReplyTo())
                .addValue("recipient", mail.getRecipient()).addValue("subject", mail.getSubject())
                .addValue("body", mail.getBody()).addValue("status", mail.getStatus().name())
                .addValue("attempts", mail.getAttempts()).addValue("nextAttemptAt", toColumn(mail.getNextAttemptAt()))
                .addValue("claimedBy", mail.getClaimedBy()).addValue("claimedAt", toColumn(mail.getClaimedAt()))
                .addValue("claimToken", mail.storedClaimToken()).addValue("lastError", mail.getLastError())
                .addValue("createdAt", toColumn(mail.getCreatedAt())).addValue("sentAt", toColumn(mail.getSentAt()))
                .addValue("attachmentName", mail.getAttachmentName())
                .addValue("attachmentType", mail.getAttachmentType())
                .addValue("attachmentContent", mail.getAttachmentContent());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO cd_outbox_mail (case_number, message_id, in_reply_to, recipient, subject, body, status,
                  attempts, next_attempt_at, claimed_by, claimed_at, claim_token, last_error, created_at, sent_at,
                  attachment_name, attachment_type, attachment_content)
                VALUES (:caseNumber, :messageId, :inReplyTo, :recipient, :subject, :body, :status, :attempts,
                  :nextAttemptAt, :claimedBy, :claimedAt, :claimToken, :lastError, :createdAt, :sentAt,
                  :attachmentName, :attachmentType, :attachmentContent)""", row, key, new String[] {"id"});
        mail.assignId(key.getKey().longValue());
        return mail;
    }

    public Optional<OutboxMail> findById(long id) {
        return one(SELECT + " WHERE id = :id", new MapSqlParameterSource("id", id));
    }

    public Optional<OutboxMail> findByMessageId(String messageId) {
        return one(SELECT + " WHERE message_id = :messageId", new MapSqlParameterSource("messageId", messageId));
    }

    public List<OutboxMail> findByCaseNumberOrderByIdAsc(String caseNumber) {
        return jdbc.query(SELECT + " WHERE case_number = :caseNumber ORDER BY id",
                new MapSqlParameterSource("caseNumber", caseNumber), (row, i) -> OutboxMail.fromRow(row));
    }

    public long count() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM cd_outbox_mail", Long.class);
    }

    public long countByStatusIn(Collection<OutboxMail.Status> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM cd_outbox_mail WHERE status IN (:statuses)",
                new MapSqlParameterSource("statuses", statuses.stream().map(Enum::name).toList()), Long.class);
    }

    /** The ids of pending mails due at {@code now}, oldest first, at most {@code limit}. */
    List<Long> findDue(Instant now, int limit) {
        return jdbc.queryForList("SELECT id FROM cd_outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY", new MapSqlParameterSource("now", toColumn(now)),
                Long.class);
    }

    List<OutboxMail> findStaleClaims(Instant before) {
        return jdbc.query(SELECT + " WHERE status = 'SENDING' AND claimed_at < :before",
                new MapSqlParameterSource("before", toColumn(before)), (row, i) -> OutboxMail.fromRow(row));
    }

    /** Claims one mail for this node under a fresh token; 1 when the claim won, 0 when another node was first. */
    int claim(long id, String node, String token, Instant now) {
        return jdbc.update("""
                UPDATE cd_outbox_mail SET status = 'SENDING', claimed_by = :node, claimed_at = :now,
                  claim_token = :token, attempts = attempts + 1
                WHERE id = :id AND status = 'PENDING'""", new MapSqlParameterSource("id", id).addValue("node", node)
                .addValue("token", token).addValue("now", toColumn(now)));
    }

    /** 1 when the claim {@code token} still held the mail; 0 when it was released (and maybe claimed again). */
    int markSent(long id, String token, Instant now) {
        return jdbc.update("UPDATE cd_outbox_mail SET status = 'SENT', sent_at = :now, last_error = NULL,"
                + " claim_token = NULL" + HELD_BY_TOKEN, new MapSqlParameterSource("id", id).addValue("token", token)
                .addValue("now", toColumn(now)));
    }

    /**
     * Ends the claim {@code token} with a failed attempt ({@code status} PENDING to retry, FAILED to give up);
     * 0 when that claim no longer holds the mail.
     */
    int markFailedAttempt(long id, String token, OutboxMail.Status status, Instant next, String error) {
        return jdbc.update("UPDATE cd_outbox_mail SET status = :status, next_attempt_at = :next, last_error = :error,"
                + " claimed_by = NULL, claim_token = NULL" + HELD_BY_TOKEN, new MapSqlParameterSource("id", id)
                .addValue("token", token).addValue("status", status.name()).addValue("next", toColumn(next))
                .addValue("error", error));
    }

    /** Gives back a claim whose mail was not tried (the batch ran out of time): no attempt is counted. */
    int giveBack(long id, String token) {
        return jdbc.update("UPDATE cd_outbox_mail SET status = 'PENDING', claimed_by = NULL, claim_token = NULL,"
                + " attempts = attempts - 1" + HELD_BY_TOKEN, new MapSqlParameterSource("id", id)
                .addValue("token", token));
    }

    private Optional<OutboxMail> one(String sql, MapSqlParameterSource parameters) {
        return jdbc.query(sql, parameters, (row, i) -> OutboxMail.fromRow(row)).stream().findFirst();
    }
}
