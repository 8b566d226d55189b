package com.casedesk.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    Optional<Contract> findByNumber(String number);

    boolean existsByNumber(String number);
}
