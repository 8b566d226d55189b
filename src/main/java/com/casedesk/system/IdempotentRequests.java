package com.casedesk.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a creating request once per key: the key row is written in the same transaction as what the request
 * creates, so a retry (or a request with the same key at the same moment, which waits at the primary key) gets the
 * first result back instead of a second case. The same key with another request body is a 400.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    /** @param replayed the result is the one of an earlier request with the same key */
    public record Outcome<T>(T result, boolean replayed) {
    }

    private record Stored(String requestHash, String response) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final TransactionTemplate lookup;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.lookup = new TransactionTemplate(transactions);
        this.lookup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * @param endpoint what the key is scoped to ({@code POST /api/cases})
     * @param key      the caller's key; null runs {@code create} without any of this
     * @param field    how the key is named in an error ({@code Idempotency-Key} or the natural key's field)
     */
    public <T> Outcome<T> once(String endpoint, String key, String field, Object request, Class<T> type,
            Supplier<T> create) {
        if (key == null) {
            return new Outcome<>(create.get(), false);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BadRequestException(field, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        Stored earlier = stored(endpoint, key);
        if (earlier != null) {
            return replay(earlier, hash, field, type);
        }
        try {
            return new Outcome<>(transaction.execute(status -> {
                jdbc.update("INSERT INTO cd_idempotent_request (endpoint, idempotency_key, request_hash, created_at)"
                        + " VALUES (?, ?, ?, ?)", endpoint, key, hash, Timestamp.from(clock.instant()));
                T result = create.get();
                jdbc.update("UPDATE cd_idempotent_request SET response = ? WHERE endpoint = ? AND idempotency_key = ?",
                        write(result), endpoint, key);
                return result;
            }), false);
        } catch (DuplicateKeyException raced) {
            Stored first = stored(endpoint, key);
            if (first == null) {
                throw raced; // another unique key of what the request creates: not ours to answer
            }
            return replay(first, hash, field, type);
        }
    }

    private <T> Outcome<T> replay(Stored earlier, String hash, String field, Class<T> type) {
        if (!earlier.requestHash().equals(hash)) {
            throw new BadRequestException(field, "was used before for a different request; a new request needs a new key");
        }
        try {
            return new Outcome<>(json.readValue(earlier.response(), type), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of an idempotent request is unreadable", e);
        }
    }

    private Stored stored(String endpoint, String key) {
        List<Stored> rows = lookup.execute(status -> jdbc.query("SELECT request_hash, response FROM"
                + " cd_idempotent_request WHERE endpoint = ? AND idempotency_key = ?",
                (rs, i) -> new Stored(rs.getString(1), rs.getString(2)), endpoint, key));
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result cannot be stored as JSON", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
