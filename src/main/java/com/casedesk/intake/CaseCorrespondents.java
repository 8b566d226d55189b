package com.casedesk.intake;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseRecord;
import com.casedesk.customers.ContactRepository;
import com.casedesk.mail.OutboxMailRepository;

/**
 * Whether an address is on a case: the case's contact address, a contact of the case's customer, or an address
 * CaseDesk wrote to about the case. Mail received on the case does not count, so a stranger's mail can never
 * make its sender a correspondent.
 */
@Component
class CaseCorrespondents {

    private final ContactRepository contacts;
    private final OutboxMailRepository outbox;

    CaseCorrespondents(ContactRepository contacts, OutboxMailRepository outbox) {
        this.contacts = contacts;
        this.outbox = outbox;
    }

    boolean isOnCase(String address, CaseRecord record) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String sender = address.strip();
        if (sender.equalsIgnoreCase(record.getContactEmail())) {
            return true;
        }
        if (record.getCustomerNumber() != null && contacts.findByEmailIgnoreCase(sender).stream()
                .anyMatch(contact -> record.getCustomerNumber().equals(contact.getCustomer().getNumber()))) {
            return true;
        }
        return outbox.findByCaseNumberOrderByIdAsc(record.getCaseNumber()).stream()
                .anyMatch(mail -> sender.equalsIgnoreCase(mail.getRecipient()));
    }
}
