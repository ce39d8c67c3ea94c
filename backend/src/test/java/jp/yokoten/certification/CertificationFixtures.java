package jp.yokoten.certification;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import jp.yokoten.testing.Persona;

/** Register rows recorded through the API. */
final class CertificationFixtures {
    private CertificationFixtures() {}

    static Map<String, Object> body(String ward, String certifiedOn) {
        Map<String, Object> b = new HashMap<>();
        if (ward != null) {
            b.put("ward", ward);
        }
        b.put("displayName", "認定 太郎");
        b.put("department", "子ども家庭支援課");
        b.put("level", "basic");
        b.put("certifiedOn", certifiedOn);
        return b;
    }

    static String record(Persona p, Map<String, Object> body) {
        return p.request().contentType(ContentType.JSON).body(body).post("/api/v1/certifications").then().statusCode(201).extract().path("id");
    }
}
