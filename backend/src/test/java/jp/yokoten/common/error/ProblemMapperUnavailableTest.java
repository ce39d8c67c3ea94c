package jp.yokoten.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The shapes in which a database outage reaches the mapper (seen in the fault suite's logs): each must answer
 * 503 problem+json with Retry-After, never 500 with an incident nor 401; a real bug stays a 500.
 */
class ProblemMapperUnavailableTest {
    private final ProblemMapper mapper = mapper();

    private static ProblemMapper mapper() {
        ProblemMapper m = new ProblemMapper();
        m.json = new ObjectMapper().findAndRegisterModules();
        return m;
    }

    private static void assertUnavailable(Response r) {
        assertEquals(503, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertEquals("5", r.getHeaderString("Retry-After"));
        assertTrue(r.getEntity().toString().contains("\"type\":\"https://yokoten.example/problems/service-unavailable\""), r.getEntity().toString());
    }

    @Test
    void aCommitRefusedBecausePostgresShutDownAnswers503() {
        Exception commit = new RuntimeException("Error invoking subclass method",
                new Exception("ARJUNA016053: Could not commit transaction."));
        commit.getCause().addSuppressed(new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertUnavailable(mapper.unexpected(commit));
    }

    @Test
    void bothAgroalAcquisitionTimeoutsAnswer503() {
        assertUnavailable(mapper.unexpected(new org.hibernate.exception.GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertUnavailable(mapper.unexpected(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aRefusedConnectionWhileReadingAFileAnswers503() {
        assertUnavailable(mapper.unexpected(new IOException("Reading chunk 0 failed",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
    }

    @Test
    void anOutageDuringAuthenticationIsNot401() {
        assertUnavailable(mapper.unauthenticated(new AuthenticationFailedException(
                new SQLException("the database system is starting up", "57P03"))));
    }

    @Test
    void aConstraintViolationIsStillAnInternalErrorWithAnIncident() {
        Response r = mapper.unexpected(new RuntimeException(new SQLException("duplicate key", "23505")));
        assertEquals(500, r.getStatus());
        assertTrue(r.getEntity().toString().contains("incident"), r.getEntity().toString());
    }
}
