package com.casedesk.customers;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import com.casedesk.system.BadRequestException;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerDirectory directory;
    private final CustomerImporter importer;

    CustomerController(CustomerDirectory directory, CustomerImporter importer) {
        this.directory = directory;
        this.importer = importer;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > 200) {
            throw new BadRequestException("size", "must be between 1 and 200");
        }
        CustomerDirectory.SummaryPage result = directory.list(page, size);
        long totalPages = (result.totalElements() + size - 1) / size;
        return Map.of("content", result.content(), "page", page, "size", size,
                "totalElements", result.totalElements(), "totalPages", totalPages);
    }

    @GetMapping("/{number}")
    CustomerView get(@PathVariable String number) {
        return directory.get(number);
    }

    @PostMapping("/import")
    @ResponseStatus(HttpStatus.CREATED)
    CustomerImporter.ImportResult importCustomers(@RequestBody CustomerImport data) {
        return importer.importCustomers(data);
    }
}
