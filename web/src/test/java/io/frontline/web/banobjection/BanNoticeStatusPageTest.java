package io.frontline.web.banobjection;

import io.frontline.web.guest.TrackingCookie;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The decider writes the reason of an objection's decision in their own language; the customer reads it in theirs
 * (issue 17): the customer's page shows the reason code's text in the customer's language and the decider's free text
 * marked as the decider's own words.
 */
@QuarkusTest
@TestProfile(BanNoticeServiceStand.class)
class BanNoticeStatusPageTest {
    @Inject
    TrackingCookie sealer;

    @Test
    void a_japanese_customer_reads_the_reason_of_the_decision_in_japanese_and_the_deciders_words_as_written() {
        given().header("Accept-Language", "ja").cookie(BanObjectionPages.COOKIE,
                        sealer.seal(BanNoticeServiceStand.REFERENCE, BanNoticeServiceStand.SECRET))
                .get("/ban-notice/status").then().statusCode(200)
                .body(containsString("異議が認められました。禁止措置は取り消されました。"),
                        containsString("data-code=\"facts-not-established\""),
                        containsString("禁止措置の根拠となった事実を確認できませんでした。"),
                        containsString("決定者の言葉（原文のまま）"),
                        containsString(BanNoticeServiceStand.DECIDER_WORDS),
                        not(containsString("facts-not-established</dd>")));
    }

    @Test
    void a_dutch_customer_reads_the_same_reason_in_dutch() {
        given().header("Accept-Language", "nl").cookie(BanObjectionPages.COOKIE,
                        sealer.seal(BanNoticeServiceStand.REFERENCE, BanNoticeServiceStand.SECRET))
                .get("/ban-notice/status").then().statusCode(200)
                .body(containsString("De feiten waarop het verbod rustte, konden niet worden vastgesteld."),
                        containsString("In de woorden van de beslisser"));
    }
}
