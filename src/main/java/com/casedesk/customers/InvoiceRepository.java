package com.casedesk.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Invoice> findByStatusAndDueDateBefore(InvoiceStatus status, LocalDate date);
}
