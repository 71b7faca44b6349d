package org.keji.ip.techcontract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.ip.techcontract.TechnologyContracts.act;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Registration numbers are unique even when many contracts are registered at the same moment. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RegistrationNumberTest {

    private static final int CONTRACTS = 24;

    @Inject
    MaterialReplica replica;

    @Test
    void shouldGiveEachOfManyParallelRegistrationsItsOwnNumber() throws Exception {
        String seller = Usccs.aUscc();
        String applicant = Tokens.shared().applicant(seller);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            ids.add(TechnologyContracts.aSubmittedContract(applicant, seller, i % 2 == 0 ? "DEVELOPMENT" : "SERVICE",
                    "100000.00", TechnologyContracts.aMaterial(replica, seller)));
        }
        String officer = Tokens.shared().officer();
        List<Future<String>> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (String id : ids) {
                numbers.add(pool.submit(() -> act(officer, id, "register", "{\"registeredAmount\":\"90000.00\"}")
                        .then().statusCode(200).extract().<String> path("registrationNumber")));
            }
        }
        HashSet<String> distinct = new HashSet<>();
        for (Future<String> number : numbers) {
            String value = number.get();
            assertTrue(value.matches("\\d{4}350100[15]\\d{7}"), value);
            distinct.add(value.substring(11));
        }
        // the sequence part alone is unique, whatever the type digit
        assertEquals(CONTRACTS, distinct.size());
    }

    @Test
    void shouldFormatTheNumberFromYearRegionTypeAndSequence() {
        assertEquals("202635010220000042",
                TechnologyContractService.registrationNumber(2026, "350102", ContractType.TRANSFER, 42));
        assertEquals("202733000051234567",
                TechnologyContractService.registrationNumber(2027, "330000", ContractType.SERVICE, 1_234_567));
    }
}
