package jp.yokoten.notification;

import static jp.yokoten.notification.NotificationDb.introduce;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.yokoten.testing.Matrix;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The inbox, marking read, preferences, their input checks, and that each user sees and changes only their own. */
@QuarkusTest
class NotificationApiTest {
    static final Persona OWNER = Personas.PUB_OWN;
    static final Persona OTHER = Personas.PUB_OTHER;

    @Inject
    NotificationDb db;

    @BeforeEach
    void clean() {
        db.reset();
        introduce(Personas.EVERYONE.stream().filter(p -> p.user() != null).toArray(Persona[]::new));
    }

    @Test
    void theInboxIsNewestFirstPagedAndCountsUnread() {
        UUID first = db.notifyDirect(OWNER, "一番目");
        UUID second = db.notifyDirect(OWNER, "二番目");
        UUID third = db.notifyDirect(OWNER, "三番目");
        OWNER.request().get("/api/v1/notifications?size=2").then().statusCode(200)
                .body("items.title", contains("三番目", "二番目")).body("total", equalTo(3)).body("unreadCount", equalTo(3))
                .body("items[0].read", equalTo(false)).body("items[0].detail.stars", equalTo(4));
        OWNER.request().get("/api/v1/notifications?size=2&page=1").then().body("items.title", contains("一番目"));

        OWNER.request().contentType(ContentType.JSON).body(Map.of("ids", List.of(second))).post("/api/v1/notifications/read")
                .then().statusCode(200).body("unreadCount", equalTo(2));
        OWNER.request().get("/api/v1/notifications?unread=true").then()
                .body("items.id", contains(third.toString(), first.toString())).body("total", equalTo(2)).body("unreadCount", equalTo(2));
        // marking again changes nothing
        OWNER.request().contentType(ContentType.JSON).body(Map.of("ids", List.of(second))).post("/api/v1/notifications/read")
                .then().statusCode(200).body("unreadCount", equalTo(2));
        OWNER.request().contentType(ContentType.JSON).body(Map.of("all", true)).post("/api/v1/notifications/read")
                .then().statusCode(200).body("unreadCount", equalTo(0));
        OWNER.request().get("/api/v1/notifications?unread=true").then().body("items", hasSize(0)).body("total", equalTo(0));
        OWNER.request().get("/api/v1/notifications").then().body("total", equalTo(3)).body("items[2].read", equalTo(true));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        UUID n = db.notifyDirect(OWNER, "通知");
        OWNER.request().get("/api/v1/notifications?unread=yes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unread"));
        OWNER.request().get("/api/v1/notifications?size=101").then().statusCode(400);
        for (Object body : List.of(Map.of(), Map.of("all", false), Map.of("all", true, "ids", List.of(n)), Map.of("ids", List.of()),
                Map.of("ids", List.of("not-a-uuid")), Map.of("ids", List.of(n), "extra", 1),
                Map.of("ids", Stream.generate(UUID::randomUUID).limit(101).toList()))) {
            OWNER.request().contentType(ContentType.JSON).body(body).post("/api/v1/notifications/read").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        OWNER.request().contentType(ContentType.JSON).body(Map.of("ids", List.of(n, UUID.randomUUID()))).post("/api/v1/notifications/read")
                .then().statusCode(404);
        OWNER.request().get("/api/v1/notifications").then().body("unreadCount", equalTo(1)).body("items[0].read", equalTo(false));

        for (Object body : List.of(Map.of("email", "weekly", "locale", "ja"), Map.of("email", "daily", "locale", "fr"),
                Map.of("email", "daily"), Map.of("email", "daily", "locale", "en", "address", "x@example.com"))) {
            OWNER.request().contentType(ContentType.JSON).body(body).put("/api/v1/me/preferences").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        OWNER.request().get("/api/v1/me/preferences").then().statusCode(200).body("email", equalTo("immediate")).body("locale", equalTo("ja"));
    }

    @Test
    void preferencesAreTheCallersOwn() {
        OWNER.request().contentType(ContentType.JSON).body(Map.of("email", "daily", "locale", "en")).put("/api/v1/me/preferences")
                .then().statusCode(200).body("email", equalTo("daily")).body("locale", equalTo("en"));
        OWNER.request().get("/api/v1/me/preferences").then().body("email", equalTo("daily")).body("locale", equalTo("en"));
        OTHER.request().get("/api/v1/me/preferences").then().body("email", equalTo("immediate")).body("locale", equalTo("ja"));
        assertEquals(List.of("daily"), db.strings("SELECT email_mode FROM portal_user WHERE subject = ?", OWNER.subject()));
        // the address stays the token's
        assertEquals(List.of("minato-publisher@test.yokoten.example"), db.strings("SELECT email FROM portal_user WHERE subject = ?", OWNER.subject()));
    }

    /** A notification of the owning ward's publisher; everybody tries to read the inbox, mark it read, and use preferences. */
    @TestFactory
    Stream<DynamicTest> everyUserSeesAndChangesOnlyTheirOwn() {
        //                                                           anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        return Matrix.cells(List.of(
                new Matrix.Row<UUID>("GET /notifications", () -> db.notifyDirect(OWNER, "自分宛て"), this::inbox,
                        Matrix.all(Matrix.page("id"), Matrix.has("unreadCount")), 401, 200, 200, 200, 200, 200, 200, 200, 200),
                new Matrix.Row<UUID>("POST /notifications/read {ids}", () -> db.notifyDirect(OWNER, "自分宛て"), this::markRead,
                        Matrix.has("unreadCount"), 401, 404, 404, 200, 404, 404, 404, 404, 404),
                new Matrix.Row<UUID>("POST /notifications/read {all}", () -> db.notifyDirect(OWNER, "自分宛て"), this::markAll,
                        Matrix.equalTo("unreadCount", 0), 401, 200, 200, 200, 200, 200, 200, 200, 200),
                new Matrix.Row<UUID>("GET /me/preferences", () -> null, (r, id) -> r.get("/api/v1/me/preferences"),
                        Matrix.has("email", "locale"), 401, 200, 200, 200, 200, 200, 200, 200, 200),
                new Matrix.Row<UUID>("PUT /me/preferences", () -> null, (r, id) -> r.contentType(ContentType.JSON)
                        .body(Map.of("email", "off", "locale", "ja")).put("/api/v1/me/preferences"),
                        Matrix.all(Matrix.equalTo("email", "off"), Matrix.equalTo("locale", "ja")), 401, 200, 200, 200, 200, 200, 200, 200, 200)));
    }

    private static boolean isOwner(RequestSpecification r) {
        return OWNER.user().equals(((FilterableRequestSpecification) r).getHeaders().getValue("X-Test-User"));
    }

    /** Only the owner's inbox lists the notification. */
    private Response inbox(RequestSpecification r, UUID id) {
        boolean owner = isOwner(r);
        Response response = r.get("/api/v1/notifications");
        if (response.statusCode() == 200) {
            List<String> ids = response.path("items.id");
            assertEquals(owner, ids.contains(id.toString()), "only its recipient sees it");
        }
        return response;
    }

    /** A refused call leaves the notification unread. */
    private Response markRead(RequestSpecification r, UUID id) {
        Response response = r.contentType(ContentType.JSON).body(Map.of("ids", List.of(id))).post("/api/v1/notifications/read");
        assertEquals(response.statusCode() == 200 ? 1 : 0, db.count("SELECT count(*) FROM notification WHERE id = CAST(? AS uuid) AND read_at IS NOT NULL",
                id.toString()));
        return response;
    }

    /** Everyone's "all" marks only their own. */
    private Response markAll(RequestSpecification r, UUID id) {
        boolean owner = isOwner(r);
        Response response = r.contentType(ContentType.JSON).body(Map.of("all", true)).post("/api/v1/notifications/read");
        if (response.statusCode() == 200) {
            assertEquals(0, (int) response.path("unreadCount"));
        }
        assertEquals(owner ? 1 : 0, db.count("SELECT count(*) FROM notification WHERE id = CAST(? AS uuid) AND read_at IS NOT NULL", id.toString()));
        return response;
    }
}
