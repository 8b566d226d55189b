package com.casedesk.casepage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseDeskProperties;

/**
 * The files and mails of a case as the page offers them: attachments of incoming mail (stored under the data
 * directory by the intake) and the mails CaseDesk wrote (the outbox keeps each body and its one attachment).
 */
@Component
class CaseFiles {

    record Attachment(long id, String caseNumber, String fileName, String contentType, long size, String path) {
    }

    record OutgoingMail(long id, String messageId, String recipient, String subject, String body,
            String attachmentName) {
    }

    record OutgoingAttachment(String name, String contentType, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final Path dataDir;

    CaseFiles(JdbcTemplate jdbc, CaseDeskProperties properties) {
        this.jdbc = jdbc;
        this.dataDir = properties.dataDir();
    }

    List<Attachment> attachments(String caseNumber) {
        return jdbc.query(ATTACHMENT + " WHERE case_number = ? ORDER BY id", CaseFiles::attachment, caseNumber);
    }

    Optional<Attachment> attachment(String caseNumber, long id) {
        return jdbc.query(ATTACHMENT + " WHERE case_number = ? AND id = ?", CaseFiles::attachment, caseNumber, id)
                .stream().findFirst();
    }

    Path file(Attachment attachment) {
        return dataDir.resolve(attachment.path());
    }

    List<OutgoingMail> outgoing(String caseNumber) {
        return jdbc.query("SELECT id, message_id, recipient, subject, body, attachment_name FROM cd_outbox_mail"
                + " WHERE case_number = ? ORDER BY id", (rs, row) -> new OutgoingMail(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), caseNumber);
    }

    Optional<OutgoingAttachment> outgoingAttachment(String caseNumber, long mailId) {
        return jdbc.query("SELECT attachment_name, attachment_type, attachment_content FROM cd_outbox_mail"
                + " WHERE case_number = ? AND id = ? AND attachment_name IS NOT NULL",
                (rs, row) -> new OutgoingAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), caseNumber, mailId)
                .stream().findFirst();
    }

    private static final String ATTACHMENT = "SELECT id, case_number, file_name, content_type, size_bytes, storage_path"
            + " FROM cd_intake_attachment";

    private static Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6));
    }
}
