package com.casedesk.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CustomerReply;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.CustomerMailService.Mail;

/**
 * A customer asked for another day or to cancel a booked visit: the request goes on the case and to the
 * coordinator's next scheduling task, and a customer who asked by mail is told it was received.
 */
@Service
@Transactional
public class VisitChangeRequests {

    private final CaseManagement cases;
    private final CustomerMailService mail;

    VisitChangeRequests(CaseManagement cases, CustomerMailService mail) {
        this.cases = cases;
        this.mail = mail;
    }

    /**
     * @param intent RESCHEDULE or CANCEL
     * @param to     where the answer goes (the reply's sender); null sends none (a handler entered the request)
     */
    public record ChangeRequest(String caseNumber, String intent, String from, String reason, LocalDate preferredDate,
            String to, String language, String inReplyTo) {
    }

    /**
     * The day the customer would rather have: the last day the reply names that is not the booked one and not
     * before today ("passar inte den 9 december, kan ni komma den 10 december" gives 10 December).
     *
     * @param mentionedDates ISO dates separated by commas, or null
     */
    static LocalDate preferredDate(String mentionedDates, String bookedDate, LocalDate today) {
        if (mentionedDates == null || mentionedDates.isBlank()) {
            return null;
        }
        List<LocalDate> dates = Arrays.stream(mentionedDates.split(",")).map(String::strip).map(LocalDate::parse).toList();
        LocalDate booked = bookedDate == null || bookedDate.isBlank() || "null".equals(bookedDate) ? null
                : LocalDate.parse(bookedDate.strip());
        return dates.stream().filter(date -> !date.equals(booked) && !date.isBefore(today))
                .reduce((first, second) -> second).orElse(null);
    }

    public void record(ChangeRequest request) {
        boolean cancel = CustomerReply.INTENT_CANCEL.equals(request.intent());
        cases.record(request.caseNumber(), CaseEvent.Kind.NOTE, (cancel ? "Visit cancellation asked by "
                : "Visit to be rescheduled, asked by ") + request.from() + ": "
                + (request.reason() == null ? "" : request.reason())
                + (request.preferredDate() == null ? "" : " (preferred date " + request.preferredDate() + ")"), null);
        if (request.to() == null) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("preferredDateSentence", preferredDateSentence(request.preferredDate(), request.language()));
        mail.send(new Mail(request.caseNumber(), request.to(), request.language(),
                cancel ? "visit-cancel-received" : "visit-reschedule-received", values, request.inReplyTo()));
    }

    static String preferredDateSentence(LocalDate preferred, String language) {
        if (preferred == null) {
            return ".";
        }
        Locale locale = switch (language == null ? "en" : language) {
            case "sv" -> Locale.forLanguageTag("sv-SE");
            case "da" -> Locale.forLanguageTag("da-DK");
            default -> Locale.ENGLISH;
        };
        String day = preferred.format(DateTimeFormatter.ofPattern("da".equals(language) ? "d. MMMM yyyy" : "d MMMM yyyy",
                locale));
        return switch (language == null ? "en" : language) {
            case "sv" -> " och att du helst vill ha besöket den " + day + ".";
            case "da" -> ", og at du helst vil have besøget den " + day + ".";
            default -> " and that you would rather have the visit on " + day + ".";
        };
    }
}
