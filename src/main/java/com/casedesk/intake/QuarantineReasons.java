package com.casedesk.intake;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * One sentence a handler understands for why a mail went to quarantine. Never a stack trace or SQL: those go to
 * the log, under the quarantine id.
 */
final class QuarantineReasons {

    private QuarantineReasons() {
    }

    static String of(Throwable e) {
        if (e instanceof MailParseException) {
            return e.getMessage();
        }
        if (e instanceof StackOverflowError) {
            return "the mail is structured too deeply to be read (reading it overflowed the stack)";
        }
        if (e instanceof OutOfMemoryError) {
            return "the mail needs more memory than the intake has (a part of it is too large to be read)";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MailParseException) {
                return cause.getMessage();
            }
            if (cause instanceof DataIntegrityViolationException || String.valueOf(cause.getMessage()).contains("too long")) {
                return "a value in the mail is too long to be stored; the log has the details under this quarantine id";
            }
        }
        return "processing the mail failed (" + e.getClass().getSimpleName()
                + "); the log has the details under this quarantine id";
    }

    static String tooLarge(long size, long limit) {
        return "the mail is " + megabytes(size) + ", over the limit of " + megabytes(limit)
                + " (casedesk.mail.intake.max-message-size); it was not downloaded";
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0)
                : bytes + " bytes";
    }
}
