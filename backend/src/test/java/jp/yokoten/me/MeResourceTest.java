package jp.yokoten.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    @TestSecurity(user = "koto-staff", roles = {"staff", "offline_access"})
    @OidcSecurity(claims = {@Claim(key = "ward", value = "koto"), @Claim(key = "name", value = "花子 江東"),
            @Claim(key = "given_name", value = "花子"), @Claim(key = "family_name", value = "江東"),
            @Claim(key = "preferred_username", value = "koto-staff")})
    void wardStaffSeesTheirWardFamilyNameFirstAndOnlyPortalRoles() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("koto-staff"))
                .body("name", equalTo("江東 花子"))
                .body("ward.slug", equalTo("koto"))
                .body("ward.nameJa", equalTo("江東区"))
                .body("ward.nameEn", equalTo("Koto City"))
                .body("roles", contains("staff"));
    }

    @Test
    @TestSecurity(user = "committee-member", roles = {"staff", "award_committee"})
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "committee-member"))
    void userWithoutWardClaimHasNoWard() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("ward", nullValue())
                .body("roles", contains("award_committee", "staff"));
    }

    @Test
    @TestSecurity(user = "ghost", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "ward", value = "atlantis"))
    void unknownWardClaimIsTreatedAsNoWard() {
        given().when().get("/api/v1/me").then().statusCode(200).body("ward", nullValue());
    }
}
