package com.casedesk.intake;

import java.util.List;
import java.util.Locale;

import com.casedesk.cases.CaseType;

/**
 * Requests only an authorized contact may make by mail: termination, a change of the action instruction, and
 * personal codes. The classification leaves "personkod" to a handler (general inquiry), so the words for
 * personal codes are recognised here.
 */
final class SensitiveRequest {

    private static final List<String> PERSONAL_CODE_WORDS = List.of("personkod", "personlig kod", "personliga kod",
            "kodeord", "personlig kode", "personal code", "pin code");

    private SensitiveRequest() {
    }

    /** Why the request needs an authorized sender, or null when anyone may make it. */
    static String reason(CaseType type, ParsedMail mail) {
        if (type == CaseType.TERMINATION) {
            return "a termination must come from an authorized contact";
        }
        if (type == CaseType.ACTION_INSTRUCTION_CHANGE) {
            return "a change of the action instruction must come from an authorized contact";
        }
        String text = (mail.subjectOrEmpty() + "\n" + mail.text()).toLowerCase(Locale.ROOT);
        return PERSONAL_CODE_WORDS.stream().anyMatch(text::contains)
                ? "personal codes may only be ordered or changed by an authorized contact"
                : null;
    }
}
