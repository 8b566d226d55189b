package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStarter.CaseSubject;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.Country;
import com.casedesk.customers.Contract;
import com.casedesk.customers.ContractRepository;
import com.casedesk.customers.ContractStatus;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;

/** Opens a termination case for a notice and starts its process. The one entry for mail intake, handlers and the API. */
@Service
public class TerminationIntake {

    private final ContractRepository contracts;
    private final CaseStarter starter;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate lookup;
    private final Clock clock;

    TerminationIntake(ContractRepository contracts, CaseStarter starter, RuntimeService runtime, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.contracts = contracts;
        this.starter = starter;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.lookup = new TransactionTemplate(transactions);
        this.lookup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * @return the new case's number
     * @throws BadRequestException naming every field that is missing or wrong (unknown contract, a contract of
     *                             another customer, a contract already terminated or with a termination case open)
     */
    public String receive(TerminationNotice notice) {
        return receive(notice, false);
    }

    /**
     * As {@link #receive(TerminationNotice)}; {@code senderVerified}: a handler verified the requester (sender
     * verification), who then counts as authorized though not an authorized contact.
     */
    public String receive(TerminationNotice notice, boolean senderVerified) {
        try {
            return transaction.execute(status -> open(notice, senderVerified));
        } catch (ContractClaimed claimed) {
            // name the other case if it has committed by now
            throw alreadyHandled(claimed.contractNumber, lookup.execute(status -> openCase(claimed.contractNumber)
                    .orElse(null)));
        }
    }

    private String open(TerminationNotice notice, boolean senderVerified) {
        Contract contract = validate(notice);
        String requester = notice.requesterEmail().trim();
        boolean authorized = senderVerified || contract.getCustomer().hasAuthorizedContact(requester);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_NUMBER, contract.getCustomer().getNumber());
        variables.put(CONTRACT_NUMBER, contract.getNumber());
        variables.put(SITE_ID, contract.getSite().getSiteId());
        variables.put(REQUESTER_EMAIL, requester);
        variables.put(REQUEST_CHANNEL, notice.channel().name());
        variables.put(REQUEST_RECEIVED_DATE, notice.receivedDate().toString());
        variables.put(REQUESTER_AUTHORIZED, authorized);
        variables.put(NOTICE_TEXT, notice.text());
        claimContract(contract.getNumber());
        return starter.start(CaseType.TERMINATION, PROCESS_KEY,
                CaseSubject.of("Termination of contract " + contract.getNumber())
                        .withCustomer(contract.getCustomer().getNumber()).withContactEmail(requester)
                        .withSite(contract.getSite().getSiteId()).withContract(contract.getNumber()),
                variables).caseNumber();
    }

