package com.casedesk.termination;

import java.time.LocalDate;
import com.casedesk.cases.RequestChannel;

/**
 * A customer's request to terminate a contract, as the mailbox, a handler or the API received it.
 *
 * @param customerNumber the customer the contract belongs to
 * @param contractNumber the contract to terminate
 * @param requesterEmail who asked; decides whether an authorized contact asked
 * @param channel        how it reached us: only EMAIL and LETTER are in writing
 * @param receivedDate   the day it reached us; the notice period counts from it
 * @param text           what the customer wrote or said, optional
 */
public record TerminationNotice(String customerNumber, String contractNumber, String requesterEmail,
        RequestChannel channel, LocalDate receivedDate, String text) {
}
