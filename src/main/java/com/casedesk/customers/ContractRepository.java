package com.casedesk.customers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Contracts, each read with its whole customer. */
@Repository
public class ContractRepository {

    private static final int BATCH = 200;

    private final CustomerAggregates aggregates;

    ContractRepository(CustomerAggregates aggregates) {
        this.aggregates = aggregates;
    }

    public Optional<Contract> findByNumber(String number) {
        return aggregates.load("SELECT customer_id FROM cd_contract WHERE contract_number = :number",
                new MapSqlParameterSource("number", number)).stream()
                .flatMap(customer -> customer.getContracts().stream())
                .filter(contract -> contract.getNumber().equals(number)).findFirst();
    }

    public boolean existsByNumber(String number) {
        return aggregates.jdbc().queryForObject("SELECT COUNT(*) FROM cd_contract WHERE contract_number = :number",
                new MapSqlParameterSource("number", number), Long.class) > 0;
    }

    /**
     * Hands every contract to {@code action}, reading the customers a batch at a time (each with its invoices), so
     * a scan over all contracts never holds every customer at once.
     */
    public void forEach(Consumer<Contract> action) {
        forEach(BATCH, action);
    }

    void forEach(int batchSize, Consumer<Contract> action) {
        long after = 0;
        while (true) {
            List<Long> ids = aggregates.jdbc().queryForList("SELECT id FROM cd_customer WHERE id > :after"
                    + " AND id IN (SELECT customer_id FROM cd_contract) ORDER BY id FETCH FIRST :size ROWS ONLY",
                    new MapSqlParameterSource("after", after).addValue("size", batchSize), Long.class);
            if (ids.isEmpty()) {
                return;
            }
            aggregates.load(":ids", new MapSqlParameterSource("ids", ids))
                    .forEach(customer -> customer.getContracts().forEach(action));
            after = ids.get(ids.size() - 1);
        }
    }

    /** Writes the contract's status and end date: what a termination changes. */
    public void updateStatus(Contract contract) {
        long version = aggregates.updateVersioned("cd_contract", contract.getId(), contract.version(),
                "status = :status, end_date = :endDate",
                new MapSqlParameterSource("status", contract.getStatus().name())
                        .addValue("endDate", contract.getEndDate()));
        contract.stored(contract.getId(), version);
    }
}