    /**
     * Claims the contract for this notice's case before the case opens: a row per contract, whose primary key makes
     * a second notice at the same moment wait for the first and then fail. The claim of a case whose process has
     * ended (validation found no open case) is taken over, only if no one else took it over meanwhile.
     */
    private void claimContract(String contractNumber) {
        List<String> claims = jdbc.queryForList("SELECT claim_id FROM cd_termination_claim WHERE contract_number = ?",
                String.class, contractNumber);
        String claim = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            if (claims.isEmpty()) {
                jdbc.update("INSERT INTO cd_termination_claim (contract_number, claim_id, claimed_at) VALUES (?, ?, ?)",
                        contractNumber, claim, now);
            } else if (jdbc.update("UPDATE cd_termination_claim SET claim_id = ?, claimed_at = ?"
                    + " WHERE contract_number = ? AND claim_id = ?", claim, now, contractNumber, claims.get(0)) == 0) {
                throw new ContractClaimed(contractNumber);
            }
        } catch (DuplicateKeyException | ConcurrencyFailureException | QueryTimeoutException clash) {
            // the other notice's transaction holds the row: committed (duplicate key) or still running (H2 gives up
            // waiting with a lock timeout); either way this notice must not open a second case
            throw new ContractClaimed(contractNumber);
        }
    }

    /** Another notice's case holds the contract; the transaction rolls back before the 400 is written. */
    private static final class ContractClaimed extends RuntimeException {

        private final String contractNumber;

        ContractClaimed(String contractNumber) {
            super("contract " + contractNumber + " is claimed by another termination case", null, false, false);
            this.contractNumber = contractNumber;
        }
    }

    private static BadRequestException alreadyHandled(String contractNumber, String caseNumber) {
        if (caseNumber == null) {
            return new BadRequestException("contractNumber", "another termination case for contract " + contractNumber
                    + " was opened at the same moment; send the new notice as a reply to that case");
        }
        return new BadRequestException("contractNumber", "case " + caseNumber + " already handles the termination of"
                + " contract " + contractNumber + "; send the new notice as a reply to that case");
    }

    private Contract validate(TerminationNotice notice) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(notice.customerNumber())) {
            errors.add(new FieldError("customerNumber", "required"));
        }
        if (blank(notice.contractNumber())) {
            errors.add(new FieldError("contractNumber", "required"));
        }
        if (blank(notice.requesterEmail())) {
            errors.add(new FieldError("requesterEmail", "required: who asked to terminate"));
        } else if (!notice.requesterEmail().trim().matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(new FieldError("requesterEmail", "'" + notice.requesterEmail() + "' is not an email address"));
        }
        if (notice.channel() == null) {
            errors.add(new FieldError("channel", "required: one of EMAIL, LETTER, PHONE, WEB_FORM"));
        }
        if (notice.receivedDate() == null) {
            errors.add(new FieldError("receivedDate", "required: the day the notice reached us (YYYY-MM-DD)"));
        } else if (notice.receivedDate().isAfter(latestToday())) {
            errors.add(new FieldError("receivedDate", notice.receivedDate() + " is in the future"));
        }
        if (notice.text() != null && notice.text().length() > com.casedesk.cases.CaseTexts.MAX_TEXT) {
            errors.add(new FieldError("text", "is " + notice.text().length() + " characters long; at most "
                    + com.casedesk.cases.CaseTexts.MAX_TEXT + " are accepted"));
        }
        Optional<Contract> contract = blank(notice.contractNumber()) ? Optional.empty()
                : contracts.findByNumber(notice.contractNumber().trim());
        if (!blank(notice.contractNumber()) && contract.isEmpty()) {
            errors.add(new FieldError("contractNumber", "contract " + notice.contractNumber() + " does not exist"));
        }
        contract.ifPresent(c -> {
            String owner = c.getCustomer().getNumber();
            if (!blank(notice.customerNumber()) && !owner.equals(notice.customerNumber().trim())) {
                errors.add(new FieldError("contractNumber", "contract " + c.getNumber()
                        + " is not a contract of customer " + notice.customerNumber()));
            } else if (c.getStatus() != ContractStatus.ACTIVE) {
                errors.add(new FieldError("contractNumber", "contract " + c.getNumber() + " is already "
                        + c.getStatus() + (c.getEndDate() == null ? "" : " (ends " + c.getEndDate() + ")")));
            } else {
                openCase(c.getNumber()).ifPresent(caseNumber -> errors.add(
                        alreadyHandled(c.getNumber(), caseNumber).errors().get(0)));
            }
        });
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return contract.get();
    }

    /** Today where it is latest among the countries served: a notice dated today anywhere we serve is not future. */
    private LocalDate latestToday() {
        return Arrays.stream(Country.values()).map(country -> LocalDate.now(clock.withZone(country.zone())))
                .max(LocalDate::compareTo).orElseThrow();
    }

    private Optional<String> openCase(String contractNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(CONTRACT_NUMBER, contractNumber).list().stream()
                .map(instance -> instance.getBusinessKey()).findFirst();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
