package jp.yokoten.proposal;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import jp.yokoten.testing.Persona;

/** Proposals posted through the API, as users post them. */
final class ProposalFixtures {
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");
    static final Persona SETAGAYA_STAFF = Persona.of("setagaya staff", "setagaya-staff", "setagaya", "staff");
    static final Persona MINATO_OTHER_STAFF = Persona.of("another minato staff", "minato-clerk", "minato", "staff");

    private ProposalFixtures() {}

    static Map<String, Object> body(String title, boolean anonymous) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("problem", "紙の申請書を手入力しており、月に20時間かかっている。");
        b.put("idea", "LoGoフォームで受け付け、kintoneに自動で取り込む。");
        b.put("category", "childcare");
        b.put("expectedHoursSavedPerYear", 240);
        b.put("anonymous", anonymous);
        return b;
    }

    static String post(Persona author, String title, boolean anonymous) {
        return post(author, body(title, anonymous));
    }

    static String post(Persona author, Map<String, Object> body) {
        return author.request().contentType(ContentType.JSON).body(body).post("/api/v1/proposals")
                .then().statusCode(201).extract().path("id");
    }

    static void support(Persona p, String id) {
        p.request().put("/api/v1/proposals/" + id + "/support").then().statusCode(200);
    }

    static void status(Persona p, String id, Map<String, Object> body) {
        p.request().contentType(ContentType.JSON).body(body).post("/api/v1/proposals/" + id + "/status").then().statusCode(200);
    }
}
