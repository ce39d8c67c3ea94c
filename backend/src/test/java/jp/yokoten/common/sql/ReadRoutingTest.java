package jp.yokoten.common.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import jp.yokoten.template.TemplateFixtures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Without YOKOTEN_READ_DB_URL there is one database: every read runs on the primary and writes set no cookie. */
@QuarkusTest
class ReadRoutingTest {
    @Inject
    ReadRouter router;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String primaryUrl;

    static String database(ReadRouter router) throws Exception {
        return router.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    static String databaseOf(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    @Test
    void withoutAReplicaEveryReadRunsOnThePrimary() throws Exception {
        assertFalse(router.replicaConfigured());
        assertEquals(ReadRouter.Target.PRIMARY, router.target());
        assertEquals(databaseOf(primaryUrl), database(router));
    }

    @Test
    void writesSetNoReadYourWritesCookieWithoutAReplica() {
        var created = TemplateFixtures.KOTO_PUBLISHER.request().contentType("application/json")
                .body(TemplateFixtures.validBody("読み取り経路の確認")).post("/api/v1/templates").then().statusCode(201).extract();
        assertNull(created.cookie(ReadYourWritesFilter.COOKIE));
    }
}
