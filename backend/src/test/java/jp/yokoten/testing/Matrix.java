package jp.yokoten.testing;

import static jp.yokoten.testing.Personas.EVERYONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Authorisation matrices: one dynamic test per endpoint row and persona, each on a fresh fixture. */
public final class Matrix {
    private Matrix() {}

    /** How to prepare the object, what to call, and the status each persona must get, in {@link Personas#EVERYONE} order. */
    public record Row<F>(String endpoint, Supplier<F> fixture, BiFunction<RequestSpecification, F, Response> call, int... expected) {}

    /** Every cell: the status as listed, and every 4xx as problem+json. */
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
                return dynamicTest(row.endpoint() + " as " + p + " → " + expected, () -> {
                    Response response = row.call().apply(p.request(), row.fixture().get());
                    assertEquals(expected, response.statusCode(), response::asString);
                    if (expected >= 400) {
                        assertEquals("application/problem+json", response.contentType().split(";")[0]);
                    }
                });
            });
        });
    }
}
