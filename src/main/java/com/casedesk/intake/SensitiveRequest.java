package com.casedesk.intake;

import java.util.List;
import java.util.Locale;

import com.casedesk.cases.CaseType;

/**
 * Requests only an authorized (and, with a trusted mail server, authenticated) contact may make by mail:
 * termination, a change of the action instruction, personal codes and a change of the invoice address. The
 * classification leaves "personkod" and invoice addresses to a handler, so their words are recognised here.
 */
final class SensitiveRequest {

    private static final List<String> PERSONAL_CODE_WORDS = List.of("personkod", "personlig kod", "personliga kod",
            "kodeord", "personlig kode", "personal code", "pin code");
    private static final List<String> INVOICE_ADDRESS_WORDS = List.of("fakturaadress", "faktureringsadress",
            "fakturaadresse", "faktureringsadresse", "invoice address", "billing address");

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
        if (PERSONAL_CODE_WORDS.stream().anyMatch(text::contains)) {
            return "personal codes may only be ordered or changed by an authorized contact";
        }
        return INVOICE_ADDRESS_WORDS.stream().anyMatch(text::contains)
                ? "the invoice address may only be changed by an authorized contact"
                : null;
    }
}
