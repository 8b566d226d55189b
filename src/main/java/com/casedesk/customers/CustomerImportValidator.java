package com.casedesk.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.casedesk.customers.CustomerImport.ContactRecord;
import com.casedesk.customers.CustomerImport.ContractRecord;
import com.casedesk.customers.CustomerImport.CustomerRecord;
import com.casedesk.customers.CustomerImport.InvoiceRecord;
import com.casedesk.customers.CustomerImport.SiteRecord;
import com.casedesk.system.EmailAddresses;
import com.casedesk.system.FieldError;

/** Checks every record of an import and names each bad field by its JSON path; writes nothing. */
final class CustomerImportValidator {

    static final Set<Integer> NOTICE_MONTHS = Set.of(3, 6, 12);
    static final Set<Integer> BINDING_MONTHS = Set.of(0, 12, 24, 36, 60);
    /** Customers one request may import: a larger file is split, so that one request stays a short transaction. */
    static final int MAX_CUSTOMERS_PER_REQUEST = 1000;
    private static final Pattern EAN = Pattern.compile("^\\d{13}$");
    /** The column sizes of V1__customers.sql: a longer value is named in a 400, not cut off or failed on in SQL. */
    private static final int NUMBER = 32;
    private static final int NAME = 200;
    private static final int EMAIL = 254;
    private static final int ADDRESS = 300;
    /** DECIMAL(12, 2). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> customerNumbers = new HashSet<>();
    private final Set<String> siteIds = new HashSet<>();
    private final Set<String> contractNumbers = new HashSet<>();
    private final Set<String> invoiceNumbers = new HashSet<>();
    /** Contact email (lower case) to the customer in this import that has it. */
    private final Map<String, String> contactEmails = new HashMap<>();

    /** Numbers already in the database: an import adds customers, it does not overwrite them. */
    interface Existing {
        boolean customer(String number);

        boolean site(String siteId);

        boolean contract(String number);

        boolean invoice(String number);

        /** The customer that already has a contact with this email (any case), or null. */
        String contactEmailOwner(String email);
    }

    static List<FieldError> validate(CustomerImport data, Existing existing) {
        CustomerImportValidator validator = new CustomerImportValidator();
        if (data == null || data.customers() == null) {
            validator.errors.add(new FieldError("customers", "is required"));
        } else if (data.customers().isEmpty()) {
            validator.errors.add(new FieldError("customers", "has no records"));
        } else if (data.customers().size() > MAX_CUSTOMERS_PER_REQUEST) {
            validator.errors.add(new FieldError("customers", "has " + data.customers().size() + " records; at most "
                    + MAX_CUSTOMERS_PER_REQUEST + " per request: split the import"));
        } else {
            for (int i = 0; i < data.customers().size(); i++) {
                validator.customer("customers[" + i + "]", data.customers().get(i), existing);
            }
        }
        return validator.errors;
    }

    private void customer(String at, CustomerRecord c, Existing existing) {
        if (c == null) {
            errors.add(new FieldError(at, "is empty"));
            return;
        }
        if (required(at + ".number", c.number()) && fits(at + ".number", c.number(), NUMBER)
                && (!customerNumbers.add(c.number()) || existing.customer(c.number()))) {
            errors.add(new FieldError(at + ".number", "customer " + c.number() + " already exists"));
        }
        fits(at + ".name", c.name(), NAME);
        required(at + ".name", c.name());
        required(at + ".orgNumber", c.orgNumber());
        fits(at + ".orgNumber", c.orgNumber(), NUMBER);
        Country country = enumValue(at + ".country", c.country(), Country.class);
        if (required(at + ".invoiceEmail", c.invoiceEmail()) && fits(at + ".invoiceEmail", c.invoiceEmail(), EMAIL)) {
            email(at + ".invoiceEmail", c.invoiceEmail());
        }
        if (c.eanNumber() != null && !EAN.matcher(c.eanNumber()).matches()) {
            errors.add(new FieldError(at + ".eanNumber", "must be 13 digits"));
        }
        Set<String> ownSites = new HashSet<>();
        Set<String> ownContracts = new HashSet<>();
        forEach(at + ".contacts", c.contacts(), (path, contact) -> contact(path, contact, c.number(), existing));
        forEach(at + ".sites", c.sites(), (path, site) -> site(path, site, ownSites, existing));
        forEach(at + ".contracts", c.contracts(), (path, contract) -> contract(path, contract, ownSites, ownContracts, existing));
        forEach(at + ".invoices", c.invoices(), (path, invoice) -> invoice(path, invoice, country, ownContracts, existing));
    }

    private void contact(String at, ContactRecord c, String customerNumber, Existing existing) {
        required(at + ".name", c.name());
        fits(at + ".name", c.name(), NAME);
        fits(at + ".phone", c.phone(), NUMBER);
        if (required(at + ".email", c.email()) && fits(at + ".email", c.email(), EMAIL)) {
            email(at + ".email", c.email());
            uniqueContactEmail(at + ".email", c.email(), customerNumber, existing);
        }
        required(at + ".authorized", c.authorized());
    }

