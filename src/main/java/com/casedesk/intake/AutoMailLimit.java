package com.casedesk.intake;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.mail.MailProperties;

/**
 * At most {@code casedesk.mail.intake.auto-mails-per-address-per-day} automatic mails to one address a day: the
 * last line of defence against a loop with a responder that sends none of the usual headers. Counted in the
 * database, in the transaction that queues the mail, so all nodes share the count.
 */
@Component
class AutoMailLimit {

    private final JdbcTemplate jdbc;
    private final MailProperties properties;

    AutoMailLimit(JdbcTemplate jdbc, MailProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean tryAcquire(String address, LocalDate day) {
        int limit = properties.intake().autoMailsPerAddressPerDay();
        String key = address.toLowerCase(Locale.ROOT);
        java.sql.Date date = java.sql.Date.valueOf(day);
        if (jdbc.update("UPDATE cd_intake_auto_mail SET sent = sent + 1 WHERE address = ? AND mail_day = ? AND sent < ?",
                key, date, limit) == 1) {
            return true;
        }
        Integer sent = jdbc.query("SELECT sent FROM cd_intake_auto_mail WHERE address = ? AND mail_day = ?",
                rs -> rs.next() ? rs.getInt(1) : null, key, date);
        if (sent != null || limit <= 0) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO cd_intake_auto_mail (address, mail_day, sent) VALUES (?, ?, 1)", key, date);
            return true;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return jdbc.update("UPDATE cd_intake_auto_mail SET sent = sent + 1 WHERE address = ? AND mail_day = ?"
                    + " AND sent < ?", key, date, limit) == 1;
        }
    }
}
