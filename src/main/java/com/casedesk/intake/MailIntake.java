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
 * is processed once. A mail that is too large, cannot be parsed, or whose processing fails in any way (any
 * {@link Throwable}, a stack overflow or an out-of-memory included) goes to quarantine: one mail, never the intake.
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

    /** What the mailbox knows of a mail it did not download: its headers and its size. */
    record Unread(String messageId, String from, String subject, String headerHash, long size) {
    }

    private static final Result ALREADY = new Result(Disposition.ALREADY_PROCESSED, null, "already processed");

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
        try {
            long limit = properties.intake().maxMessageSize().toBytes();
            if (raw.length > limit) {
                return quarantine(raw, null, QuarantineReasons.tooLarge(raw.length, limit), null);
            }
            ParsedMail mail;
            try {
                mail = parser.parse(raw);
            } catch (Throwable unreadable) {
                return quarantine(raw, null, QuarantineReasons.of(unreadable), unreadable);
            }
            Result result = claimAndRoute(mail, raw);
            if (result == ALREADY && mail.messageId() != null
                    && !intakeLog.sameContent(mail.messageKey(), mail.contentHash())) {
                log.info("Mail {} reuses the Message-ID of an earlier mail with other content: keyed by its content",
                        mail.messageId());
                result = claimAndRoute(mail.keyedByContent(), raw);
            }
            return result;
        } catch (Throwable e) {
            return quarantine(raw, null, QuarantineReasons.of(e), e);
        }
    }

    /** A mail over the size limit, quarantined from what the server told about it: it is never downloaded. */
    Result quarantineUnread(Unread mail, String reason) {
        String key = mail.messageId() != null ? mail.messageId() : MailParser.contentKey(mail.headerHash());
        return quarantineUnder(key, mail.messageId(), mail.headerHash(), mail.from(), mail.subject(), null, mail.size(),
                reason, null);
    }

    private Result claimAndRoute(ParsedMail mail, byte[] raw) {
        try {
            return transaction.execute(status -> {
                try {
                    intakeLog.claim(mail.messageKey(), mail.messageId(), mail.contentHash(), mail.from(), mail.subject());
                } catch (DuplicateKeyException alreadyClaimed) {
                    throw new AlreadyProcessed();
                }
                return routeAndComplete(mail);
            });
        } catch (AlreadyProcessed e) {
            return ALREADY;
        } catch (Throwable e) {
            return quarantine(raw, mail, QuarantineReasons.of(e), e);
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
        if (!quarantine.downloaded(quarantineId)) {
            throw new BadRequestException("id", "quarantined mail " + quarantineId + " was never downloaded ("
                    + entry.reason() + "); it is in the mailbox folder " + properties.intake().quarantineFolder());
        }
        try {
            ParsedMail parsed = parser.parse(quarantine.raw(quarantineId));
            ParsedMail mail = parsed.messageKey().equals(entry.messageKey()) ? parsed : parsed.keyedByContent();
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
        } catch (Throwable e) {
            String reason = QuarantineReasons.of(e);
            log.warn("Retry of quarantined mail {} failed: {}", quarantineId, reason, e);
            quarantine.failedAgain(quarantineId, reason);
            return new Result(Disposition.QUARANTINED, null, reason);
        }
    }

    private Result routeAndComplete(ParsedMail mail) {
        MailRouter.Routed routed = router.route(mail);
        intakeLog.complete(mail.messageKey(), routed.outcome(), routed.caseNumber(), null);
        return new Result(Disposition.PROCESSED, routed.caseNumber(), routed.outcome().name());
    }

    private Result quarantine(byte[] raw, ParsedMail mail, String reason, Throwable cause) {
        String contentHash = MailContent.hash(raw);
        if (mail != null) {
            return quarantineUnder(mail.messageKey(), mail.messageId(), contentHash, mail.from(), mail.subject(), raw,
                    raw.length, reason, cause);
        }
        String[] headers = headers(raw);
        String messageId = headers[0];
        Result result = quarantineUnder(messageId != null ? messageId : MailParser.contentKey(contentHash), messageId,
                contentHash, headers[1], headers[2], raw, raw.length, reason, cause);
        if (result == ALREADY && messageId != null && !intakeLog.sameContent(messageId, contentHash)) {
            result = quarantineUnder(MailParser.contentKey(contentHash), messageId, contentHash, headers[1], headers[2],
                    raw, raw.length, reason, cause);
        }
        return result;
    }

    private Result quarantineUnder(String key, String messageId, String contentHash, String from, String subject,
            byte[] raw, long size, String reason, Throwable cause) {
        try {
            return transaction.execute(status -> {
                try {
                    intakeLog.claim(key, messageId, contentHash, from, subject);
                } catch (DuplicateKeyException alreadyClaimed) {
                    throw new AlreadyProcessed();
                }
                long id = quarantine.add(key, from, subject, raw, size, reason);
                intakeLog.complete(key, IntakeLog.Outcome.QUARANTINED, null, id);
                if (cause != null) {
                    log.warn("Mail {} quarantined as id {}: {}", key, id, reason, cause);
                } else {
                    log.warn("Mail {} quarantined as id {}: {}", key, id, reason);
                }
                return new Result(Disposition.QUARANTINED, null, reason);
            });
        } catch (AlreadyProcessed e) {
            return ALREADY;
        }
    }

    /** Message-ID (or null), sender and subject read from the raw header block alone, for mail that is not parsed. */
    private static String[] headers(byte[] raw) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
            return new String[] { validId(headers.getHeader("Message-ID", null)), readable(headers.getHeader("From", null)),
                    readable(headers.getHeader("Subject", null)) };
        } catch (MessagingException | RuntimeException unreadable) {
            return new String[] { null, null, null };
        }
    }

    /** A Message-ID as the parser keeps it: the {@code <...>} part, none when longer than the parser accepts. */
    static String validId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<[^<>\\s]+>").matcher(header);
        String id = matcher.find() ? matcher.group() : header.strip();
        return id.length() > MailParser.MAX_MESSAGE_ID ? null : id;
    }

    static String readable(String header) {
        if (header == null) {
            return null;
        }
        try {
            return MailParser.repair(MimeUtility.decodeText(MimeUtility.unfold(header)).strip());
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return MailParser.repair(header.strip());
        }
    }

    private static final class AlreadyProcessed extends RuntimeException {
        AlreadyProcessed() {
            super("already processed", null, false, false);
        }
    }
}
