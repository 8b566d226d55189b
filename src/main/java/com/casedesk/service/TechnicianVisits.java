package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.Contact;
import com.casedesk.customers.Customer;
import com.casedesk.customers.CustomerRepository;
import com.casedesk.customers.Site;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.CustomerMailService.Mail;

/** What the steps of a technician visit do: look up the site, check the appointment, mail it, keep the report. */
@Service
@Transactional
public class TechnicianVisits {

    static final String CONFIRMATION_TEMPLATE = "visit-confirmation";
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final CustomerRepository customers;
    private final CaseManagement cases;
    private final CustomerMailService mail;
    private final Clock clock;

    TechnicianVisits(CustomerRepository customers, CaseManagement cases, CustomerMailService mail, Clock clock) {
        this.customers = customers;
        this.cases = cases;
        this.mail = mail;
        this.clock = clock;
    }

    /** The variables the forms and the mail need, from the customer data; refuses a caller's bad input. */
    public Map<String, Object> prepare(String caseNumber, String customerNumber, String siteId, String contactEmail,
            String checklistJson) {
        List<String> problems = new ArrayList<>();
        Optional<Customer> customer = customerNumber == null ? Optional.empty() : customers.findByNumber(customerNumber);
        if (customer.isEmpty()) {
            problems.add(CUSTOMER_NUMBER + ": customer '" + customerNumber + "' does not exist");
        }
        Optional<Site> site = customer.flatMap(c -> c.getSites().stream().filter(s -> s.getSiteId().equals(siteId)).findFirst());
        if (customer.isPresent() && site.isEmpty()) {
            problems.add(SITE_ID + ": '" + siteId + "' is not a site of customer " + customerNumber);
        }
        List<VisitChecklist.Item> items = List.of();
        try {
            items = VisitChecklist.fromJson(checklistJson);
        } catch (VisitInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new VisitInputException(problems);
        }
        Customer c = customer.get();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_NAME, c.getName());
        variables.put(CUSTOMER_LANGUAGE, c.getCountry().language());
        variables.put(CUSTOMER_TIME_ZONE, c.getCountry().zone().getId());
        variables.put(SITE_ADDRESS, site.get().getAddress());
        variables.put(VISIT_CONTACT_EMAIL, recipient(caseNumber, c, contactEmail));
        variables.put(VISIT_ITEM_COUNT, items.size());
        for (int n = 1; n <= items.size(); n++) {
            variables.put(itemCode(n), items.get(n - 1).code());
            variables.put(itemText(n), VisitItemTexts.title(items.get(n - 1), c.getCountry().language()));
        }
        return variables;
    }

    private String recipient(String caseNumber, Customer customer, String contactEmail) {
        if (contactEmail != null && !contactEmail.isBlank()) {
            return contactEmail.trim();
        }
        String caseContact = cases.get(caseNumber).getContactEmail();
        if (caseContact != null && !caseContact.isBlank()) {
            return caseContact;
        }
        return customer.getContacts().stream().filter(Contact::isAuthorized).map(Contact::getEmail).findFirst()
                .orElse(customer.getInvoiceEmail());
    }

    /** The coordinator's appointment: a day from today (customer's calendar) to the latest date, a time, a technician. */
    public void checkAppointment(String visitDate, String visitTime, String technician, String latestDate,
            String timeZone) {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        LocalDate date = null;
        try {
            date = visitDate == null || visitDate.isBlank() ? null : LocalDate.parse(visitDate.trim());
        } catch (DateTimeParseException e) {
            problems.add(VISIT_DATE + ": '" + visitDate + "' is not a date (YYYY-MM-DD)");
        }
        if (date == null && problems.isEmpty()) {
            problems.add(VISIT_DATE + ": required");
        }
        if (date != null && date.isBefore(today)) {
            problems.add(VISIT_DATE + ": " + date + " is in the past (today is " + today + ")");
        }
        if (date != null && latestDate != null && date.isAfter(LocalDate.parse(latestDate))) {
            problems.add(VISIT_DATE + ": " + date + " is too late, the visit must take place on or before " + latestDate);
        }
        if (visitTime == null || !TIME.matcher(visitTime.trim()).matches()) {
            problems.add(VISIT_TIME + ": '" + (visitTime == null ? "" : visitTime) + "' is not a time HH:MM");
        }
        if (technician == null || technician.isBlank()) {
            problems.add(VISIT_TECHNICIAN + ": required");
        }
        if (!problems.isEmpty()) {
            throw new VisitInputException(problems);
        }
    }

    public record Appointment(String caseNumber, String to, String language, String customerName, String siteAddress,
            String visitDate, String visitTime, String technician) {
    }

    /** Mails the appointment to the customer and notes it on the case. */
    public void confirm(Appointment appointment) {
        mail.send(new Mail(appointment.caseNumber(), appointment.to(), appointment.language(), CONFIRMATION_TEMPLATE,
                Map.of("customerName", appointment.customerName(), "siteAddress", appointment.siteAddress(),
                        "visitDate", appointment.visitDate(), "visitTime", appointment.visitTime(),
                        "technician", appointment.technician())));
        cases.record(appointment.caseNumber(), CaseEvent.Kind.TASK, "Technician visit agreed for "
                + appointment.visitDate() + " " + appointment.visitTime() + " with " + appointment.technician()
                + " at " + appointment.siteAddress(), null);
    }

    /**
     * @param summary         the items by code, for the case's timeline
     * @param customerSummary what was done, in the customer's language, for the closing mail
     */
    public record Report(String json, String summary, String customerSummary) {
    }

    /** Records the technician's report on the case; the checklist must be complete. */
    public Report recordReport(String caseNumber, List<VisitChecklist.Result> results, String technician,
            String visitDate, String customerLanguage) {
        Report report = new Report(VisitChecklist.reportJson(results), VisitChecklist.summary(results),
                VisitItemTexts.customerSummary(results, customerLanguage));
        cases.record(caseNumber, CaseEvent.Kind.TASK, "Visit report (" + technician + ", " + visitDate + "):\n"
                + report.summary(), report.json());
        return report;
    }

    public void recordReplyWhileWaiting(String caseNumber, String from, String text) {
        cases.record(caseNumber, CaseEvent.Kind.NOTE, "Reply from " + from
                + " while the visit waits (no reschedule asked; the appointment stands): " + (text == null ? "" : text),
                null);
    }
}
