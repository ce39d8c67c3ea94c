package jp.yokoten.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract's PublicationStatus enum and the workflow's statuses are one set: a new status must reach both. */
class PublicationStatusTest {
    @Test
    void theContractEnumListsExactlyTheWorkflowStatuses() {
        Set<String> contract = Arrays.stream(PublicationStatus.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(Workflow.ALL, contract);
    }
}
