package com.casedesk.intake;

/** Inserted by a row of {@code rules/intake/invoice-numbers.csv}: an invoice number the mail names. */
public record InvoiceNumberMention(String number) {
}
