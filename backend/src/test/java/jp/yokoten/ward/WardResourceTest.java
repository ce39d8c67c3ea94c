package jp.yokoten.ward;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WardResourceTest {

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void listsAllTwentyThreeWardsInOfficialCodeOrder() {
        given().when().get("/api/v1/wards")
                .then().statusCode(200)
                .body("$", hasSize(23))
                .body("[0].slug", equalTo("chiyoda"))
                .body("[0].code", equalTo("131016"))
                .body("[22].slug", equalTo("edogawa"))
                .body("find { it.slug == 'koto' }.nameJa", equalTo("江東区"))
                .body("find { it.slug == 'koto' }.nameEn", equalTo("Koto City"));
    }

    @Test
    void anonymousCannotReadWards() {
        given().when().get("/api/v1/wards").then().statusCode(401);
    }
}
