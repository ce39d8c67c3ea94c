package jp.yokoten.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deny by default (SPEC §12): quarkus.security.jaxrs.deny-unannotated-endpoints answers 403 to a method that forgot
 * its security annotation, and this test makes the forgetting itself fail the build, naming the method.
 */
class EndpointsDenyByDefaultTest {
    /** Test-only resource that is unannotated on purpose, to prove the runtime denial. */
    private static final String PROBE = UnannotatedProbeResource.class.getName();

    @Test
    void everyResourceMethodUnderJpYokotenDeclaresWhoMayCallIt() throws Exception {
        List<String> resources = new ArrayList<>();
        List<String> unannotated = new ArrayList<>();
        for (Class<?> type : classes()) {
            if (!type.isAnnotationPresent(Path.class) && Stream.of(type.getDeclaredMethods()).noneMatch(m -> m.isAnnotationPresent(Path.class))) {
                continue;
            }
            resources.add(type.getSimpleName());
            if (type.getName().equals(PROBE)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (isResourceMethod(m) && !secured(m) && !secured(type)) {
                    unannotated.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertTrue(resources.size() >= 15, "the scan found the JAX-RS resources: " + resources);
        assertEquals(List.of(), unannotated, "resource methods without @RolesAllowed, @Authenticated, @PermitAll or @DenyAll");
    }

    private static boolean isResourceMethod(Method m) {
        return m.isAnnotationPresent(Path.class)
                || Stream.of(m.getAnnotations()).map(Annotation::annotationType).anyMatch(a -> a.isAnnotationPresent(HttpMethod.class));
    }

    private static boolean secured(AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class) || e.isAnnotationPresent(Authenticated.class)
                || e.isAnnotationPresent(PermitAll.class) || e.isAnnotationPresent(DenyAll.class);
    }

    /** Every class compiled from src/main and src/test under jp.yokoten. */
    private static List<Class<?>> classes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path testClasses = Paths.get(EndpointsDenyByDefaultTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (java.nio.file.Path root : List.of(testClasses, testClasses.resolveSibling("classes"))) {
            java.nio.file.Path base = root.resolve("jp/yokoten");
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<java.nio.file.Path> files = Files.walk(base)) {
                for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    found.add(Class.forName(name, false, EndpointsDenyByDefaultTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
