package com.casedesk.termination;

import java.time.LocalDate;

import com.casedesk.customers.ContractType;
import com.casedesk.cases.RequestChannel;

/**
 * A request to terminate one contract, with the contract terms the eligibility rules need.
 *
 * @param noticeMonths  3, 6 or 12
 * @param bindingMonths 0 (none), 12, 24, 36 or 60; a rental always has one
 */
public record TerminationRequest(ContractType type, LocalDate startDate, int noticeMonths, int bindingMonths,
        LocalDate receivedDate, RequestChannel channel, boolean requesterAuthorized, boolean siteHasKeyBox,
        boolean siteSignsInstalled) {
}
