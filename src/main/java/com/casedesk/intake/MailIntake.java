package com.casedesk.intake;

import java.io.ByteArrayInputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.mail.MailProperties;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.NotFoundException;

/**
 * Turns one raw mail into exactly one outcome. The mail's key is claimed ({@link IntakeLog}) in the same
 * transaction that opens or updates its case, so a mail read twice (two nodes, a crash before the mailbox move)
 * is processed once. A mail that is too large, cannot be parsed, or whose processing fails goes to quarantine.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    /** Where the mailbox should put the mail afterwards. */
    public enum Disposition {
        PROCESSED, QUARANTINED, ALREADY_PROCESSED
    }

    public record Result(Disposition disposition, String caseNumber, String outcome) {
    }

    private final MailParser parser;
    private final MailRouter router;
    private final IntakeLog intakeLog;
    private final QuarantineStore quarantine;
    private final TransactionTemplate transaction;
    private final MailProperties properties;

    MailIntake(MailParser parser, MailRouter router, IntakeLog intakeLog, QuarantineStore quarantine,
            TransactionTemplate transaction, MailProperties properties) {
        this.parser = parser;
        this.router = router;
        this.intakeLog = intakeLog;
        this.quarantine = quarantine;
        this.transaction = transaction;
        this.properties = properties;
    }

    public Result process(byte[] raw) {
        long limit = properties.intake().maxMessageSize().toBytes();
        if (raw.length > limit) {
            return quarantine(raw, null, "the mail is " + raw.length + " bytes, over the limit of " + limit
                    + " (casedesk.mail.intake.max-message-size)");
        }
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MailParseException e) {
            return quarantine(raw, null, e.getMessage());
        }
        try {
            return transaction.execute(status -> {
                try {
                    intakeLog.claim(mail.messageKey(), mail.messageId(), mail.from(), mail.subject());
                } catch (DuplicateKeyException alreadyClaimed) {
                    throw new AlreadyProcessed();
                }
                return routeAndComplete(mail);
            });
        } catch (AlreadyProcessed e) {
            return new Result(Disposition.ALREADY_PROCESSED, null, "already processed");
        } catch (RuntimeException e) {
            log.warn("Mail {} from {} could not be processed, quarantining it", mail.messageKey(), mail.from(), e);
            return quarantine(raw, mail, reason(e));
        }
    }

    /** Processes a quarantined mail again (size limit waived: a handler asked for it). */
    public Result retry(long quarantineId) {
        QuarantineStore.Entry entry = quarantine.find(quarantineId)
                .orElseThrow(() -> new NotFoundException("quarantined mail " + quarantineId + " does not exist"));
        if (entry.status() != QuarantineStore.Status.QUARANTINED) {
            throw new BadRequestException("id", "quarantined mail " + quarantineId + " was already retried"
                    + (entry.caseNumber() == null ? "" : " (case " + entry.caseNumber() + ")"));
        }
        try {
            ParsedMail mail = parser.parse(quarantine.raw(quarantineId));
            return transaction.execute(status -> {
                if (!intakeLog.reclaimQuarantined(entry.messageKey())) {
                    throw new BadRequestException("id", "quarantined mail " + quarantineId + " is being retried already");
                }
                Result result = routeAndComplete(mail);
                quarantine.retried(quarantineId, result.caseNumber());
                return result;
            });
        } catch (BadRequestException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Retry of quarantined mail {} failed", quarantineId, e);
            quarantine.failedAgain(quarantineId, reason(e));
            return new Result(Disposition.QUARANTINED, null, reason(e));
        }
    }

    private Result routeAndComplete(ParsedMail mail) {
        MailRouter.Routed routed = router.route(mail);
        intakeLog.complete(mail.messageKey(), routed.outcome(), routed.caseNumber(), null);
        return new Result(Disposition.PROCESSED, routed.caseNumber(), routed.outcome().name());
    }

    private Result quarantine(byte[] raw, ParsedMail mail, String reason) {
        String[] headers = mail != null ? new String[] { mail.messageKey(), mail.from(), mail.subject() } : headers(raw);
        try {
            return transaction.execute(status -> {
                try {
                    intakeLog.claim(headers[0], headers[0].startsWith("<") ? headers[0] : null, headers[1], headers[2]);
                } catch (DuplicateKeyException alreadyClaimed) {
                    throw new AlreadyProcessed();
                }
                long id = quarantine.add(headers[0], headers[1], headers[2], raw, reason);
                intakeLog.complete(headers[0], IntakeLog.Outcome.QUARANTINED, null, id);
                log.warn("Mail {} quarantined (id {}): {}", headers[0], id, reason);
                return new Result(Disposition.QUARANTINED, null, reason);
            });
        } catch (AlreadyProcessed e) {
            return new Result(Disposition.ALREADY_PROCESSED, null, "already processed");
        }
    }

    /** Key, sender and subject read from the raw header block alone, for mail that is not parsed. */
    private static String[] headers(byte[] raw) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String id = headers.getHeader("Message-ID", null);
            String from = headers.getHeader("From", null);
            String subject = headers.getHeader("Subject", null);
            String messageId = id == null ? null : id.strip();
            return new String[] { MailParser.messageKey(messageId == null || messageId.isEmpty() ? null : messageId, raw),
                    from == null ? null : MailParser.repair(decode(from)), subject == null ? null : MailParser.repair(decode(subject)) };
        } catch (MessagingException | RuntimeException unreadable) {
            return new String[] { MailParser.messageKey(null, raw), null, null };
        }
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value)).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return value.strip();
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            reason.append(" <- ").append(cause.getMessage());
        }
        return reason.toString();
    }

    private static final class AlreadyProcessed extends RuntimeException {
        AlreadyProcessed() {
            super("already processed", null, false, false);
        }
    }
}
