package jp.yokoten.testing;

import static jp.yokoten.testing.Personas.EVERYONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Authorisation matrices: one dynamic test per endpoint row and persona, each on a fresh fixture. A refused
 * cell must have changed nothing (row counts of every table, taken after the fixture is built); an allowed
 * cell must answer with what it touched (the fixture's id) or the shape it lists.
 */
public final class Matrix {
    private Matrix() {}

    /** What an allowed (2xx) answer must contain, given the response and the row's fixture. */
    @FunctionalInterface
    public interface Body<F> {
        void check(Response response, F fixture);
    }

    /** How to prepare the object, what to call, what a 2xx body holds, and the status each persona must get, in column order. */
    public record Row<F>(String endpoint, Supplier<F> fixture, BiFunction<RequestSpecification, F, Response> call, Body<F> body,
            int... expected) {
        /** A row not yet given its own body check: a 2xx must still answer with something (JSON, CSV, bytes) or be a 204. */
        public Row(String endpoint, Supplier<F> fixture, BiFunction<RequestSpecification, F, Response> call, int... expected) {
            this(endpoint, fixture, call, Matrix.someAnswer(), expected);
        }
    }

    /** Every cell: the status as listed; every 4xx as problem+json with the database unchanged; every 2xx with its body. */
    public static <F> Stream<DynamicTest> cells(List<Row<F>> rows) {
        return cells(EVERYONE, rows);
    }

    /** The same with a feature's own columns (e.g. the award's judges), in {@code personas} order. */
    public static <F> Stream<DynamicTest> cells(List<Persona> personas, List<Row<F>> rows) {
        return rows.stream().flatMap(row -> {
            assertEquals(personas.size(), row.expected().length, row.endpoint() + " has a cell per persona");
            return IntStream.range(0, personas.size()).mapToObj(i -> {
                Persona p = personas.get(i);
                int expected = row.expected()[i];
                return dynamicTest(row.endpoint() + " as " + p + " → " + expected, () -> cell(row, p, expected));
            });
        });
    }

    /** The rows named in {@code endpoints}, every name matching a row (so a renamed row cannot drop out silently). */
    public static <F> List<Row<F>> only(List<Row<F>> rows, java.util.Set<String> endpoints) {
        List<Row<F>> chosen = rows.stream().filter(r -> endpoints.contains(r.endpoint())).toList();
        java.util.Set<String> found = chosen.stream().map(Row::endpoint).collect(java.util.stream.Collectors.toSet());
        assertEquals(endpoints, found, "every named row exists");
        return chosen;
    }

    private static <F> void cell(Row<F> row, Persona p, int expected) {
        F fixture = row.fixture().get();
        Db db = Arc.container().instance(Db.class).get();
        Map<String, Long> before = db.footprint();
        Response response = row.call().apply(p.request(), fixture);
        assertEquals(expected, response.statusCode(), response::asString);
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, db.footprint(), row.endpoint() + " was refused to " + p + " and must have changed nothing");
        } else {
            row.body().check(response, fixture);
        }
    }

    // Body checks, combined with all(...).

    /** A JSON answer whose {@code path} is the fixture's own id (or whatever {@code expected} derives from it). */
    public static <F> Body<F> is(String path, Function<F, Object> expected) {
        return (r, f) -> {
            assertJson(r);
            assertEquals(expected.apply(f), r.path(path), path);
        };
    }

    /** A JSON answer in which {@code path} equals {@code value}. */
    public static <F> Body<F> equalTo(String path, Object value) {
        return is(path, f -> value);
    }

    /** A JSON answer with every one of {@code paths} present (e.g. the id of something just created). */
    public static <F> Body<F> has(String... paths) {
        return (r, f) -> {
            assertJson(r);
            for (String path : paths) {
                assertNotNull(r.path(path), path + " in " + r.asString());
            }
        };
    }

    /** A JSON list at {@code path} ("$" for a bare array) whose items have every one of {@code keys}. */
    public static <F> Body<F> list(String path, String... keys) {
        return (r, f) -> {
            assertJson(r);
            List<Map<String, Object>> items = r.jsonPath().getList(path.equals("$") ? "" : path);
            assertNotNull(items, path + " is a list in " + r.asString());
            for (Map<String, Object> item : items) {
                for (String key : keys) {
                    assertTrue(item.containsKey(key), key + " in every item of " + path);
                }
            }
        };
    }

    /** A page: items, and numbers for page, size and total; the items carry {@code keys}. */
    public static <F> Body<F> page(String... keys) {
        return all(list("items", keys), has("page", "size", "total"));
    }

    /** A page whose items include the fixture's own id (at {@code key} of an item). */
    public static <F> Body<F> pageWith(String key, Function<F, String> id) {
        return all(page(key), (r, f) -> {
            List<Object> ids = r.jsonPath().getList("items." + key);
            assertTrue(ids.contains(id.apply(f)), id.apply(f) + " listed in " + r.asString());
        });
    }

    /** A CSV export: text/csv whose header row (after the BOM) starts with {@code header}. */
    public static <F> Body<F> csv(String header) {
        return (r, f) -> {
            assertEquals("text/csv", r.contentType().split(";")[0].trim());
            String text = r.asString().replace("\uFEFF", "");
            assertTrue(text.startsWith(header), "CSV header starts with " + header + ": " + text.lines().findFirst().orElse(""));
        };
    }

    /** No body at all (204). */
    public static <F> Body<F> empty() {
        return (r, f) -> assertEquals("", r.asString());
    }

    /** Bytes of the given media type, not empty. */
    public static <F> Body<F> bytes(String mediaType) {
        return (r, f) -> {
            assertEquals(mediaType, r.contentType().split(";")[0].trim());
            assertTrue(r.asByteArray().length > 0, "a non-empty body");
        };
    }

    /** The weakest body check, for rows that have not said what they return: a 204 is empty, anything else is not. */
    public static <F> Body<F> someAnswer() {
        return (r, f) -> assertEquals(r.statusCode() == 204, r.asByteArray().length == 0, "a 204 is empty, another 2xx is not");
    }

    /** For a row in which no caller may succeed: a 2xx already fails on its status, and this says so. */
    public static <F> Body<F> refusedOnly() {
        return (r, f) -> org.junit.jupiter.api.Assertions.fail("no caller may succeed here");
    }

    @SafeVarargs
    public static <F> Body<F> all(Body<F>... checks) {
        return (r, f) -> {
            for (Body<F> check : checks) {
                check.check(r, f);
            }
        };
    }

    private static void assertJson(Response r) {
        assertTrue(Objects.requireNonNullElse(r.contentType(), "").startsWith("application/json"), "JSON, not " + r.contentType());
    }
}
