package com.casedesk.cases;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<CaseRecord, Long> {

    Optional<CaseRecord> findByCaseNumber(String caseNumber);

    Optional<CaseRecord> findByProcessInstanceId(String processInstanceId);
}
