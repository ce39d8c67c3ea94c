package jp.yokoten.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.yokoten.common.validation.DateRange;
import jp.yokoten.file.ClientDisconnected;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error leaves as RFC 9457 problem+json.
 * 4xx bodies say what to fix; 5xx bodies are generic and carry an id that is logged with the cause.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014");
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.toProblem());
    }

    /** A rate limit: the client learns when its bucket has a token again. */
    @ServerExceptionMapper
    public Response tooManyRequests(jp.yokoten.common.ratelimit.TooManyRequests e) {
        return Response.fromResponse(respond(e.toProblem()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e) {
        // An identity step that needed the database failed: that is our outage, not a bad token (503, not 401).
        if (databaseUnavailable(e)) {
            return unexpected(e);
        }
        return Response.fromResponse(respond(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "A valid bearer token issued by the Yokoten Keycloak realm is required.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"yokoten\"")
                .build();
    }

    @ServerExceptionMapper(io.quarkus.security.ForbiddenException.class)
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this request."));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400,
                "The request has invalid fields.", errors));
    }

    /** Listed by type so this wins over the Jackson extension's built-in mappers, which answer text/plain. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StreamConstraintsException) {
                return respond(Problem.of(400, "json-limits", "JSON outside limits",
                        "The JSON body is nested deeper than 64 levels or has a string, number or document that is too long."));
            }
            if (c instanceof JsonParseException p && p.getOriginalMessage() != null
                    && p.getOriginalMessage().startsWith("Duplicate field '")) {
                String name = p.getOriginalMessage().substring("Duplicate field '".length()).replaceFirst("'.*$", "");
                return respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400,
                        "The JSON body names the field '" + name + "' more than once; send each field once.",
                        List.of(new Problem.FieldError(name, "appears more than once"))));
            }
        }
        if (e instanceof DateRange.OutOfRange r && !r.getPath().isEmpty()) {
            return field(pathOf(r), DateRange.MESSAGE);
        }
        if (isSyntaxError(e)) {
            return respond(Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON."));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return field(pathOf(u), "Unknown field '" + u.getPropertyName() + "'.");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return field(pathOf(m), "Wrong type or format for this field.");
        }
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", "The request body could not be read as the expected JSON object."));
    }

    /** A concurrent writer got there first; the client should reload and retry. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return respond(Problem.of(409, "conflict", "Conflict", "Someone changed this object at the same moment. Reload it and try again."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException cause) {
                return unreadableJson(cause);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 400 -> "The request could not be read: check the JSON body and the parameters.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "This media type is not accepted here.";
            default -> "The request could not be processed.";
        };
        return respond(Problem.of(status, info.getReasonPhrase().toLowerCase().replace(' ', '-'), info.getReasonPhrase(), detail));
    }

    /**
     * The client closed the connection in the middle of a download: nobody is left to answer and nothing is
     * broken on our side, so one INFO line and no incident.
     */
    @ServerExceptionMapper(ClientDisconnected.class)
    public Response clientGone(ClientDisconnected e) {
        LOG.infof("Client went away: %s", e.getMessage());
        return Response.status(499).build();
    }

    /**
     * Keycloak unreachable before its keys were ever fetched (the API started while Keycloak was down): tokens
     * cannot be checked yet, which is temporary and not the client's fault.
     */
    @ServerExceptionMapper(io.quarkus.oidc.OIDCException.class)
    public Response identityProviderUnavailable(io.quarkus.oidc.OIDCException e) {
        LOG.warnf("Login service unavailable, answered 503: %s", e.getMessage());
        return unavailable("The login service cannot be reached at the moment. Try again in a few seconds.");
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable, answered 503: %s", rootMessage(e));
            return unavailable("The portal's database is not reachable at the moment. Try again in a few seconds.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "internal", "Internal error",
                "Something went wrong on our side. Quote incident " + incident + " to the portal operators."));
    }

    /**
     * PostgreSQL down, restarting or unreachable, or every pooled connection busy: a temporary condition that
     * the client may retry, wherever in the cause chain it surfaces (Hibernate, the JTA commit, a file read).
     * SQL states: class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot connect now),
     * 57014 (statement timeout); Agroal's acquisition timeout carries no state, only its message.
     */
    static boolean databaseUnavailable(Throwable e) {
        return databaseUnavailable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /** Causes and suppressed exceptions: a failed JTA commit carries the driver's error only as suppressed. */
    private static boolean databaseUnavailable(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (e instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal: "Sorry, acquisition timeout!" / "Acquisition timeout while waiting for new connection"
            if (sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        for (Throwable s : e.getSuppressed()) {
            if (databaseUnavailable(s, seen)) {
                return true;
            }
        }
        return databaseUnavailable(e.getCause(), seen);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Response unavailable(String detail) {
        return Response.fromResponse(respond(Problem.of(503, "service-unavailable", "Service unavailable", detail)))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private Response field(String field, String message) {
        return respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400,
                "The request has invalid fields.", List.of(new Problem.FieldError(field, message))));
    }

    private Response respond(Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            body = "{\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Truncated input reaches us as a mapping error with a field path; it is a syntax error all the same. */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JsonParseException
                    || (c.getMessage() != null && c.getMessage().startsWith("Unexpected end-of-input"))) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** "create.request.title" → "title": drop the method and parameter names the validator adds. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }
}
