package com.casedesk.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.NotFoundException;

/**
 * Attachments of incoming mail under {@code <data-dir>/attachments/<hash of the mail's key>/}, one row each in
 * {@code cd_intake_attachment} linking it to its case. The folder depends on the mail, not the case, so a retry
 * after a rollback overwrites the same files instead of leaving copies.
 */
@Component
class AttachmentStore {

    record Stored(long id, String fileName, String contentType, long size, String path) {
    }

    private final JdbcTemplate jdbc;
    private final CaseDeskProperties properties;

    AttachmentStore(JdbcTemplate jdbc, CaseDeskProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Stored> store(String caseNumber, String messageKey, List<ParsedMail.Attachment> attachments) {
        List<Stored> stored = new ArrayList<>();
        String folder = "attachments/" + MailParser.sha256(messageKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24);
        for (int i = 0; i < attachments.size(); i++) {
            ParsedMail.Attachment attachment = attachments.get(i);
            String name = safeName(attachment.fileName());
            String relative = folder + "/" + (i + 1) + "-" + name;
            Path file = properties.dataDir().resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, attachment.content());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store attachment " + relative, e);
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        INSERT INTO cd_intake_attachment (case_number, message_key, file_name, content_type, size_bytes,
                          storage_path) VALUES (?, ?, ?, ?, ?, ?)""", new String[] { "id" });
                statement.setString(1, caseNumber);
                statement.setString(2, messageKey);
                statement.setString(3, IntakeLog.cut(attachment.fileName(), 300));
                statement.setString(4, IntakeLog.cut(attachment.contentType(), 200));
                statement.setLong(5, attachment.content().length);
                statement.setString(6, relative);
                return statement;
            }, key);
            stored.add(new Stored(key.getKey().longValue(), attachment.fileName(), attachment.contentType(),
                    attachment.content().length, relative));
        }
        return stored;
    }

    List<Stored> ofCase(String caseNumber) {
        return jdbc.query("SELECT id, file_name, content_type, size_bytes, storage_path FROM cd_intake_attachment"
                + " WHERE case_number = ? ORDER BY id", (rs, row) -> new Stored(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5)), caseNumber);
    }

    Stored get(long id) {
        return jdbc.query("SELECT id, file_name, content_type, size_bytes, storage_path FROM cd_intake_attachment"
                + " WHERE id = ?", (rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("attachment " + id + " does not exist"));
    }

    Path file(Stored stored) {
        return properties.dataDir().resolve(stored.path());
    }

    /** A file name that stays inside its folder on every file system. */
    static String safeName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "").strip();
        if (cleaned.isEmpty()) {
            cleaned = "attachment";
        }
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }

    static Map<String, Object> describe(Stored stored) {
        return Map.of("id", stored.id(), "fileName", stored.fileName(), "contentType", stored.contentType(),
                "size", stored.size());
    }
}
