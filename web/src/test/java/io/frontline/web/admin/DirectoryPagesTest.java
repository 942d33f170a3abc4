package io.frontline.web.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The directory page shows who critical alerts cannot reach by SMS (issue 15, "Mobile paging"): a marker on each
 * person whom critical news would page by SMS but who has no mobile number, a count at the top linking to exactly
 * them, and the status filter's choice for them — in the administrator's language.
 */
@QuarkusTest
@TestProfile(NotificationServiceStand.class)
class DirectoryPagesTest {

    @Test
    @TestSecurity(user = "ada.admin", roles = "admin")
    void each_person_critical_alerts_cannot_page_is_marked_and_counted_at_the_top() {
        String page = given().header("Accept-Language", "en").get("/admin/directory")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"sms-missing-count\""),
                        containsString("2 people who receive critical alerts have no mobile number"),
                        containsString("href=\"/admin/directory?status=no-mobile\""),
                        containsString("id=\"sms-missing-bram.manager\""),
                        containsString("id=\"sms-missing-ruben.supervisor\""),
                        containsString("Critical alerts reach them by e-mail and in the app only."),
                        containsString("<option value=\"no-mobile\">Receives critical alerts, no mobile number</option>"),
                        // Noor has a number; Hanna is paged by nothing
                        not(containsString("id=\"sms-missing-noor.regional\"")),
                        not(containsString("id=\"sms-missing-hanna.hr\"")))
                .extract().asString();
        assertThat(page).contains("Noor Meijer", "Hanna Vos");
    }

    @Test
    @TestSecurity(user = "ada.admin", roles = "admin")
    void the_filter_asks_the_service_for_exactly_the_people_without_a_number_in_dutch() {
        int before = NotificationServiceStand.REQUESTS.size();
        given().header("Accept-Language", "nl").get("/admin/directory?status=no-mobile")
                .then().statusCode(200)
                .body(containsString("<option value=\"no-mobile\" selected>"),
                        containsString("2 personen die kritieke meldingen krijgen hebben geen mobiel nummer"),
                        containsString("Geen mobiel nummer"),
                        containsString("Kritieke meldingen bereiken deze persoon alleen per e-mail en in de app."),
                        containsString("Bram Smit"), containsString("Ruben de Boer"),
                        not(containsString("Noor Meijer")), not(containsString("Hanna Vos")));
        List<String> asked = NotificationServiceStand.REQUESTS.subList(before, NotificationServiceStand.REQUESTS.size());
        assertThat(asked).containsExactly("GET /api/admin/directory?smsPaging=missing");
    }

    @Test
    @TestSecurity(user = "ada.admin", roles = "admin")
    void a_search_narrows_the_list_but_the_count_is_of_the_whole_directory_in_japanese() {
        int before = NotificationServiceStand.REQUESTS.size();
        given().header("Accept-Language", "ja").get("/admin/directory?q=noor")
                .then().statusCode(200)
                .body(containsString("重要なアラートを受け取る2人に携帯番号がありません"),
                        containsString("Noor Meijer"), not(containsString("Bram Smit")));
        assertThat(NotificationServiceStand.REQUESTS.subList(before, NotificationServiceStand.REQUESTS.size()))
                .containsExactly("GET /api/admin/directory?q=noor", "GET /api/admin/directory?smsPaging=missing");

        given().header("Accept-Language", "en").get("/admin/directory?q=bram&status=no-mobile")
                .then().statusCode(200)
                .body(containsString("2 people who receive critical alerts have no mobile number"),
                        containsString("id=\"sms-missing-bram.manager\""),
                        not(containsString("id=\"sms-missing-ruben.supervisor\"")));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void a_manager_does_not_get_the_directory() {
        given().get("/admin/directory?status=no-mobile").then().statusCode(403);
    }
}
