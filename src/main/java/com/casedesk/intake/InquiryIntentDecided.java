package com.casedesk.intake;

/** What an inquiry by mail asks for, decided by {@code rules/intake/inquiry-intents.drl}: an InquiryIntent name. */
public record InquiryIntentDecided(String intent) {
}