    /** A contact's email says who writes: one address belongs to one customer, or mail cannot be told apart. */
    private void uniqueContactEmail(String field, String email, String customerNumber, Existing existing) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        String owner = contactEmails.putIfAbsent(key, String.valueOf(customerNumber));
        if (owner == null) {
            owner = existing.contactEmailOwner(email.strip());
        }
        if (owner != null) {
            errors.add(new FieldError(field, "'" + email + "' is already the email of a contact of customer " + owner
                    + "; one address belongs to one customer"));
        }
    }

    private void site(String at, SiteRecord s, Set<String> ownSites, Existing existing) {
        if (required(at + ".siteId", s.siteId()) && fits(at + ".siteId", s.siteId(), NUMBER)) {
            if (!siteIds.add(s.siteId()) || existing.site(s.siteId())) {
                errors.add(new FieldError(at + ".siteId", "site " + s.siteId() + " already exists"));
            }
            ownSites.add(s.siteId());
        }
        required(at + ".address", s.address());
        fits(at + ".address", s.address(), ADDRESS);
        required(at + ".remoteSupportCapable", s.remoteSupportCapable());
        required(at + ".hasKeyBox", s.hasKeyBox());
        required(at + ".signsInstalled", s.signsInstalled());
        required(at + ".monitoredByUs", s.monitoredByUs());
    }

    private void contract(String at, ContractRecord c, Set<String> ownSites, Set<String> ownContracts, Existing existing) {
        if (required(at + ".number", c.number()) && fits(at + ".number", c.number(), NUMBER)) {
            if (!contractNumbers.add(c.number()) || existing.contract(c.number())) {
                errors.add(new FieldError(at + ".number", "contract " + c.number() + " already exists"));
            }
            ownContracts.add(c.number());
        }
        if (required(at + ".siteId", c.siteId()) && !ownSites.contains(c.siteId())) {
            errors.add(new FieldError(at + ".siteId", "site " + c.siteId() + " is not one of this customer's sites"));
        }
        ContractType type = enumValue(at + ".type", c.type(), ContractType.class);
        date(at + ".startDate", c.startDate());
        if (required(at + ".noticeMonths", c.noticeMonths()) && !NOTICE_MONTHS.contains(c.noticeMonths())) {
            errors.add(new FieldError(at + ".noticeMonths", "must be 3, 6 or 12"));
        }
        if (required(at + ".bindingMonths", c.bindingMonths())) {
            if (!BINDING_MONTHS.contains(c.bindingMonths())) {
                errors.add(new FieldError(at + ".bindingMonths", "must be 0, 12, 24, 36 or 60"));
            } else if (type == ContractType.RENTAL && c.bindingMonths() == 0) {
                errors.add(new FieldError(at + ".bindingMonths", "a rental agreement always has a binding period"));
            }
        }
        required(at + ".guardCallOutIncluded", c.guardCallOutIncluded());
        required(at + ".reminderFeeAgreed", c.reminderFeeAgreed());
    }

    private void invoice(String at, InvoiceRecord i, Country country, Set<String> ownContracts, Existing existing) {
        if (required(at + ".number", i.number()) && fits(at + ".number", i.number(), NUMBER)
                && (!invoiceNumbers.add(i.number()) || existing.invoice(i.number()))) {
            errors.add(new FieldError(at + ".number", "invoice " + i.number() + " already exists"));
        }
        if (i.contractNumber() != null && !ownContracts.contains(i.contractNumber())) {
            errors.add(new FieldError(at + ".contractNumber",
                    "contract " + i.contractNumber() + " is not one of this customer's contracts"));
        }
        if (required(at + ".amount", i.amount()) && i.amount().compareTo(BigDecimal.ZERO) <= 0) {
            errors.add(new FieldError(at + ".amount", "must be positive"));
        } else if (i.amount() != null && (i.amount().compareTo(MAX_AMOUNT) > 0
                || i.amount().stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError(at + ".amount", "must be at most " + MAX_AMOUNT.toPlainString()
                    + " with at most two decimals"));
        }
        if (required(at + ".currency", i.currency()) && country != null && !country.currency().equals(i.currency())) {
            errors.add(new FieldError(at + ".currency", "must be " + country.currency() + " for a customer in " + country));
        }
        LocalDate issued = date(at + ".issueDate", i.issueDate());
        LocalDate due = date(at + ".dueDate", i.dueDate());
        if (issued != null && due != null && due.isBefore(issued)) {
            errors.add(new FieldError(at + ".dueDate", "is before the issue date"));
        }
        enumValue(at + ".status", i.status(), InvoiceStatus.class);
    }

    private <T> void forEach(String at, List<T> items, java.util.function.BiConsumer<String, T> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                errors.add(new FieldError(at + "[" + i + "]", "is empty"));
            } else {
                check.accept(at + "[" + i + "]", items.get(i));
            }
        }
    }

    private boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        return true;
    }

    /** True when the value is absent or fits; otherwise names the field and the limit. */
    private boolean fits(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new FieldError(field, "is " + value.length() + " characters long; at most " + maxLength));
            return false;
        }
        return true;
    }

    private void email(String field, String value) {
        if (!EmailAddresses.isValid(value)) {
            errors.add(new FieldError(field, "'" + value + "' is not an email address"));
        }
    }

    private LocalDate date(String field, String value) {
        if (!required(field, value)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (!required(field, value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
