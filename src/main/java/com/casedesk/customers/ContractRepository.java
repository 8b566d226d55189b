package com.casedesk.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Contracts, each read with its whole customer. */
@Repository
public class ContractRepository {

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

    /** Every contract, in the order they were written. */
    public List<Contract> findAll() {
        return aggregates.load("SELECT customer_id FROM cd_contract", new MapSqlParameterSource()).stream()
                .flatMap(customer -> customer.getContracts().stream())
                .sorted((a, b) -> Long.compare(a.getId(), b.getId())).toList();
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
